import { formatDate, formatDateTime } from '../../../domain/dates';
import { UPDATE_METHOD_LABELS } from '../../../domain/schemas/calls';
import type { TimelineEntry } from '../../components/timeline';
import type { CallBundle } from '../../local-store/queries';

/**
 * The call's chronology: notes, resident updates, action events, meetings,
 * logging and closure merged into one list, newest first. Everything shown
 * is already stored; nothing here is written.
 */
export function chronology(
  bundle: CallBundle,
  agencyNames: Record<string, string>,
): TimelineEntry[] {
  const { call } = bundle;
  const entries: TimelineEntry[] = [];
  const at = (instant: string) => ({ at: instant, atLabel: formatDateTime(instant) });

  if (call.createdAt)
    entries.push({ key: `logged-${call.id}`, ...at(call.createdAt), title: 'Call logged' });
  for (const n of bundle.notes)
    entries.push({ key: `note-${n.id}`, ...at(n.at), title: 'Note', body: n.text });
  for (const u of bundle.updates)
    entries.push({
      key: `update-${u.id}`,
      ...at(u.at),
      title: `Resident updated (${UPDATE_METHOD_LABELS[u.method]})`,
      body: u.summary,
    });
  for (const a of bundle.actions) {
    const agency = agencyNames[a.agencyId] ?? a.agencyId;
    if (a.createdAt)
      entries.push({
        key: `action-${a.id}`,
        ...at(a.createdAt),
        title: `Action added for ${agency}`,
        body: a.text,
      });
    if (a.completedAt)
      entries.push({
        key: `done-${a.id}`,
        ...at(a.completedAt),
        title: `Action completed: ${a.text}`,
        body: a.outcome,
      });
    if (a.cancelledAt)
      entries.push({
        key: `cancel-${a.id}`,
        ...at(a.cancelledAt),
        title: `Action cancelled: ${a.text}`,
        body: a.cancelReason,
      });
  }
  for (const d of call.discussedOn ?? [])
    entries.push({
      key: `discussed-${d}`,
      at: d,
      atLabel: formatDate(d),
      title: 'Discussed at the daily tasking meeting',
    });
  if (call.closure)
    entries.push({
      key: `closed-${call.id}`,
      ...at(call.closure.closedAt),
      title: 'Call closed',
      body: call.closure.noUpdateReason
        ? `${call.closure.reason}\nResident not updated because: ${call.closure.noUpdateReason}`
        : call.closure.reason,
    });
  // ISO instants and plain dates sort together as text; ties keep the order above reversed.
  return entries
    .map((e, i) => ({ e, i }))
    .sort((x, y) => y.e.at.localeCompare(x.e.at) || y.i - x.i)
    .map(({ e }) => e);
}
