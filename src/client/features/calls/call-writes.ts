/**
 * The calls screens' writes, each one repository call on the signed-in
 * user's database. Screens call these and never hold `db` themselves; every
 * write reaches the outbox in the same transaction (local-store).
 */
import type { CommandArgs } from '../../../domain/commands';
import { addAction, runActionCommand, type NewActionInput } from '../../local-store/actions-repo';
import {
  logCall,
  runCallCommand,
  type CallCommandName,
  type LogCallInput,
} from '../../local-store/calls-repo';
import { getActiveDb } from '../../local-store/db';
import { addNote, addResidentUpdate, type ResidentUpdateInput } from '../../local-store/notes-repo';

export function logCallNow(input: LogCallInput): Promise<string> {
  return logCall(getActiveDb(), input);
}

export function runCallCommandNow<N extends CallCommandName>(
  callId: string,
  name: N,
  args: CommandArgs<N>,
): Promise<void> {
  return runCallCommand(getActiveDb(), callId, name, args);
}

export function addActionNow(callId: string, input: NewActionInput): Promise<string> {
  return addAction(getActiveDb(), callId, input);
}

export function completeActionNow(actionId: string, outcome: string): Promise<void> {
  return runActionCommand(getActiveDb(), actionId, 'action.complete', { outcome });
}

export function cancelActionNow(actionId: string, reason: string): Promise<void> {
  return runActionCommand(getActiveDb(), actionId, 'action.cancel', { reason });
}

export function addNoteNow(callId: string, text: string): Promise<string> {
  return addNote(getActiveDb(), callId, text);
}

export function addResidentUpdateNow(callId: string, input: ResidentUpdateInput): Promise<string> {
  return addResidentUpdate(getActiveDb(), callId, input);
}
