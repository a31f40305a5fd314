import { formatDate, formatDateTime } from '../../../domain/dates';
import { compareHappened } from '../../../domain/rules/calls';
import { UPDATE_METHOD_LABELS } from '../../../domain/schemas/calls';
import { VISIT_TYPE_LABELS } from '../../../domain/schemas/visits';
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
  // `recordedAt` orders entries a person dated to the same minute (domain compareHappened).
  const entries: Array<TimelineEntry & { recordedAt?: string }> = [];
  const at = (instant: string, recordedAt?: string) => ({
    at: instant,
    atLabel: formatDateTime(instant),
    ...(recordedAt ? { recordedAt } : {}),
  });

  if (call.createdAt)
    entries.push({ key: `logged-${call.id}`, ...at(call.createdAt), title: 'Call logged' });
  for (const n of bundle.notes)
    entries.push({
      key: `note-${n.id}`,
      ...at(n.at, n.createdAt),
      title: n.kind === 'edit' ? 'Call details changed' : 'Note',
      body: n.text,
    });
  for (const v of bundle.visits)
    entries.push({
      key: `visit-${v.id}`,
      ...at(v.at, v.createdAt),
      title: `${v.amendsId ? 'Visit amended' : 'Visit'}: ${VISIT_TYPE_LABELS[v.visitType]} at ${v.address}`,
      body: v.notes,
    });
  for (const u of bundle.updates)
    entries.push({
      key: `update-${u.id}`,
      ...at(u.at, u.createdAt),
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
  // Newest first; ties keep the order above reversed.
  return entries
    .map((e, i) => ({ e, i }))
    .sort((x, y) => compareHappened(y.e, x.e) || y.i - x.i)
    .map(({ e: { recordedAt: _recorded, ...entry } }) => entry);
}
