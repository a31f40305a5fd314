/**
 * The ASB officer's dashboard figures (issue 13), computed from the records
 * and never stored: reviews due this week and overdue, agreements ending in
 * the next 28 days, breaches recorded, letters awaiting hand delivery (an
 * open delivery task), and how
 * many letters, ABAs, CPWs and CPNs were issued in a period.
 */
import type { DeliveryTask, Enforcement } from '../schemas/enforcement';
import { isExpiringSoon, nextReviewDue, reviewState, type StepTimes } from './enforcement-dates';

export interface ReviewDue {
  record: Enforcement;
  due: string;
}

export interface EnforcementDashboard {
  reviewsThisWeek: ReviewDue[];
  reviewsOverdue: ReviewDue[];
  expiringSoon: Enforcement[];
  breached: Enforcement[];
  awaitingDelivery: Enforcement[];
}

/** Steps counted together on the dashboard: both warning letters count as letters. */
export const PERIOD_GROUPS = {
  letters: ['warning-1', 'warning-2'],
  abas: ['aba'],
  cpws: ['cpw'],
  cpns: ['cpn'],
} as const;
export type PeriodGroup = keyof typeof PERIOD_GROUPS;

const issued = (r: Enforcement) => r.status !== 'draft';

export function enforcementDashboard(
  records: readonly Enforcement[],
  steps: ReadonlyMap<string, StepTimes>,
  tasks: readonly DeliveryTask[],
  now: Date,
): EnforcementDashboard {
  const due: (ReviewDue & { state: string })[] = [];
  for (const record of records) {
    const step = steps.get(record.stepId);
    const at = step && nextReviewDue(record, step);
    if (at) due.push({ record, due: at, state: reviewState(at, now) });
  }
  const byDue = (a: ReviewDue, b: ReviewDue) => a.due.localeCompare(b.due);
  const openTask = new Set(tasks.filter((t) => t.status === 'open').map((t) => t.enforcementId));
  return {
    reviewsThisWeek: due.filter((d) => d.state === 'this_week').sort(byDue),
    reviewsOverdue: due.filter((d) => d.state === 'overdue').sort(byDue),
    expiringSoon: records.filter((r) => isExpiringSoon(r, now)),
    breached: records.filter((r) => r.status === 'breached'),
    awaitingDelivery: records.filter((r) => issued(r) && !r.deliveredAt && openTask.has(r.id)),
  };
}

/** The fields of a record that say whether it was issued in a period. */
export type IssueFact = Pick<Enforcement, 'stepId' | 'status' | 'issuedDate'>;

/** Whether a record of a group was issued from `from` to `to` (inclusive YYYY-MM-DD dates). */
export function isIssuedIn(r: IssueFact, group: PeriodGroup, from: string, to: string): boolean {
  const steps: readonly string[] = PERIOD_GROUPS[group];
  return (
    r.status !== 'draft' && steps.includes(r.stepId) && r.issuedDate >= from && r.issuedDate <= to
  );
}

/** Records of a group issued from `from` to `to` (inclusive YYYY-MM-DD dates). */
export function issuedInPeriod(
  records: readonly Enforcement[],
  group: PeriodGroup,
  from: string,
  to: string,
): Enforcement[] {
  return records.filter((r) => isIssuedIn(r, group, from, to));
}
