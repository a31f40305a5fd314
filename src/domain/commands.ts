/**
 * The command registry: every named, server-validated transition (sync.md
 * `command`). A command mutation is `{ kind: 'command', table, recordId,
 * payload: { name, args } }` where `recordId` is the record it acts on. The
 * device applies it optimistically and the server authoritatively, each
 * through ONE generic runner (src/client/local-store/command-runner.ts,
 * src/server/services/push-command.ts) that reads everything from here.
 *
 * To add a command (for any table, e.g. `referral.accept`, `delivery.record`):
 *  1. Write its pure rule in src/domain/rules/<area>.ts: a function taking
 *     `RuleInput<Record, Args, Loaded>` and returning `RuleResult<Partial<Record>>`
 *     (refuse with `fail(code, message)`; a new code goes in ERROR_CODES).
 *  2. Add one entry below with `command({...})`: its `table`, `args` schema,
 *     `needs` (child tables whose live rows the rule reads, keyed by the
 *     child's parent field, and/or `parent: true` for the record's parent),
 *     `reference` for a reference row the record names (its ladder step),
 *     `grant` (who may run it, checked on the server with `canRunCommand`),
 *     optional `pastDateArgs`, and the `rule`. The types tie `needs` to what
 *     the rule may read. Optional, server only: `effects` (patches to other
 *     records) and `adds` (new records, e.g. a referral's decision row).
 *  3. Add its cases to test/domain/commands.test.ts (illegal transitions).
 * Nothing else changes: both runners, the grant check and the wire format
 * pick the entry up. A child table named in `needs` must be indexed on its
 * parent field in the device database (local-store/db.ts).
 */
import { z } from 'zod';
import type { Grant } from './access';
import {
  cancelAction,
  closeCall,
  completeAction,
  discussCall,
  openCall,
  reopenCall,
} from './rules/calls';
import { DELIVERY_METHODS, deliveryEffects, recordDelivery } from './rules/delivery';
import type { RuleInput, RuleResult } from './rules/rule-result';
import { isoDate, isoDateTime, optionalText, requiredText } from './schemas/common';
import { TEXT_MAX } from './schemas/text-limits';
import { futureDateFieldsOf, futureDateMessage } from './rules/past-dates';
import type { TableName } from './tables';
import {
  command,
  type CommandAddition,
  type CommandEffect,
  type ServerStepName,
} from './command-def';
import { CASEWORK_COMMANDS } from './commands-casework';
import { TASKING_COMMANDS } from './commands-tasking';

const CALL_CHILDREN = { children: ['actions', 'residentUpdates'] } as const;
const ACTION_PARENT = { parent: true } as const;
const CHAIR_OR_ACTION_AGENCY: Grant = { roles: ['chair'], also: ['actionAgency'] };

export const COMMANDS = {
  'call.open': command({
    table: 'calls',
    args: z.object({}),
    needs: {},
    grant: { roles: ['chair', 'asb_officer'] },
    rule: openCall,
  }),
  'call.discuss': command({
    table: 'calls',
    args: z.object({ date: isoDate('Meeting date') }),
    needs: {},
    grant: { roles: ['chair'] },
    pastDateArgs: { date: 'Meeting date' },
    rule: discussCall,
  }),
  'call.close': command({
    table: 'calls',
    args: z.object({
      reason: requiredText('Reason for closing', TEXT_MAX.reason),
      noUpdateReason: optionalText('Reason for not updating the resident', TEXT_MAX.noUpdateReason),
    }),
    needs: CALL_CHILDREN,
    grant: { roles: ['chair'] },
    rule: closeCall,
  }),
  'call.reopen': command({
    table: 'calls',
    args: z.object({ reason: requiredText('Reason for reopening', TEXT_MAX.reason) }),
    needs: {},
    grant: { roles: ['chair'] },
    rule: reopenCall,
  }),
  'action.complete': command({
    table: 'actions',
    args: z.object({ outcome: requiredText('Outcome', TEXT_MAX.actionOutcome) }),
    needs: ACTION_PARENT,
    grant: CHAIR_OR_ACTION_AGENCY,
    rule: completeAction,
  }),
  'action.cancel': command({
    table: 'actions',
    args: z.object({ reason: requiredText('Reason for cancelling', TEXT_MAX.reason) }),
    needs: ACTION_PARENT,
    grant: CHAIR_OR_ACTION_AGENCY,
    rule: cancelAction,
  }),
  // Only the assignee: the user named, or a case-role member of the agency when no user is (access.ts).
  'delivery.record': command({
    table: 'deliveryTasks',
    args: z.object({
      method: z.enum(DELIVERY_METHODS, { error: 'Select how the letter was delivered' }),
      deliveredAt: isoDateTime('Date and time delivered'),
      note: optionalText('Delivery note', 1000),
    }),
    needs: {},
    grant: { roles: [], also: ['assignee'] },
    pastDateArgs: { deliveredAt: 'Date and time delivered' },
    rule: recordDelivery,
    effects: deliveryEffects,
  }),
  ...CASEWORK_COMMANDS,
  ...TASKING_COMMANDS,
};

export type CommandName = keyof typeof COMMANDS;
export type CommandArgs<N extends CommandName> = z.infer<(typeof COMMANDS)[N]['args']>;
export type CommandsFor<T extends TableName> = {
  [N in CommandName]: (typeof COMMANDS)[N]['table'] extends T ? N : never;
}[CommandName];

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export const commandPayloadSchema = z.object({
  name: z.string().min(1).max(64),
  args: z.record(z.string(), z.unknown()),
});
export type CommandPayload = z.infer<typeof commandPayloadSchema>;

export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

/** A registry entry seen by the generic runners, which know the table only at run time. */
export interface AnyCommand {
  table: TableName;
  args: z.ZodObject;
  needs: {
    children?: readonly TableName[];
    parent?: boolean;
    reference?: { table: TableName; field: string };
  };
  grant: Grant;
  pastDateArgs?: Partial<Record<string, string>>;
  serverStep?: ServerStepName;
  effects?: (
    record: Record<string, unknown>,
    patch: Record<string, unknown>,
  ) => readonly CommandEffect[];
  adds?: (
    record: Record<string, unknown>,
    patch: Record<string, unknown>,
    args: Record<string, unknown>,
    at: string,
  ) => readonly CommandAddition[];
}

export function commandSpec(name: CommandName): AnyCommand {
  return COMMANDS[name] as AnyCommand;
}

/** A refusal carries the schema's issues (invalid arguments) or ready field messages (dates). */
export type ParsedCommand =
  | { ok: true; name: CommandName; spec: AnyCommand; args: Record<string, unknown> }
  | {
      ok: false;
      code: 'unknown_command' | 'invalid';
      message: string;
      issues?: z.ZodError;
      fields?: Record<string, string>;
    };

/**
 * Checks a command by name against the table it was sent for and parses its
 * arguments; dates about the past may not be more than a day ahead of `now`.
 */
export function parseCommand(
  name: string,
  table: string,
  rawArgs: unknown,
  now: Date,
): ParsedCommand {
  if (!isCommandName(name))
    return { ok: false, code: 'unknown_command', message: 'This command is not known.' };
  const spec = commandSpec(name);
  if (spec.table !== table)
    return {
      ok: false,
      code: 'invalid',
      message: 'This command does not apply to this kind of record.',
    };
  const parsed = spec.args.safeParse(rawArgs);
  if (!parsed.success)
    return {
      ok: false,
      code: 'invalid',
      message: 'Some details are missing or not valid.',
      issues: parsed.error,
    };
  const args = parsed.data as Record<string, unknown>;
  const future = futureDateFieldsOf(spec.pastDateArgs ?? {}, args, now);
  if (future.length > 0)
    return {
      ok: false,
      code: 'invalid',
      message: 'A date is in the future.',
      fields: Object.fromEntries(future.map(([f, label]) => [f, futureDateMessage(label)])),
    };
  return { ok: true, name, spec, args };
}

/** What a runner loaded for `needs`: the parent and child rows keyed by table. */
export type LoadedRecords = Record<string, unknown>;

/**
 * Runs a parsed command's rule. The runners load what `needs` declares with
 * the record's own table known only at run time, so this is the one place
 * the typed rule meets untyped rows.
 */
export function runCommandRule(
  name: CommandName,
  input: RuleInput<Record<string, unknown>, Record<string, unknown>, LoadedRecords>,
): RuleResult<Record<string, unknown>> {
  const rule = COMMANDS[name].rule as (i: typeof input) => RuleResult<Record<string, unknown>>;
  return rule(input);
}
