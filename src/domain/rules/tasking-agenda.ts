/**
 * The daily tasking meeting's agenda (issue 14, meeting mode), worked out
 * from the records and never stored: the calls new since the last meeting,
 * open calls with overdue actions grouped by agency, calls whose resident
 * is due an update, repeat suggestions (the groups rule, group-suggestions.ts)
 * and Task and Finish Group action plan items due by today. Each rule it
 * needs lives in its own home (calls.ts, groups.ts, group-suggestions.ts);
 * this only assembles them.
 */
import { londonDate } from '../dates';
import type { Action, Call, ResidentUpdate } from '../schemas/calls';
import type { Group, GroupItem } from '../schemas/groups';
import type { MeetingItemKind } from '../schemas/tasking';
import { isActionOverdue, residentUpdateDue } from './calls';
import {
  subjectKey,
  suggestGroups,
  type GroupSuggestion,
  type SuggestionContext,
} from './group-suggestions';
import { compareItems, itemRag } from './groups';
import type { RepeatCall } from './repeats';

export interface AgendaInput {
  calls: readonly Call[];
  actions: readonly Action[];
  residentUpdates: readonly ResidentUpdate[];
  groups: readonly Group[];
  groupItems: readonly GroupItem[];
  /** When the last meeting was held (ISO instant); null before the first. */
  lastMeetingAt: string | null;
  repeats?: { calls: readonly RepeatCall[]; context?: SuggestionContext };
  /**
   * Calls the meeting under way has already taken as new: they keep their
   * place though discussing them opened them (call.discuss), so the chair's
   * next keystroke acts on the same item.
   */
  takenAsNew?: ReadonlySet<string>;
}

export interface OverdueAgencyItem {
  agencyId: string;
  items: { call: Call; action: Action }[];
}

export interface TaskingAgenda {
  newCalls: Call[];
  overdueByAgency: OverdueAgencyItem[];
  updatesDue: Call[];
  suggestions: GroupSuggestion[];
  groupItemsDue: { group: Group; item: GroupItem; overdue: boolean }[];
}

const byReceived = (a: Call, b: Call) => a.receivedAt.localeCompare(b.receivedAt);

export function taskingAgenda(input: AgendaInput, now: Date): TaskingAgenda {
  const today = londonDate(now);
  const open = input.calls.filter((c) => c.status !== 'closed');
  const openById = new Map(open.map((c) => [c.id, c]));
  // New since the last meeting, or never opened at one.
  const newCalls = open
    .filter(
      (c) =>
        c.status === 'new' ||
        (input.lastMeetingAt !== null && c.receivedAt > input.lastMeetingAt) ||
        input.takenAsNew?.has(c.id) === true,
    )
    .sort(byReceived);

  const actionsByCall = new Map<string, Action[]>();
  for (const a of input.actions)
    actionsByCall.set(a.callId, [...(actionsByCall.get(a.callId) ?? []), a]);
  const updatesByCall = new Map<string, ResidentUpdate[]>();
  for (const u of input.residentUpdates)
    updatesByCall.set(u.callId, [...(updatesByCall.get(u.callId) ?? []), u]);

  const byAgency = new Map<string, OverdueAgencyItem>();
  for (const action of input.actions) {
    const call = openById.get(action.callId);
    if (!call || !isActionOverdue(action, now)) continue;
    const entry = byAgency.get(action.agencyId) ?? { agencyId: action.agencyId, items: [] };
    entry.items.push({ call, action });
    byAgency.set(action.agencyId, entry);
  }
  const overdueByAgency = [...byAgency.values()]
    .map((e) => ({
      ...e,
      items: e.items.sort((a, b) => a.action.dueDate.localeCompare(b.action.dueDate)),
    }))
    .sort((a, b) => b.items.length - a.items.length || a.agencyId.localeCompare(b.agencyId));

  const updatesDue = open
    .filter((c) =>
      residentUpdateDue(c, actionsByCall.get(c.id) ?? [], updatesByCall.get(c.id) ?? []),
    )
    .sort(byReceived);

  const openGroups = new Map(input.groups.filter((g) => g.status === 'open').map((g) => [g.id, g]));
  const groupItemsDue = input.groupItems
    .filter((i) => openGroups.has(i.groupId) && !i.done && i.byDate <= today)
    .sort(compareItems(today))
    .map((item) => ({
      group: openGroups.get(item.groupId)!,
      item,
      overdue: itemRag(item, today).overdue,
    }));

  const suggestions = input.repeats
    ? suggestGroups(input.repeats.calls, input.repeats.context)
    : [];
  return { newCalls, overdueByAgency, updatesDue, suggestions, groupItemsDue };
}

/** One agenda entry in meeting order, keyed so the meeting record can minute it. */
export interface AgendaEntry {
  key: string;
  kind: MeetingItemKind;
  /** The record the entry is about: the call, the action, the group item, or the suggestion's subject key. */
  id: string;
  /** The call the entry is about (every kind but suggestions and group items). */
  callId?: string;
}

/**
 * The key an agenda entry is minuted under in the meeting record: stable
 * across reloads and devices, and distinct per section (a call new since the
 * last meeting and the same call's overdue action are two entries).
 */
export function agendaItemKey(kind: MeetingItemKind, id: string): string {
  return `${kind}:${id}`;
}

/**
 * Every entry of the agenda in the order the meeting takes them: new calls,
 * overdue actions by agency, resident updates due (of calls that are not
 * new), repeat suggestions, then group action plan items due.
 */
export function agendaEntries(
  agenda: Pick<TaskingAgenda, 'newCalls' | 'overdueByAgency' | 'updatesDue' | 'groupItemsDue'>,
  suggestions: readonly Pick<GroupSuggestion, 'kind' | 'subjectId'>[] = [],
): AgendaEntry[] {
  const callEntry = (kind: MeetingItemKind, id: string, callId: string): AgendaEntry => ({
    key: agendaItemKey(kind, id),
    kind,
    id,
    callId,
  });
  const newIds = new Set(agenda.newCalls.map((c) => c.id));
  return [
    ...agenda.newCalls.map((c) => callEntry('newCall', c.id, c.id)),
    ...agenda.overdueByAgency.flatMap((g) =>
      g.items.map((i) => callEntry('overdueAction', i.action.id, i.call.id)),
    ),
    // A new call is taken once, under new calls, even when its resident is due an update.
    ...agenda.updatesDue
      .filter((c) => !newIds.has(c.id))
      .map((c) => callEntry('updateDue', c.id, c.id)),
    ...suggestions.map((s) => ({
      key: agendaItemKey('suggestion', subjectKey(s.kind, s.subjectId)),
      kind: 'suggestion' as const,
      id: subjectKey(s.kind, s.subjectId),
    })),
    ...agenda.groupItemsDue.map((g) => ({
      key: agendaItemKey('groupItem', g.item.id),
      kind: 'groupItem' as const,
      id: g.item.id,
    })),
  ];
}
