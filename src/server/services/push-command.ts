/**
 * Applying `command` mutations: the one server runner for every entry in
 * the command registry (src/domain/commands.ts). It parses the command,
 * loads the record and what the entry `needs`, checks the entry's grant,
 * runs its pure rule with the server clock and the signed-in user (never
 * the device's), and writes the patch, the entry's effects on other
 * records and the records it adds (server only).
 */
import { canRunCommand } from '../../domain/access';
import {
  commandPayloadSchema,
  parseCommand,
  runCommandRule,
  type AnyCommand,
  type LoadedRecords,
} from '../../domain/commands';
import { uuidv7 } from '../../domain/ids';
import { referenceRow } from '../../domain/reference/seed';
import type { Mutation } from '../../domain/sync-protocol';
import { TABLES, type TableName } from '../../domain/tables';
import { fieldErrors } from '../errors';
import type { StoredRecord } from '../storage/types';
import { relationsFor } from './push-checks';
import { SERVER_STEPS } from './server-steps';
import { rejected, type Outcome } from './push-outcome';
import { unseenRecord, type PushContext } from './push-write';
import { keysReadable, parentOf, writeNewRecord, writeRecordChange } from './records';

/** The live rows of each child table and the parent, as the entry declared; null when the parent is gone. */
async function loadNeeds(
  ctx: PushContext,
  spec: AnyCommand,
  record: StoredRecord,
): Promise<LoadedRecords | null> {
  const loaded: LoadedRecords = {};
  for (const child of spec.needs.children ?? [])
    loaded[child] = (await ctx.tx.listChildren(child, record.id))
      .filter((r) => !r.deleted)
      .map((r) => r.data);
  if (spec.needs.parent) {
    const parentTable = (TABLES[spec.table] as { parent?: { table: TableName } }).parent?.table;
    const parent =
      parentTable && record.parentId
        ? await ctx.tx.getRecord(parentTable, record.parentId)
        : undefined;
    if (!parent || parent.deleted) return null;
    loaded.parent = parent.data;
  }
  const ref = spec.needs.reference;
  if (ref) {
    const id = String(record.data[ref.field]);
    const stored = await ctx.tx.getRecord(ref.table, id);
    loaded.reference = stored?.deleted ? undefined : referenceRow(ref.table, id, stored?.data);
  }
  return loaded;
}

export async function applyCommand(
  ctx: PushContext,
  m: Mutation,
  table: TableName,
): Promise<Outcome> {
  const payload = commandPayloadSchema.safeParse(m.payload);
  if (!payload.success)
    return rejected('invalid', 'The command is not readable.', fieldErrors(payload.error));
  const command = parseCommand(payload.data.name, table, payload.data.args, ctx.now);
  if (!command.ok)
    return rejected(
      command.code,
      command.message,
      command.issues ? fieldErrors(command.issues) : command.fields,
    );

  const record = await ctx.tx.getRecord(table, m.recordId);
  if (!record || record.deleted || !keysReadable(ctx.actor, record.keys))
    return unseenRecord(ctx.actor, table);
  const rel = await relationsFor(ctx.tx, record);
  if (!canRunCommand(ctx.actor, command.name, rel))
    return rejected('forbidden', 'You do not have permission to do this.');

  const loaded = await loadNeeds(ctx, command.spec, record);
  if (!loaded) return rejected('not_found', 'The record this belongs to is not on the server.');
  const at = ctx.now.toISOString();
  const result = runCommandRule(command.name, {
    record: record.data,
    args: command.args,
    loaded,
    by: ctx.actor.userId,
    at,
  });
  if (!result.ok) return rejected(result.error.code, result.error.message);
  const step = command.spec.serverStep ? SERVER_STEPS[command.spec.serverStep] : undefined;
  const refusal = await step?.check(ctx, record, command.args);
  if (refusal) return refusal;
  const stamp = { by: ctx.actor.userId, now: ctx.now };
  const next = await writeRecordChange(ctx.tx, record, result.patch, stamp);
  // Effects on other records go in the same transaction; the actor may not read them, and the result carries only `next`.
  for (const effect of command.spec.effects?.(record.data, result.patch) ?? []) {
    const target = await ctx.tx.getRecord(effect.table, effect.id);
    if (target && !target.deleted) await writeRecordChange(ctx.tx, target, effect.patch, stamp);
  }
  for (const added of command.spec.adds?.(record.data, result.patch, command.args, at) ?? []) {
    const id = uuidv7(ctx.now.getTime());
    const data = TABLES[added.table].schema.parse({ ...added.data, id }) as Record<string, unknown>;
    const link = await parentOf(ctx.tx, added.table, data);
    const parent = link.needed ? link.parent : undefined;
    await writeNewRecord(ctx.tx, {
      table: added.table,
      id,
      data,
      by: ctx.actor,
      now: ctx.now,
      ...(parent ? { parent } : {}),
    });
  }
  await step?.apply(ctx, record, command.args);
  return { status: 'applied', seq: next.seq, record: next };
}
