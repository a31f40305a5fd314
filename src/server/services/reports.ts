/**
 * Figures any signed-in user may see. MARAC referrals are never shown
 * outside the `marac` role, so others get counts only (domain.md): the
 * database groups the referrals by the few fields the figures read
 * (storage `countRecordsByFields`) and the one KPI function
 * (domain/rules/marac-kpis.ts) does the arithmetic. No names, no ids.
 */
import {
  forPublication,
  KPI_FIELDS,
  maracKpis,
  type KpiFact,
  type Period,
  type PublishedKpis,
} from '../../domain/rules/marac-kpis';
import type { ServerDeps } from '../deps';
import type { StorageTx } from '../storage/types';

/** The referrals as counted groups of the fields the KPIs read. */
export async function maracFacts(tx: StorageTx): Promise<KpiFact[]> {
  const groups = await tx.countRecordsByFields('maracReferrals', KPI_FIELDS);
  return groups.map(
    (g) =>
      ({
        ...Object.fromEntries(Object.entries(g.values).filter(([, v]) => v !== null)),
        count: g.count,
      }) as KpiFact,
  );
}

export async function maracReport(
  deps: ServerDeps,
  period: Period,
  publication: boolean,
): Promise<PublishedKpis & Period> {
  const facts = await deps.storage.transaction(maracFacts);
  return { ...period, ...forPublication(maracKpis(facts, period), publication) };
}
