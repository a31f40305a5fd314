import { z } from 'zod';
import { agencyId, baseRecord, isoDate, optionalText, requiredText, uuid } from './common';

/** Task and Finish Groups (domain.md): subject, action plan with RAG, meetings. */
export const GROUP_SUBJECT_TYPES = ['location', 'person', 'theme'] as const;
export const GROUP_STATUSES = ['open', 'closed'] as const;
export const RAG_STATUSES = ['green', 'amber', 'red'] as const;

export const groupSchema = baseRecord.extend({
  subjectType: z.enum(GROUP_SUBJECT_TYPES, { error: 'Select what the group is about' }),
  locationId: uuid('Location').optional(),
  personId: uuid('Person').optional(),
  theme: optionalText('Theme', 200),
  title: requiredText('Title', 200),
  triggerCallIds: z.array(uuid('Call')).max(100),
  leadAgencyId: agencyId('the lead agency'),
  memberAgencyIds: z.array(z.string().max(64)).max(30),
  status: z.enum(GROUP_STATUSES),
  closureOutcome: z.string().max(2000).optional(),
  closedAt: z.string().optional(),
});
export type Group = z.infer<typeof groupSchema>;

export const groupItemSchema = baseRecord.extend({
  groupId: uuid('Task and Finish Group'),
  item: requiredText('Action plan item', 1000),
  leadAgencyId: agencyId('the lead agency'),
  partnerAgencyIds: z.array(z.string().max(64)).max(30),
  byDate: isoDate('By when'),
  rag: z.enum(RAG_STATUSES, { error: 'Select a RAG status' }),
  latestUpdate: optionalText('Latest update', 2000),
  /** When the latest update was written (YYYY-MM-DD), shown beside it. */
  updatedOn: isoDate('Date of the update').optional(),
  /** Finished: a done item is never shown red for being past its date. */
  done: z.boolean().optional(),
});
export type GroupItem = z.infer<typeof groupItemSchema>;

/** Meeting minutes: append-only. */
export const groupMeetingSchema = baseRecord.extend({
  groupId: uuid('Task and Finish Group'),
  date: isoDate('Meeting date'),
  attendees: requiredText('Attendees', 2000),
  /** Agencies present and agencies that sent apologies (domain.md: attendees by agency). */
  attendeeAgencyIds: z.array(z.string().max(64)).max(30).optional(),
  apologyAgencyIds: z.array(z.string().max(64)).max(30).optional(),
  notes: requiredText('Minutes', 8000),
});
export type GroupMeeting = z.infer<typeof groupMeetingSchema>;

/**
 * The chair's answer to a repeat suggestion (the suggestion itself is
 * computed, never stored): the same set of calls is not suggested again,
 * and a later qualifying call raises it afresh.
 */
export const SUGGESTION_SUBJECTS = ['location', 'person'] as const;
export const groupDismissalSchema = baseRecord.extend({
  subjectKind: z.enum(SUGGESTION_SUBJECTS),
  subjectId: uuid('Subject'),
  callIds: z.array(uuid('Call')).min(1).max(200),
  reason: requiredText('Reason for dismissing', 1000),
});
export type GroupDismissal = z.infer<typeof groupDismissalSchema>;
