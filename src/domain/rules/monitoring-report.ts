/**
 * The quarterly monitoring report (domain.md "Monitoring"): every figure the
 * partnership reports, computed from the records for a period and never
 * typed in. One pure function for the device (records from IndexedDB) and
 * the server (only the fields the figures read, from storage), so the
 * definitions live here only:
 * - calls are those received in the period (Europe/London date); a call
 *   counts once per category, once in its ward, and anonymous calls count;
 * - "resident updated": non-anonymous calls closed in the period whose
 *   resident was updated on or after their last action (rules/calls.ts),
 *   over the non-anonymous calls closed in the period (target 100%);
 * - Task and Finish Groups held: groups with a meeting in the period
 *   ("There were 6 Task and Finish Groups held during Quarter 2");
 * - MARAC figures: rules/marac-kpis.ts;
 * - warning letters (first and second) and ABAs issued in the period;
 * - overdue actions: open actions due in the period and before today,
 *   by agency (overdue is computed, never stored).
 * A section is null when the caller may not read its records.
 */
import { londonDate } from '../dates';
import type { Action, Call, ResidentUpdate } from '../schemas/calls';
import { isIssuedIn, type IssueFact } from './enforcement-dashboard';
import { isActionOverdue, residentUpdateDue } from './calls';
import { quartersIn } from './financial-year';
import { maracKpis, type KpiFact, type MaracKpis, type Period } from './marac-kpis';

export const RESIDENT_UPDATED_TARGET = 1;
/** How many wards and categories the report names as the top ones. */
export const TOP_COUNT = 3;

export interface MonitoringCall {
  id: string;
  receivedAt: string;
  wardCode: string;
  categoryIds: readonly string[];
  anonymous: boolean;
  status: Call['status'];
  /** When it was closed (ISO instant), if it is. */
  closedAt?: string | null;
}
export type MonitoringAction = Pick<
  Action,
  'callId' | 'agencyId' | 'status' | 'dueDate' | 'createdAt' | 'completedAt' | 'cancelledAt'
>;
export type MonitoringUpdate = Pick<ResidentUpdate, 'callId' | 'at' | 'createdAt'>;
export interface MonitoringGroup {
  id: string;
  title: string;
}
export interface MonitoringGroupMeeting {
  groupId: string;
  date: string;
}
export type MonitoringIssue = IssueFact & { count?: number };

export interface MonitoringInput {
  calls?: {
    calls: readonly MonitoringCall[];
    actions: readonly MonitoringAction[];
    residentUpdates: readonly MonitoringUpdate[];
  };
  groups?: { groups: readonly MonitoringGroup[]; meetings: readonly MonitoringGroupMeeting[] };
  enforcements?: readonly MonitoringIssue[];
  marac?: readonly KpiFact[];
  /** Names to show beside codes; a code without one is shown as it is. */
  names?: {
    wards?: ReadonlyMap<string, string>;
    categories?: ReadonlyMap<string, string>;
    agencies?: ReadonlyMap<string, string>;
  };
}

export interface NamedCount {
  id: string;
  name: string;
  count: number;
}
export interface QuarterCount {
  label: string;
  from: string;
  to: string;
  count: number;
}

export interface CallFigures {
  total: number;
  anonymous: number;
  byWard: NamedCount[];
  byCategory: NamedCount[];
  byQuarter: QuarterCount[];
  topWards: NamedCount[];
  topCategories: NamedCount[];
}
export interface ShareFigure {
  count: number;
  of: number;
  /** count / of; null when there is nothing to measure. */
  share: number | null;
  target: number;
  meetsTarget: boolean | null;
}
export interface MonitoringReport extends Period {
  calls: CallFigures | null;
  residentUpdated: ShareFigure | null;
  groupsHeld: { count: number; titles: string[] } | null;
  marac: MaracKpis | null;
  enforcement: { warningLetters: number; abas: number } | null;
  overdueActions: { total: number; byAgency: NamedCount[] } | null;
}

const inPeriod = (date: string, p: Period) => date >= p.from && date <= p.to;

/** Counts in a map, most first, ties by name, as named rows. */
function ranked(counts: Map<string, number>, names?: ReadonlyMap<string, string>): NamedCount[] {
  return [...counts]
    .map(([id, count]) => ({ id, name: names?.get(id) ?? id, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

const bump = (m: Map<string, number>, key: string, n = 1) => m.set(key, (m.get(key) ?? 0) + n);

function callFigures(
  calls: readonly MonitoringCall[],
  p: Period,
  names: MonitoringInput['names'],
): CallFigures {
  const quarters = quartersIn(p).map((q) => ({ ...q, count: 0 }));
  const byWard = new Map<string, number>();
  const byCategory = new Map<string, number>();
  let total = 0;
  let anonymous = 0;
  for (const c of calls) {
    const day = londonDate(c.receivedAt);
    if (!inPeriod(day, p)) continue;
    total += 1;
    if (c.anonymous) anonymous += 1;
    bump(byWard, c.wardCode);
    for (const id of new Set(c.categoryIds)) bump(byCategory, id);
    const q = quarters.find((x) => day >= x.from && day <= x.to);
    if (q) q.count += 1;
  }
  const wards = ranked(byWard, names?.wards);
  const categories = ranked(byCategory, names?.categories);
  return {
    total,
    anonymous,
    byWard: wards,
    byCategory: categories,
    byQuarter: quarters,
    topWards: wards.slice(0, TOP_COUNT),
    topCategories: categories.slice(0, TOP_COUNT),
  };
}

export function shareFigure(count: number, of: number, target: number): ShareFigure {
  const share = of === 0 ? null : count / of;
  return { count, of, share, target, meetsTarget: share === null ? null : share >= target };
}

function residentUpdated(input: NonNullable<MonitoringInput['calls']>, p: Period): ShareFigure {
  const closed = input.calls.filter(
    (c) =>
      !c.anonymous && c.status === 'closed' && c.closedAt && inPeriod(londonDate(c.closedAt), p),
  );
  const wanted = new Set(closed.map((c) => c.id));
  const actions = new Map<string, MonitoringAction[]>();
  const updates = new Map<string, MonitoringUpdate[]>();
  for (const a of input.actions)
    if (wanted.has(a.callId)) actions.set(a.callId, [...(actions.get(a.callId) ?? []), a]);
  for (const u of input.residentUpdates)
    if (wanted.has(u.callId)) updates.set(u.callId, [...(updates.get(u.callId) ?? []), u]);
  const updated = closed.filter(
    (c) =>
      !residentUpdateDue(
        { reporter: { anonymous: false }, status: c.status },
        actions.get(c.id) ?? [],
        updates.get(c.id) ?? [],
      ),
  ).length;
  return shareFigure(updated, closed.length, RESIDENT_UPDATED_TARGET);
}

function overdueActions(
  actions: readonly MonitoringAction[],
  p: Period,
  now: Date,
  names?: ReadonlyMap<string, string>,
) {
  const byAgency = new Map<string, number>();
  let total = 0;
  for (const a of actions) {
    if (!inPeriod(a.dueDate, p) || !isActionOverdue(a, now)) continue;
    total += 1;
    bump(byAgency, a.agencyId);
  }
  return { total, byAgency: ranked(byAgency, names) };
}

function groupsHeld(input: NonNullable<MonitoringInput['groups']>, p: Period) {
  const held = new Set(input.meetings.filter((m) => inPeriod(m.date, p)).map((m) => m.groupId));
  const titles = input.groups
    .filter((g) => held.has(g.id))
    .map((g) => g.title)
    .sort((a, b) => a.localeCompare(b));
  return { count: held.size, titles };
}

function enforcementFigures(records: readonly MonitoringIssue[], p: Period) {
  let warningLetters = 0;
  let abas = 0;
  for (const r of records) {
    const n = r.count ?? 1;
    if (isIssuedIn(r, 'letters', p.from, p.to)) warningLetters += n;
    if (isIssuedIn(r, 'abas', p.from, p.to)) abas += n;
  }
  return { warningLetters, abas };
}

/** Every monitoring figure for a period, as at `now` (which decides what is overdue). */
export function monitoringReport(
  input: MonitoringInput,
  period: Period,
  now: Date,
): MonitoringReport {
  const calls = input.calls;
  return {
    from: period.from,
    to: period.to,
    calls: calls ? callFigures(calls.calls, period, input.names) : null,
    residentUpdated: calls ? residentUpdated(calls, period) : null,
    groupsHeld: input.groups ? groupsHeld(input.groups, period) : null,
    marac: input.marac ? maracKpis(input.marac, period) : null,
    enforcement: input.enforcements ? enforcementFigures(input.enforcements, period) : null,
    overdueActions: calls
      ? overdueActions(calls.actions, period, now, input.names?.agencies)
      : null,
  };
}
