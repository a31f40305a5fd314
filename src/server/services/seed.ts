/**
 * Seeds the reference tables (wards, agencies, categories, closing codes,
 * powers ladder, thresholds, letter templates) from src/domain/reference/seed.ts
 * into storage, as ordinary records with seqs so devices pull them. Runs once per database:
 * after that an admin edits them, and a restart must not undo the edits.
 */
import { referenceSeed } from '../../domain/reference/seed';
import { TABLES, type TableName } from '../../domain/tables';
import type { Storage, StorageTx } from '../storage/types';
import { writeNewRecord } from './records';

const SEEDED_KEY = 'reference_seeded_at';

async function insertAll(
  tx: StorageTx,
  table: TableName,
  rows: Record<string, unknown>[],
  now: Date,
) {
  for (const row of rows) {
    const data = TABLES[table].schema.parse(row) as Record<string, unknown>;
    if (!(await tx.getRecord(table, String(data.id))))
      await writeNewRecord(tx, { table, id: String(data.id), data, by: null, now });
  }
}

/** Seeds reference data unless this database has been seeded before. Returns whether it seeded. */
export async function seedReferenceData(storage: Storage, now: Date): Promise<boolean> {
  return storage.transaction(async (tx) => {
    if (await tx.getMeta(SEEDED_KEY)) return false;
    for (const [table, rows] of Object.entries(referenceSeed()) as [
      TableName,
      Record<string, unknown>[],
    ][])
      await insertAll(tx, table, rows, now);
    await tx.setMeta(SEEDED_KEY, now.toISOString());
    return true;
  });
}
