/**
 * Applying `create`, `patch` and `delete` mutations (sync.md "Wire
 * protocol"). Each runs inside the mutation's own transaction, opened by
 * push-mutation.ts; these functions only read and write through it.
 */
import { SERVER_MANAGED_FIELDS } from '../../domain/schemas/common';
import { readsWholeTable } from '../../domain/access';
import type { Actor } from '../../domain/roles';
import type { Call } from '../../domain/schemas/calls';
import type { FieldConflict, Mutation } from '../../domain/sync-protocol';
import { londonDate } from '../../domain/dates';
import { initialWorkflow } from '../../domain/initial-workflow';
import { TABLES, type TableName } from '../../domain/tables';
import type { StorageTx, StoredRecord } from '../storage/types';
import { fieldErrors } from '../errors';
import { futureDateFields } from '../../domain/rules/past-dates';
import { checkEnforcementStep } from './push-enforcement';
import { checkMaracActionDue } from './push-marac';
import { checkActionOwner, checkCallReferences } from './push-references';
import { isAppendOnly, mayChange, mayCreate, resolveBase } from './push-checks';
import { rejected, type Outcome } from './push-outcome';
import {
  assignCallReference,
  hasField,
  keysReadable,
  parentOf,
  writeNewRecord,
  writeRecordChange,
} from './records';

export interface PushContext {
  tx: StorageTx;
  actor: Actor;
  now: Date;
  /** The device database pushing: `m:<mutationId>` bases resolve among its own mutations. */
  clientId: string;
}

const FORBIDDEN = 'You do not have permission to make this change.';

/**
 * A record the actor cannot see, whether it exists or not. Only someone who
 * reads the whole table learns `not_found`; to anyone else a missing id and
 * an id out of their scope answer alike, so refusals reveal no ids.
 */
export function unseenRecord(actor: Actor, table: TableName): Outcome {
  return readsWholeTable(actor, table)
    ? rejected('not_found', 'This record is not on the server.')
    : rejected('out_of_scope', 'You can no longer see this record, so this change cannot be made.');
}

function serverOwned(table: TableName): Set<string> {
  const spec = TABLES[table];
  return new Set<string>([
    'id',
    ...SERVER_MANAGED_FIELDS,
    ...(('serverFields' in spec && spec.serverFields) || []),
  ]);
}

const futureDate = (fields: string[]) =>
  rejected(
    'future_date',
    'A date is more than a day in the future. Check the date and try again.',
    Object.fromEntries(fields.map((f) => [f, 'This date is in the future'])),
  );

export async function applyCreate(
  ctx: PushContext,
  m: Mutation,
  table: TableName,
): Promise<Outcome> {
  const { tx, actor, now } = ctx;
  const spec = TABLES[table];
  const parentLink = await parentOf(tx, table, m.payload);
  const parent =
    parentLink.needed && parentLink.parent && !parentLink.parent.deleted
      ? parentLink.parent
      : undefined;
  if (!(await mayCreate(tx, actor, table, parent))) return rejected('forbidden', FORBIDDEN);
  if (await tx.getRecord(table, m.recordId))
    return rejected(
      'id_taken',
      'A record with this id already exists. Save it again as a new record.',
    );
  if (m.payload.id !== undefined && m.payload.id !== m.recordId)
    return rejected('invalid', 'The record id does not match.', {
      id: 'The record id does not match',
    });

  const owned = serverOwned(table);
  const workflow = new Set<string>(spec.workflowFields);
  const candidate: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(m.payload))
    if (!owned.has(key) && !workflow.has(key)) candidate[key] = value;
  Object.assign(candidate, initialWorkflow(table), { id: m.recordId });
  const parsed = spec.schema.safeParse(candidate);
  if (!parsed.success)
    return rejected('invalid', 'Some fields are missing or not valid.', fieldErrors(parsed.error));
  const data = parsed.data as Record<string, unknown>;
  const future = futureDateFields(table, data, now);
  if (future.length > 0) return futureDate(future);
  if (parentLink.needed && !parent)
    return rejected('parent_missing', 'The record this belongs to has not reached the server.');
  if (table === 'enforcements') {
    const stepError = await checkEnforcementStep(tx, data);
    if (stepError) return stepError;
  }
  if (table === 'calls') {
    const referenceError = await checkCallReferences(tx, parsed.data as Call);
    if (referenceError) return referenceError;
  }
  if (table === 'actions') {
    const ownerError = await checkActionOwner(tx, data as { ownerId?: string; agencyId: string });
    if (ownerError) return ownerError;
  }
  if (table === 'maracActions') {
    const dueError = await checkMaracActionDue(tx, data);
    if (dueError) return dueError;
  }
  if (table === 'calls') data.reference = await assignCallReference(tx, now);
  // The day a referral reached the panel is the server's, for the figures (marac-kpis.ts).
  if (table === 'maracReferrals') data.referredOn = londonDate(now);
  const record = await writeNewRecord(tx, { table, id: m.recordId, data, by: actor, now, parent });
  return { status: 'applied', seq: record.seq, record };
}

/** Call fields that name reference rows (checked again when a patch changes them). */
const CALL_REFERENCE_FIELDS = new Set(['location', 'sourceAgencyId', 'categoryIds']);

function conflictOf(record: StoredRecord, field: string): FieldConflict {
  const by = record.data.updatedBy;
  return {
    field,
    serverValue: record.data[field],
    ...(typeof by === 'string' ? { serverBy: by } : {}),
    serverSeq: record.fieldSeqs[field] ?? record.seq,
  };
}

export async function applyPatch(
  ctx: PushContext,
  m: Mutation,
  table: TableName,
): Promise<Outcome> {
  const { tx, actor, now } = ctx;
  const spec = TABLES[table];
  if (isAppendOnly(table))
    return rejected('append_only', 'This record cannot be changed. Add a correction instead.');
  const record = await tx.getRecord(table, m.recordId);
  if (!record || !keysReadable(actor, record.keys)) return unseenRecord(actor, table);
  if (!(await mayChange(tx, actor, record))) return rejected('forbidden', FORBIDDEN);

  const owned = serverOwned(table);
  const locked = new Set<string>([
    ...spec.workflowFields,
    ...(('fixedFields' in spec && spec.fixedFields) || []),
  ]);
  if ('parent' in spec && spec.parent) locked.add(spec.parent.field);
  const fields = Object.keys(m.payload).filter((f) => !owned.has(f));
  if (fields.length === 0)
    return rejected(
      'not_patchable',
      'This change names no field that can be edited.',
      Object.fromEntries(Object.keys(m.payload).map((f) => [f, 'Set by the server'])),
    );
  const notPatchable = fields.filter((f) => locked.has(f));
  if (notPatchable.length > 0)
    return rejected(
      'not_patchable',
      'Status and other workflow fields change only through their own actions.',
      Object.fromEntries(notPatchable.map((f) => [f, 'This field cannot be edited directly'])),
    );
  const unknown = fields.filter((f) => !hasField(table, f));
  if (unknown.length > 0)
    return rejected(
      'invalid',
      'Some fields are not known.',
      Object.fromEntries(unknown.map((f) => [f, 'Unknown field'])),
    );

  const bases: Record<string, number> = {};
  for (const field of fields) {
    const base = await resolveBase(tx, m.baseSeqs?.[field], ctx.clientId);
    if (!base.ok)
      return base.code === 'base_rejected'
        ? rejected('base_rejected', 'An earlier change this one builds on was rejected.')
        : rejected('missing_base', 'This change does not say which version it edits.');
    bases[field] = base.seq;
  }

  const conflicts: FieldConflict[] = [];
  const accepted: string[] = [];
  for (const field of fields) {
    if ((record.fieldSeqs[field] ?? 0) > (bases[field] ?? 0))
      conflicts.push(conflictOf(record, field));
    else accepted.push(field);
  }
  // An edit made before a delete it had not seen brings the record back, and says so.
  const deleteSeq = record.fieldSeqs.archived ?? record.seq;
  const restoring = record.deleted;
  if (restoring && fields.some((f) => (bases[f] ?? 0) < deleteSeq))
    conflicts.push(conflictOf(record, 'archived'));
  if (accepted.length === 0 && !restoring)
    return { status: 'conflict', seq: record.seq, record, conflicts };

  const merged: Record<string, unknown> = { ...record.data };
  for (const field of accepted) merged[field] = m.payload[field];
  if (restoring) merged.archived = false;
  const parsed = spec.schema.safeParse(merged);
  if (!parsed.success)
    return rejected('invalid', 'Some fields are not valid.', fieldErrors(parsed.error));
  const clean = parsed.data as Record<string, unknown>;
  const future = futureDateFields(
    table,
    Object.fromEntries(accepted.map((f) => [f, clean[f]])),
    now,
  );
  if (future.length > 0) return futureDate(future);
  if (table === 'calls' && accepted.some((f) => CALL_REFERENCE_FIELDS.has(f))) {
    const referenceError = await checkCallReferences(tx, clean as Call);
    if (referenceError) return referenceError;
  }
  if (table === 'actions' && accepted.some((f) => f === 'ownerId' || f === 'agencyId')) {
    const ownerError = await checkActionOwner(tx, clean as { ownerId?: string; agencyId: string });
    if (ownerError) return ownerError;
  }

  const changes: Record<string, unknown> = Object.fromEntries(accepted.map((f) => [f, clean[f]]));
  if (restoring) changes.archived = false;
  const next = await writeRecordChange(tx, record, changes, {
    by: actor.userId,
    now,
    deleted: false,
  });
  return conflicts.length > 0
    ? { status: 'conflict', seq: next.seq, record: next, conflicts }
    : { status: 'applied', seq: next.seq, record: next };
}

export async function applyDelete(
  ctx: PushContext,
  m: Mutation,
  table: TableName,
): Promise<Outcome> {
  const { tx, actor, now } = ctx;
  if (isAppendOnly(table))
    return rejected('append_only', 'This record cannot be deleted. Add a correction instead.');
  if (TABLES[table].scope === 'reference')
    return rejected('illegal_transition', 'Reference items are deactivated, never deleted.');
  const record = await tx.getRecord(table, m.recordId);
  if (!record || !keysReadable(actor, record.keys)) return unseenRecord(actor, table);
  if (!(await mayChange(tx, actor, record))) return rejected('forbidden', FORBIDDEN);
  if (record.deleted) return { status: 'applied', seq: record.seq, record };
  const base = await resolveBase(tx, m.baseSeq, ctx.clientId);
  if (!base.ok)
    return base.code === 'base_rejected'
      ? rejected('base_rejected', 'An earlier change this one builds on was rejected.')
      : rejected('missing_base', 'This delete does not say which version it removes.');
  if (record.seq > base.seq) {
    const changed = Object.keys(record.fieldSeqs).filter(
      (f) => (record.fieldSeqs[f] ?? 0) > base.seq,
    );
    return {
      status: 'conflict',
      seq: record.seq,
      record,
      conflicts: changed.map((f) => conflictOf(record, f)),
    };
  }
  const next = await writeRecordChange(
    tx,
    record,
    { archived: true },
    { by: actor.userId, now, deleted: true },
  );
  return { status: 'applied', seq: next.seq, record: next };
}
