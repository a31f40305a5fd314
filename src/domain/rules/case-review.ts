import { addMonths, londonDate } from '../dates';
import type { PersonRole } from '../schemas/calls';
import { DEFAULT_THRESHOLDS } from '../schemas/reference';
import type { MergeResolver } from './repeats';

/**
 * ASB Case Review (Community Trigger) warning, domain.md: a person who is
 * victim or reporter in 3 qualifying calls within 6 months. A qualifying
 * call is ASB (any category marked `asb`), not anonymous, and received
 * within one calendar month of its incident date; one incident reported
 * several times (the same incident date at the same location, after
 * merges) counts once. The threshold may be set lower, never higher. The
 * app warns; it never decides.
 */
export interface CaseReviewCall {
  id: string;
  receivedAt: string;
  incidentDate: string;
  anonymous: boolean;
  categoryIds: readonly string[];
  locationId: string;
  people: readonly { personId: string; role: PersonRole }[];
}

export interface CaseReviewSettings {
  calls: number;
  months: number;
}

const MAX = {
  calls: DEFAULT_THRESHOLDS.caseReviewCalls,
  months: DEFAULT_THRESHOLDS.caseReviewMonths,
};

/** The configured trigger, held to the statutory one: lower is allowed, higher never. */
export function caseReviewSettings(
  t: Partial<{ caseReviewCalls: number; caseReviewMonths: number }> = {},
): CaseReviewSettings {
  const clamp = (v: number | undefined, max: number) =>
    Number.isInteger(v) && (v as number) >= 1 ? Math.min(v as number, max) : max;
  return {
    calls: clamp(t.caseReviewCalls, MAX.calls),
    months: clamp(t.caseReviewMonths, MAX.months),
  };
}

export interface CaseReviewWarning {
  met: boolean;
  /** Distinct incidents in the latest window that meets the trigger (or the most found). */
  incidents: number;
  /** Every qualifying call behind those incidents, oldest first. */
  callIds: string[];
  /** First and last received dates of the window (YYYY-MM-DD). */
  from?: string;
  to?: string;
  settings: CaseReviewSettings;
}

const TRIGGER_ROLES: ReadonlySet<PersonRole> = new Set(['victim', 'reporter']);

export function qualifiesForCaseReview(c: CaseReviewCall, asbCategoryIds: ReadonlySet<string>) {
  if (c.anonymous || !c.categoryIds.some((id) => asbCategoryIds.has(id))) return false;
  const received = londonDate(c.receivedAt);
  return received <= addMonths(c.incidentDate, 1);
}

interface Incident {
  day: string;
  callIds: string[];
}

export function caseReviewWarning(
  personId: string,
  calls: readonly CaseReviewCall[],
  asbCategoryIds: ReadonlySet<string>,
  settings: CaseReviewSettings = caseReviewSettings(),
  resolve: MergeResolver = (id) => id,
): CaseReviewWarning {
  const subject = resolve(personId);
  const incidents = new Map<string, Incident>();
  for (const c of calls) {
    const involved = c.people.some(
      (p) => TRIGGER_ROLES.has(p.role) && resolve(p.personId) === subject,
    );
    if (!involved || !qualifiesForCaseReview(c, asbCategoryIds)) continue;
    const key = `${c.incidentDate}|${resolve(c.locationId)}`;
    const day = londonDate(c.receivedAt);
    const found = incidents.get(key);
    if (!found) incidents.set(key, { day, callIds: [c.id] });
    else {
      found.callIds.push(c.id);
      // An incident counts from the first time it was reported.
      if (day < found.day) found.day = day;
    }
  }
  const sorted = [...incidents.values()].sort((a, b) => a.day.localeCompare(b.day));
  let best: Incident[] = [];
  // Windows end on an incident and reach back `months` calendar months, inclusive.
  for (let end = sorted.length - 1; end >= 0; end--) {
    const last = sorted[end]!;
    const start = addMonths(last.day, -settings.months);
    const inWindow = sorted.slice(0, end + 1).filter((i) => i.day >= start);
    if (inWindow.length > best.length) best = inWindow;
    if (best.length >= settings.calls) break;
  }
  const byReceived = new Map(calls.map((c) => [c.id, c.receivedAt]));
  const callIds = best
    .flatMap((i) => i.callIds)
    .sort((a, b) => (byReceived.get(a) ?? '').localeCompare(byReceived.get(b) ?? ''));
  return {
    met: best.length >= settings.calls,
    incidents: best.length,
    callIds,
    ...(best.length ? { from: best[0]!.day, to: best[best.length - 1]!.day } : {}),
    settings,
  };
}
