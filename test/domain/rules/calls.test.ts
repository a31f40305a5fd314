import { describe, expect, it } from 'vitest';
import {
  actionActivityAt,
  compareHappened,
  isActionOverdue,
  overdueActions,
  residentUpdateDue,
} from '../../../src/domain/rules/calls';

const named = {
  reporter: { anonymous: false, name: 'Jane Example', contact: '01732 000000' },
  status: 'open' as const,
};
const anonymous = { reporter: { anonymous: true }, status: 'open' as const };

const setAt = (createdAt: string) => ({ createdAt });
const doneAt = (createdAt: string, completedAt: string) => ({ createdAt, completedAt });
const cancelledAt = (createdAt: string, at: string) => ({ createdAt, cancelledAt: at });
const update = (at: string) => ({ at });

describe('actionActivityAt', () => {
  it('is completion, then cancellation, then when it was set', () => {
    expect(actionActivityAt({ createdAt: 'a', completedAt: 'c' })).toBe('c');
    expect(actionActivityAt({ createdAt: 'a', cancelledAt: 'b' })).toBe('b');
    expect(actionActivityAt({ createdAt: 'a' })).toBe('a');
    expect(actionActivityAt({})).toBe('');
  });
});

describe('residentUpdateDue', () => {
  it('is never due for an anonymous reporter', () => {
    expect(residentUpdateDue(anonymous, [], [])).toBe(false);
    expect(residentUpdateDue(anonymous, [setAt('2026-03-04T10:00:00Z')], [])).toBe(false);
  });

  it('with no actions, is due until the resident has heard once', () => {
    expect(residentUpdateDue(named, [], [])).toBe(true);
    expect(residentUpdateDue(named, [], [update('2026-03-04T10:00:00Z')])).toBe(false);
  });

  it('is due when the only update came before the last action', () => {
    const actions = [
      setAt('2026-03-04T10:00:00Z'),
      doneAt('2026-03-04T10:00:00Z', '2026-03-09T15:00:00Z'),
    ];
    expect(residentUpdateDue(named, actions, [update('2026-03-05T09:00:00Z')])).toBe(true);
  });

  it('is not due once an update comes at or after the last action', () => {
    const actions = [doneAt('2026-03-04T10:00:00Z', '2026-03-09T15:00:00Z')];
    expect(residentUpdateDue(named, actions, [update('2026-03-09T15:00:00Z')])).toBe(false);
    expect(
      residentUpdateDue(named, actions, [
        update('2026-03-10T09:00:00Z'),
        update('2026-03-01T09:00:00Z'),
      ]),
    ).toBe(false);
  });

  it('counts a cancellation as action activity', () => {
    const actions = [cancelledAt('2026-03-04T10:00:00Z', '2026-03-12T08:00:00Z')];
    expect(residentUpdateDue(named, actions, [update('2026-03-10T09:00:00Z')])).toBe(true);
    expect(residentUpdateDue(named, actions, [update('2026-03-12T08:30:00Z')])).toBe(false);
  });

  it('is due when actions exist but the resident never heard', () => {
    expect(residentUpdateDue(named, [setAt('2026-03-04T10:00:00Z')], [])).toBe(true);
  });

  it('compares instants, not strings, across offsets', () => {
    // 10:30+01:00 is 09:30Z: before an action completed at 09:45Z.
    const actions = [doneAt('2026-06-04T08:00:00Z', '2026-06-04T09:45:00Z')];
    expect(residentUpdateDue(named, actions, [update('2026-06-04T10:30:00+01:00')])).toBe(true);
  });
});

describe('isActionOverdue', () => {
  const action = (dueDate: string, status: 'open' | 'done' | 'cancelled' = 'open') => ({
    dueDate,
    status,
  });

  it('is overdue only when the due date is before today in London', () => {
    const now = new Date('2026-01-15T12:00:00Z');
    expect(isActionOverdue(action('2026-01-14'), now)).toBe(true);
    expect(isActionOverdue(action('2026-01-15'), now)).toBe(false);
    expect(isActionOverdue(action('2026-01-16'), now)).toBe(false);
  });

  it('never counts done or cancelled actions', () => {
    const now = new Date('2026-01-15T12:00:00Z');
    expect(isActionOverdue(action('2025-01-01', 'done'), now)).toBe(false);
    expect(isActionOverdue(action('2025-01-01', 'cancelled'), now)).toBe(false);
  });

  it('turns overdue at London midnight in summer, an hour before UTC midnight', () => {
    const due = action('2026-07-01');
    expect(isActionOverdue(due, new Date('2026-07-01T22:59:59Z'))).toBe(false);
    expect(isActionOverdue(due, new Date('2026-07-01T23:00:00Z'))).toBe(true);
  });

  it('turns overdue at UTC midnight in winter', () => {
    const due = action('2026-12-01');
    expect(isActionOverdue(due, new Date('2026-12-01T23:59:59Z'))).toBe(false);
    expect(isActionOverdue(due, new Date('2026-12-02T00:00:00Z'))).toBe(true);
  });

  it('filters a list with overdueActions', () => {
    const now = new Date('2026-03-10T09:00:00Z');
    const list = [
      action('2026-03-01'),
      action('2026-03-10'),
      action('2026-02-01', 'done'),
      action('2026-03-09'),
    ];
    expect(overdueActions(list, now)).toEqual([list[0], list[3]]);
  });

  it('counts an update given to the minute in which the last action was completed, recorded after it', () => {
    // Completed at 10:05:40.123; the chair then records "10:05" (no seconds) at 10:05:55.
    const actions = [doneAt('2026-03-09T09:00:00Z', '2026-03-09T10:05:40.123Z')];
    const sameMinute = { at: '2026-03-09T10:05:00.000Z', createdAt: '2026-03-09T10:05:55.000Z' };
    expect(residentUpdateDue(named, actions, [sameMinute])).toBe(false);
    expect(residentUpdateDue(named, actions, [{ at: '2026-03-09T10:05:00.000Z' }])).toBe(false);
  });

  it('does not count a same-minute update recorded before the completion, nor an earlier minute', () => {
    const actions = [doneAt('2026-03-09T09:00:00Z', '2026-03-09T10:05:40.123Z')];
    const recordedBefore = {
      at: '2026-03-09T10:05:00.000Z',
      createdAt: '2026-03-09T10:05:20.000Z',
    };
    expect(residentUpdateDue(named, actions, [recordedBefore])).toBe(true);
    const minuteBefore = { at: '2026-03-09T10:04:00.000Z', createdAt: '2026-03-09T10:06:00.000Z' };
    expect(residentUpdateDue(named, actions, [minuteBefore])).toBe(true);
  });
});

describe('compareHappened', () => {
  it('orders by the minute given, then by when each was recorded within that minute', () => {
    const completion = { at: '2026-03-09T10:05:40.123Z' };
    const update = { at: '2026-03-09T10:05:00.000Z', recordedAt: '2026-03-09T10:05:55.000Z' };
    const earlier = { at: '2026-03-09T10:04:59.000Z', recordedAt: '2026-03-09T10:07:00.000Z' };
    const sorted = [update, completion, earlier].sort(compareHappened);
    expect(sorted).toEqual([earlier, completion, update]);
  });

  it('orders plain dates (meeting days) among instants', () => {
    expect(compareHappened({ at: '2026-03-05' }, { at: '2026-03-05T10:00:00Z' })).toBeLessThan(0);
    expect(compareHappened({ at: '2026-03-06' }, { at: '2026-03-05T10:00:00Z' })).toBeGreaterThan(
      0,
    );
  });
});
