/**
 * The outbox: the `outbox` table of the user's database, one row per queued
 * mutation in push order (`localSeq`). A row is written in the same rw
 * transaction as the record change it describes (sync.md rule 2) and deleted
 * only after the server answered for it (rule 3). The record's
 * `_sync.pendingFields` says which of its fields wait on which mutation.
 */
import { Dexie } from 'dexie';
import { uuidv7 } from '../../domain/ids';
import {
  MAX_MUTATIONS_PER_PUSH,
  MAX_REQUEST_BYTES,
  type BaseRef,
  type Mutation,
  type MutationKind,
} from '../../domain/sync-protocol';
import type { TableName } from '../../domain/tables';
import type { CsuDb } from './db';
import { withLocalWrite } from './sync-state';
import type { LocalRecord, OutboxRow, OutboxStatus } from './types';

export interface QueueInput {
  kind: MutationKind;
  table: TableName;
  recordId: string;
  payload: Record<string, unknown>;
  /** For a patch, computed from the record when omitted (see patchBases). */
  baseSeqs?: Record<string, BaseRef>;
  baseSeq?: BaseRef;
  /** Record ids that must reach the server first (parent, linked location and people). */
  dependsOn: string[];
  /** For a command: the fields it changed locally, kept through pulls until the server answers. */
  localFields?: string[];
  /** A create whose record was written with `_sync` naming this mutation: no read-back. */
  created?: { mutationId: string };
}

type AnyRecord = LocalRecord<{ id: string; fieldSeqs?: Record<string, number> }>;

/** The change each open write transaction is queueing rows for (see OutboxRow.changeId). */
const changeOfTransaction = new WeakMap<object, string>();

/**
 * The current rw transaction's change id. Throws outside one: without one
 * shared transaction a record could exist without its mutation (sync.md rule 2).
 */
function currentChangeId(): string {
  let tx = Dexie.currentTransaction;
  if (!tx || tx.mode !== 'readwrite' || !tx.storeNames.includes('outbox')) {
    throw new Error('queueMutation must run inside a rw transaction that includes the outbox.');
  }
  // A repository's nested transaction belongs to the same save as its parent.
  while (tx.parent) tx = tx.parent;
  let changeId = changeOfTransaction.get(tx);
  if (!changeId) changeOfTransaction.set(tx, (changeId = uuidv7()));
  return changeId;
}

/** The mutationId of this record's create that the server has not yet answered for. */
async function unansweredCreateId(db: CsuDb, recordId: string): Promise<string | undefined> {
  const rows = await db.outbox.where('recordId').equals(recordId).toArray();
  const creates = rows.filter((r) => r.kind === 'create' && r.status !== 'out_of_scope');
  return creates.at(-1)?.mutationId;
}

/**
 * Bases for a patch of `fields`: this device's own pending write of the field
 * (`m:<id>`), else the field's seq as last received, else — for a record the
 * server has not yet seen — its pending create, so create + patch + patch made
 * offline applies without conflict.
 */
export async function patchBases(
  db: CsuDb,
  record: AnyRecord,
  fields: readonly string[],
): Promise<Record<string, BaseRef>> {
  const pending = record._sync?.pendingFields ?? {};
  const bases: Record<string, BaseRef> = {};
  let createId: string | undefined | null = null;
  for (const field of fields) {
    const mine = pending[field];
    if (mine) bases[field] = `m:${mine}`;
    else if (record.fieldSeqs) bases[field] = record.fieldSeqs[field] ?? 0;
    else {
      if (createId === null) createId = await unansweredCreateId(db, record.id);
      bases[field] = createId ? `m:${createId}` : 0;
    }
  }
  return bases;
}

/** Queues one mutation. Call it INSIDE the caller's rw transaction, after writing the record. */
export async function queueMutation(db: CsuDb, input: QueueInput): Promise<OutboxRow> {
  const changeId = currentChangeId();
  const table = db.recordTable(input.table);
  const record = input.created
    ? undefined
    : ((await table.get(input.recordId)) as AnyRecord | undefined);
  const mutationId = input.created?.mutationId ?? uuidv7();
  let baseSeqs = input.baseSeqs;
  if (input.kind === 'patch' && !baseSeqs && record) {
    baseSeqs = await patchBases(db, record, Object.keys(input.payload));
  }
  const row: OutboxRow = {
    mutationId,
    kind: input.kind,
    table: input.table,
    recordId: input.recordId,
    payload: input.payload,
    ...(baseSeqs ? { baseSeqs } : {}),
    ...(input.baseSeq !== undefined ? { baseSeq: input.baseSeq } : {}),
    clientTime: new Date().toISOString(),
    status: 'pending',
    attempts: 0,
    dependsOn: [...new Set(input.dependsOn.filter((id) => id !== input.recordId))],
    changeId,
  };
  await db.outbox.add(row);
  if (record) {
    // A delete is a pending write of `archived`, the field its conflict is reported on.
    const written =
      input.kind === 'command'
        ? (input.localFields ?? [])
        : input.kind === 'delete'
          ? ['archived']
          : Object.keys(input.payload);
    await table.update(input.recordId, {
      _sync: withLocalWrite(record._sync, mutationId, written),
    });
  }
  return row;
}

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
