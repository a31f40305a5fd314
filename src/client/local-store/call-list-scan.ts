/**
 * Helpers behind listCalls (queries.ts): which index to scan for a set of
 * filters, and the per-call figures computed from children (overdue actions,
 * resident update owed), which are never stored.
 */
import { Dexie, type Collection } from 'dexie';
import { overdueActions, residentUpdateDue } from '../../domain/rules/calls';
import type { TextMatch } from './call-search';
import type { CsuDb } from './db';
import type { CallFilters, CallListRow } from './queries';
import type { LocalCall } from './types';

/**
 * Newest-first scans over the narrowest index the filters allow. Each scan is
 * a cursor that stops once a page is full, so the other filters (category,
 * risk, text) cost only as many rows as it takes to fill the page.
 */
export function indexScans(db: CsuDb, f: CallFilters): Collection<LocalCall, string>[] {
  const { minKey, maxKey } = Dexie;
  // Only calls that are not closed can owe the resident an update, so that filter narrows the scan.
  const statuses = f.status?.length
    ? [...new Set(f.status)]
    : f.updateDue
      ? ['new', 'open']
      : undefined;
  if (f.wardCode && statuses) {
    return statuses.map((s) =>
      db.calls
        .where('[wardCode+status+receivedAt]')
        .between([f.wardCode, s, minKey], [f.wardCode, s, maxKey])
        .reverse(),
    );
  }
  if (f.wardCode) {
    const scan = db.calls
      .where('[wardCode+receivedAt]')
      .between([f.wardCode, minKey], [f.wardCode, maxKey]);
    return [scan.reverse()];
  }
  if (statuses) {
    return statuses.map((s) =>
      db.calls.where('[status+receivedAt]').between([s, minKey], [s, maxKey]).reverse(),
    );
  }
  return [db.calls.orderBy('receivedAt').reverse()];
}

/** Past this many ids, reading calls one by one costs more than walking an index a page at a time. */
export const DIRECT_FETCH_MAX = 2000;

/**
 * Ids that must include every match, when an index yields them cheaply:
 * calls with overdue actions, the calls with the words searched for, or
 * (with no ward or status) one category's calls; the shortest list of those
 * that apply. Undefined when no such shortcut applies.
 */
export async function candidateIds(
  db: CsuDb,
  f: CallFilters,
  overdue: Set<string> | undefined,
  text: TextMatch | null,
): Promise<string[] | undefined> {
  const lists: string[][] = [];
  if (overdue) lists.push([...overdue]);
  if (text?.candidates) lists.push(text.candidates);
  if (f.categoryId && !f.wardCode && !f.status?.length && !lists.length) {
    lists.push(await db.calls.where('categoryIds').equals(f.categoryId).primaryKeys());
  }
  if (!lists.length) return undefined;
  return lists.reduce((a, b) => (b.length < a.length ? b : a));
}

export async function overdueCallIds(db: CsuDb, today: string): Promise<Set<string>> {
  const open = await db.actions
    .where('[status+dueDate]')
    .between(['open', Dexie.minKey], ['open', today])
    .toArray();
  return new Set(open.map((a) => a.callId));
}

async function childrenOf(db: CsuDb, callIds: string[]) {
  // One equals() lookup per call, all in flight at once: anyOf() over a hundred
  // ids walks the index far more slowly (about 20x on a 50,000-call store).
  const [actionLists, updateLists] = await Promise.all([
    Promise.all(callIds.map((id) => db.actions.where('callId').equals(id).toArray())),
    Promise.all(callIds.map((id) => db.residentUpdates.where('callId').equals(id).toArray())),
  ]);
  const actions = actionLists.flat();
  const updates = updateLists.flat();
  const group = <T extends { callId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r.callId, [...(map.get(r.callId) ?? []), r]);
    return map;
  };
  return { actions: group(actions), updates: group(updates) };
}

export async function decorate(db: CsuDb, calls: LocalCall[], now: Date): Promise<CallListRow[]> {
  const { actions, updates } = await childrenOf(
    db,
    calls.map((c) => c.id),
  );
  return calls.map((call) => {
    const a = actions.get(call.id) ?? [];
    return {
      call,
      overdueCount: overdueActions(a, now).length,
      // A closed call owes nothing more: it was closed with an update or a reason.
      updateDue: call.status !== 'closed' && residentUpdateDue(call, a, updates.get(call.id) ?? []),
    };
  });
}
