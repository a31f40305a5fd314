import { z } from 'zod';
import { isoDate, requiredText, optionalText, uuid } from './schemas/common';
import type { TableName } from './tables';

/**
 * Named, server-validated transitions (sync.md `command`). A command
 * mutation is `{ kind: 'command', table, recordId, payload: { name, args } }`
 * where `recordId` is the record the command acts on. The device applies the
 * same command optimistically through the same rules the server checks.
 */
export const COMMANDS = {
  'call.open': { table: 'calls', args: z.object({}) },
  'call.discuss': { table: 'calls', args: z.object({ date: isoDate('Meeting date') }) },
  'call.close': {
    table: 'calls',
    args: z.object({
      reason: requiredText('Reason for closing', 1000),
      noUpdateReason: optionalText('Reason for not updating the resident', 1000),
    }),
  },
  'call.reopen': {
    table: 'calls',
    args: z.object({ reason: requiredText('Reason for reopening', 1000) }),
  },
  'action.complete': {
    table: 'actions',
    args: z.object({ outcome: requiredText('Outcome', 2000) }),
  },
  'action.cancel': {
    table: 'actions',
    args: z.object({ reason: requiredText('Reason for cancelling', 1000) }),
  },
} as const satisfies Record<string, { table: TableName; args: z.ZodObject }>;

export type CommandName = keyof typeof COMMANDS;
export type CommandArgs<N extends CommandName> = z.infer<(typeof COMMANDS)[N]['args']>;

export const commandPayloadSchema = z.object({
  name: z.string().min(1).max(64),
  args: z.record(z.string(), z.unknown()),
});
export type CommandPayload = z.infer<typeof commandPayloadSchema>;

export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

export const commandTargetId = uuid('Record');
