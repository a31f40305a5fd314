/**
 * The chair's daily tasking meeting on the device (`taskingMeetings`): the
 * agenda read from the records here, and the meeting record written through
 * the outbox. Minuting an item is the `meeting.record` command and closing
 * the meeting `meeting.close` (command-runner.ts); what the meeting does to
 * a call (discussed, an action, closed) goes through the calls' own
 * repositories and commands, never through this file.
 */
import { uuidv7 } from '../../domain/ids';
import {
  agendaEntries,
  taskingAgenda,
  type AgendaEntry,
  type TaskingAgenda,
} from '../../domain/rules/tasking-agenda';
import { lastMeetingAt, openMeeting } from '../../domain/rules/tasking-meeting';
import type { Action, ResidentUpdate } from '../../domain/schemas/calls';
import type { Group, GroupItem } from '../../domain/schemas/groups';
import { taskingMeetingSchema, type TaskingMeeting } from '../../domain/schemas/tasking';
import { INITIAL_WORKFLOW } from '../../domain/initial-workflow';
import type { CsuDb } from './db';
import { RuleViolation } from './errors';
import { groupSuggestions, todayInLondon, type SuggestionRow } from './group-queries';
import { changedFields, createRecord, localStamp, patchRecord } from './record-writes';
import type { LocalCall } from './types';
import { collect, throwIfAny, type FieldErrors } from './validate';
import { withWrite } from './write';

export interface MeetingAgenda {
  /** The meeting under way, if the chair has started one. */
  meeting?: TaskingMeeting;
  /** When the meeting this one follows started, or null before the first. */
  lastMeetingAt: string | null;
  agenda: TaskingAgenda;
  suggestions: SuggestionRow[];
  entries: AgendaEntry[];
  /** Each call's actions and resident updates, for assigning and closing from the agenda. */
  actionsByCall: ReadonlyMap<string, Action[]>;
  updatesByCall: ReadonlyMap<string, ResidentUpdate[]>;
}

const meetings = (db: CsuDb) =>
  db.recordTable('taskingMeetings').toArray() as unknown as Promise<TaskingMeeting[]>;

function byCall<T extends { callId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.callId);
    if (list) list.push(r);
    else out.set(r.callId, [r]);
  }
  return out;
}

/** Today's agenda, counted from the meeting before the one under way (or the latest one). */
export async function meetingAgenda(db: CsuDb, now: Date = new Date()): Promise<MeetingAgenda> {
  const [held, calls, actions, residentUpdates, groups, groupItems, suggestions] =
    await Promise.all([
      meetings(db),
      db.calls.toArray(),
      db.actions.toArray(),
      db.residentUpdates.toArray(),
      db.recordTable('groups').toArray() as unknown as Promise<Group[]>,
      db.recordTable('groupItems').toArray() as unknown as Promise<GroupItem[]>,
      groupSuggestions(db),
    ]);
  const meeting = openMeeting(held);
  const last = lastMeetingAt(held, meeting);
  const agenda = taskingAgenda(
    {
      calls,
      actions,
      residentUpdates,
      groups,
      groupItems,
      lastMeetingAt: last,
      takenAsNew: new Set(
        (meeting?.items ?? []).filter((i) => i.kind === 'newCall').flatMap((i) => i.callId ?? []),
      ),
    },
    now,
  );
  return {
    ...(meeting ? { meeting } : {}),
    lastMeetingAt: last,
    agenda,
    suggestions,
    entries: agendaEntries(
      agenda,
      suggestions.map((s) => s.suggestion),
    ),
    actionsByCall: byCall(actions),
    updatesByCall: byCall(residentUpdates),
  };
}

/** The calls on the agenda by id (a call may sit in several sections). */
export function agendaCalls(agenda: TaskingAgenda): Map<string, LocalCall> {
  const out = new Map<string, LocalCall>();
  for (const c of [...agenda.newCalls, ...agenda.updatesDue]) out.set(c.id, c as LocalCall);
  for (const g of agenda.overdueByAgency)
    for (const i of g.items) out.set(i.call.id, i.call as LocalCall);
  return out;
}

function validMeeting(value: Record<string, unknown>): TaskingMeeting {
  const fields: FieldErrors = {};
  const parsed = collect(taskingMeetingSchema, value, fields);
  throwIfAny(fields);
  return parsed as TaskingMeeting;
}

/** Starts today's meeting with the agencies present; returns its id. One open meeting at a time. */
export async function startMeeting(
  db: CsuDb,
  attendingAgencyIds: readonly string[],
  now: Date = new Date(),
): Promise<string> {
  const stamp = localStamp(db, now);
  const meeting = validMeeting({
    id: uuidv7(),
    date: todayInLondon(now),
    startedAt: stamp.at,
    attendingAgencyIds: [...attendingAgencyIds],
    ...INITIAL_WORKFLOW.taskingMeetings,
    items: [],
    createdAt: stamp.at,
    createdBy: stamp.by,
  });
  await withWrite(db, ['taskingMeetings'], async () => {
    if (openMeeting(await meetings(db)))
      throw new RuleViolation(
        'illegal_transition',
        'A meeting is already under way. Close it before starting another.',
      );
    await createRecord(db, 'taskingMeetings', meeting, []);
  });
  return meeting.id;
}

/** Changes who is attending (an agency arriving late, or leaving). */
export async function setAttendance(
  db: CsuDb,
  meetingId: string,
  attendingAgencyIds: readonly string[],
): Promise<void> {
  await withWrite(db, ['taskingMeetings'], async () => {
    const current = (await db.recordTable('taskingMeetings').get(meetingId)) as
      (TaskingMeeting & Record<string, unknown>) | undefined;
    if (!current) throw new RuleViolation('not_found', 'This meeting is not on this device.');
    if (current.status === 'closed')
      throw new RuleViolation('illegal_transition', 'This meeting has been closed.');
    const changes = { attendingAgencyIds: [...attendingAgencyIds] };
    const fields = changedFields(current, changes);
    if (fields.length === 0) return;
    const next = { ...current, ...changes };
    validMeeting(next);
    await patchRecord(db, 'taskingMeetings', current, next, fields, []);
  });
}
