/**
 * Actions on calls (`actions` table): added with a create mutation and
 * finished only through the `action.complete` / `action.cancel` commands,
 * each queued in the outbox in the same transaction.
 */
import { COMMANDS, type CommandArgs } from '../../domain/commands';
import { uuidv7 } from '../../domain/ids';
import { applyActionCommand } from '../../domain/rules/calls';
import { actionSchema } from '../../domain/schemas/calls';
import { getCallOrFail } from './calls-repo';
import type { CsuDb } from './db';
import { RuleViolation } from './errors';
import { commandRecord, createRecord, localStamp } from './record-writes';
import { parseOrThrow } from './validate';
import { withWrite } from './write';

export interface NewActionInput {
  text: string;
  agencyId: string;
  ownerId?: string;
  dueDate: string;
}

/** Adds an open action to a call that is not closed. The call's status does not change. */
export async function addAction(db: CsuDb, callId: string, input: NewActionInput): Promise<string> {
  const stamp = localStamp(db);
  const action = parseOrThrow(actionSchema, {
    id: uuidv7(),
    callId,
    text: input.text,
    agencyId: input.agencyId,
    ...(input.ownerId ? { ownerId: input.ownerId } : {}),
    dueDate: input.dueDate,
    status: 'open',
    createdAt: stamp.at,
    createdBy: stamp.by,
  });
  await withWrite(db, ['calls', 'actions'], async () => {
    const call = await getCallOrFail(db, callId);
    if (call.status === 'closed')
      throw new RuleViolation('call_closed', 'This call is closed. Reopen it to add actions.');
    await createRecord(db, 'actions', action, [callId]);
  });
  return action.id;
}

export type ActionCommandName = 'action.complete' | 'action.cancel';

/** Completes or cancels an action through the shared rule; a refused command writes nothing. */
export async function runActionCommand<N extends ActionCommandName>(
  db: CsuDb,
  actionId: string,
  name: N,
  args: CommandArgs<N>,
): Promise<void> {
  if (name !== 'action.complete' && name !== 'action.cancel')
    throw new RuleViolation('unknown_command', 'This command is not known.');
  const parsed = parseOrThrow(COMMANDS[name].args, args) as CommandArgs<N>;
  await withWrite(db, ['calls', 'actions'], async () => {
    const action = await db.actions.get(actionId);
    if (!action) throw new RuleViolation('not_found', 'This action is not on this device.');
    const call = await getCallOrFail(db, action.callId);
    const stamp = localStamp(db);
    const result = applyActionCommand(action, call, name, parsed, stamp.by, stamp.at);
    if (!result.ok) throw new RuleViolation(result.error.code, result.error.message);
    await commandRecord(
      db,
      'actions',
      action,
      result.patch,
      { name, args: parsed as Record<string, unknown> },
      [action.callId],
    );
  });
}
