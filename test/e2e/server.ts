/**
 * A private demo server for one spec file: `npx tsx src/server/demo-main.ts`
 * in its own process group, on a free port, with a fresh temporary DATA_DIR
 * (the demo database lives in DATA_DIR/demo.sqlite and is deleted on stop).
 * The offline test needs this: it must stop the server to prove that
 * nothing it does reaches the network.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEMO_PASSWORD = 'demo-password';

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const HEALTH_POLL_MS = 200;

export interface TestServer {
  baseURL: string;
  /** Stops the whole process group (npx, tsx and node) and deletes DATA_DIR. */
  stop: () => Promise<void>;
}

/** Asks the OS for a port nobody is listening on, then frees it for the server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function healthy(baseURL: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseURL}/api/health`);
    return res.ok;
  } catch (_err) {
    return false;
  }
}

/** Resolves when the child has exited, or false after `ms`. */
function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // A negative pid signals the whole group: npx and tsx both fork children.
    process.kill(-child.pid, signal);
  } catch (_err) {
    // Already gone.
  }
}

export async function startServer(): Promise<TestServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'csu-e2e-'));
  const baseURL = `http://localhost:${port}`;
  const child = spawn('npx', ['tsx', 'src/server/demo-main.ts'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      STATIC_DIR: 'dist',
      DEMO_PASSWORD,
    },
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    killGroup(child, 'SIGTERM');
    if (!(await exited(child, STOP_TIMEOUT_MS))) {
      killGroup(child, 'SIGKILL');
      await exited(child, STOP_TIMEOUT_MS);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await healthy(baseURL)) return { baseURL, stop };
    await new Promise((r) => setTimeout(r, HEALTH_POLL_MS));
  }
  await stop();
  throw new Error(`The demo server did not start on port ${port}:\n${output}`);
}

/** True when the server answers /api/health (used to prove it is really stopped). */
export function serverAnswers(baseURL: string): Promise<boolean> {
  return healthy(baseURL);
}
