/**
 * Numbered SQLite migrations: the files `sqlite-migrations/NNNN-name.sql`,
 * applied in number order, each in its own transaction, and recorded in
 * `migrations`. Never edit a migration that has shipped: add the next
 * number. The seq counter is a row in `counters` updated inside each write
 * transaction; no table uses AUTOINCREMENT as an ordering source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = new URL('./sqlite-migrations/', import.meta.url);
const FILE_NAME = /^(\d{4})-([a-z0-9-]+)\.sql$/;

/** The migration files in order; a gap or a repeated number is a packaging error. */
export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE_NAME.exec(file) }))
    .filter((f) => f.match !== null)
    .map(({ file, match }) => ({
      id: Number(match?.[1]),
      name: match?.[2] ?? file,
      sql: readFileSync(new URL(file, dir), 'utf8'),
    }))
    .sort((a, b) => a.id - b.id);
  migrations.forEach((m, i) => {
    if (m.id !== i + 1)
      throw new Error(`Migration ${String(i + 1).padStart(4, '0')} is missing or repeated`);
  });
  return migrations;
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
