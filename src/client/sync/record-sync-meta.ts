/**
 * Small edits to a record's device-only `_sync` after the server answered
 * for one of its mutations. They run inside the caller's transaction (push
 * results, review actions) and use only the CsuDb tables.
 */
import type { TableName } from '../../domain/tables';
import type { CsuDb } from '../local-store/db';
import type { SyncMeta } from '../local-store/types';

type SyncedRow = Record<string, unknown> & { id: string; _sync?: SyncMeta };

export async function getLocalRecord(
  db: CsuDb,
  table: TableName,
  id: string,
): Promise<SyncedRow | undefined> {
  return (await db.recordTable(table).get(id)) as SyncedRow | undefined;
}

/** The state a record shows once nothing more is known than its pending fields and conflicts. */
export function settledState(sync: SyncMeta): SyncMeta['state'] {
  if (sync.conflicts?.length) return 'review';
  if (sync.error) return 'rejected';
  if (sync.pendingFields && Object.keys(sync.pendingFields).length > 0) {
    return sync.state === 'saved' ? 'saved' : 'waiting';
  }
  return 'sent';
}

/**
 * The server answered for `mutationId`: its fields are no longer pending,
 * unless a later mutation on this device wrote them again.
 */
export async function releasePendingFields(
  db: CsuDb,
  table: TableName,
  id: string,
  mutationId: string,
): Promise<void> {
  const row = await getLocalRecord(db, table, id);
  if (!row?._sync?.pendingFields) return;
  const pendingFields: Record<string, string> = {};
  for (const [field, mid] of Object.entries(row._sync.pendingFields))
    if (mid !== mutationId) pendingFields[field] = mid;
  await db.recordTable(table).update(id, { _sync: { ...row._sync, pendingFields } });
}

/** Applies `change` to the record's `_sync` and recomputes its shown state. */
export async function updateSyncMeta(
  db: CsuDb,
  table: TableName,
  id: string,
  change: (sync: SyncMeta) => SyncMeta,
): Promise<void> {
  const row = await getLocalRecord(db, table, id);
  if (!row) return;
  const next = change({ ...(row._sync ?? { state: 'sent' }) });
  if (next.pendingFields && Object.keys(next.pendingFields).length === 0) delete next.pendingFields;
  if (next.conflicts && next.conflicts.length === 0) delete next.conflicts;
  next.state = settledState(next);
  await db.recordTable(table).update(id, { _sync: next });
}

/** Marks records of the batch as offered to the server ("waiting to send" → "sent" once answered). */
export async function markWaiting(
  db: CsuDb,
  rows: readonly { table: string; recordId: string }[],
): Promise<void> {
  for (const { table, recordId } of rows) {
    const row = await getLocalRecord(db, table as TableName, recordId);
    if (row?._sync?.state === 'saved') {
      await db
        .recordTable(table as TableName)
        .update(recordId, { _sync: { ...row._sync, state: 'waiting' } });
    }
  }
}
