/**
 * Registry entries for casework beyond calls: Task and Finish Groups (the
 * chair and the lead agency), ASB enforcement (ASB officer only) and
 * Community MARAC (members only). Merged into COMMANDS in
 * commands.ts; see its header for how to add a command.
 */
import { z } from 'zod';
import type { Grant } from './access';
import { command } from './command-def';
import {
  breachEnforcement,
  complyEnforcement,
  escalateEnforcement,
  expireEnforcement,
  extendEnforcement,
  issueEnforcement,
  reviewEnforcement,
} from './rules/enforcement';
import { closeGroup } from './rules/groups';
import { mergeRecord, undoMerge } from './rules/merges';
import {
  locationEditArgs,
  personEditArgs,
  updateLocation,
  updatePerson,
} from './rules/record-edits';
import {
  acceptReferral,
  closeReferral,
  completeMaracAction,
  decisionRecords,
  declineReferral,
  listReferral,
  minuteIncompleteAction,
  redirectReferral,
} from './rules/marac';
import { isoDate, optionalText, requiredText, uuid } from './schemas/common';
import { enforcementBreachSchema } from './schemas/enforcement';
import { INCOMPLETE_ACTION_MINUTES, REFERRAL_OUTCOMES } from './schemas/marac';

const ASB_OFFICER: Grant = { roles: ['asb_officer'] };
const MARAC_MEMBERS: Grant = { roles: ['marac'] };
/** The matrix's change grant for groups: the chair, and users of the group's lead agency. */
const GROUP_CHANGERS: Grant = { roles: ['chair'], also: ['groupLeadAgency'] };
/** The matrix's change grant for people and locations (case records). */
const CASE_CHANGERS: Grant = { roles: ['chair', 'asb_officer'] };

export const CASEWORK_COMMANDS = {
  // Name, address and the rest are fixedFields (tables.ts): they change only here, with their history.
  'person.update': command({
    table: 'people',
    args: personEditArgs,
    needs: {},
    grant: CASE_CHANGERS,
    pastDateArgs: { dateOfBirth: 'Date of birth' },
    rule: updatePerson,
  }),
  // The duplicate is the record acted on; the server moves every link to the survivor.
  'person.merge': command({
    table: 'people',
    args: z.object({ survivorId: uuid('Person to keep') }),
    needs: {},
    grant: CASE_CHANGERS,
    rule: mergeRecord,
    serverStep: 'mergeLinks',
  }),
  'location.merge': command({
    table: 'locations',
    args: z.object({ survivorId: uuid('Location to keep') }),
    needs: {},
    grant: CASE_CHANGERS,
    rule: mergeRecord,
    serverStep: 'mergeLinks',
  }),
  // An admin only (domain.md): restores both records and puts back the links the merge moved.
  'merge.undo': command({
    table: 'recordMerges',
    args: z.object({}),
    needs: {},
    grant: { roles: ['admin'] },
    rule: undoMerge,
    serverStep: 'undoMergeLinks',
  }),
  'location.update': command({
    table: 'locations',
    args: locationEditArgs,
    needs: {},
    grant: CASE_CHANGERS,
    rule: updateLocation,
  }),
  'group.close': command({
    table: 'groups',
    args: z.object({ outcome: requiredText('Outcome', 2000) }),
    needs: {},
    grant: GROUP_CHANGERS,
    rule: closeGroup,
  }),
  'enforcement.issue': command({
    table: 'enforcements',
    args: z.object({}),
    needs: {},
    grant: ASB_OFFICER,
    rule: issueEnforcement,
  }),
  'enforcement.review': command({
    table: 'enforcements',
    args: z.object({ date: isoDate('Review date') }),
    needs: {},
    grant: ASB_OFFICER,
    pastDateArgs: { date: 'Review date' },
    rule: reviewEnforcement,
  }),
  'enforcement.breach': command({
    table: 'enforcements',
    args: enforcementBreachSchema,
    needs: {},
    grant: ASB_OFFICER,
    pastDateArgs: { date: 'Breach date' },
    rule: breachEnforcement,
  }),
  'enforcement.comply': command({
    table: 'enforcements',
    args: z.object({}),
    needs: {},
    grant: ASB_OFFICER,
    rule: complyEnforcement,
  }),
  'enforcement.escalate': command({
    table: 'enforcements',
    args: z.object({ toId: uuid('Later step') }),
    needs: {},
    grant: ASB_OFFICER,
    rule: escalateEnforcement,
  }),
  // A closure order's end date moves only through this (fixedFields in tables.ts).
  'enforcement.extend': command({
    table: 'enforcements',
    args: z.object({ endDate: isoDate('New end date') }),
    needs: { reference: { table: 'powers', field: 'stepId' } },
    grant: ASB_OFFICER,
    rule: extendEnforcement,
  }),
  'enforcement.expire': command({
    table: 'enforcements',
    args: z.object({}),
    needs: {},
    grant: ASB_OFFICER,
    rule: expireEnforcement,
  }),
  'referral.accept': command({
    table: 'maracReferrals',
    args: z.object({ earlierReferralId: uuid('Earlier referral').optional() }),
    needs: {},
    grant: MARAC_MEMBERS,
    rule: acceptReferral,
    adds: decisionRecords,
  }),
  'referral.decline': command({
    table: 'maracReferrals',
    args: z.object({ advice: requiredText('Advice for the referrer', 2000) }),
    needs: {},
    grant: MARAC_MEMBERS,
    rule: declineReferral,
    adds: decisionRecords,
  }),
  'referral.redirect': command({
    table: 'maracReferrals',
    args: z.object({ to: requiredText('Where it was redirected to', 200) }),
    needs: {},
    grant: MARAC_MEMBERS,
    rule: redirectReferral,
    adds: decisionRecords,
  }),
  'referral.list': command({
    table: 'maracReferrals',
    args: z.object({ meetingId: uuid('Meeting') }),
    needs: {},
    grant: MARAC_MEMBERS,
    rule: listReferral,
    adds: decisionRecords,
  }),
  'referral.close': command({
    table: 'maracReferrals',
    args: z.object({
      outcome: z.enum(REFERRAL_OUTCOMES, { error: 'Select the outcome' }),
      reason: requiredText('Reason for the outcome', 2000),
    }),
    needs: { children: ['maracActions'] },
    grant: MARAC_MEMBERS,
    rule: closeReferral,
    adds: decisionRecords,
  }),
  'maracAction.complete': command({
    table: 'maracActions',
    args: z.object({}),
    needs: { parent: true },
    grant: MARAC_MEMBERS,
    rule: completeMaracAction,
  }),
  'maracAction.minuteIncomplete': command({
    table: 'maracActions',
    args: z.object({
      minute: z.enum(INCOMPLETE_ACTION_MINUTES, { error: 'Select why it was not completed' }),
      note: optionalText('Note', 2000),
      meetingId: uuid('Meeting'),
    }),
    needs: { parent: true },
    grant: MARAC_MEMBERS,
    rule: minuteIncompleteAction,
  }),
};
