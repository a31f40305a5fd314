/**
 * `npm run backup -- <file>` and `npm run restore -- <file>`: the store
 * the server would open (PostgreSQL when DATABASE_URL is set, else SQLite
 * at DATA_DIR/csu.sqlite). A backup can be taken while the server runs;
 * stop every server process before a restore.
 */
import { join, resolve } from 'node:path';
import { backupPg, restorePg } from './storage/pg-backup';
import { backupSqlite, restoreSqlite } from './storage/sqlite-backup';

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file)
    throw new Error('Usage: backup-main.ts backup|restore <file>');
  const path = resolve(file);
  const url = process.env.DATABASE_URL;
  const sqlitePath = join(resolve(process.env.DATA_DIR ?? './data'), 'csu.sqlite');
  if (command === 'backup') {
    if (url) backupPg(url, path);
    else await backupSqlite(sqlitePath, path);
    console.log(`Backed up to ${path}.`);
  } else {
    if (url) restorePg(path, url);
    else await restoreSqlite(path, sqlitePath);
    console.log(`Restored from ${path}.`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
