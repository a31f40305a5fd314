import { z } from 'zod';
import { isoDate } from '../schemas/common';
import type { MaracReferral } from '../schemas/marac';
import { ACCEPTED_STATUSES } from './marac';

/**
 * Community MARAC figures for a period (domain.md "Reports"): referrals
 * received, acceptances and closures in it, and the share of the accepted
 * cases closed in it that closed as improved, against the 80% target. One
 * function for both the members' screen (one fact per referral) and the
 * server's counts-only report (one fact per group of identical referrals,
 * weighted by `count`), so the arithmetic lives here only.
 */
export const MARAC_IMPROVED_TARGET = 0.8;
/** Counts below this are shown as `*` in a report prepared for publication. */
export const PUBLICATION_MIN_COUNT = 5;

/** The fields of a referral the figures read. */
export type KpiFact = Pick<
  MaracReferral,
  'referredOn' | 'status' | 'decidedOn' | 'closedOn' | 'outcome' | 'earlierReferralId'
> & { count?: number };

export const KPI_FIELDS = [
  'referredOn',
  'status',
  'decidedOn',
  'closedOn',
  'outcome',
  'earlierReferralId',
] as const satisfies readonly (keyof KpiFact)[];

/** A report period: first and last day, YYYY-MM-DD (Europe/London), both inclusive. */
export const periodSchema = z
  .object({ from: isoDate('Start date'), to: isoDate('End date') })
  .refine((p) => p.from <= p.to, {
    error: 'The end date must be on or after the start date',
    path: ['to'],
  });
export type Period = z.infer<typeof periodSchema>;

export interface MaracKpis {
  referrals: number;
  /** Referrals in the period that re-refer an earlier case. */
  reReferrals: number;
  acceptances: number;
  closures: number;
  closedImproved: number;
  /** closedImproved / closures; null when nothing closed in the period. */
  shareImproved: number | null;
  target: number;
  /** null when there is nothing to measure. */
  meetsTarget: boolean | null;
}

const within = (date: string | undefined, p: Period) =>
  date !== undefined && date !== '' && date >= p.from && date <= p.to;

export function maracKpis(facts: readonly KpiFact[], period: Period): MaracKpis {
  let referrals = 0;
  let reReferrals = 0;
  let acceptances = 0;
  let closures = 0;
  let closedImproved = 0;
  for (const f of facts) {
    const n = f.count ?? 1;
    if (within(f.referredOn, period)) {
      referrals += n;
      if (f.earlierReferralId) reReferrals += n;
    }
    if (ACCEPTED_STATUSES.includes(f.status) && within(f.decidedOn, period)) acceptances += n;
    if (f.status === 'closed' && within(f.closedOn, period)) {
      closures += n;
      if (f.outcome === 'improved') closedImproved += n;
    }
  }
  const shareImproved = closures === 0 ? null : closedImproved / closures;
  return {
    referrals,
    reReferrals,
    acceptances,
    closures,
    closedImproved,
    shareImproved,
    target: MARAC_IMPROVED_TARGET,
    meetsTarget: shareImproved === null ? null : shareImproved >= MARAC_IMPROVED_TARGET,
  };
}

/** A count as a published report shows it: `*` under five, so nobody is identifiable. */
export function publishedCount(n: number): number | '*' {
  return n < PUBLICATION_MIN_COUNT ? '*' : n;
}

/** The figures as anyone may see them: counts only; for publication, small counts hidden. */
export type PublishedKpis = Omit<MaracKpis, 'shareImproved' | keyof CountFields> & {
  [K in keyof CountFields]: number | '*';
} & { shareImproved: number | null | '*'; publication: boolean };
type CountFields = Pick<
  MaracKpis,
  'referrals' | 'reReferrals' | 'acceptances' | 'closures' | 'closedImproved'
>;

export function forPublication(k: MaracKpis, publication: boolean): PublishedKpis {
  if (!publication) return { ...k, publication };
  const hidden = k.closures < PUBLICATION_MIN_COUNT;
  return {
    ...k,
    referrals: publishedCount(k.referrals),
    reReferrals: publishedCount(k.reReferrals),
    acceptances: publishedCount(k.acceptances),
    closures: publishedCount(k.closures),
    closedImproved: publishedCount(k.closedImproved),
    // A share of a handful of closures would tell who improved.
    shareImproved: hidden && k.shareImproved !== null ? '*' : k.shareImproved,
    meetsTarget: hidden ? null : k.meetsTarget,
    publication,
  };
}
