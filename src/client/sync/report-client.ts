/**
 * Server-computed figures a device cannot compute itself: the Community
 * MARAC counts for anyone outside the `marac` role, whose devices hold no
 * referrals (GET /api/reports/marac). Online only; nothing is stored.
 */
import type { Period, PublishedKpis } from '../../domain/rules/marac-kpis';
import { apiJson, getSyncTransport, type Transport } from './transport';

export async function fetchMaracCounts(
  period: Period,
  publication: boolean,
  transport?: Transport,
): Promise<PublishedKpis> {
  const q = new URLSearchParams({ from: period.from, to: period.to });
  if (publication) q.set('publication', '1');
  return apiJson<PublishedKpis>(transport ?? getSyncTransport(), `/api/reports/marac?${q}`);
}
