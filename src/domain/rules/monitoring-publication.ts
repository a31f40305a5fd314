/**
 * The monitoring report as published: counts under five shown as `*`, as
 * the strategic assessment's Table 9 does, so that nobody in a small ward or
 * category can be picked out. A share over fewer than five cases is hidden
 * too (its numerator could be worked back). MARAC figures use their own
 * publication rule (marac-kpis.ts `forPublication`).
 */
import { forPublication, publishedCount, type PublishedKpis } from './marac-kpis';
import type { MonitoringReport, NamedCount, QuarterCount, ShareFigure } from './monitoring-report';
import { PUBLICATION_MIN_COUNT } from './marac-kpis';

export type Shown = number | '*';
type Published<T> = { [K in keyof T]: T[K] extends number ? Shown : T[K] };

export interface PublishedMonitoringReport {
  from: string;
  to: string;
  publication: boolean;
  calls: {
    total: Shown;
    anonymous: Shown;
    byWard: Published<NamedCount>[];
    byCategory: Published<NamedCount>[];
    byQuarter: Published<QuarterCount>[];
    topWards: Published<NamedCount>[];
    topCategories: Published<NamedCount>[];
  } | null;
  residentUpdated:
    | (Omit<ShareFigure, 'count' | 'of' | 'share'> & {
        count: Shown;
        of: Shown;
        share: number | null | '*';
      })
    | null;
  groupsHeld: { count: Shown; titles: string[] } | null;
  marac: PublishedKpis | null;
  enforcement: { warningLetters: Shown; abas: Shown } | null;
  overdueActions: { total: Shown; byAgency: Published<NamedCount>[] } | null;
}

const rows = <T extends { count: number }>(list: T[], publication: boolean) =>
  list.map((r) => ({ ...r, count: publication ? publishedCount(r.count) : r.count }));

/** The report as shown or exported; with `publication`, small counts become `*`. */
export function publishMonitoring(
  r: MonitoringReport,
  publication: boolean,
): PublishedMonitoringReport {
  const n = (x: number): Shown => (publication ? publishedCount(x) : x);
  const hideShare = (s: ShareFigure) => publication && s.of < PUBLICATION_MIN_COUNT;
  return {
    from: r.from,
    to: r.to,
    publication,
    calls: r.calls && {
      total: n(r.calls.total),
      anonymous: n(r.calls.anonymous),
      byWard: rows(r.calls.byWard, publication),
      byCategory: rows(r.calls.byCategory, publication),
      byQuarter: rows(r.calls.byQuarter, publication),
      topWards: rows(r.calls.topWards, publication),
      topCategories: rows(r.calls.topCategories, publication),
    },
    residentUpdated: r.residentUpdated && {
      ...r.residentUpdated,
      count: n(r.residentUpdated.count),
      of: n(r.residentUpdated.of),
      share:
        hideShare(r.residentUpdated) && r.residentUpdated.share !== null
          ? '*'
          : r.residentUpdated.share,
      meetsTarget: hideShare(r.residentUpdated) ? null : r.residentUpdated.meetsTarget,
    },
    // Group titles name places and themes the partnership already publishes.
    groupsHeld: r.groupsHeld && { count: n(r.groupsHeld.count), titles: r.groupsHeld.titles },
    marac: r.marac && forPublication(r.marac, publication),
    enforcement: r.enforcement && {
      warningLetters: n(r.enforcement.warningLetters),
      abas: n(r.enforcement.abas),
    },
    overdueActions: r.overdueActions && {
      total: n(r.overdueActions.total),
      byAgency: rows(r.overdueActions.byAgency, publication),
    },
  };
}
