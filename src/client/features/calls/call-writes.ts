/**
 * The calls screens' writes, each one repository call on the signed-in
 * user's database (from `useDb()`). Screens call these and never hold `db`
 * themselves; every write reaches the outbox in the same transaction
 * (local-store).
 */
import { useMemo } from 'react';
import type { CommandArgs, CommandsFor } from '../../../domain/commands';
import { addAction, type NewActionInput } from '../../local-store/actions-repo';
import { editCall, type CallEdit } from '../../local-store/call-edits';
import { logCall } from '../../local-store/calls-repo';
import type { CallInput } from '../../../domain/schemas/call-input';
import { runCommand } from '../../local-store/command-runner';
import { useDb } from '../../local-store/db-context';
import { addNote, addResidentUpdate, type ResidentUpdateInput } from '../../local-store/notes-repo';

export function useCallWrites() {
  const db = useDb();
  return useMemo(
    () => ({
      logCall: (input: CallInput): Promise<string> => logCall(db, input),
      runCallCommand: <N extends CommandsFor<'calls'>>(
        callId: string,
        name: N,
        args: CommandArgs<N>,
      ): Promise<void> => runCommand(db, name, callId, args),
      addAction: (callId: string, input: NewActionInput): Promise<string> =>
        addAction(db, callId, input),
      completeAction: (actionId: string, outcome: string): Promise<void> =>
        runCommand(db, 'action.complete', actionId, { outcome }),
      cancelAction: (actionId: string, reason: string): Promise<void> =>
        runCommand(db, 'action.cancel', actionId, { reason }),
      editCall: (callId: string, edit: CallEdit, changeText: string): Promise<void> =>
        editCall(db, callId, edit, changeText),
      addNote: (callId: string, text: string): Promise<string> => addNote(db, callId, text),
      addResidentUpdate: (callId: string, input: ResidentUpdateInput): Promise<string> =>
        addResidentUpdate(db, callId, input),
    }),
    [db],
  );
}
