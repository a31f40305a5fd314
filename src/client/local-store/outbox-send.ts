/**
 * The sending side of the outbox (outbox.ts queues): which rows the next
 * push takes and in what shape, and what the server's answers do to the
 * rows (deleted once answered, held when refused, dependents held or
 * released with their parent).
 */
import {
  MAX_MUTATIONS_PER_PUSH,
  MAX_REQUEST_BYTES,
  type Mutation,
} from '../../domain/sync-protocol';
import type { CsuDb } from './db';
import type { OutboxRow, OutboxStatus } from './types';

/** The wire shape of a queued row (sync.md push `mutations[]`). */
export function toWireMutation(row: OutboxRow): Mutation {
  const { mutationId, kind, table, recordId, payload, baseSeqs, baseSeq, clientTime } = row;
  return {
    mutationId,
    kind,
    table,
    recordId,
    payload,
    ...(baseSeqs ? { baseSeqs } : {}),
    ...(baseSeq !== undefined ? { baseSeq } : {}),
    clientTime,
  };
}

const HELD: readonly OutboxStatus[] = ['rejected', 'parent_rejected'];

/** Whether `recordId`'s create was refused (or is held) with no corrected create queued. */
async function isBlocked(db: CsuDb, recordId: string): Promise<boolean> {
  const creates = (await db.outbox.where('recordId').equals(recordId).toArray()).filter(
    (r) => r.kind === 'create',
  );
  if (creates.some((r) => r.status === 'pending')) return false;
  return creates.some((r) => HELD.includes(r.status));
}

const utf8 = new TextEncoder();
/** Room for the push envelope around the mutations ({clientId, schemaVersion, mutations: []}). */
const ENVELOPE_BYTES = 512;

/**
 * The next push: pending rows in `localSeq` order, at most `maxCount` and
 * `maxBytes`, skipping rows that need a record whose create was rejected.
 * A single row larger than `maxBytes` goes alone so the server can reject it
 * (`too_large`) instead of it blocking the queue.
 */
export async function pendingBatch(
  db: CsuDb,
  maxCount: number = MAX_MUTATIONS_PER_PUSH,
  maxBytes: number = MAX_REQUEST_BYTES,
): Promise<OutboxRow[]> {
  const held = await db.outbox
    .where('status')
    .anyOf([...HELD])
    .toArray();
  const blocked = new Set<string>();
  for (const r of held)
    if (r.kind === 'create' && (await isBlocked(db, r.recordId))) blocked.add(r.recordId);
  const rows = await db.outbox
    .where('status')
    .equals('pending')
    .filter((r) => !blocked.has(r.recordId) && !r.dependsOn.some((id) => blocked.has(id)))
    .limit(maxCount)
    .toArray();
  rows.sort((a, b) => (a.localSeq ?? 0) - (b.localSeq ?? 0));
  const batch: OutboxRow[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const row of rows) {
    const size = utf8.encode(JSON.stringify(toWireMutation(row))).length + 1;
    if (batch.length > 0 && bytes + size > maxBytes) break;
    batch.push(row);
    bytes += size;
  }
  return batch;
}

export function countPending(db: CsuDb): Promise<number> {
  return db.outbox.where('status').equals('pending').count();
}

/** Rows the server has answered for (applied, duplicate, conflict, or a rejection the user dismissed). */
export async function deleteOutboxRows(db: CsuDb, mutationIds: readonly string[]): Promise<number> {
  return db.outbox
    .where('mutationId')
    .anyOf([...mutationIds])
    .delete();
}

export async function setOutboxStatus(
  db: CsuDb,
  mutationId: string,
  status: OutboxStatus,
  error?: { code: string; message: string },
): Promise<boolean> {
  const changed = await db.outbox
    .where('mutationId')
    .equals(mutationId)
    .modify((row) => {
      row.status = status;
      if (error) row.error = error;
      else delete row.error;
    });
  return changed > 0;
}

/** Counts a send attempt (shown to the user as "tried N times"). */
export async function recordAttempt(db: CsuDb, mutationIds: readonly string[]): Promise<void> {
  await db.outbox
    .where('mutationId')
    .anyOf([...mutationIds])
    .modify((row) => {
      row.attempts += 1;
    });
}

async function rowsOnOrReferencing(db: CsuDb, recordId: string): Promise<OutboxRow[]> {
  const rows = await db.outbox
    .where('recordId')
    .equals(recordId)
    .or('dependsOn')
    .equals(recordId)
    .toArray();
  return [...new Map(rows.map((r) => [r.mutationId, r])).values()];
}

/**
 * After a create is rejected: holds every pending mutation on the record or
 * referencing it, and, through held creates, their own dependents (a rejected
 * location holds its call, which holds the call's actions). Returns how many.
 */
export async function markDependentsParentRejected(db: CsuDb, recordId: string): Promise<number> {
  return db.transaction('rw', db.outbox, async () => {
    const queue = [recordId];
    const seen = new Set(queue);
    let marked = 0;
    while (queue.length) {
      const id = queue.shift() as string;
      for (const row of await rowsOnOrReferencing(db, id)) {
        if (row.status !== 'pending') continue;
        await db.outbox.update(row.localSeq as number, { status: 'parent_rejected' });
        marked += 1;
        if (row.kind === 'create' && !seen.has(row.recordId)) {
          seen.add(row.recordId);
          queue.push(row.recordId);
        }
      }
    }
    return marked;
  });
}

/**
 * After a corrected create for `recordId` is queued (new mutationId, same id):
 * releases the held mutations on or referencing it whose other dependencies
 * are not still blocked. Returns how many were re-queued.
 */
export async function requeueDependents(db: CsuDb, recordId: string): Promise<number> {
  return db.transaction('rw', db.outbox, async () => {
    const queue = [recordId];
    const seen = new Set(queue);
    let released = 0;
    while (queue.length) {
      const id = queue.shift() as string;
      for (const row of await rowsOnOrReferencing(db, id)) {
        if (row.status !== 'parent_rejected') continue;
        const needs = [row.recordId, ...row.dependsOn].filter(
          (n) => n !== row.recordId || row.kind !== 'create',
        );
        let stillBlocked = false;
        for (const need of needs) if (await isBlocked(db, need)) stillBlocked = true;
        if (stillBlocked) continue;
        await db.outbox.update(row.localSeq as number, { status: 'pending' });
        released += 1;
        if (row.kind === 'create' && !seen.has(row.recordId)) {
          seen.add(row.recordId);
          queue.push(row.recordId);
        }
      }
    }
    return released;
  });
}
