/**
 * The real server entry point (`tsx src/server/main.ts`, as `npm start`
 * runs it) in a child process on 127.0.0.1, for the tests that kill or
 * share server processes. The child is spawned detached, as its process
 * group's leader, because tsx runs the server in a grandchild: signals go
 * to the whole group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const START_TIMEOUT_MS = 30_000;

export interface MainProcess {
  child: ChildProcess;
  port: number;
  origin: string;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves when the process has exited (at once if it already has). */
  exited(): Promise<void>;
}

export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch (_err) {
    // Already gone.
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A stand-in for the built client, so main.ts does not build one. */
export function writeStaticDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>test</title>');
  return dir;
}

/** Starts main.ts with `env` on top of this process's and waits until /api/health answers. */
export async function startMain(port: number, env: NodeJS.ProcessEnv): Promise<MainProcess> {
  const child = spawn('node_modules/.bin/tsx', ['src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const proc: MainProcess = {
    child,
    port,
    origin: `http://127.0.0.1:${port}`,
    output: () => output,
    exited: () => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : exit),
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${output}`);
    try {
      if ((await fetch(`${proc.origin}/api/health`)).ok) return proc;
    } catch (_err) {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  signalGroup(child, 'SIGKILL');
  throw new Error(`server did not start: ${output}`);
}
