/**
 * Numbered SQLite migrations: the files `sqlite-migrations/NNNN-name.sql`,
 * applied in number order, each in its own transaction, and recorded in
 * `migrations`. Never edit a migration that has shipped: add the next
 * number. The seq counter is a row in `counters` updated inside each write
 * transaction; no table uses AUTOINCREMENT as an ordering source.
 */
import type Database from 'better-sqlite3';
import { readMigrationFiles, type Migration } from './migration-files';

const MIGRATIONS_DIR = new URL('./sqlite-migrations/', import.meta.url);

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
