/**
 * What the meeting screen shows of each agenda entry: its section, a line
 * about it, and the call or link it concerns.
 */
import { formatDate, londonDate } from '../../../domain/dates';
import { subjectKey } from '../../../domain/rules/group-suggestions';
import type { AgendaEntry } from '../../../domain/rules/tasking-agenda';
import type { Call } from '../../../domain/schemas/calls';
import type { MeetingItemKind } from '../../../domain/schemas/tasking';
import { nameOf } from '../../forms/use-reference-data';
import { agendaCalls, type MeetingAgenda } from '../../local-store/tasking-repo';

export const SECTION_LABELS: Record<MeetingItemKind, string> = {
  newCall: 'New since the last meeting',
  overdueAction: 'Overdue action',
  updateDue: 'Resident update due',
  suggestion: 'Repeat: suggested group',
  groupItem: 'Group action plan item due',
};

export interface EntryView {
  entry: AgendaEntry;
  section: string;
  title: string;
  detail: string;
  call?: Call;
  link?: { to: string; text: string };
}

const callTitle = (c: Call) =>
  `${c.reference ?? 'Reference pending'}: ${c.location.address} (${formatDate(londonDate(c.receivedAt))})`;

export function entryViews(data: MeetingAgenda, agencyNames: Record<string, string>): EntryView[] {
  const calls = agendaCalls(data.agenda);
  const actions = new Map(
    data.agenda.overdueByAgency.flatMap((g) => g.items.map((i) => [i.action.id, i.action])),
  );
  const suggestions = new Map(
    data.suggestions.map((s) => [subjectKey(s.suggestion.kind, s.suggestion.subjectId), s]),
  );
  const groupItems = new Map(data.agenda.groupItemsDue.map((g) => [g.item.id, g]));
  return data.entries.map((entry): EntryView => {
    const section = SECTION_LABELS[entry.kind];
    const call = entry.callId ? calls.get(entry.callId) : undefined;
    if (call) {
      const action = entry.kind === 'overdueAction' ? actions.get(entry.id) : undefined;
      const detail = action
        ? `${nameOf(agencyNames, action.agencyId)}: ${action.text} (due ${formatDate(action.dueDate)})`
        : call.summary;
      return {
        entry,
        section,
        title: callTitle(call),
        detail,
        call,
        link: { to: `/calls/${call.id}`, text: 'Open the call' },
      };
    }
    const s = suggestions.get(entry.id);
    if (s)
      return {
        entry,
        section,
        title: s.label,
        detail: `${s.suggestion.callIds.length} calls from ${formatDate(s.suggestion.from)} to ${formatDate(s.suggestion.to)}`,
        link: {
          to: `/groups/new?from=${s.suggestion.kind}&id=${s.suggestion.subjectId}`,
          text: 'Set up a group',
        },
      };
    const g = groupItems.get(entry.id);
    return {
      entry,
      section,
      title: g ? `${g.group.title}: ${g.item.item}` : 'Agenda item',
      detail: g
        ? `${nameOf(agencyNames, g.item.leadAgencyId)}, by ${formatDate(g.item.byDate)}${g.overdue ? ' (overdue)' : ''}`
        : '',
      ...(g ? { link: { to: `/groups/${g.group.id}`, text: 'Open the group' } } : {}),
    };
  });
}
