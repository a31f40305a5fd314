/**
 * Shared record plumbing for push, seeding, the demo and the user
 * directory: who may read a stored record, the record as it goes on the
 * wire, and writing a record with a fresh seq and per-field seqs.
 */
import { ACCESS_MATRIX, grants } from '../../domain/access';
import { londonYear } from '../../domain/dates';
import type { Actor } from '../../domain/roles';
import { TABLE_NAMES, TABLES, type TableName } from '../../domain/tables';
import type { ScopeKeys, StorageTx, StoredRecord } from '../storage/types';

/** Fields every record carries that are not data a device edits. */
const NOT_TRACKED = new Set(['id', 'fieldSeqs']);

export function scopeKeysFor(
  table: TableName,
  data: Record<string, unknown>,
  parent?: StoredRecord,
): ScopeKeys {
  // A child is readable by exactly those who may read its parent.
  if (parent) return parent.keys;
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const scope = TABLES[table].scope;
  if (scope !== 'delivery') return { scope, assigneeUserId: null, assigneeAgencyId: null };
  return {
    scope,
    assigneeUserId: str(data.assigneeUserId),
    assigneeAgencyId: str(data.assigneeAgencyId),
  };
}

export function keysReadable(actor: Actor, keys: ScopeKeys): boolean {
  return grants(actor, ACCESS_MATRIX[keys.scope].read, {
    assigneeUserId: keys.assigneeUserId ?? undefined,
    assigneeAgencyId: keys.assigneeAgencyId ?? undefined,
  });
}

export function sameKeys(a: ScopeKeys, b: ScopeKeys): boolean {
  return (
    a.scope === b.scope &&
    a.assigneeUserId === b.assigneeUserId &&
    a.assigneeAgencyId === b.assigneeAgencyId
  );
}

/** The record as a device receives it: its data plus `fieldSeqs`. */
export function wireRecord(r: StoredRecord): Record<string, unknown> {
  return { ...r.data, fieldSeqs: r.fieldSeqs };
}

/** Tables whose records are children of `table`'s records. */
export function childTablesOf(table: TableName): TableName[] {
  return TABLE_NAMES.filter((t) => {
    const spec = TABLES[t];
    return 'parent' in spec && spec.parent?.table === table;
  });
}

export function hasField(table: TableName, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(TABLES[table].schema.shape, field);
}

export async function parentOf(tx: StorageTx, table: TableName, data: Record<string, unknown>) {
  const spec = TABLES[table];
  if (!('parent' in spec) || !spec.parent) return { needed: false as const };
  const parentId = data[spec.parent.field];
  const parent =
    typeof parentId === 'string' ? await tx.getRecord(spec.parent.table, parentId) : undefined;
  return {
    needed: true as const,
    parentId: typeof parentId === 'string' ? parentId : null,
    parent,
  };
}

/** `DT-2026-0042`: the call reference, per Europe/London year of the server clock. */
export async function assignCallReference(tx: StorageTx, now: Date): Promise<string> {
  const year = londonYear(now);
  const n = await tx.nextCallRef(year);
  return `DT-${year}-${String(n).padStart(4, '0')}`;
}

const REFERENCE_RE = /^DT-(\d{4})-(\d+)$/;

/** An imported call keeps its reference; the year's counter continues above it. */
export async function noteImportedReference(tx: StorageTx, reference: unknown): Promise<void> {
  const m = typeof reference === 'string' ? REFERENCE_RE.exec(reference) : null;
  if (m) await tx.noteCallRef(Number(m[1]), Number(m[2]));
}

export interface NewRecordInput {
  table: TableName;
  id: string;
  data: Record<string, unknown>;
  by: Pick<Actor, 'userId' | 'agencyId'> | null;
  now: Date;
  parent?: StoredRecord;
}

/** Inserts a record with server-set who/when fields and every field at the new seq. */
export async function writeNewRecord(tx: StorageTx, input: NewRecordInput): Promise<StoredRecord> {
  const { table, now, by } = input;
  const seq = await tx.nextSeq();
  const at = now.toISOString();
  const data: Record<string, unknown> = { ...input.data, id: input.id };
  if (hasField(table, 'createdAt')) {
    Object.assign(data, { createdAt: at, updatedAt: at });
    if (by)
      Object.assign(data, {
        createdBy: by.userId,
        createdByAgency: by.agencyId,
        updatedBy: by.userId,
      });
  } else if (hasField(table, 'updatedAt')) {
    data.updatedAt = at;
    if (by) data.updatedBy = by.userId;
  }
  const fieldSeqs: Record<string, number> = {};
  for (const key of Object.keys(data)) if (!NOT_TRACKED.has(key)) fieldSeqs[key] = seq;
  const record: StoredRecord = {
    table,
    id: input.id,
    data,
    fieldSeqs,
    seq,
    deleted: false,
    keys: scopeKeysFor(table, data, input.parent),
    parentId: input.parent?.id ?? null,
  };
  await tx.putRecord(record, at);
  return record;
}

/**
 * Writes changed fields at a new seq. When the record's scope keys move, a
 * revoke row (with its own, earlier seq) tells users who matched only the
 * old keys to drop it.
 */
export async function writeRecordChange(
  tx: StorageTx,
  current: StoredRecord,
  changes: Record<string, unknown>,
  opts: { by: string | null; now: Date; deleted?: boolean },
): Promise<StoredRecord> {
  const at = opts.now.toISOString();
  const data: Record<string, unknown> = { ...current.data, ...changes };
  const keys = current.parentId ? current.keys : scopeKeysFor(current.table, data);
  if (!sameKeys(keys, current.keys))
    await tx.addRevoke(current.table, current.id, await tx.nextSeq(), current.keys, at);
  const seq = await tx.nextSeq();
  const fieldSeqs = { ...current.fieldSeqs };
  for (const key of Object.keys(changes)) fieldSeqs[key] = seq;
  if (hasField(current.table, 'updatedAt')) {
    data.updatedAt = at;
    if (opts.by) data.updatedBy = opts.by;
  }
  const record: StoredRecord = {
    ...current,
    data,
    fieldSeqs,
    seq,
    deleted: opts.deleted ?? current.deleted,
    keys,
  };
  await tx.putRecord(record, at);
  return record;
}
