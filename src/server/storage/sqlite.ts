/**
 * The SQLite storage (better-sqlite3): one file (DATA_DIR/csu.sqlite) or
 * `:memory:` for tests. WAL journal with synchronous=NORMAL: a committed
 * transaction survives a killed process; a power cut may lose the last
 * commits but never half of one. Tables are described in types.ts.
 *
 * better-sqlite3 is synchronous and has one connection, so `transaction`
 * runs callers one at a time (a promise chain): an awaited callback can
 * never interleave with another transaction on the same connection.
 */
import Database from 'better-sqlite3';
import type { Storage, StorageTx } from './types';
import { migrate } from './sqlite-migrations';
import { sqliteAccountStore } from './sqlite-accounts';
import { sqliteAttachmentStore } from './sqlite-attachments';
import { sqliteAuditStore } from './sqlite-audit';
import { sqliteRecordStore } from './sqlite-records';
import { StorageClosedError } from './errors';

const BUSY_TIMEOUT_MS = 5000;

export function createSqliteStorage(path: string): Storage {
  const db = new Database(path);
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  migrate(db);

  const tx: StorageTx = {
    ...sqliteRecordStore(db),
    ...sqliteAccountStore(db),
    ...sqliteAuditStore(db),
    ...sqliteAttachmentStore(db),
    async savepoint<T>(fn: () => Promise<T>): Promise<T> {
      db.exec('SAVEPOINT mutation');
      try {
        const result = await fn();
        db.exec('RELEASE mutation');
        return result;
      } catch (err) {
        db.exec('ROLLBACK TO mutation');
        db.exec('RELEASE mutation');
        throw err;
      }
    },
  };

  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  async function run<T>(fn: (tx: StorageTx) => Promise<T>): Promise<T> {
    if (closed) throw new StorageClosedError();
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = await fn(tx);
      db.exec('COMMIT');
      return result;
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw err;
    }
  }

  return {
    transaction<T>(fn: (tx: StorageTx) => Promise<T>): Promise<T> {
      const next = queue.then(
        () => run(fn),
        () => run(fn),
      );
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue.catch(() => undefined);
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
