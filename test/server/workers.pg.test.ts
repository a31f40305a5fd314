/**
 * `npm start` with WORKERS=2 on PostgreSQL: two server processes on one
 * port; one killed with SIGKILL is replaced while the other keeps serving,
 * and SIGTERM stops them all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, signalGroup, startMain, writeStaticDir, type MainProcess } from './main-process';
import { freshPgDatabase, type PgDatabase } from './pg-databases';

const LISTENING = /CSU server worker (\d+) listening/g;
const workerPids = (p: MainProcess) => [...p.output().matchAll(LISTENING)].map((m) => Number(m[1]));

async function until(what: string, ok: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !ok(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
}

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('WORKERS=2', () => {
  it(
    'runs two server processes on one port and replaces one that is killed',
    { timeout: 90_000 },
    async () => {
      const db: PgDatabase = await freshPgDatabase();
      const dir = mkdtempSync(join(tmpdir(), 'csu-workers-'));
      const server = await startMain(await freePort(), {
        DATABASE_URL: db.url,
        WORKERS: '2',
        STATIC_DIR: writeStaticDir(join(dir, 'static')),
        ADMIN_PASSWORD: 'first-admin-pass',
      });
      cleanup = async () => {
        signalGroup(server.child, 'SIGKILL');
        await server.exited();
        rmSync(dir, { recursive: true, force: true });
        await db.drop();
      };
      await until('two workers', () => workerPids(server).length === 2);
      const [first, second] = workerPids(server);
      expect(first).not.toBe(second);

      process.kill(first!, 'SIGKILL');
      await until('a replacement worker', () => workerPids(server).length === 3);
      expect(workerPids(server)[2]).not.toBe(first);
      const health = await fetch(`${server.origin}/api/health`);
      expect(health.status).toBe(200);
      const login = await fetch(`${server.origin}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Protocol-Version': '1' },
        body: JSON.stringify({ username: 'admin', password: 'first-admin-pass', deviceName: 'x' }),
      });
      expect(login.status).toBe(200);

      process.kill(server.child.pid!, 'SIGTERM');
      await server.exited();
      expect(server.child.exitCode).toBe(0);
      expect(server.output()).toContain('stopping 2 server workers');
    },
  );
});
