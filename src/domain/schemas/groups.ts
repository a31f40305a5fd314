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
});
export type GroupItem = z.infer<typeof groupItemSchema>;

/** Meeting minutes: append-only. */
export const groupMeetingSchema = baseRecord.extend({
  groupId: uuid('Task and Finish Group'),
  date: isoDate('Meeting date'),
  attendees: requiredText('Attendees', 2000),
  notes: requiredText('Notes', 8000),
});
export type GroupMeeting = z.infer<typeof groupMeetingSchema>;
