/**
 * The calls screens' writes, each one repository call on the signed-in
 * user's database. Screens call these and never hold `db` themselves; every
 * write reaches the outbox in the same transaction (local-store).
 */
import type { CommandArgs, CommandsFor } from '../../../domain/commands';
import { addAction, type NewActionInput } from '../../local-store/actions-repo';
import { logCall, type LogCallInput } from '../../local-store/calls-repo';
import { runCommand } from '../../local-store/command-runner';
import { getActiveDb } from '../../local-store/db';
import { addNote, addResidentUpdate, type ResidentUpdateInput } from '../../local-store/notes-repo';

export function logCallNow(input: LogCallInput): Promise<string> {
  return logCall(getActiveDb(), input);
}

export function runCallCommandNow<N extends CommandsFor<'calls'>>(
  callId: string,
  name: N,
  args: CommandArgs<N>,
): Promise<void> {
  return runCommand(getActiveDb(), name, callId, args);
}

export function addActionNow(callId: string, input: NewActionInput): Promise<string> {
  return addAction(getActiveDb(), callId, input);
}

export function completeActionNow(actionId: string, outcome: string): Promise<void> {
  return runCommand(getActiveDb(), 'action.complete', actionId, { outcome });
}

export function cancelActionNow(actionId: string, reason: string): Promise<void> {
  return runCommand(getActiveDb(), 'action.cancel', actionId, { reason });
}

export function addNoteNow(callId: string, text: string): Promise<string> {
  return addNote(getActiveDb(), callId, text);
}

export function addResidentUpdateNow(callId: string, input: ResidentUpdateInput): Promise<string> {
  return addResidentUpdate(getActiveDb(), callId, input);
}
