/**
 * Numbered SQLite migrations: the files `sqlite-migrations/NNNN-name.sql`,
 * applied in number order, each in its own transaction, and recorded in
 * `migrations`. Never edit a migration that has shipped: add the next
 * number. The seq counter is a row in `counters` updated inside each write
 * transaction; no table uses AUTOINCREMENT as an ordering source.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type Database from 'better-sqlite3';
import { readMigrationFiles, type Migration } from './migration-files';

// Not `new URL('./sqlite-migrations/', import.meta.url)`: Vite rewrites that
// pattern as a web asset (http://localhost/…) when screen tests under jsdom
// start a real server, and the migrations are then not found.
const MIGRATIONS_DIR = pathToFileURL(
  `${join(dirname(fileURLToPath(import.meta.url)), 'sqlite-migrations')}/`,
);

export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  return readMigrationFiles(dir);
}

export function migrate(db: Database.Database, migrations: Migration[] = loadMigrations()): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const done = new Set(
    (db.prepare('SELECT id FROM migrations').all() as { id: number }[]).map((r) => r.id),
  );
  for (const m of migrations) {
    if (done.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)').run(
        m.id,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
}
