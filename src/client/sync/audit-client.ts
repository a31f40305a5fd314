/**
 * Reading the audit log (/api/admin/audit), online only and never stored on
 * the device: the log says who looked at which person, so it stays on the
 * server.
 */
import type { AuditPage } from '../../domain/sync-protocol';
import { apiJson, getSyncTransport, type Transport } from './transport';

export interface AuditFilters {
  userId?: string;
  table?: string;
  action?: string;
  recordId?: string;
  /** ISO instants: `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
}

/** One page, newest first; pass the previous page's `nextCursor` for the next (older) one. */
export async function readAuditPage(
  filters: AuditFilters,
  cursor?: string,
  limit = 100,
  transport?: Transport,
): Promise<AuditPage> {
  const query = new URLSearchParams({ limit: String(limit) });
  for (const [key, value] of Object.entries(filters))
    if (typeof value === 'string' && value !== '') query.set(key, value);
  if (cursor) query.set('cursor', cursor);
  return apiJson<AuditPage>(transport ?? getSyncTransport(), `/api/admin/audit?${query}`);
}
