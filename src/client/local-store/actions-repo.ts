/**
 * Actions on calls (`actions` table): added with a create mutation and
 * finished only through the `action.complete` / `action.cancel` commands
 * (command-runner.ts), each queued in the outbox in the same transaction.
 */
import { uuidv7 } from '../../domain/ids';
import { INITIAL_WORKFLOW } from '../../domain/initial-workflow';
import { ACTION_OWNER_FIELD, actionOwnerError } from '../../domain/rules/action-owner';
import type { DirectoryUser } from '../../domain/schemas/reference';
import { actionSchema } from '../../domain/schemas/calls';
import { getCallOrFail } from './calls-repo';
import type { CsuDb } from './db';
import { RuleViolation, ValidationError } from './errors';
import { createRecord, localStamp } from './record-writes';
import { parseOrThrow } from './validate';
import { withWrite } from './write';

export interface NewActionInput {
  text: string;
  agencyId: string;
  ownerId?: string;
  dueDate: string;
}

/**
 * Adds an open action to a call that is not closed. The call's status does
 * not change. An owner must be an active user of the action's agency
 * (domain/rules/action-owner); no owner leaves it to the agency.
 */
export async function addAction(db: CsuDb, callId: string, input: NewActionInput): Promise<string> {
  const stamp = localStamp(db);
  const action = parseOrThrow(actionSchema, {
    id: uuidv7(),
    callId,
    text: input.text,
    agencyId: input.agencyId,
    ...(input.ownerId ? { ownerId: input.ownerId } : {}),
    dueDate: input.dueDate,
    ...INITIAL_WORKFLOW.actions,
    createdAt: stamp.at,
    createdBy: stamp.by,
  });
  await withWrite(db, ['calls', 'actions', 'users'], async () => {
    const call = await getCallOrFail(db, callId);
    if (call.status === 'closed')
      throw new RuleViolation('call_closed', 'This call is closed. Reopen it to add actions.');
    if (action.ownerId) {
      const owner = (await db.table('users').get(action.ownerId)) as DirectoryUser | undefined;
      const message = actionOwnerError(owner, action.agencyId);
      if (message) throw new ValidationError(message, { [ACTION_OWNER_FIELD]: message });
    }
    await createRecord(db, 'actions', action, [callId]);
  });
  return action.id;
}
