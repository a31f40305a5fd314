/**
 * The PostgreSQL storage (`pg`, pooled), chosen by DATABASE_URL. Any number
 * of server processes may share one database.
 *
 * Order and visibility of seq: every transaction starts by locking the seq
 * counter row (`SELECT … FOR UPDATE`) and holds that lock until it commits
 * or rolls back. Transactions therefore run one at a time across every
 * process, exactly as they do on SQLite's single connection, and the seqs
 * a transaction takes are all higher than those of every transaction that
 * committed before it and lower than those of every one that commits after
 * it. A pull reading `seq > cursor` sees committed rows only, and the rows
 * it sees are always a prefix of the final order, so it can never move its
 * cursor past a row that commits later. (A bare SERIAL/sequence would hand
 * out numbers at insert time; a lower number could commit after a higher
 * one that a pull had already passed.) Services also rely on one-at-a-time
 * transactions for read-then-write checks (a replayed mutationId, a
 * record's base seqs), which the lock gives them across processes too.
 *
 * A transaction marked `concurrent` (session checks, pulls) skips that
 * lock and runs beside the others. It still sees committed rows only, and
 * they are still a prefix of the seq order: `nextSeq` updates the counter
 * row, which locks it from then until commit, so of all the transactions
 * that have taken a seq and not yet finished there is only ever one, and
 * every seq it holds is above every committed one.
 *
 * A process killed mid-transaction drops its connection; PostgreSQL rolls
 * the transaction back and releases the lock, and another process goes on.
 */
import pg from 'pg';
import type { Storage, StorageTx, TransactionOptions } from './types';
import { migratePg } from './pg-migrations';
import { pgQuery } from './pg-query';
import { pgAccountStore } from './pg-accounts';
import { pgAttachmentStore } from './pg-attachments';
import { pgAuditStore } from './pg-audit';
import { pgRecordStore } from './pg-records';
import { StorageClosedError } from './errors';

export interface PgStorageOptions {
  /** Connections per process (default 10). */
  poolSize?: number;
}

/** seq and counts are bigint; they stay far below 2^53, so read them as numbers. */
const parseTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const SERIALISED_BEGIN = "BEGIN; SELECT value FROM counters WHERE name = 'seq' FOR UPDATE";

/** A process that hangs inside a transaction would block every writer; cut it off. */
const IDLE_IN_TRANSACTION_MS = 60_000;

export async function createPgStorage(
  connectionString: string,
  options: PgStorageOptions = {},
): Promise<Storage> {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    types: parseTypes,
    options: `-c idle_in_transaction_session_timeout=${IDLE_IN_TRANSACTION_MS}`,
  });
  // An idle connection that breaks (database restart) is dropped; the next transaction opens another.
  pool.on('error', (err) => console.error('PostgreSQL connection lost:', err.message));

  const first = await pool.connect();
  try {
    await migratePg(first);
  } finally {
    first.release();
  }

  let closed = false;

  return {
    async transaction<T>(
      fn: (tx: StorageTx) => Promise<T>,
      options: TransactionOptions = {},
    ): Promise<T> {
      if (closed) throw new StorageClosedError();
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query(options.concurrent ? 'BEGIN' : SERIALISED_BEGIN);
        const q = pgQuery(client);
        const tx: StorageTx = {
          ...pgRecordStore(q),
          ...pgAccountStore(q),
          ...pgAuditStore(q),
          ...pgAttachmentStore(q),
          async savepoint<S>(inner: () => Promise<S>): Promise<S> {
            await client.query('SAVEPOINT mutation');
            try {
              const result = await inner();
              await client.query('RELEASE SAVEPOINT mutation');
              return result;
            } catch (err) {
              await client.query('ROLLBACK TO SAVEPOINT mutation');
              await client.query('RELEASE SAVEPOINT mutation');
              throw err;
            }
          },
        };
        try {
          const result = await fn(tx);
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch((rollbackErr: Error) => {
            broken = rollbackErr;
          });
          throw err;
        }
      } catch (err) {
        broken ??= isConnectionError(err) ? (err as Error) : undefined;
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** Errors without a SQLSTATE come from the socket, not the server: that connection is done. */
function isConnectionError(err: unknown): boolean {
  return !(err instanceof Error && 'code' in err && typeof err.code === 'string');
}
