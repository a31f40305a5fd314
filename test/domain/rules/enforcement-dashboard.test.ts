import { describe, expect, it } from 'vitest';
import {
  isIssuedIn,
  issuedInPeriod,
  PERIOD_GROUPS,
  type PeriodGroup,
} from '../../../src/domain/rules/enforcement-dashboard';
import type { Enforcement } from '../../../src/domain/schemas/enforcement';
import { VALID } from '../fixtures';

let seq = 0;
const record = (over: Partial<Enforcement>): Enforcement => {
  seq += 1;
  return {
    ...(VALID.enforcements() as Enforcement),
    id: `0190a0a0-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    ...over,
  };
};

const FROM = '2026-04-01';
const TO = '2026-06-30';
const GROUPS = Object.keys(PERIOD_GROUPS) as PeriodGroup[];
const counts = (records: Enforcement[]) =>
  Object.fromEntries(GROUPS.map((g) => [g, issuedInPeriod(records, g, FROM, TO).length]));

describe('issued in a period', () => {
  it('counts a record issued on the first and on the last day, and none the day either side', () => {
    const first = record({ stepId: 'aba', issuedDate: FROM });
    const last = record({ stepId: 'aba', issuedDate: TO });
    const before = record({ stepId: 'aba', issuedDate: '2026-03-31' });
    const after = record({ stepId: 'aba', issuedDate: '2026-07-01' });
    expect(issuedInPeriod([before, first, last, after], 'abas', FROM, TO)).toEqual([first, last]);
  });

  it('counts each step in its own column, both warning letters as letters', () => {
    const records = [
      record({ stepId: 'warning-1', issuedDate: '2026-04-02' }),
      record({ stepId: 'warning-2', issuedDate: '2026-05-02' }),
      record({ stepId: 'warning-1', issuedDate: '2026-06-02' }),
      record({ stepId: 'aba', issuedDate: '2026-04-10' }),
      record({ stepId: 'aba', issuedDate: '2026-04-11' }),
      record({ stepId: 'cpw', issuedDate: '2026-05-20' }),
      record({ stepId: 'cpn', issuedDate: '2026-06-20' }),
      // Steps the dashboard does not count in any column.
      record({ stepId: 'cbo', issuedDate: '2026-05-05' }),
      record({ stepId: 'closure', issuedDate: '2026-05-06' }),
    ];
    expect(counts(records)).toEqual({ letters: 3, abas: 2, cpws: 1, cpns: 1 });
  });

  it('still counts a record as issued once it has been breached, complied with, expired or escalated', () => {
    const statuses = ['active', 'breached', 'complied', 'expired', 'escalated'] as const;
    const records = statuses.map((status) =>
      record({ stepId: 'cpw', status, issuedDate: '2026-05-01' }),
    );
    expect(issuedInPeriod(records, 'cpws', FROM, TO)).toEqual(records);
  });

  it('never counts a draft, which has not been issued', () => {
    const draft = record({ stepId: 'warning-1', status: 'draft', issuedDate: '2026-05-01' });
    expect(isIssuedIn(draft, 'letters', FROM, TO)).toBe(false);
    expect(counts([draft])).toEqual({ letters: 0, abas: 0, cpws: 0, cpns: 0 });
  });

  it('counts a one-day period, and nothing when the period ends before it starts', () => {
    const r = record({ stepId: 'cpn', issuedDate: '2026-05-01' });
    expect(isIssuedIn(r, 'cpns', '2026-05-01', '2026-05-01')).toBe(true);
    expect(isIssuedIn(r, 'cpns', '2026-05-02', '2026-04-30')).toBe(false);
  });
});
