/**
 * Several real server processes (main.ts, as `npm start` runs it) sharing
 * one fresh PostgreSQL database, with simulated devices from the bench
 * (test/bench/simulated-device.ts) speaking the wire protocol to them
 * through a round-robin load balancer (Backends).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../src/server/clock';
import { makeDeps } from '../../src/server/deps';
import { createUserAccount } from '../../src/server/services/admin';
import { seedReferenceData } from '../../src/server/services/seed';
import { createPgStorage } from '../../src/server/storage/pg';
import { BENCH_PASSWORD } from '../bench/server-client';
import { TEST_SCRYPT_N } from './helpers';
import { freePort, signalGroup, startMain, writeStaticDir, type MainProcess } from './main-process';
import { freshPgDatabase, type PgDatabase } from './pg-databases';

export interface SharedDatabase {
  db: PgDatabase;
  servers: MainProcess[];
  stop(): Promise<void>;
}

/** A fresh database with reference data and one `field` user per name (password BENCH_PASSWORD), served by `processes` servers. */
export async function startSharedDatabase(
  usernames: string[],
  processes: number,
): Promise<SharedDatabase> {
  const db = await freshPgDatabase();
  const storage = await createPgStorage(db.url);
  try {
    const deps = makeDeps(storage, systemClock, { scryptN: TEST_SCRYPT_N });
    await seedReferenceData(storage, systemClock.now());
    for (const username of usernames)
      await createUserAccount(
        deps,
        {
          username,
          name: username,
          agencyId: 'sdc-csu',
          roles: ['field'],
          wards: [],
          password: BENCH_PASSWORD,
        },
        { userId: null, deviceId: null },
      );
  } finally {
    await storage.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'csu-shared-'));
  const env = { DATABASE_URL: db.url, STATIC_DIR: writeStaticDir(join(dir, 'static')) };
  const servers: MainProcess[] = [];
  const stop = async () => {
    for (const s of servers) signalGroup(s.child, 'SIGKILL');
    await Promise.all(servers.map((s) => s.exited()));
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  };
  try {
    const ports = await Promise.all(Array.from({ length: processes }, () => freePort()));
    servers.push(...(await Promise.all(ports.map((port) => startMain(port, env)))));
  } catch (err) {
    await stop();
    throw err;
  }
  return { db, servers, stop };
}
