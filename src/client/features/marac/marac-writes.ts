/**
 * The MARAC screens' writes, each one repository or command-runner call on
 * the signed-in user's database (from `useDb()`).
 */
import { useMemo } from 'react';
import type { CommandArgs, CommandsFor } from '../../../domain/commands';
import { runCommand } from '../../local-store/command-runner';
import { useDb } from '../../local-store/db-context';
import {
  addMaracAction,
  createMeeting,
  linkSubject,
  saveMinutes,
  submitReferral,
  type MinutesInput,
  type NewMaracActionInput,
  type ReferralInput,
} from '../../local-store/marac-repo';

export function useMaracWrites() {
  const db = useDb();
  return useMemo(
    () => ({
      submitReferral: (input: ReferralInput, draftFormId: string) =>
        submitReferral(db, input, draftFormId),
      referralCommand: <N extends CommandsFor<'maracReferrals'>>(
        id: string,
        name: N,
        args: CommandArgs<N>,
      ): Promise<void> => runCommand(db, name, id, args),
      actionCommand: <N extends CommandsFor<'maracActions'>>(
        id: string,
        name: N,
        args: CommandArgs<N>,
      ): Promise<void> => runCommand(db, name, id, args),
      addAction: (referralId: string, input: NewMaracActionInput) =>
        addMaracAction(db, referralId, input),
      createMeeting: (date: string) => createMeeting(db, date),
      saveMinutes: (meetingId: string, input: MinutesInput) => saveMinutes(db, meetingId, input),
      linkSubject: (referralId: string, personId: string) => linkSubject(db, referralId, personId),
    }),
    [db],
  );
}
