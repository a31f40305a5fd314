/**
 * The PostgreSQL baseline for the push figure: the same rows written with
 * no validation, authorisation, audit or seq, as one multi-row INSERT per
 * batch, each batch its own transaction, into a plain table of the same
 * database the server used.
 */
import pg from 'pg';
import type { Mutation } from '../../src/domain/sync-protocol';
import { now } from './stats';

export async function pgBatchedInsertRate(
  databaseUrl: string,
  batches: Mutation[][],
): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('DROP TABLE IF EXISTS raw_records');
    await client.query(
      'CREATE TABLE raw_records (id text PRIMARY KEY, tbl text NOT NULL, data text NOT NULL)',
    );
    const start = now();
    for (const batch of batches) {
      const values = batch.flatMap((m) => [m.recordId, m.table, JSON.stringify(m.payload)]);
      const rows = batch.map((_m, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ');
      await client.query('BEGIN');
      await client.query(`INSERT INTO raw_records (id, tbl, data) VALUES ${rows}`, values);
      await client.query('COMMIT');
    }
    const ms = now() - start;
    return (batches.reduce((n, b) => n + b.length, 0) / ms) * 1000;
  } finally {
    await client.query('DROP TABLE IF EXISTS raw_records');
    await client.end();
  }
}
