/**
 * The outbox: the `outbox` table of the user's database, one row per queued
 * mutation in push order (`localSeq`). A row is written in the same rw
 * transaction as the record change it describes (sync.md rule 2) and deleted
 * only after the server answered for it (rule 3). The record's
 * `_sync.pendingFields` says which of its fields wait on which mutation.
 * Sending and the server's answers to rows are in outbox-send.ts.
 */
import { Dexie } from 'dexie';
import { uuidv7 } from '../../domain/ids';
import type { BaseRef, MutationKind } from '../../domain/sync-protocol';
import type { TableName } from '../../domain/tables';
import type { CsuDb } from './db';
import { withLocalWrite } from './sync-state';
import type { LocalRecord, OutboxRow } from './types';

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
