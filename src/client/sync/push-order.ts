/**
 * Makes a push batch respect "create before use". The outbox is pushed in
 * localSeq order, which is right until a refused create is corrected: the
 * corrected create (new mutationId, same id) is queued after the children
 * that were held for it, and the server would answer them `parent_missing`.
 * So a row that needs a record whose pending create comes later is moved
 * just after that create, or, when the create is not in this batch, left
 * for a later one. A batch never ends up empty while rows are pending.
 */
import type { CsuDb } from '../local-store/db';
import type { OutboxRow } from '../local-store/types';

/** Record ids a row needs on the server first. */
function needs(row: OutboxRow): string[] {
  return row.kind === 'create' ? row.dependsOn : [...row.dependsOn, row.recordId];
}

async function pendingCreates(db: CsuDb, ids: readonly string[]): Promise<Map<string, OutboxRow>> {
  const rows = await db.outbox
    .where('recordId')
    .anyOf([...ids])
    .filter((r) => r.kind === 'create' && r.status === 'pending')
    .toArray();
  const byId = new Map<string, OutboxRow>();
  // The latest pending create of an id is the one that counts (the correction).
  for (const r of rows.sort((a, b) => (a.localSeq ?? 0) - (b.localSeq ?? 0)))
    byId.set(r.recordId, r);
  return byId;
}

export async function orderBatch(db: CsuDb, batch: readonly OutboxRow[]): Promise<OutboxRow[]> {
  const creates = await pendingCreates(db, [...new Set(batch.flatMap(needs))]);
  const inBatch = new Set(batch.map((r) => r.mutationId));
  const keys = new Map<string, number | null>();
  const missing = new Map<string, OutboxRow>();

  // Sort key: after every later-queued create it needs; null when such a create is not in this batch.
  const keyOf = (row: OutboxRow, seen: Set<string>): number | null => {
    const cached = keys.get(row.mutationId);
    if (cached !== undefined) return cached;
    let key = row.localSeq ?? 0;
    seen.add(row.mutationId);
    for (const id of needs(row)) {
      const create = creates.get(id);
      if (
        !create ||
        create.mutationId === row.mutationId ||
        (create.localSeq ?? 0) < (row.localSeq ?? 0)
      )
        continue;
      if (!inBatch.has(create.mutationId)) {
        missing.set(create.mutationId, create);
        key = Number.NaN;
        break;
      }
      const createKey = seen.has(create.mutationId) ? null : keyOf(create, seen);
      if (createKey === null || Number.isNaN(createKey)) {
        key = Number.NaN;
        break;
      }
      key = Math.max(key, createKey + 0.5);
    }
    const result = Number.isNaN(key) ? null : key;
    keys.set(row.mutationId, result);
    return result;
  };

  const ready = batch
    .map((row) => ({ row, key: keyOf(row, new Set()) }))
    .filter((e): e is { row: OutboxRow; key: number } => e.key !== null)
    .sort((a, b) => a.key - b.key)
    .map((e) => e.row);
  if (ready.length > 0 || missing.size === 0) return ready;
  // Everything here waits for creates further back in the queue: send those first.
  return [...missing.values()].sort((a, b) => (a.localSeq ?? 0) - (b.localSeq ?? 0));
}
