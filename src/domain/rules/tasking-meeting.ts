/**
 * Rules for the daily tasking meeting record (schemas/tasking.ts), shared by
 * the device and the server through the command registry. Assigning an
 * action and closing a call are the calls' own commands and rules
 * (rules/calls.ts); the meeting only minutes that they happened.
 */
import type { MeetingDecision, MeetingItem, TaskingMeeting } from '../schemas/tasking';
import { fail, type RuleInput, type RuleResult } from './rule-result';

export interface RecordItemArgs {
  key: string;
  kind: MeetingItem['kind'];
  callId?: string;
  decision: MeetingDecision;
  note?: string;
}

const CLOSED = 'This meeting has been closed. Start a new meeting to record more.';

/**
 * Minutes one thing done with an agenda item: its decisions gather (an item
 * may be discussed, given an action and closed), and a note replaces the
 * item's earlier note, so the record holds one note per item.
 */
export function recordMeetingItem({
  record,
  args,
  at,
}: RuleInput<TaskingMeeting, RecordItemArgs, unknown>): RuleResult<Partial<TaskingMeeting>> {
  if (record.status === 'closed') return fail('illegal_transition', CLOSED);
  const note = args.note?.trim();
  if (args.decision === 'noted' && !note) return fail('invalid', 'Enter a note for this item.');
  const items = [...record.items];
  const i = items.findIndex((item) => item.key === args.key);
  const earlier = i >= 0 ? items[i] : undefined;
  const item: MeetingItem = {
    key: args.key,
    kind: earlier?.kind ?? args.kind,
    ...((earlier?.callId ?? args.callId) ? { callId: earlier?.callId ?? args.callId } : {}),
    decisions: earlier?.decisions.includes(args.decision)
      ? earlier.decisions
      : [...(earlier?.decisions ?? []), args.decision],
    ...((note ?? earlier?.note) ? { note: note ?? earlier?.note } : {}),
    at,
  };
  if (i >= 0) items[i] = item;
  else items.push(item);
  return { ok: true, patch: { items } };
}

export function closeMeeting({
  record,
  at,
}: RuleInput<TaskingMeeting, object, unknown>): RuleResult<Partial<TaskingMeeting>> {
  if (record.status === 'closed') return fail('illegal_transition', CLOSED);
  return { ok: true, patch: { status: 'closed', closedAt: at } };
}

type MeetingTimes = Pick<TaskingMeeting, 'id' | 'startedAt'>;

/**
 * When the meeting before `current` started (ISO instant), or null before
 * the first: the agenda's "new since the last meeting" counts calls
 * received after it. Without a current meeting, the latest one.
 */
export function lastMeetingAt(
  meetings: readonly MeetingTimes[],
  current?: MeetingTimes,
): string | null {
  let latest: string | null = null;
  for (const m of meetings) {
    if (current && (m.id === current.id || m.startedAt >= current.startedAt)) continue;
    if (latest === null || m.startedAt > latest) latest = m.startedAt;
  }
  return latest;
}

/** The meeting still open (started and not closed), latest first; at most one is expected. */
export function openMeeting<M extends Pick<TaskingMeeting, 'status' | 'startedAt'>>(
  meetings: readonly M[],
): M | undefined {
  return meetings
    .filter((m) => m.status === 'open')
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}
