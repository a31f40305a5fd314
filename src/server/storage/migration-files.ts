/**
 * Numbered migration files (`NNNN-name.sql`), read in number order: SQLite's
 * live in sqlite-migrations/, PostgreSQL's in pg-migrations/, one file per
 * step in both, with the same numbers for the same change.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

const FILE_NAME = /^(\d{4})-([a-z0-9-]+)\.sql$/;

/** The migration files in order; a gap or a repeated number is a packaging error. */
export function readMigrationFiles(dir: URL): Migration[] {
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
