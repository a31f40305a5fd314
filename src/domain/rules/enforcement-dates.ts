/**
 * Review and expiry arithmetic for the powers ladder (domain.md "Warning
 * letters, ABAs and powers", "Definitions"): dates are YYYY-MM-DD in
 * Europe/London, months are calendar months clamped to the month's end, a
 * week is 7 days. Everything here is computed from the record and its step
 * row, never stored, so an edited ladder applies to every screen at once.
 */
import { addDays, addMonths, londonDate } from '../dates';
import type { Enforcement } from '../schemas/enforcement';
import type { RuleError } from './rule-result';

/** The timing fields of a powers-ladder row (src/domain/reference/powers.ts). */
export interface StepTimes {
  defaultDurationMonths?: number | undefined;
  reviewEveryDays?: number | undefined;
  appealWindowDays?: number | undefined;
  maxTotalMonths?: number | undefined;
}

export const DAYS_PER_WEEK = 7;
/** "Agreements expiring in the next 28 days" on the ASB officer's dashboard. */
export const EXPIRY_NOTICE_DAYS = 28;

type Live = Pick<Enforcement, 'status'>;
/** Issued and still running: reviews fall due, breaches can be recorded. */
export const isLive = (r: Live) => r.status === 'active' || r.status === 'breached';

/** The end date a step suggests at issue (ABA 6 months, closure order 3 months). */
export function defaultEndDate(step: StepTimes, issuedDate: string): string | undefined {
  return step.defaultDurationMonths ? addMonths(issuedDate, step.defaultDurationMonths) : undefined;
}

/** The last date a step may run to in total (closure order: 6 months), if it has a limit. */
export function latestEndDate(step: StepTimes, issuedDate: string): string | undefined {
  return step.maxTotalMonths ? addMonths(issuedDate, step.maxTotalMonths) : undefined;
}

/** The last day to appeal (CPN: 21 days from the date of the notice). */
export function appealEndsOn(step: StepTimes, issuedDate: string): string | undefined {
  return step.appealWindowDays ? addDays(issuedDate, step.appealWindowDays) : undefined;
}

/**
 * Why an end date does not fit its step, or null. A step with a total limit
 * (closure order) starts for at most its default length and never runs past
 * the limit; no end date may come before the issue date.
 */
export function endDateError(
  step: StepTimes,
  issuedDate: string,
  endDate: string | undefined,
): RuleError | null {
  if (endDate === undefined) return null;
  if (endDate < issuedDate)
    return { code: 'invalid', message: 'The end date must be on or after the date issued.' };
  const latest = latestEndDate(step, issuedDate);
  if (latest !== undefined && endDate > latest)
    return {
      code: 'invalid',
      message: `This step can last ${step.maxTotalMonths} months in total at most.`,
    };
  const first = step.maxTotalMonths ? defaultEndDate(step, issuedDate) : undefined;
  if (first !== undefined && endDate > first)
    return {
      code: 'invalid',
      message: `This step is made for ${step.defaultDurationMonths} months at most, then extended.`,
    };
  return null;
}

type Reviewed = Pick<Enforcement, 'status' | 'issuedDate' | 'reviewDates'>;

/** When the next review is due: the step's interval after the last review (or the issue). */
export function nextReviewDue(record: Reviewed, step: StepTimes): string | undefined {
  if (!step.reviewEveryDays || !isLive(record)) return undefined;
  const last = [...record.reviewDates].sort().at(-1);
  const from = last !== undefined && last > record.issuedDate ? last : record.issuedDate;
  return addDays(from, step.reviewEveryDays);
}

export type ReviewState = 'overdue' | 'this_week' | 'later';

/** Overdue before today; due this week from today to six days ahead (Europe/London). */
export function reviewState(due: string, now: Date): ReviewState {
  const today = londonDate(now);
  if (due < today) return 'overdue';
  return due <= addDays(today, DAYS_PER_WEEK - 1) ? 'this_week' : 'later';
}

/** A live record whose end date falls within the next 28 days (today included). */
export function isExpiringSoon(
  record: Pick<Enforcement, 'status' | 'endDate'>,
  now: Date,
): boolean {
  if (!isLive(record) || record.endDate === undefined) return false;
  const today = londonDate(now);
  return record.endDate >= today && record.endDate <= addDays(today, EXPIRY_NOTICE_DAYS);
}
