/**
 * `npm start`: reads PORT (default 8080) and DATA_DIR (default ./data),
 * opens SQLite at DATA_DIR/csu.sqlite, seeds reference data on first start,
 * builds the client when dist/index.html is missing, and serves the PWA and
 * the API on one port. STATIC_DIR overrides where the built client is read.
 * On an empty database, ADMIN_PASSWORD (and optionally ADMIN_USERNAME)
 * creates the first administrator.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildAppWithDeps } from './app';
import { systemClock } from './clock';
import { ensureClientBuilt } from './build-client';
import { appVersion, readPort } from './config';
import { makeDeps } from './deps';
import { createUserAccount } from './services/admin';
import { seedReferenceData } from './services/seed';
import { listen } from './serve';
import { serveClient } from './static-client';
import { createSqliteStorage } from './storage/sqlite';

async function main(): Promise<void> {
  const port = readPort(process.env);
  const dataDir = resolve(process.env.DATA_DIR ?? './data');
  const staticDir = resolve(process.env.STATIC_DIR ?? 'dist');
  ensureClientBuilt(staticDir, process.env.STATIC_DIR === undefined);
  mkdirSync(dataDir, { recursive: true });

  const storage = createSqliteStorage(join(dataDir, 'csu.sqlite'));
  const deps = makeDeps(storage, systemClock, {
    version: appVersion(),
    trustProxy: process.env.TRUST_PROXY === '1',
  });
  if (await seedReferenceData(storage, systemClock.now())) console.log('Seeded reference data.');
  const users = await storage.transaction((tx) => tx.listUsers());
  if (users.length === 0) {
    const password = process.env.ADMIN_PASSWORD;
    if (password) {
      const username = process.env.ADMIN_USERNAME ?? 'admin';
      await createUserAccount(
        deps,
        {
          username,
          name: 'Administrator',
          agencyId: 'sdc-csu',
          roles: ['admin'],
          wards: [],
          password,
        },
        { userId: null, deviceId: null },
      );
      console.log('Created the first administrator account.');
    } else {
      console.warn(
        'No users yet: set ADMIN_PASSWORD and restart to create the first administrator.',
      );
    }
  }

  const app = buildAppWithDeps(deps);
  serveClient(app, staticDir);
  listen(app, port, storage, 'CSU server');
}

main().catch((err: unknown) => {
  console.error('The server could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
