/**
 * Several bench server processes (server-process.ts) on one fresh
 * PostgreSQL database, made on the cluster DATABASE_URL points at (run.ts
 * starts a throwaway one when it is unset). The first process seeds the
 * database and makes the users; the others only open it. Devices reach
 * them through one round-robin Backends.
 */
import type { Role } from '../../src/domain/roles';
import { freshPgDatabase } from '../server/pg-databases';
import { Backends, startServer, type BenchServer, type LoopDelay } from './server-client';

export interface ServerGroup {
  origin: Backends;
  databaseUrl: string;
  /** The worst event-loop delay of any process since the last call. */
  loopDelay(): Promise<LoopDelay>;
  stop(): Promise<void>;
}

export async function startPgServers(
  users: { username: string; roles: Role[] }[],
  processes: number,
): Promise<ServerGroup> {
  const db = await freshPgDatabase();
  const servers: BenchServer[] = [];
  const stop = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db.drop();
  };
  try {
    const spec = { db: 'postgres' as const, databaseUrl: db.url, users };
    servers.push(await startServer(spec));
    for (let i = 1; i < processes; i++)
      servers.push(await startServer({ ...spec, prepare: false }));
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    origin: new Backends(servers.map((s) => s.origin)),
    databaseUrl: db.url,
    async loopDelay() {
      const all = await Promise.all(servers.map((s) => s.loopDelay()));
      return {
        p50: Math.max(...all.map((d) => d.p50)),
        p99: Math.max(...all.map((d) => d.p99)),
        max: Math.max(...all.map((d) => d.max)),
      };
    },
    stop,
  };
}
