/**
 * "My day" for a field officer, read from the device alone so it opens with
 * no signal: visits I logged today, open actions for my agency or me, open
 * delivery tasks for me or my agency, calls in my wards changed since I last
 * looked, and my unfinished visit drafts. Nothing here writes except the
 * "last looked" time in `meta`.
 */
import { londonDate } from '../../domain/dates';
import type { Actor } from '../../domain/roles';
import { Dexie } from 'dexie';
import { getMeta, setMeta, type CsuDb } from './db';
import { listDrafts } from './drafts';
import type { LocalAction, LocalCall, LocalDeliveryTask, LocalVisit } from './types';

/** Draft form ids of new visits: `visit.new:<visit id>`. */
export const NEW_VISIT_DRAFT_PREFIX = 'visit.new:';
/** Calls changed in my wards are listed up to this many, newest first. */
export const MY_DAY_CALLS_LIMIT = 50;

export interface MyDay {
  visitsToday: LocalVisit[];
  actions: LocalAction[];
  deliveries: LocalDeliveryTask[];
  changedCalls: LocalCall[];
  drafts: { visitId: string; savedAt: string; value: unknown }[];
}

/** Only my tasks reach this device, but one moved to someone else may linger until the next pull. */
function mineOnly(
  tasks: LocalDeliveryTask[],
  actor: Pick<Actor, 'userId' | 'agencyId'>,
): LocalDeliveryTask[] {
  return tasks
    .filter(
      (t) =>
        t.assigneeUserId === actor.userId ||
        (!t.assigneeUserId && t.assigneeAgencyId === actor.agencyId),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

const changedAt = (c: LocalCall) => c.updatedAt ?? c.createdAt ?? '';

export async function readMyDay(
  db: CsuDb,
  actor: Pick<Actor, 'userId' | 'agencyId' | 'wards'>,
  since: string,
  now: Date = new Date(),
): Promise<MyDay> {
  const today = londonDate(now);
  const [mine, openActions, tasks, wardCalls, drafts] = await Promise.all([
    db.visits.where('createdBy').equals(actor.userId).toArray(),
    db.actions.where('status').equals('open').toArray(),
    db.deliveryTasks.where('status').equals('open').toArray(),
    // [wardCode+receivedAt] per ward: calls keep no index on the ward alone (db-schema.ts version 9).
    Promise.all(
      [...actor.wards].map((w) =>
        db.calls
          .where('[wardCode+receivedAt]')
          .between([w, Dexie.minKey], [w, Dexie.maxKey])
          .toArray(),
      ),
    ).then((lists) => lists.flat()),
    listDrafts(db, NEW_VISIT_DRAFT_PREFIX),
  ]);
  const visitsToday = mine
    .filter((v) => londonDate(v.at) === today)
    .sort((a, b) => b.at.localeCompare(a.at));
  const actions = openActions
    .filter((a) => a.ownerId === actor.userId || a.agencyId === actor.agencyId)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const deliveries = mineOnly(tasks, actor);
  const changedCalls = wardCalls
    .filter((c) => c.status !== 'closed' && changedAt(c) > since)
    .sort((a, b) => changedAt(b).localeCompare(changedAt(a)))
    .slice(0, MY_DAY_CALLS_LIMIT);
  return {
    visitsToday,
    actions,
    deliveries,
    changedCalls,
    drafts: drafts.map((d) => ({
      visitId: d.formId.slice(NEW_VISIT_DRAFT_PREFIX.length),
      savedAt: d.savedAt,
      value: d.value,
    })),
  };
}

/**
 * When I last looked at "My day" (empty the first time), and from now on
 * this moment: calls changed after the returned time are new to me.
 */
export async function markMyDaySeen(db: CsuDb, now: Date = new Date()): Promise<string> {
  const before = (await getMeta<string>(db, 'myDaySeenAt')) ?? '';
  await setMeta(db, 'myDaySeenAt', now.toISOString());
  return before;
}

export interface VisitLinkOptions {
  calls: { id: string; label: string }[];
  groups: { id: string; label: string }[];
  deliveries: LocalDeliveryTask[];
}

/**
 * What a visit may link to on this device: calls that are not closed
 * (newest first, those in `wardCode` first), open Task and Finish Groups,
 * and my open delivery tasks. `keepCallId` stays listed even when closed.
 */
export async function visitLinkOptions(
  db: CsuDb,
  actor: Pick<Actor, 'userId' | 'agencyId' | 'wards'>,
  wardCode: string,
  keepCallId: string,
): Promise<VisitLinkOptions> {
  const [calls, groups, tasks] = await Promise.all([
    db.calls
      .orderBy('receivedAt')
      .reverse()
      .limit(MY_DAY_CALLS_LIMIT * 4)
      .toArray(),
    db.recordTable('groups').where('status').equals('open').toArray(),
    db.deliveryTasks.where('status').equals('open').toArray(),
  ]);
  const kept =
    keepCallId && !calls.some((c) => c.id === keepCallId)
      ? await db.calls.get(keepCallId)
      : undefined;
  const open = [...(kept ? [kept] : []), ...calls].filter(
    (c) => c.status !== 'closed' || c.id === keepCallId,
  );
  open.sort((a, b) => Number(b.wardCode === wardCode) - Number(a.wardCode === wardCode));
  return {
    calls: open.map((c) => ({
      id: c.id,
      label: `${c.reference ?? 'Reference pending'}: ${c.location.address}`,
    })),
    groups: groups.map((g) => ({ id: g.id, label: String(g.title) })),
    deliveries: mineOnly(tasks, actor),
  };
}
