/**
 * `npm start`: reads HOST (default 127.0.0.1), PORT (default 8080), DATABASE_URL (PostgreSQL; without
 * it SQLite at DATA_DIR/csu.sqlite, DATA_DIR default ./data) and WORKERS
 * (server processes on the one port, default 1; above 1 needs PostgreSQL).
 * Seeds reference data on first start, builds the client when
 * dist/index.html is missing, and serves the PWA and the API on one port.
 * STATIC_DIR overrides where the built client is read. On an empty
 * database, ADMIN_PASSWORD (and optionally ADMIN_USERNAME) creates the
 * first administrator. With WORKERS the primary does the first-start work
 * once, then forks the workers, which only serve.
 */
import cluster from 'node:cluster';
import { resolve } from 'node:path';
import { buildAppWithDeps } from './app';
import { systemClock } from './clock';
import { ensureClientBuilt } from './build-client';
import { appVersion, readHost, readPort, readPublicOrigin, readTrustProxyHops } from './config';
import { makeDeps, type ServerDeps } from './deps';
import { createUserAccount } from './services/admin';
import { seedReferenceData } from './services/seed';
import { listen } from './serve';
import { serveClient } from './static-client';
import { chooseStorage } from './storage/open';
import type { Storage } from './storage/types';
import { readWorkers, stopWithPrimary, superviseWorkers } from './workers';

function depsFor(storage: Storage): ServerDeps {
  return makeDeps(storage, systemClock, {
    version: appVersion(),
    trustProxyHops: readTrustProxyHops(process.env),
    publicOrigin: readPublicOrigin(process.env),
  });
}

async function firstStart(deps: ServerDeps): Promise<void> {
  const { storage } = deps;
  if (await seedReferenceData(storage, systemClock.now())) console.log('Seeded reference data.');
  const users = await storage.transaction((tx) => tx.listUsers());
  if (users.length > 0) return;
  const password = process.env.ADMIN_PASSWORD;
  if (!password) {
    console.warn('No users yet: set ADMIN_PASSWORD and restart to create the first administrator.');
    return;
  }
  const username = process.env.ADMIN_USERNAME ?? 'admin';
  await createUserAccount(
    deps,
    { username, name: 'Administrator', agencyId: 'sdc-csu', roles: ['admin'], wards: [], password },
    { userId: null, deviceId: null },
  );
  console.log('Created the first administrator account.');
}

function serveWith(deps: ServerDeps, port: number, staticDir: string, label: string): void {
  const app = buildAppWithDeps(deps);
  serveClient(app, staticDir);
  listen(app, { host: readHost(process.env), port }, deps.storage, label);
}

async function main(): Promise<void> {
  const port = readPort(process.env);
  const workers = readWorkers(process.env);
  const storageChoice = chooseStorage(process.env);
  if (workers > 1 && storageChoice.kind === 'sqlite')
    throw new Error(
      'WORKERS above 1 needs DATABASE_URL: one SQLite file is served by one process.',
    );
  const staticDir = resolve(process.env.STATIC_DIR ?? 'dist');

  if (cluster.isWorker) {
    stopWithPrimary();
    const deps = depsFor(await storageChoice.open());
    serveWith(deps, port, staticDir, `CSU server worker ${process.pid}`);
    return;
  }

  ensureClientBuilt(staticDir, process.env.STATIC_DIR === undefined);
  const storage = await storageChoice.open();
  const deps = depsFor(storage);
  await firstStart(deps);
  if (workers === 1) {
    serveWith(deps, port, staticDir, 'CSU server');
    return;
  }
  await storage.close();
  superviseWorkers(workers);
}

main().catch((err: unknown) => {
  console.error('The server could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
