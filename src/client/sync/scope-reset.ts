/**
 * A pull answered `reset: true` (sync.md "Scope changes"): the user's roles,
 * agency or wards changed, or the cursor is older than the tombstones. Delete
 * every synced row except rows with queued mutations the user may still
 * read; queued mutations now out of scope become `out_of_scope` with their
 * payloads erased (they named records the user may no longer see); then the
 * cursor is cleared so the next pull starts from the beginning.
 */
import { isTableName, TABLES, type TableName } from '../../domain/tables';
import type { CsuDb } from '../local-store/db';
import type { OutboxRow } from '../local-store/types';
import type { TableAccess } from './table-access';

export const OUT_OF_SCOPE_ERROR = {
  code: 'out_of_scope',
  message: 'You no longer have access to this record, so this change was not sent.',
};

const RECORD_TABLES = Object.keys(TABLES) as TableName[];

function mayKeep(row: OutboxRow, access: TableAccess): boolean {
  if (!isTableName(row.table)) return false;
  if (access.canReadTable(row.table)) return true;
  // A write-only create (a referral by a non-member, a view event) is still the user's to send.
  return row.kind === 'create' && access.canCreateTable(row.table);
}

export interface ResetSummary {
  keptRecords: number;
  deletedRecords: number;
  outOfScope: number;
}

export async function resetLocalScope(db: CsuDb, access: TableAccess): Promise<ResetSummary> {
  return db.transaction('rw', [...RECORD_TABLES, 'outbox', 'meta'], async () => {
    const keep = new Map<string, Set<string>>();
    let outOfScope = 0;
    const rows = await db.outbox.toArray();
    for (const row of rows) {
      if (row.status === 'out_of_scope') continue;
      if (mayKeep(row, access)) {
        const ids = keep.get(row.table) ?? new Set<string>();
        ids.add(row.recordId);
        keep.set(row.table, ids);
        continue;
      }
      // Already refused by the server: keep its reason; otherwise say why it will never be sent.
      await db.outbox.update(
        row.localSeq as number,
        row.status === 'rejected'
          ? { payload: {} }
          : { status: 'out_of_scope', payload: {}, error: OUT_OF_SCOPE_ERROR },
      );
      outOfScope += 1;
    }
    let keptRecords = 0;
    let deletedRecords = 0;
    for (const table of RECORD_TABLES) {
      const ids = keep.get(table) ?? new Set<string>();
      const store = db.recordTable(table);
      // Receipts of referrals sent by a non-member are never on the server's side of a pull.
      const doomed = await store
        .filter((r) => !ids.has(r.id) && (r as { receipt?: unknown }).receipt !== true)
        .primaryKeys();
      await store.bulkDelete(doomed);
      deletedRecords += doomed.length;
      keptRecords += await store.count();
    }
    await db.meta.delete('cursor');
    return { keptRecords, deletedRecords, outOfScope };
  });
}
