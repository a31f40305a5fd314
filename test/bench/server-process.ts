/**
 * The real server for the benchmark, in a child process of its own so that
 * the simulated devices and the server each get a core: createSqliteStorage
 * (a temp file, or `:memory:` with BENCH_DB=memory) or createPgStorage (a
 * database that several of these processes share), buildAppWithDeps and
 * @hono/node-server on 127.0.0.1 and a port the OS picks. Before listening
 * it seeds reference data, makes the requested users and, if asked, calls.
 * It tells the parent its port over IPC and stops on SIGTERM, deleting its
 * temp files.
 *
 * Input: env BENCH_SERVER (JSON ServerSpec). Output: IPC { port } or { error };
 * `{ stats: true }` answers with the event-loop delay since the last ask.
 */
import type { Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import { uuidv7 } from '../../src/domain/ids';
import type { Role } from '../../src/domain/roles';
import { callSchema } from '../../src/domain/schemas/calls';
import { buildAppWithDeps } from '../../src/server/app';
import { systemClock } from '../../src/server/clock';
import { makeDeps, type ServerDeps } from '../../src/server/deps';
import { createUserAccount } from '../../src/server/services/admin';
import { writeNewRecord } from '../../src/server/services/records';
import { seedReferenceData } from '../../src/server/services/seed';
import { serveClient } from '../../src/server/static-client';
import { createPgStorage } from '../../src/server/storage/pg';
import { createSqliteStorage } from '../../src/server/storage/sqlite';
import type { Storage } from '../../src/server/storage/types';
import { seeded, wireCall } from './records';

export interface ServerSpec {
  db: 'memory' | 'file' | 'postgres';
  /** For db 'postgres': the (fresh) database every process of this run shares. */
  databaseUrl?: string;
  /** Seed reference data, users and calls (default true; false for a second process on the same database). */
  prepare?: boolean;
  /** `wards`: the wards a field user works in (none by default). */
  users: { username: string; roles: Role[]; wards?: string[] }[];
  /** Calls written straight into storage (as an applied create would be), for the first-sync figure. */
  seedCalls?: number;
  /** A built page to serve beside the API on the same origin (the Chromium device bench). */
  staticDir?: string;
  password: string;
}

/** Sign-in hashing cost. The tests' value: the default 2^15 would make 200 sign-ins a hashing benchmark. */
export const BENCH_SCRYPT_N = 2 ** 12;
const SEED_CHUNK = 5_000;

async function main(): Promise<void> {
  const spec = JSON.parse(process.env.BENCH_SERVER ?? '{}') as ServerSpec;
  const dir = spec.db === 'file' ? mkdtempSync(join(os.tmpdir(), 'csu-bench-server-')) : null;
  const storage =
    spec.db === 'postgres' && spec.databaseUrl
      ? await createPgStorage(spec.databaseUrl)
      : createSqliteStorage(dir ? join(dir, 'csu.sqlite') : ':memory:');
  const deps = makeDeps(storage, systemClock, { scryptN: BENCH_SCRYPT_N, version: 'bench' });
  if (spec.prepare ?? true) await prepare(spec, storage, deps);
  listen(storage, deps, dir, spec.staticDir);
}

async function prepare(spec: ServerSpec, storage: Storage, deps: ServerDeps): Promise<void> {
  await seedReferenceData(storage, systemClock.now());
  let seeder: { userId: string; agencyId: string } | null = null;
  for (const u of spec.users) {
    const row = await createUserAccount(
      deps,
      {
        username: u.username,
        name: u.username,
        agencyId: 'sdc-csu',
        roles: u.roles,
        wards: u.wards ?? [],
        password: spec.password,
      },
      { userId: null, deviceId: null },
    );
    seeder ??= { userId: row.id, agencyId: row.agencyId };
  }
  const rnd = seeded(5);
  for (let done = 0; done < (spec.seedCalls ?? 0); done += SEED_CHUNK) {
    const n = Math.min(SEED_CHUNK, (spec.seedCalls ?? 0) - done);
    await storage.transaction(async (tx) => {
      const now = systemClock.now();
      for (let i = 0; i < n; i++) {
        const id = uuidv7();
        const data = callSchema.parse({ ...wireCall(done + i, rnd), id }) as Record<
          string,
          unknown
        >;
        data.reference = `DT-${now.getUTCFullYear()}-${String(done + i + 1).padStart(5, '0')}`;
        await writeNewRecord(tx, { table: 'calls', id, data, by: seeder, now });
      }
    });
  }
}

function listen(
  storage: Storage,
  deps: ServerDeps,
  dir: string | null,
  staticDir: string | undefined,
): void {
  // How long requests wait for the server's one thread: asked for by the parent as `{ stats: true }`.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  process.on('message', (m: { stats?: boolean }) => {
    if (!m.stats) return;
    const ms = (ns: number) => Math.round(ns / 1e5) / 10;
    process.send?.({
      stats: {
        p50: ms(loopDelay.percentile(50)),
        p99: ms(loopDelay.percentile(99)),
        max: ms(loopDelay.max),
      },
    });
    loopDelay.reset();
  });

  const app = buildAppWithDeps(deps);
  if (staticDir) serveClient(app, staticDir);
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
    process.send?.({ port: info.port });
  }) as Server;

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void storage.close().finally(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}

main().catch((err: unknown) => {
  process.send?.({ error: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
