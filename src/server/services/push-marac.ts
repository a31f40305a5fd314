/**
 * Server check for a new MARAC action: due before the meeting after the one
 * that agreed it (src/domain/rules/marac.ts `actionDueError`, also run on
 * the device). Only members reach here: the create grant is checked first.
 */
import { actionDueError } from '../../domain/rules/marac';
import type { MaracAction, MaracMeeting } from '../../domain/schemas/marac';
import type { StorageTx } from '../storage/types';
import { rejected, type Outcome } from './push-outcome';

export async function checkMaracActionDue(
  tx: StorageTx,
  data: Record<string, unknown>,
): Promise<Outcome | null> {
  const action = data as MaracAction;
  if (!action.meetingId) return null;
  const meetings = (await tx.listRecords('maracMeetings'))
    .filter((r) => !r.deleted)
    .map((r) => r.data as MaracMeeting);
  const late = actionDueError(action, meetings);
  return late ? rejected('invalid', late, { dueDate: late }) : null;
}
