import { describe, expect, it } from 'vitest';
import { DemoTime } from '../../../src/server/demo/demo-time';

describe('DemoTime', () => {
  it('places local times on London dates in winter and summer', () => {
    const time = new DemoTime(new Date('2026-12-01T12:00:00Z'));
    expect(time.at('2026-01-15', 10, 15)).toBe('2026-01-15T10:15:00.000Z');
    expect(time.at('2026-07-01', 10, 15)).toBe('2026-07-01T09:15:00.000Z');
    expect(time.at('2026-07-01', 0, 30)).toBe('2026-06-30T23:30:00.000Z');
  });

  it('never returns an instant after now', () => {
    const time = new DemoTime(new Date('2026-05-15T09:30:00Z'));
    expect(time.at('2026-05-15', 18)).toBe('2026-05-15T09:29:00.000Z');
    expect(time.daysAgoAt(0, 23)).toBe('2026-05-15T09:29:00.000Z');
  });

  it('counts days back from the London date and caps dates at tomorrow', () => {
    // 23:30 UTC on 30 June is already 1 July in London.
    const time = new DemoTime(new Date('2026-06-30T23:30:00Z'));
    expect(time.today).toBe('2026-07-01');
    expect(time.date(1)).toBe('2026-06-30');
    expect(time.capDate('2026-07-09')).toBe('2026-07-02');
    expect(time.capDate('2026-06-20')).toBe('2026-06-20');
  });

  it('moves weekend dates to the Monday', () => {
    const time = new DemoTime(new Date('2026-05-15T09:30:00Z'));
    expect(time.nextWeekday('2026-05-16')).toBe('2026-05-18');
    expect(time.nextWeekday('2026-05-17')).toBe('2026-05-18');
    expect(time.nextWeekday('2026-05-13')).toBe('2026-05-13');
  });
});
