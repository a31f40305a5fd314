/**
 * `npm run demo`: a fresh demo database with one sign-in per role (chair,
 * pcso, warden, asbofficer, marac, admin; password `demo-password` unless
 * DEMO_PASSWORD is set) and a realistic data set, served like main.ts,
 * on 127.0.0.1 unless HOST says otherwise (its passwords are published).
 * The database is DATA_DIR/demo.sqlite, recreated on every start (a temp
 * folder when DATA_DIR is unset), so demo sign-ins never reach a real one.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildAppWithDeps } from './app';
import { systemClock } from './clock';
import { ensureClientBuilt } from './build-client';
import { appVersion, readHost, readPort } from './config';
import { makeDeps } from './deps';
import { buildDemoData } from './demo/demo-data';
import { createUserAccount } from './services/admin';
import { importRecords, type ImportAuthor } from './services/import';
import { seedReferenceData } from './services/seed';
import { listen } from './serve';
import { serveClient } from './static-client';
import { createSqliteStorage } from './storage/sqlite';

const DEFAULT_DEMO_PASSWORD = 'demo-password';

async function main(): Promise<void> {
  const port = readPort(process.env);
  const dataDir = process.env.DATA_DIR
    ? resolve(process.env.DATA_DIR)
    : mkdtempSync(join(tmpdir(), 'csu-demo-'));
  mkdirSync(dataDir, { recursive: true });
  const dbPath = join(dataDir, 'demo.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const staticDir = resolve(process.env.STATIC_DIR ?? 'dist');
  ensureClientBuilt(staticDir, process.env.STATIC_DIR === undefined);

  const storage = createSqliteStorage(dbPath);
  const deps = makeDeps(storage, systemClock, { version: appVersion() });
  const now = systemClock.now();

  const demo = buildDemoData(now);
  const password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
  const authors = new Map<string, ImportAuthor>();
  for (const u of demo.users) {
    await createUserAccount(
      deps,
      {
        username: u.username,
        name: u.name,
        agencyId: u.agencyId,
        roles: u.roles,
        wards: u.wards,
        password,
      },
      { userId: null, deviceId: null },
      { id: u.id },
    );
    authors.set(u.id, { userId: u.id, agencyId: u.agencyId });
  }
  const chair = demo.users.find((u) => u.roles.includes('chair')) ?? demo.users[0];
  const fallback = chair ? { userId: chair.id, agencyId: chair.agencyId } : null;
  const written = await importRecords(storage, demo.records, now, authors, fallback);
  await storage.transaction(async (tx) => {
    for (const a of demo.attachments)
      await tx.putAttachment(
        {
          sha256: a.sha256,
          contentType: a.contentType,
          bytes: a.data.byteLength,
          createdAt: now.toISOString(),
          createdBy: a.createdBy,
        },
        a.data,
      );
  });
  // The demo brings its own reference rows; the seed fills any table it left out.
  await seedReferenceData(storage, now);
  console.log(`Demo database ready: ${demo.users.length} sign-ins, ${written} records.`);
  console.log(`Sign in as ${demo.users.map((u) => u.username).join(', ')}.`);

  const app = buildAppWithDeps(deps);
  serveClient(app, staticDir);
  listen(app, { host: readHost(process.env), port }, storage, 'CSU demo server');
}

main().catch((err: unknown) => {
  console.error('The demo could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
