import { describe, expect, it } from 'vitest';
import { SEED_POWERS } from '../../../src/domain/reference/powers';
import {
  appealEndsOn,
  defaultEndDate,
  endDateError,
  isExpiringSoon,
  latestEndDate,
  nextReviewDue,
  reviewState,
} from '../../../src/domain/rules/enforcement-dates';

const step = (id: string) => {
  const found = SEED_POWERS.find((p) => p.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};
const aba = step('aba');
const closure = step('closure');
const live = { status: 'active' as const, reviewDates: [] as string[] };

describe('ABA dates', () => {
  it('runs six calendar months, clamped to the month end, and is first reviewed after 4 weeks', () => {
    expect(defaultEndDate(aba, '2026-03-12')).toBe('2026-09-12');
    expect(defaultEndDate(aba, '2026-08-31')).toBe('2027-02-28');
    expect(nextReviewDue({ ...live, issuedDate: '2026-03-12' }, aba)).toBe('2026-04-09');
  });

  it('counts the next review from the last one held, and none once finished', () => {
    const reviewed = {
      ...live,
      issuedDate: '2026-01-05',
      reviewDates: ['2026-02-02', '2026-03-03'],
    };
    expect(nextReviewDue(reviewed, aba)).toBe('2026-03-31');
    expect(nextReviewDue({ ...reviewed, status: 'complied' }, aba)).toBeUndefined();
    expect(nextReviewDue({ ...reviewed, status: 'draft' }, aba)).toBeUndefined();
    expect(nextReviewDue({ ...live, issuedDate: '2026-01-05' }, step('warning-1'))).toBeUndefined();
  });

  it('crosses the UK clock change by calendar days, not hours', () => {
    // Clocks go forward on 29 March 2026 and back on 25 October 2026.
    expect(nextReviewDue({ ...live, issuedDate: '2026-03-20' }, aba)).toBe('2026-04-17');
    expect(nextReviewDue({ ...live, issuedDate: '2026-10-10' }, aba)).toBe('2026-11-07');
    // 23:30 UTC on 1 July is 00:30 on 2 July in London: a review due on 1 July is then overdue.
    expect(reviewState('2026-07-01', new Date('2026-07-01T23:30:00Z'))).toBe('overdue');
    // 23:30 UTC on 1 December is still 1 December in London (GMT).
    expect(reviewState('2026-12-01', new Date('2026-12-01T23:30:00Z'))).toBe('this_week');
  });

  it('sorts a due review into overdue, this week (today to six days ahead) or later', () => {
    const now = new Date('2026-03-20T10:00:00Z');
    expect(reviewState('2026-03-19', now)).toBe('overdue');
    expect(reviewState('2026-03-20', now)).toBe('this_week');
    expect(reviewState('2026-03-26', now)).toBe('this_week');
    expect(reviewState('2026-03-27', now)).toBe('later');
  });

  it('is expiring soon when it ends within 28 days and is still running', () => {
    const now = new Date('2026-03-20T10:00:00Z');
    expect(isExpiringSoon({ status: 'active', endDate: '2026-04-17' }, now)).toBe(true);
    expect(isExpiringSoon({ status: 'active', endDate: '2026-04-18' }, now)).toBe(false);
    expect(isExpiringSoon({ status: 'active', endDate: '2026-03-19' }, now)).toBe(false);
    expect(isExpiringSoon({ status: 'complied', endDate: '2026-04-01' }, now)).toBe(false);
  });
});

describe('month ends and leap years', () => {
  it('31 January + 1 month is the last day of February', () => {
    const oneMonth = { defaultDurationMonths: 1 };
    expect(defaultEndDate(oneMonth, '2026-01-31')).toBe('2026-02-28');
    expect(defaultEndDate(oneMonth, '2028-01-31')).toBe('2028-02-29');
    expect(defaultEndDate(aba, '2027-08-29')).toBe('2028-02-29');
    expect(defaultEndDate(aba, '2026-08-29')).toBe('2027-02-28');
  });
});

describe('CPN appeal window', () => {
  it('ends 21 days after the notice, and only a step with a window has one', () => {
    expect(appealEndsOn(step('cpn'), '2026-02-20')).toBe('2026-03-13');
    expect(appealEndsOn(step('cpn'), '2028-02-20')).toBe('2028-03-12');
    expect(appealEndsOn(step('cpw'), '2026-02-20')).toBeUndefined();
  });
});

describe('closure order: up to 3 months, extendable to 6 in total', () => {
  it('starts for at most 3 months and never runs past 6', () => {
    expect(defaultEndDate(closure, '2026-01-31')).toBe('2026-04-30');
    expect(latestEndDate(closure, '2026-01-31')).toBe('2026-07-31');
    expect(endDateError(closure, '2026-01-31', '2026-04-30')).toBeNull();
    expect(endDateError(closure, '2026-01-31', '2026-05-01')?.message).toMatch(/3 months/);
    expect(endDateError(closure, '2026-01-31', '2026-08-01')?.message).toMatch(/6 months/);
    expect(endDateError(closure, '2026-01-31', '2026-01-30')?.code).toBe('invalid');
  });

  it('leaves steps without limits free, apart from ending before issue', () => {
    expect(endDateError(aba, '2026-03-12', '2027-03-12')).toBeNull();
    expect(endDateError(aba, '2026-03-12', undefined)).toBeNull();
    expect(endDateError(aba, '2026-03-12', '2026-03-11')).not.toBeNull();
  });
});
