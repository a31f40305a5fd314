import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  formatDate,
  formatDateTime,
  londonDate,
  londonYear,
  londonDayStart,
} from '../../src/domain/dates';

describe('londonDate', () => {
  it('is the UTC date in winter (GMT)', () => {
    expect(londonDate('2026-01-15T23:59:59.999Z')).toBe('2026-01-15');
    expect(londonDate('2026-01-16T00:00:00Z')).toBe('2026-01-16');
  });

  it('moves to the next day at 23:00 UTC in summer (BST)', () => {
    expect(londonDate('2026-07-01T22:59:59Z')).toBe('2026-07-01');
    expect(londonDate('2026-07-01T23:00:00Z')).toBe('2026-07-02');
  });

  it('follows the clock change in spring (29 March 2026) and autumn (25 October 2026)', () => {
    // Spring: clocks go forward at 01:00 UTC on 29 March.
    expect(londonDate('2026-03-28T23:30:00Z')).toBe('2026-03-28');
    expect(londonDate('2026-03-29T23:30:00Z')).toBe('2026-03-30');
    // Autumn: clocks go back at 01:00 UTC on 25 October.
    expect(londonDate('2026-10-24T23:30:00Z')).toBe('2026-10-25');
    expect(londonDate('2026-10-25T23:30:00Z')).toBe('2026-10-25');
  });

  it('agrees with Intl for every quarter hour of two years, offsets included, asked twice', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });
    const wrong: string[] = [];
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (let pass = 0; pass < 2; pass++)
      for (let ms = start; ms < start + 730 * 86_400_000; ms += 900_000) {
        const iso = new Date(ms).toISOString();
        if (londonDate(iso) !== intl.format(ms)) wrong.push(iso);
      }
    expect(wrong).toEqual([]);
    expect(londonDate('2026-07-01T23:30:00+01:00')).toBe('2026-07-01');
    expect(londonDate('2026-07-01T23:59:59.999Z')).toBe('2026-07-02');
  });

  it('refuses an instant that is not one, as Intl does', () => {
    expect(() => londonDate('not a date')).toThrow(RangeError);
  });

  it('accepts a Date, a number and a string', () => {
    const ms = Date.parse('2026-06-30T23:30:00Z');
    expect(londonDate(ms)).toBe('2026-07-01');
    expect(londonDate(new Date(ms))).toBe('2026-07-01');
  });

  it('gives the London year at new year', () => {
    expect(londonYear('2025-12-31T23:59:00Z')).toBe(2025);
    expect(londonYear('2026-01-01T00:00:00Z')).toBe(2026);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-15', 6, '2026-07-15'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-10', -1, '2025-12-10'],
    ['2026-05-05', 0, '2026-05-05'],
    ['2026-01-31', 12, '2027-01-31'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('addDays and daysBetween', () => {
  it('adds days across month, year and clock-change boundaries', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts whole days, negative when the second date is earlier', () => {
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysBetween('2026-01-01', '2026-04-01')).toBe(90);
    expect(daysBetween('2026-04-01', '2026-01-01')).toBe(-90);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('round-trips with addDays', () => {
    for (const n of [-400, -31, -1, 0, 1, 59, 365, 1000]) {
      expect(daysBetween('2026-02-14', addDays('2026-02-14', n))).toBe(n);
    }
  });
});

describe('formatting', () => {
  it('writes dates the British way', () => {
    expect(formatDate('2026-03-03')).toBe('3 March 2026');
    expect(formatDate('2026-12-25')).toBe('25 December 2026');
  });

  it('writes instants in London time', () => {
    expect(formatDateTime('2026-07-01T13:05:00Z')).toBe('1 July 2026 at 14:05');
    expect(formatDateTime('2026-01-01T13:05:00Z')).toBe('1 January 2026 at 13:05');
    expect(formatDateTime('2026-06-30T23:30:00Z')).toBe('1 July 2026 at 00:30');
  });
});

describe('londonDayStart', () => {
  it('is midnight GMT in winter and 23:00 UTC the evening before in summer', () => {
    expect(londonDayStart('2026-01-15')).toBe('2026-01-15T00:00:00.000Z');
    expect(londonDayStart('2026-07-01')).toBe('2026-06-30T23:00:00.000Z');
  });

  it('follows both clock changes (29 March and 25 October 2026)', () => {
    expect(londonDayStart('2026-03-29')).toBe('2026-03-29T00:00:00.000Z');
    expect(londonDayStart('2026-03-30')).toBe('2026-03-29T23:00:00.000Z');
    expect(londonDayStart('2026-10-25')).toBe('2026-10-24T23:00:00.000Z');
    expect(londonDayStart('2026-10-26')).toBe('2026-10-26T00:00:00.000Z');
  });
});
