/**
 * The bench side of the loopback server: starts server-process.ts as a
 * child, and gives each simulated device a cookie-keeping Transport (the
 * client's own Transport type) over fetch to 127.0.0.1. Sign-in goes
 * through the client's real auth-client `login`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { login } from '../../src/client/sync/auth-client';
import type { Transport } from '../../src/client/sync/transport';
import type { LoginResponse } from '../../src/domain/sync-protocol';
import type { ServerSpec } from './server-process';

export const BENCH_PASSWORD = 'bench-password-1';
const START_TIMEOUT_MS = 120_000;

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

export interface BenchServer {
  origin: string;
  /** The server's event-loop delay (ms) since the last call: time requests spent waiting for its thread. */
  loopDelay(): Promise<LoopDelay>;
  stop(): Promise<void>;
}

export async function startServer(spec: Omit<ServerSpec, 'password'>): Promise<BenchServer> {
  const entry = fileURLToPath(new URL('./server-process.ts', import.meta.url));
  const child: ChildProcess = fork(entry, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_SERVER: JSON.stringify({ ...spec, password: BENCH_PASSWORD }) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the bench server did not start in time')),
      START_TIMEOUT_MS,
    );
    child.once('message', (m: { port?: number; error?: string }) => {
      clearTimeout(timer);
      if (m.port) resolve(m.port);
      else reject(new Error(`the bench server failed: ${m.error ?? 'unknown'}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench server exited with ${code}`));
    });
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    loopDelay: () =>
      new Promise<LoopDelay>((resolve) => {
        const onMessage = (m: { stats?: LoopDelay }) => {
          if (!m.stats) return;
          child.off('message', onMessage);
          resolve(m.stats);
        };
        child.on('message', onMessage);
        child.send({ stats: true });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => {
          if (child.exitCode === null) child.kill('SIGKILL');
        }, 10_000).unref();
      }),
  };
}

/**
 * Several server processes behind one imagined load balancer: requests go
 * round-robin to the ones that accept connections; one that refuses a
 * connection is taken out of the rotation (as a health check would).
 */
export class Backends {
  private turn = 0;
  private readonly down = new Set<string>();

  constructor(readonly origins: string[]) {}

  healthy(): string[] {
    const up = this.origins.filter((o) => !this.down.has(o));
    return up.length > 0 ? up : this.origins;
  }

  pick(): string {
    const up = this.healthy();
    this.turn = (this.turn + 1) % up.length;
    return up[this.turn] ?? this.origins[0] ?? '';
  }

  markDown(origin: string): void {
    this.down.add(origin);
  }
}

const causeOf = (err: unknown) =>
  (err as { cause?: { code?: string; message?: string } }).cause ?? {};

/** One device's connection: the session cookie the browser would keep, and nothing else. */
export class DeviceTransport {
  cookie: string | undefined;
  /** Why requests failed below HTTP (connection reset, refused, timed out). */
  readonly failures: string[] = [];
  private readonly backends: Backends;

  constructor(origin: string | Backends) {
    this.backends = typeof origin === 'string' ? new Backends([origin]) : origin;
  }

  private async fetchOnce(origin: string, path: string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('Cookie', this.cookie);
    return fetch(`${origin}${path}`, { ...init, headers });
  }

  readonly send: Transport = async (path, init) => {
    let res: Response | undefined;
    // A refused connection never reached a server, so it is sent to another one at once.
    for (let tries = 0; !res; tries++) {
      const origin = this.backends.pick();
      try {
        res = await this.fetchOnce(origin, path, init);
      } catch (err) {
        const cause = causeOf(err);
        // apiJson turns this into "no connection"; keep the cause for the report.
        this.failures.push(
          cause.code ?? cause.message ?? (err instanceof Error ? err.message : String(err)),
        );
        const refused = cause.code === 'ECONNREFUSED';
        if (refused) this.backends.markDown(origin);
        if (!refused || tries >= this.backends.origins.length) throw err;
      }
    }
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return res;
  };
}

export async function signIn(
  origin: string | Backends,
  username: string,
): Promise<{ transport: DeviceTransport; login: LoginResponse }> {
  const transport = new DeviceTransport(origin);
  const answer = await login(transport.send, {
    username,
    password: BENCH_PASSWORD,
    deviceName: 'Bench device',
  });
  return { transport, login: answer };
}
