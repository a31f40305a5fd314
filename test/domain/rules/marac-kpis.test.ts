import { describe, expect, it } from 'vitest';
import { maracKpis, publishedCount, type KpiFact } from '../../../src/domain/rules/marac-kpis';

const Q1 = { from: '2026-01-01', to: '2026-03-31' };

const fact = (over: Partial<KpiFact>): KpiFact => ({
  referredOn: '2026-01-10',
  status: 'submitted',
  ...over,
});
const closed = (outcome: KpiFact['outcome'], closedOn = '2026-03-01'): KpiFact =>
  fact({ status: 'closed', decidedOn: '2026-01-20', closedOn, outcome });

describe('Community MARAC figures for a period', () => {
  it('with no closures there is no share to measure, and no pass or fail', () => {
    const k = maracKpis([fact({}), fact({ status: 'accepted', decidedOn: '2026-02-01' })], Q1);
    expect(k).toMatchObject({
      referrals: 2,
      acceptances: 1,
      closures: 0,
      closedImproved: 0,
      shareImproved: null,
      meetsTarget: null,
      target: 0.8,
    });
  });

  it('all closed as improved is a share of 1, meeting the target', () => {
    const k = maracKpis([closed('improved'), closed('improved')], Q1);
    expect(k).toMatchObject({
      closures: 2,
      closedImproved: 2,
      shareImproved: 1,
      meetsTarget: true,
    });
  });

  it('exactly 80% meets the target; just under does not', () => {
    const four = [closed('improved'), closed('improved'), closed('improved'), closed('improved')];
    expect(maracKpis([...four, closed('worse')], Q1)).toMatchObject({
      shareImproved: 0.8,
      meetsTarget: true,
    });
    expect(maracKpis([...four.slice(1), closed('no_change')], Q1)).toMatchObject({
      shareImproved: 0.75,
      meetsTarget: false,
    });
  });

  it('declined and redirected referrals count as referrals, never as acceptances', () => {
    const k = maracKpis(
      [
        fact({ status: 'declined', decidedOn: '2026-01-20' }),
        fact({ status: 'redirected', decidedOn: '2026-01-20' }),
      ],
      Q1,
    );
    expect(k).toMatchObject({ referrals: 2, acceptances: 0, closures: 0 });
  });

  it('a re-referral counts as a new referral and acceptance, and as a re-referral', () => {
    const earlier = closed('no_change', '2026-01-05');
    const again = fact({
      referredOn: '2026-02-01',
      status: 'accepted',
      decidedOn: '2026-02-10',
      earlierReferralId: '01900000-0000-7000-8000-0000000000aa',
    });
    expect(
      maracKpis([{ ...earlier, referredOn: '2025-11-01', decidedOn: '2025-11-05' }, again], Q1),
    ).toMatchObject({
      referrals: 1,
      reReferrals: 1,
      acceptances: 1,
      closures: 1,
      closedImproved: 0,
      shareImproved: 0,
    });
  });

  it('a referral closed in the next period counts there, not in the period it was accepted', () => {
    const late = closed('improved', '2026-04-01');
    expect(maracKpis([late], Q1)).toMatchObject({ referrals: 1, acceptances: 1, closures: 0 });
    expect(maracKpis([late], { from: '2026-04-01', to: '2026-06-30' })).toMatchObject({
      referrals: 0,
      acceptances: 0,
      closures: 1,
      closedImproved: 1,
    });
  });

  it('both ends of the period are inclusive', () => {
    const k = maracKpis(
      [
        fact({ referredOn: '2026-01-01' }),
        fact({ referredOn: '2026-03-31' }),
        fact({ referredOn: '2026-04-01' }),
      ],
      Q1,
    );
    expect(k.referrals).toBe(2);
  });

  it('weights a grouped fact by its count (the server counts groups, never rows)', () => {
    const k = maracKpis(
      [
        { ...closed('improved'), count: 4 },
        { ...closed('worse'), count: 1 },
      ],
      Q1,
    );
    expect(k).toMatchObject({ referrals: 5, closures: 5, closedImproved: 4, shareImproved: 0.8 });
  });
});

describe('published counts', () => {
  it('shows counts under five as *', () => {
    expect([0, 1, 4, 5, 12].map(publishedCount)).toEqual(['*', '*', '*', 5, 12]);
  });
});
