/**
 * Numbered PostgreSQL migrations: the files `pg-migrations/NNNN-name.sql`
 * (the same numbers as SQLite's for the same change), applied in order,
 * each in its own transaction, and recorded in `migrations`. Never edit a
 * migration that has shipped: add the next number. Columns match the
 * SQLite ones (JSON and ISO times as text, so both stores share their row
 * mappers in rows.ts); flags are booleans.
 * Several server processes may start at once: an advisory lock lets one
 * migrate while the others wait, then they find nothing left to do.
 * The seq counter is a row in `counters` (see pg.ts); no column is a
 * SERIAL or sequence, which can become visible out of commit order.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PoolClient } from 'pg';
import { readMigrationFiles, type Migration } from './migration-files';

// A path, not `new URL('./pg-migrations/', import.meta.url)`, which Vite rewrites as a web asset
// (see sqlite-migrations.ts).
const MIGRATIONS_DIR = pathToFileURL(
  `${join(dirname(fileURLToPath(import.meta.url)), 'pg-migrations')}/`,
);

export function loadPgMigrations(): Migration[] {
  return readMigrationFiles(MIGRATIONS_DIR);
}

/** Any fixed number: the key of the session-level advisory lock held while migrating. */
const MIGRATION_LOCK = 7_215_004;

export async function migratePg(
  client: PoolClient,
  migrations: Migration[] = loadPgMigrations(),
): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query(
      'CREATE TABLE IF NOT EXISTS migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)',
    );
    const done = new Set(
      (await client.query<{ id: number }>('SELECT id FROM migrations')).rows.map((r) => r.id),
    );
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO migrations (id, name, applied_at) VALUES ($1, $2, $3)', [
          m.id,
          m.name,
          new Date().toISOString(),
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
