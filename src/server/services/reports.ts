/**
 * Figures any signed-in user may see. MARAC referrals are never shown
 * outside the `marac` role, so others get counts only (domain.md).
 */
import { REFERRAL_STATUSES } from '../../domain/schemas/marac';
import type { ServerDeps } from '../deps';

export interface MaracCounts {
  total: number;
  byStatus: Record<string, number>;
}

export async function maracCounts(deps: ServerDeps): Promise<MaracCounts> {
  const referrals = await deps.storage.transaction((tx) => tx.listRecords('maracReferrals'));
  const byStatus: Record<string, number> = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, 0]));
  let total = 0;
  for (const r of referrals) {
    if (r.deleted) continue;
    const status = String(r.data.status);
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    total += 1;
  }
  return { total, byStatus };
}
