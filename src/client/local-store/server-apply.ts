/**
 * Records arriving from the server (pull pages, push results) written into
 * the user's record tables. A field with a pending local change is never
 * overwritten (sync.md "GET /api/sync/pull"); derived index fields are
 * recomputed. Each function joins the caller's transaction when there is one
 * (the sync engine applies a pull page and its cursor together).
 */
import type { TableName } from '../../domain/tables';
import type { CsuDb } from './db';
import { withDerived } from './derived';
import type { SyncMeta } from './types';

type Row = Record<string, unknown> & { id: string; _sync?: SyncMeta };

function settledState(sync: SyncMeta): SyncMeta['state'] {
  if (Object.keys(sync.pendingFields ?? {}).length) return sync.state;
  if (sync.conflicts?.length) return 'review';
  if (sync.error) return 'rejected';
  return 'sent';
}

/** Stores the server's copy of a record, keeping every field this device still has pending. */
export async function applyServerRecord(
  db: CsuDb,
  table: TableName,
  record: Record<string, unknown>,
): Promise<void> {
  const id = record.id;
  if (typeof id !== 'string' || !id)
    throw new Error(`A ${table} record from the server has no id.`);
  const store = db.recordTable(table);
  await db.transaction('rw', store, async () => {
    const existing = (await store.get(id)) as Row | undefined;
    const sync: SyncMeta = { ...(existing?._sync ?? { state: 'sent' }) };
    const merged: Row = { ...record, id };
    delete merged._sync;
    for (const field of Object.keys(sync.pendingFields ?? {})) {
      if (existing && field in existing) merged[field] = existing[field];
      else delete merged[field];
    }
    sync.state = settledState(sync);
    await store.put(withDerived(table, { ...merged, _sync: sync }));
  });
}

/**
 * Removes a record the user may no longer read (`revoke`) or that was
 * deleted. With `dropOutbox` (a purge) its queued mutations go too, since a
 * disposed id is never accepted again.
 */
export async function removeRecord(
  db: CsuDb,
  table: TableName,
  id: string,
  options: { dropOutbox?: boolean } = {},
): Promise<void> {
  const store = db.recordTable(table);
  await db.transaction('rw', [store, db.outbox], async () => {
    await store.delete(id);
    if (options.dropOutbox) await db.outbox.where('recordId').equals(id).delete();
  });
}
