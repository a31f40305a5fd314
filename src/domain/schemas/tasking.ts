import { z } from 'zod';
import { baseRecord, isoDate, isoDateTime, optionalText, uuid } from './common';

/**
 * The chair's daily tasking meeting as a record: when it was held, who
 * chaired it (`createdBy`, set by the server from the signed-in user), the
 * agencies attending, and each agenda item handled with what was decided.
 * The next meeting's "new since the last meeting" starts from it
 * (rules/tasking-meeting.ts). The agenda itself is computed, never stored
 * (rules/tasking-agenda.ts).
 */
export const MEETING_STATUSES = ['open', 'closed'] as const;

/** The agenda section an item came from. */
export const MEETING_ITEM_KINDS = [
  'newCall',
  'overdueAction',
  'updateDue',
  'suggestion',
  'groupItem',
] as const;
export type MeetingItemKind = (typeof MEETING_ITEM_KINDS)[number];

/** What the meeting did with an item; the action and the closure live on the call itself. */
export const MEETING_DECISIONS = ['discussed', 'actionAssigned', 'noted', 'callClosed'] as const;
export type MeetingDecision = (typeof MEETING_DECISIONS)[number];
export const MEETING_DECISION_LABELS: Record<MeetingDecision, string> = {
  discussed: 'Discussed',
  actionAssigned: 'Action assigned',
  noted: 'Note added',
  callClosed: 'Call closed',
};

export const MEETING_NOTE_MAX = 2000;

export const meetingItemSchema = z.object({
  /** The agenda item's key (rules/tasking-agenda.ts `agendaItemKey`). */
  key: z.string().min(1).max(120),
  kind: z.enum(MEETING_ITEM_KINDS, { error: 'Select the kind of agenda item' }),
  callId: uuid('Call').optional(),
  decisions: z.array(z.enum(MEETING_DECISIONS)).min(1).max(MEETING_DECISIONS.length),
  note: optionalText('Note', MEETING_NOTE_MAX),
  at: z.string(),
});
export type MeetingItem = z.infer<typeof meetingItemSchema>;

export const taskingMeetingSchema = baseRecord.extend({
  date: isoDate('Meeting date'),
  startedAt: isoDateTime('Time the meeting started'),
  attendingAgencyIds: z
    .array(z.string().min(1).max(64))
    .max(40, { error: 'Select 40 agencies or fewer' }),
  // Workflow fields: changed only through the meeting.* commands.
  items: z.array(meetingItemSchema).max(1000),
  status: z.enum(MEETING_STATUSES),
  closedAt: z.string().optional(),
});
export type TaskingMeeting = z.infer<typeof taskingMeetingSchema>;
