/**
 * One pushed mutation, in its own transaction (sync.md "Replays"): a known
 * mutationId returns its stored result as `duplicate`; otherwise validate,
 * authorise, apply, store the result (status and seq, never payload
 * values), write the audit row, commit. The wire result never carries a
 * record or value the user may not read.
 */
import { viewEventSchema } from '../../domain/schemas/reference';
import {
  isMutationErrorCode,
  MAX_MUTATION_BYTES,
  MAX_MUTATION_DEPTH,
  MUTATION_KINDS,
  type Mutation,
  type MutationError,
  type MutationResult,
} from '../../domain/sync-protocol';
import { mutationSchema } from '../../domain/sync-schemas';
import { isTableName, TABLES, type TableName } from '../../domain/tables';
import { UUID_PATTERN } from '../../domain/ids';
import type { AuthContext, ServerDeps } from '../deps';
import { fieldErrors } from '../errors';
import type { AppliedMutation, StorageTx, StoredRecord } from '../storage/types';
import { writeAudit } from './audit';
import { jsonLimitBreach } from './json-limits';
import { applyCommand } from './push-command';
import { rejected, type Outcome } from './push-outcome';
import { applyCreate, applyDelete, applyPatch, type PushContext } from './push-write';
import { keysReadable, wireRecord } from './records';

function mutationIdOf(raw: unknown): string {
  const id =
    typeof raw === 'object' && raw !== null
      ? (raw as { mutationId?: unknown }).mutationId
      : undefined;
  return typeof id === 'string' && UUID_PATTERN.test(id) ? id : '';
}

/** An unreadable mutation's id, echoed back (bounded) so the device can match the rejection. */
function echoId(raw: unknown): string {
  const id =
    typeof raw === 'object' && raw !== null
      ? (raw as { mutationId?: unknown }).mutationId
      : undefined;
  return typeof id === 'string' ? id.slice(0, 64) : '';
}

async function evaluate(
  ctx: PushContext,
  auth: AuthContext,
  raw: unknown,
): Promise<{ outcome: Outcome; m?: Mutation }> {
  const breach = jsonLimitBreach(raw, {
    maxDepth: MAX_MUTATION_DEPTH,
    maxBytes: MAX_MUTATION_BYTES,
  });
  if (breach === 'too_large')
    return {
      outcome: rejected(
        'too_large',
        'This change is too large to send. Shorten the text and try again.',
      ),
    };
  if (breach === 'too_deep')
    return {
      outcome: rejected('invalid', 'This change is not readable: it is nested too deeply.'),
    };
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (typeof kind === 'string' && !(MUTATION_KINDS as readonly string[]).includes(kind))
    return { outcome: rejected('unknown_kind', 'This kind of change is not known.') };
  const parsed = mutationSchema.safeParse(raw);
  if (!parsed.success)
    return {
      outcome: rejected('invalid', 'This change is not readable.', fieldErrors(parsed.error)),
    };
  const m = parsed.data;
  if (!isTableName(m.table))
    return { outcome: rejected('unknown_table', 'This kind of record is not known.'), m };
  const table: TableName = m.table;
  if (await ctx.tx.isDisposed(table, m.recordId))
    return {
      outcome: rejected('disposed', 'This record has been disposed of and cannot come back.'),
      m,
    };
  if (table === 'viewEvents') return { outcome: await recordView(ctx, auth, m), m };
  switch (m.kind) {
    case 'create':
      return { outcome: await applyCreate(ctx, m, table), m };
    case 'patch':
      return { outcome: await applyPatch(ctx, m, table), m };
    case 'delete':
      return { outcome: await applyDelete(ctx, m, table), m };
    case 'command':
      return { outcome: await applyCommand(ctx, m, table), m };
  }
}

const idTakenByAnotherClient = (): Outcome =>
  rejected('id_taken', 'This change has the id of another device’s change. Make it again.');

/** View events are write-only: stored to the audit log, never as records. */
async function recordView(ctx: PushContext, auth: AuthContext, m: Mutation): Promise<Outcome> {
  if (m.kind !== 'create') return rejected('append_only', 'View events are only ever created.');
  const parsed = viewEventSchema.safeParse({ ...m.payload, id: m.recordId });
  if (!parsed.success)
    return rejected('invalid', 'The view event is not readable.', fieldErrors(parsed.error));
  await writeAudit(ctx.tx, ctx.now, {
    userId: auth.user.id,
    deviceId: auth.deviceId,
    action: 'view',
    table: parsed.data.table,
    ids: [parsed.data.recordId],
  });
  return { status: 'applied', seq: null, record: null };
}

/** A record goes back only to someone who may read it; a write-only author gets a receipt. */
function visible(auth: AuthContext, record: StoredRecord | null): StoredRecord | null {
  return record && keysReadable(auth.actor, record.keys) ? record : null;
}

function toResult(mutationId: string, outcome: Outcome, auth: AuthContext): MutationResult {
  if (outcome.status === 'rejected') {
    const error = {
      code: outcome.code,
      message: outcome.message,
      ...(outcome.fields ? { fields: outcome.fields } : {}),
    };
    return { mutationId, status: 'rejected', error };
  }
  const seq = outcome.seq !== null ? { seq: outcome.seq } : {};
  const record = visible(auth, outcome.record);
  const wire = record ? { record: wireRecord(record) } : {};
  if (outcome.status === 'conflict')
    return {
      mutationId,
      status: 'conflict',
      ...seq,
      ...wire,
      ...(record ? { conflicts: outcome.conflicts } : {}),
    };
  return { mutationId, status: 'applied', ...seq, ...wire };
}

/** A stored code is one this server wrote; an unknown one (a newer server's) reads as `invalid`. */
const storedError = (e: { code: string; message: string }): MutationError => ({
  code: isMutationErrorCode(e.code) ? e.code : 'invalid',
  message: e.message,
});

async function duplicateResult(
  tx: StorageTx,
  stored: AppliedMutation,
  auth: AuthContext,
): Promise<MutationResult> {
  const result: Extract<MutationResult, { status: 'duplicate' }> = {
    mutationId: stored.mutationId,
    status: 'duplicate',
  };
  if (stored.seq !== null) result.seq = stored.seq;
  if (stored.result.error) result.error = storedError(stored.result.error);
  if (
    stored.status === 'rejected' ||
    !isTableName(stored.table) ||
    TABLES[stored.table].scope === 'viewEvent'
  )
    return result;
  const record = visible(auth, (await tx.getRecord(stored.table, stored.recordId)) ?? null);
  if (!record) return result;
  result.record = wireRecord(record);
  if (stored.result.conflictFields)
    result.conflicts = stored.result.conflictFields.map((field) => ({
      field,
      serverValue: record.data[field],
      serverSeq: record.fieldSeqs[field] ?? record.seq,
    }));
  return result;
}

/** Applies one mutation inside the push's transaction, in a savepoint of its own. */
export async function applyMutation(
  tx: StorageTx,
  deps: ServerDeps,
  auth: AuthContext,
  clientId: string,
  raw: unknown,
): Promise<MutationResult> {
  const mutationId = mutationIdOf(raw);
  const now = deps.clock.now();
  return tx.savepoint(async () => {
    if (mutationId) {
      const stored = await tx.getAppliedMutation(mutationId);
      // Replays are recognised per client: another client's id is never its result.
      if (stored && stored.clientId !== clientId)
        return toResult(mutationId, idTakenByAnotherClient(), auth);
      if (stored) return duplicateResult(tx, stored, auth);
    }
    const { outcome, m } = await evaluate({ tx, actor: auth.actor, now, clientId }, auth, raw);
    const storable = outcome.status !== 'rejected' || outcome.store;
    if (mutationId && storable) {
      await tx.putAppliedMutation({
        mutationId,
        clientId,
        userId: auth.user.id,
        table: m?.table ?? '',
        recordId: m?.recordId ?? '',
        status: outcome.status,
        seq: outcome.status === 'rejected' ? null : outcome.seq,
        result:
          outcome.status === 'rejected'
            ? { error: { code: outcome.code, message: outcome.message } }
            : outcome.status === 'conflict'
              ? { conflictFields: outcome.conflicts.map((c) => c.field) }
              : {},
        at: now.toISOString(),
      });
    }
    if (outcome.status !== 'rejected' && outcome.record && m) {
      await writeAudit(tx, now, {
        userId: auth.user.id,
        deviceId: auth.deviceId,
        action: `sync.${m.kind}`,
        table: m.table,
        ids: [m.recordId],
      });
    }
    return toResult(mutationId || echoId(raw), outcome, auth);
  });
}
