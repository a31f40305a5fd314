/**
 * Applying `command` mutations: named workflow transitions checked against
 * current server state with the shared rules (src/domain/rules), using the
 * server clock and the signed-in user, never the device's.
 */
import { canRunCommand } from '../../domain/access';
import {
  COMMANDS,
  commandPayloadSchema,
  isCommandName,
  type CommandName,
} from '../../domain/commands';
import { applyActionCommand, applyCallCommand } from '../../domain/rules/calls';
import type { Action, Call, ResidentUpdate } from '../../domain/schemas/calls';
import type { Mutation } from '../../domain/sync-protocol';
import type { TableName } from '../../domain/tables';
import { fieldErrors } from '../errors';
import type { StoredRecord } from '../storage/types';
import { relationsFor } from './push-checks';
import { rejected, type Outcome } from './push-outcome';
import type { PushContext } from './push-write';
import { keysReadable, writeRecordChange } from './records';

type RuleOutcome =
  | { ok: true; patch: Record<string, unknown> }
  | { ok: false; error: { code: string; message: string } };

async function liveChildren(ctx: PushContext, table: TableName, parentId: string) {
  return (await ctx.tx.listChildren(table, parentId)).filter((r) => !r.deleted).map((r) => r.data);
}

async function runRule(
  ctx: PushContext,
  name: CommandName,
  args: unknown,
  record: StoredRecord,
): Promise<RuleOutcome> {
  const by = ctx.actor.userId;
  const at = ctx.now.toISOString();
  if (name.startsWith('call.')) {
    const actions = (await liveChildren(ctx, 'actions', record.id)) as Action[];
    const updates = (await liveChildren(ctx, 'residentUpdates', record.id)) as ResidentUpdate[];
    const callName = name as Extract<CommandName, `call.${string}`>;
    return applyCallCommand(
      record.data as Call,
      callName,
      args as never,
      { actions, updates },
      by,
      at,
    );
  }
  const call = record.parentId ? await ctx.tx.getRecord('calls', record.parentId) : undefined;
  if (!call || call.deleted)
    return { ok: false, error: { code: 'not_found', message: 'The call is not on the server.' } };
  const actionName = name as Extract<CommandName, `action.${string}`>;
  return applyActionCommand(
    record.data as Action,
    call.data as Call,
    actionName,
    args as never,
    by,
    at,
  );
}

export async function applyCommand(
  ctx: PushContext,
  m: Mutation,
  table: TableName,
): Promise<Outcome> {
  const payload = commandPayloadSchema.safeParse(m.payload);
  if (!payload.success)
    return rejected('invalid', 'The command is not readable.', fieldErrors(payload.error));
  const { name } = payload.data;
  if (!isCommandName(name)) return rejected('unknown_command', 'This command is not known.');
  const spec = COMMANDS[name];
  if (spec.table !== table)
    return rejected('invalid', 'This command does not apply to this kind of record.');
  const args = spec.args.safeParse(payload.data.args);
  if (!args.success)
    return rejected('invalid', 'Some details are missing or not valid.', fieldErrors(args.error));

  const record = await ctx.tx.getRecord(table, m.recordId);
  if (!record || record.deleted) return rejected('not_found', 'This record is not on the server.');
  if (!keysReadable(ctx.actor, record.keys))
    return rejected('out_of_scope', 'You can no longer see this record, so this cannot be done.');
  const rel = await relationsFor(ctx.tx, record);
  if (!canRunCommand(ctx.actor, name, rel))
    return rejected('forbidden', 'You do not have permission to do this.');

  const result = await runRule(ctx, name, args.data, record);
  if (!result.ok) return rejected(result.error.code, result.error.message);
  const next = await writeRecordChange(ctx.tx, record, result.patch, {
    by: ctx.actor.userId,
    now: ctx.now,
  });
  return { status: 'applied', seq: next.seq, record: next };
}
