import { describe, expect, it } from 'vitest';
import {
  closureDate,
  DEFAULT_RETENTION,
  disposalDue,
  retentionPeriodsSchema,
} from '../../src/domain/rules/retention';

describe('closureDate', () => {
  it('is the London day a call closed; open calls have none', () => {
    const closed = { status: 'closed', closure: { closedAt: '2026-06-30T23:30:00.000Z' } };
    expect(closureDate('calls', closed)).toBe('2026-07-01');
    expect(closureDate('calls', { status: 'open', closure: null })).toBeUndefined();
  });

  it('counts a visit from when it happened, and finished enforcement and referrals only', () => {
    expect(closureDate('visits', { at: '2026-03-02T09:00:00.000Z' })).toBe('2026-03-02');
    expect(
      closureDate('enforcements', { status: 'active', endDate: '2026-01-01' }),
    ).toBeUndefined();
    expect(closureDate('enforcements', { status: 'breached' })).toBeUndefined();
    expect(closureDate('enforcements', { status: 'complied', endDate: '2026-04-01' })).toBe(
      '2026-04-01',
    );
    expect(
      closureDate('enforcements', { status: 'expired', updatedAt: '2026-05-05T10:00:00.000Z' }),
    ).toBe('2026-05-05');
    expect(closureDate('maracReferrals', { status: 'accepted' })).toBeUndefined();
    expect(closureDate('maracReferrals', { status: 'closed', closedOn: '2026-02-01' })).toBe(
      '2026-02-01',
    );
    expect(closureDate('maracReferrals', { status: 'declined', decidedOn: '2026-02-03' })).toBe(
      '2026-02-03',
    );
    expect(closureDate('groups', { status: 'closed', closedAt: '2026-08-01T08:00:00Z' })).toBe(
      '2026-08-01',
    );
  });
});

describe('disposalDue', () => {
  it('adds the period in calendar months to the closure day, clamped to the month end', () => {
    const periods = { ...DEFAULT_RETENTION, visits: 1 };
    expect(disposalDue('visits', { at: '2026-01-31T12:00:00Z' }, periods)).toBe('2026-02-28');
    expect(disposalDue('visits', { at: '2026-01-31T12:00:00Z' }, DEFAULT_RETENTION)).toBe(
      '2032-01-31',
    );
    expect(disposalDue('calls', { status: 'new' }, DEFAULT_RETENTION)).toBeUndefined();
  });

  it('accepts whole months from 1 to 1200 for every kind', () => {
    expect(retentionPeriodsSchema.safeParse({ ...DEFAULT_RETENTION, calls: 0 }).success).toBe(
      false,
    );
    expect(retentionPeriodsSchema.safeParse({ ...DEFAULT_RETENTION, calls: 1.5 }).success).toBe(
      false,
    );
    expect(retentionPeriodsSchema.safeParse({ ...DEFAULT_RETENTION, calls: 1201 }).success).toBe(
      false,
    );
    const { calls: _c, ...missing } = DEFAULT_RETENTION;
    expect(retentionPeriodsSchema.safeParse(missing).success).toBe(false);
    expect(retentionPeriodsSchema.parse({ ...DEFAULT_RETENTION, calls: '24' }).calls).toBe(24);
  });
});
