/**
 * SQLite backup and restore with SQLite's online backup API
 * (better-sqlite3 `backup`): a consistent copy of a database that a
 * running server keeps writing, page by page, without stopping it.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** Copies the live database at `source` into the new file `dest`. */
export async function backupSqlite(source: string, dest: string): Promise<void> {
  if (!existsSync(source)) throw new Error(`There is no database at ${source}.`);
  if (existsSync(dest)) throw new Error(`${dest} already exists; choose a new file name.`);
  const db = new Database(source, { fileMustExist: true });
  try {
    await db.backup(dest);
  } finally {
    db.close();
  }
}

/**
 * Replaces the database at `target` (its server stopped) with the backup:
 * the backup is checked first, the old files are kept beside it as
 * `<target>.before-restore`, and the copy is made with the backup API.
 */
export async function restoreSqlite(backup: string, target: string): Promise<void> {
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    const check = source.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`The backup ${backup} is damaged: ${String(check)}`);
    const kept = `${target}.before-restore`;
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(kept + suffix, { force: true });
      if (existsSync(target + suffix)) renameSync(target + suffix, kept + suffix);
    }
    mkdirSync(dirname(target), { recursive: true });
    await source.backup(target);
  } finally {
    source.close();
  }
}
