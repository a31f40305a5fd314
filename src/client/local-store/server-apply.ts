/**
 * Records arriving from the server (pull pages, push results) written into
 * the user's record tables. A field with a pending local change is never
 * overwritten (sync.md "GET /api/sync/pull"); derived index fields are
 * recomputed. Each function joins the caller's transaction when there is one
 * (the sync engine applies a pull page and its cursor together).
 */
import type { TableName } from '../../domain/tables';
import type { BlindIndex } from './blind-index';
import { blindIndexOf, type CsuDb } from './db';
import { withDerived } from './derived';
import { settled } from './sync-state';
import type { SyncMeta } from './types';

type Row = Record<string, unknown> & { id: string; _sync?: SyncMeta };

/**
 * The row to store for the server's `record`, given what the device already
 * has under its id: the server's fields, except those still pending here.
 */
export function mergeServerRecord(
  table: TableName,
  record: Record<string, unknown> & { id: string },
  existing: Row | undefined,
  index: BlindIndex,
): Row {
  const sync = settled(existing?._sync);
  const merged: Row = { ...record };
  delete merged._sync;
  for (const field of Object.keys(sync.pendingFields ?? {})) {
    if (existing && field in existing) merged[field] = existing[field];
    else delete merged[field];
  }
  return withDerived(table, { ...merged, _sync: sync }, index);
}

/**
 * Stores the server's copies of records of one table, keeping every field
 * this device still has pending. One bulk read and one bulk write: a first
 * sync of 20,000 records spends most of its time here.
 */
export async function applyServerRecords(
  db: CsuDb,
  table: TableName,
  records: readonly Record<string, unknown>[],
): Promise<void> {
  if (records.length === 0) return;
  for (const r of records)
    if (typeof r.id !== 'string' || !r.id)
      throw new Error(`A ${table} record from the server has no id.`);
  const store = db.recordTable(table);
  // The last copy of an id wins, as it would applied one by one.
  const byId = new Map(records.map((r) => [r.id as string, r as Row]));
  const ids = [...byId.keys()];
  await db.transaction('rw', store, async () => {
    // A stored row whose badge is "sent" has nothing the server's copy must
    // keep (no pending field, conflict or refusal): when the table has no
    // other kind (a first sync, a quiet device) there is nothing to read first.
    // Two plain key ranges: notEqual() walks the whole index in some IndexedDB implementations.
    const state = store.where('_sync.state');
    const [below, above] = await Promise.all([
      state.below('sent').limit(1).primaryKeys(),
      state.above('sent').limit(1).primaryKeys(),
    ]);
    const existing =
      below.length + above.length > 0
        ? ((await store.bulkGet(ids)) as (Row | undefined)[])
        : ids.map(() => undefined);
    const index = blindIndexOf(db);
    await store.bulkPut(
      ids.map((id, i) => mergeServerRecord(table, byId.get(id) as Row, existing[i], index)),
    );
  });
}

/** Stores the server's copy of one record, keeping pending fields. */
export function applyServerRecord(
  db: CsuDb,
  table: TableName,
  record: Record<string, unknown>,
): Promise<void> {
  return applyServerRecords(db, table, [record]);
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
  // The outbox joins only for a purge, so a pull page's transaction need not span it.
  await db.transaction('rw', options.dropOutbox ? [store, db.outbox] : [store], async () => {
    await store.delete(id);
    if (options.dropOutbox) await db.outbox.where('recordId').equals(id).delete();
  });
}
