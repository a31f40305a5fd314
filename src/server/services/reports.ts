/**
 * Figures any signed-in user may see. MARAC referrals are never shown
 * outside the `marac` role, so others get counts only (domain.md). The
 * database does the counting (storage `countRecordsBy`).
 */
import { REFERRAL_STATUSES } from '../../domain/schemas/marac';
import type { ServerDeps } from '../deps';

export interface MaracCounts {
  total: number;
  byStatus: Record<string, number>;
}

export async function maracCounts(deps: ServerDeps): Promise<MaracCounts> {
  const counts = await deps.storage.transaction((tx) =>
    tx.countRecordsBy('maracReferrals', 'status'),
  );
  const byStatus: Record<string, number> = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, 0]));
  let total = 0;
  for (const { value, count } of counts) {
    const status = String(value);
    byStatus[status] = (byStatus[status] ?? 0) + count;
    total += count;
  }
  return { total, byStatus };
}
