/**
 * Imports complete domain records (the demo data set, or a migration from
 * another system) through the same record writer as sync, so they get seqs,
 * per-field seqs and scope keys. Workflow fields are kept as given; calls
 * keep their references (the year's counter continues above them) or get a
 * new one. Parents must come before children (TABLE_NAMES order does that).
 */
import { IMPORT_TABLES, TABLES, type TableName } from '../../domain/tables';
import type { Storage } from '../storage/types';
import { assignCallReference, noteImportedReference, parentOf, writeNewRecord } from './records';

export type ImportSet = Partial<Record<TableName, Record<string, unknown>[]>>;

export interface ImportAuthor {
  userId: string;
  agencyId: string;
}

/** Imports every record in one transaction: all or nothing. Returns how many were written. */
export async function importRecords(
  storage: Storage,
  records: ImportSet,
  now: Date,
  authors: ReadonlyMap<string, ImportAuthor>,
  fallback: ImportAuthor | null,
): Promise<number> {
  return storage.transaction(async (tx) => {
    let written = 0;
    // Counters first, so a call without a reference never takes one an imported call holds.
    for (const call of records.calls ?? []) await noteImportedReference(tx, call.reference);
    for (const table of IMPORT_TABLES) {
      const rows = records[table] ?? [];
      for (const [index, row] of rows.entries()) {
        const parsed = TABLES[table].schema.safeParse(row);
        if (!parsed.success)
          throw new Error(`Import: ${table}[${index}] does not match its schema`);
        const data = parsed.data as Record<string, unknown>;
        const id = String(data.id);
        if (await tx.getRecord(table, id))
          throw new Error(`Import: ${table}[${index}] repeats an id`);
        const link = await parentOf(tx, table, data);
        if (link.needed && !link.parent)
          throw new Error(`Import: ${table}[${index}] has no parent`);
        if (table === 'calls') {
          if (typeof data.reference !== 'string' || !data.reference)
            data.reference = await assignCallReference(tx, now);
        }
        const by = (typeof row.createdBy === 'string' && authors.get(row.createdBy)) || fallback;
        await writeNewRecord(tx, {
          table,
          id,
          data,
          by,
          now,
          parent: link.needed ? link.parent : undefined,
        });
        written += 1;
      }
    }
    return written;
  });
}
