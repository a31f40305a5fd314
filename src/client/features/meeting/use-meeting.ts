/**
 * Meeting mode's reads (the agenda, live from the device store) and writes
 * (the meeting record through tasking-repo, what happens to a call through
 * the calls' own commands).
 */
import { useMemo } from 'react';
import type { RecordItemArgs } from '../../../domain/rules/tasking-meeting';
import { runCommand } from '../../local-store/command-runner';
import { useDb } from '../../local-store/db-context';
import { todayInLondon } from '../../local-store/group-queries';
import { meetingAgenda, setAttendance, startMeeting } from '../../local-store/tasking-repo';
import { useLiveData } from '../../local-store/use-live-data';

export function useMeetingAgenda() {
  const db = useDb();
  return useLiveData(() => meetingAgenda(db), [db]);
}

export function useMeetingWrites() {
  const db = useDb();
  return useMemo(
    () => ({
      start: (agencyIds: readonly string[]) => startMeeting(db, agencyIds),
      attendance: (meetingId: string, agencyIds: readonly string[]) =>
        setAttendance(db, meetingId, agencyIds),
      minute: (meetingId: string, args: RecordItemArgs) =>
        runCommand(db, 'meeting.record', meetingId, args),
      /** Marks the call discussed today (call.discuss opens a new call) and minutes it. */
      discussed: async (meetingId: string, args: Omit<RecordItemArgs, 'decision'>) => {
        if (args.callId)
          await runCommand(db, 'call.discuss', args.callId, { date: todayInLondon() });
        await runCommand(db, 'meeting.record', meetingId, { ...args, decision: 'discussed' });
      },
      close: (meetingId: string) => runCommand(db, 'meeting.close', meetingId, {}),
    }),
    [db],
  );
}
