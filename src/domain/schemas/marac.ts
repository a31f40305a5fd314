import { z } from 'zod';
import { RISK_LEVELS } from '../reference/risk';
import { agencyId, baseRecord, isoDate, optionalText, requiredText, uuid } from './common';
import { TEXT_MAX } from './text-limits';

/** Community MARAC records: readable only by the `marac` role, on the server. */
export const MARAC_CRITERIA = [
  { id: 'asb', name: 'ASB including disputes and environmental crime' },
  { id: 'hate', name: 'Hate related incidents' },
  { id: 'mental-health', name: 'Mental health concerns' },
  { id: 'persistent-offender', name: 'Persistent offenders of crime and disorder' },
  {
    id: 'vulnerable-victim',
    name: 'Vulnerable victims and locations (CSE, trafficking, modern slavery, gangs)',
  },
  { id: 'vulnerable-person', name: 'Vulnerable adults and young persons' },
  { id: 'substance', name: 'Substance misuse' },
] as const;
const CRITERIA_IDS = MARAC_CRITERIA.map((c) => c.id) as [string, ...string[]];

export const REFERRAL_STATUSES = [
  'draft',
  'submitted',
  'accepted',
  'declined',
  'redirected',
  'listed',
  'closed',
] as const;
export const REFERRAL_OUTCOMES = ['improved', 'no_change', 'worse'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const maracReferralSchema = baseRecord.extend({
  referringAgencyId: agencyId('the referring agency'),
  referringOfficer: requiredText('Referring officer', 120),
  subjectType: z.enum(['person', 'family', 'location'], {
    error: 'Select who or what the referral is about',
  }),
  subjectName: requiredText('Subject name', 200),
  aliases: z.array(z.string().max(120)).max(10),
  datesOfBirth: z.array(isoDate('Date of birth')).max(10),
  address: optionalText('Address', 300),
  phone: optionalText('Phone', 40),
  safeToCall: z.enum(['yes', 'no', 'unknown'], { error: 'Select whether it is safe to call' }),
  otherParties: optionalText('Other parties', 2000),
  criteria: z.array(z.enum(CRITERIA_IDS)).min(1, { error: 'Select at least one criterion' }),
  riskLevel: z.enum(RISK_LEVELS, { error: 'Select a risk level' }),
  consent: z
    .object({
      given: z.boolean({ error: 'Select whether the subject consented to the referral' }),
      whyNot: optionalText('Why consent was not given', 1000),
    })
    .refine((c) => c.given || (c.whyNot ?? '').trim() !== '', {
      error: 'Say why consent was not given',
      path: ['whyNot'],
    }),
  reason: requiredText('Reason for referral', TEXT_MAX.referralReason),
  risks: optionalText('Risks', 4000),
  agenciesInvolved: z.array(z.string().max(64)).max(30),
  actionsTried: optionalText('Actions already tried', 4000),
  // Workflow fields: set only by the referral.* commands (src/domain/rules/marac.ts).
  status: z.enum(REFERRAL_STATUSES),
  /** The day the server received it (Europe/London); a device never sets it. */
  referredOn: isoDate('Date referred').optional(),
  /** The day the panel accepted, declined or redirected it (Europe/London). */
  decidedOn: isoDate('Decision date').optional(),
  advice: z.string().max(2000).optional(),
  redirectedTo: z.string().max(200).optional(),
  /** A re-referral: the earlier case about the same subject, linked by a member on acceptance. */
  earlierReferralId: uuid('Earlier referral').optional(),
  closedOn: isoDate('Closing date').optional(),
  outcome: z.enum(REFERRAL_OUTCOMES).optional(),
  outcomeReason: z.string().max(2000).optional(),
  meetingIds: z.array(z.string()).optional(),
});
export type MaracReferral = z.infer<typeof maracReferralSchema>;

export const MARAC_DECISIONS = ['accepted', 'declined', 'redirected', 'listed', 'closed'] as const;
export type MaracDecisionKind = (typeof MARAC_DECISIONS)[number];

/**
 * A decision on a referral, append-only: the server records one in the same
 * transaction as each referral.* command (rules/marac.ts `decisionRecords`),
 * so the panel's history survives later changes to the referral.
 */
export const maracDecisionSchema = baseRecord.extend({
  referralId: uuid('Referral'),
  decision: z.enum(MARAC_DECISIONS),
  advice: optionalText('Advice', 2000),
  redirectedTo: optionalText('Redirected to', 200),
  /** The meeting a case was listed for. */
  meetingId: uuid('Meeting').optional(),
  outcome: z.enum(REFERRAL_OUTCOMES).optional(),
  /** Why a case closed with its outcome. */
  reason: optionalText('Reason', 2000),
  date: isoDate('Decision date'),
});
export type MaracDecision = z.infer<typeof maracDecisionSchema>;

/** Who came (or sent apologies) for an agency. */
export const maracAttendeeSchema = z.object({
  agencyId: agencyId('the agency'),
  name: requiredText('Name', 120),
});
export type MaracAttendee = z.infer<typeof maracAttendeeSchema>;

export const maracMeetingSchema = baseRecord.extend({
  date: isoDate('Meeting date'),
  chair: optionalText('Chair', 120),
  attendees: z.array(maracAttendeeSchema).max(60).optional(),
  apologies: z.array(maracAttendeeSchema).max(60).optional(),
  minutes: optionalText('Minutes', 20000),
});
export type MaracMeeting = z.infer<typeof maracMeetingSchema>;

export const MARAC_ACTION_STATUSES = [
  'open',
  'done',
  'circumstances_changed',
  'not_completed',
] as const;
/** How a meeting minutes an action that was not done by its due date. */
export const INCOMPLETE_ACTION_MINUTES = ['circumstances_changed', 'not_completed'] as const;

export const maracActionSchema = baseRecord.extend({
  referralId: uuid('Referral'),
  agencyId: agencyId('the agency'),
  owner: optionalText('Owner', 120),
  text: requiredText('Action', 1000),
  dueDate: isoDate('Due date'),
  /** The meeting that agreed it; it is due before the next one. */
  meetingId: uuid('Meeting').optional(),
  status: z.enum(MARAC_ACTION_STATUSES),
  reviewNote: optionalText('Review note', 2000),
  /** The meeting at which an incomplete action was minuted. */
  reviewedAtMeetingId: uuid('Meeting').optional(),
});
export type MaracAction = z.infer<typeof maracActionSchema>;

export const maracSubjectLinkSchema = baseRecord.extend({
  referralId: uuid('Referral'),
  personId: uuid('Person'),
});
export type MaracSubjectLink = z.infer<typeof maracSubjectLinkSchema>;
