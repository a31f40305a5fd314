/**
 * Community MARAC records on the device: a referral (any role may submit;
 * once the server has it, a non-member's device keeps only a receipt, see
 * sync/push.ts), meetings, action plans and subject links (members only, on
 * the server too). Workflow fields change only through the referral.* and
 * maracAction.* commands (command-runner.ts). Every write reaches the outbox
 * in the same transaction.
 */
import { uuidv7 } from '../../domain/ids';
import { actionDueError } from '../../domain/rules/marac';
import {
  maracActionSchema,
  maracMeetingSchema,
  maracReferralSchema,
  maracSubjectLinkSchema,
  type MaracAction,
  type MaracMeeting,
  type MaracReferral,
} from '../../domain/schemas/marac';
import type { CsuDb } from './db';
import { RuleViolation, ValidationError } from './errors';
import {
  assertPatchable,
  changedFields,
  createRecord,
  localStamp,
  patchRecord,
} from './record-writes';
import { parseOrThrow } from './validate';
import { withWrite } from './write';

/** What the referral form gives: every field except the id and workflow. */
export type ReferralInput = Omit<
  MaracReferral,
  | 'id'
  | 'status'
  | 'referredOn'
  | 'decidedOn'
  | 'advice'
  | 'redirectedTo'
  | 'earlierReferralId'
  | 'closedOn'
  | 'outcome'
  | 'outcomeReason'
  | 'meetingIds'
>;

/**
 * Saves a referral and deletes the form's draft in one transaction, so the
 * device never holds both; the outbox row goes to the server at next sync.
 */
export async function submitReferral(
  db: CsuDb,
  input: ReferralInput,
  draftFormId: string,
): Promise<string> {
  const referral = parseOrThrow(maracReferralSchema, {
    ...input,
    id: uuidv7(),
    status: 'submitted',
  });
  await withWrite(db, ['maracReferrals', 'drafts'], async () => {
    await createRecord(db, 'maracReferrals', referral, []);
    await db.drafts.delete(draftFormId);
  });
  return referral.id;
}

async function referralOrFail(db: CsuDb, id: string): Promise<MaracReferral> {
  const row = await db.recordTable('maracReferrals').get(id);
  if (!row || row.receipt === true)
    throw new RuleViolation('not_found', 'This referral is not on this device.');
  return row as unknown as MaracReferral;
}

export type NewMaracActionInput = Pick<MaracAction, 'agencyId' | 'text' | 'dueDate'> &
  Partial<Pick<MaracAction, 'owner' | 'meetingId'>>;

export async function addMaracAction(
  db: CsuDb,
  referralId: string,
  input: NewMaracActionInput,
): Promise<string> {
  const stamp = localStamp(db);
  const action = parseOrThrow(maracActionSchema, {
    id: uuidv7(),
    referralId,
    ...input,
    status: 'open',
    createdAt: stamp.at,
  });
  await withWrite(db, ['maracReferrals', 'maracActions', 'maracMeetings'], async () => {
    const referral = await referralOrFail(db, referralId);
    if (referral.status === 'closed')
      throw new RuleViolation(
        'illegal_transition',
        'This case is closed, so no actions can be added.',
      );
    const meetings = (await db.recordTable('maracMeetings').toArray()) as unknown as MaracMeeting[];
    const late = actionDueError(action, meetings);
    if (late) throw new ValidationError(late, { dueDate: late });
    await createRecord(db, 'maracActions', action, [referralId]);
  });
  return action.id;
}

export async function createMeeting(db: CsuDb, date: string): Promise<string> {
  const meeting = parseOrThrow(maracMeetingSchema, { id: uuidv7(), date });
  await withWrite(db, ['maracMeetings'], () => createRecord(db, 'maracMeetings', meeting, []));
  return meeting.id;
}

export type MinutesInput = Pick<MaracMeeting, 'chair' | 'attendees' | 'apologies' | 'minutes'>;

/** Records the minutes: chair, attendees and apologies by agency, and the notes. */
export async function saveMinutes(
  db: CsuDb,
  meetingId: string,
  changes: MinutesInput,
): Promise<void> {
  assertPatchable('maracMeetings', Object.keys(changes));
  await withWrite(db, ['maracMeetings'], async () => {
    const current = await db.recordTable('maracMeetings').get(meetingId);
    if (!current) throw new RuleViolation('not_found', 'This meeting is not on this device.');
    const next: Record<string, unknown> & { id: string } = { ...current, ...changes };
    parseOrThrow(maracMeetingSchema, next);
    const changed = changedFields(current, changes);
    if (changed.length > 0) await patchRecord(db, 'maracMeetings', current, next, changed, []);
  });
}

/** Links a referral's subject to a shared person record: a MARAC record itself. */
export async function linkSubject(db: CsuDb, referralId: string, personId: string): Promise<void> {
  const link = parseOrThrow(maracSubjectLinkSchema, { id: uuidv7(), referralId, personId });
  await withWrite(db, ['maracReferrals', 'maracSubjectLinks', 'people'], async () => {
    await referralOrFail(db, referralId);
    const existing = await db
      .recordTable('maracSubjectLinks')
      .where('referralId')
      .equals(referralId)
      .toArray();
    if (existing.some((l) => l.personId === personId)) return;
    await createRecord(db, 'maracSubjectLinks', link, [referralId]);
  });
}
