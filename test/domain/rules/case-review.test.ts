import { describe, expect, it } from 'vitest';
import {
  caseReviewSettings,
  caseReviewWarning,
  type CaseReviewCall,
} from '../../../src/domain/rules/case-review';

const ASB = new Set(['noise', 'neighbour']);
let n = 0;
/** An ASB call with `p1` as victim, received at noon UTC on `day`, incident the same day. */
function call(day: string, over: Partial<CaseReviewCall> = {}): CaseReviewCall {
  n += 1;
  return {
    id: `c${n}`,
    receivedAt: `${day}T12:00:00.000Z`,
    incidentDate: day,
    anonymous: false,
    categoryIds: ['noise'],
    locationId: `loc${n}`,
    people: [{ personId: 'p1', role: 'victim' }],
    ...over,
  };
}

describe('ASB Case Review warning', () => {
  it('warns at 3 qualifying calls when the first is exactly 6 months before the last', () => {
    const calls = [call('2026-01-31'), call('2026-04-01'), call('2026-07-31')];
    const w = caseReviewWarning('p1', calls, ASB);
    expect(w).toMatchObject({ met: true, incidents: 3, from: '2026-01-31', to: '2026-07-31' });
    expect(w.callIds).toEqual(calls.map((c) => c.id));
  });

  it('does not warn when the first is one day more than 6 months before', () => {
    const w = caseReviewWarning(
      'p1',
      [call('2026-01-30'), call('2026-04-01'), call('2026-07-31')],
      ASB,
    );
    expect(w.met).toBe(false);
    expect(w.incidents).toBe(2);
  });

  it('counts a call received exactly one month after its incident, not one day later', () => {
    const base = [call('2026-03-01'), call('2026-03-10')];
    const edge = call('2026-04-30', { incidentDate: '2026-03-30' });
    expect(caseReviewWarning('p1', [...base, edge], ASB).met).toBe(true);
    const late = call('2026-05-01', { incidentDate: '2026-03-31' }); // 31 March + 1 month = 30 April
    expect(caseReviewWarning('p1', [...base, late], ASB).met).toBe(false);
  });

  it('counts one incident reported several times once', () => {
    const twice = [
      call('2026-03-01', { locationId: 'caxton', incidentDate: '2026-02-28' }),
      call('2026-03-02', { locationId: 'caxton', incidentDate: '2026-02-28' }),
    ];
    const w = caseReviewWarning('p1', [...twice, call('2026-03-05')], ASB);
    expect(w.met).toBe(false);
    expect(w.incidents).toBe(2);
    expect(w.callIds).toHaveLength(3);
  });

  it('ignores anonymous calls, non-ASB calls and the person as subject or witness', () => {
    const base = [call('2026-03-01'), call('2026-03-02')];
    for (const third of [
      call('2026-03-03', { anonymous: true }),
      call('2026-03-03', { categoryIds: ['scams'] }),
      call('2026-03-03', { people: [{ personId: 'p1', role: 'subject' }] }),
      call('2026-03-03', { people: [{ personId: 'p1', role: 'witness' }] }),
    ])
      expect(caseReviewWarning('p1', [...base, third], ASB).met).toBe(false);
    const asReporter = call('2026-03-03', { people: [{ personId: 'p1', role: 'reporter' }] });
    expect(caseReviewWarning('p1', [...base, asReporter], ASB).met).toBe(true);
  });

  it('follows merged people, and an alias record merged in counts as the person', () => {
    const resolve = (id: string) => (id === 'p1-alias' ? 'p1' : id);
    const calls = [
      call('2026-03-01'),
      call('2026-03-02'),
      call('2026-03-03', { people: [{ personId: 'p1-alias', role: 'victim' }] }),
    ];
    expect(caseReviewWarning('p1', calls, ASB, undefined, resolve).met).toBe(true);
    expect(caseReviewWarning('p1-alias', calls, ASB, undefined, resolve).met).toBe(true);
    expect(caseReviewWarning('p1', calls, ASB).met).toBe(false);
  });

  it('uses the London date of receipt across the autumn clock change', () => {
    const late = call('2026-11-25', {
      receivedAt: '2026-11-24T23:30:00Z',
      incidentDate: '2026-10-25',
    });
    expect(caseReviewWarning('p1', [call('2026-10-01'), call('2026-10-02'), late], ASB).met).toBe(
      true,
    );
    // 23:30 UTC on 24 October is 00:30 on the 25th in London (BST until 01:00 UTC that day):
    // an incident of 24 September is then more than a month old, though the UTC date is not.
    const bst = call('x', { receivedAt: '2026-10-24T23:30:00Z', incidentDate: '2026-09-24' });
    expect(caseReviewWarning('p1', [call('2026-10-01'), call('2026-10-02'), bst], ASB).met).toBe(
      false,
    );
  });

  it('may be set lower, never higher', () => {
    expect(caseReviewSettings({ caseReviewCalls: 2, caseReviewMonths: 3 })).toEqual({
      calls: 2,
      months: 3,
    });
    expect(caseReviewSettings({ caseReviewCalls: 5, caseReviewMonths: 12 })).toEqual({
      calls: 3,
      months: 6,
    });
    expect(caseReviewSettings({ caseReviewCalls: 0 })).toEqual({ calls: 3, months: 6 });
    const two = caseReviewSettings({ caseReviewCalls: 2 });
    expect(caseReviewWarning('p1', [call('2026-03-01'), call('2026-03-02')], ASB, two).met).toBe(
      true,
    );
  });
});
