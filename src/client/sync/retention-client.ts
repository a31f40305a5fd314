/**
 * The retention schedule API (/api/admin/retention), online only: periods,
 * the disposal review queue and disposal. Nothing of it is stored on the
 * device.
 */
import type { RetentionPeriods, RetentionTable } from '../../domain/rules/retention';
import { apiJson, getSyncTransport, type Transport } from './transport';

export interface DisposalCandidate {
  table: RetentionTable;
  id: string;
  reference: string | null;
  closedOn: string;
  dueOn: string;
}

const BASE = '/api/admin/retention';
const t = (transport?: Transport) => transport ?? getSyncTransport();

export async function readRetention(transport?: Transport): Promise<RetentionPeriods> {
  return (await apiJson<{ periods: RetentionPeriods }>(t(transport), BASE)).periods;
}

export async function saveRetention(
  periods: Record<RetentionTable, string | number>,
  transport?: Transport,
): Promise<RetentionPeriods> {
  return (
    await apiJson<{ periods: RetentionPeriods }>(t(transport), BASE, {
      method: 'PUT',
      body: periods,
    })
  ).periods;
}

export async function readDisposalQueue(transport?: Transport): Promise<DisposalCandidate[]> {
  return (await apiJson<{ due: DisposalCandidate[] }>(t(transport), `${BASE}/queue`)).due;
}

export async function disposeOf(
  table: RetentionTable,
  ids: readonly string[],
  transport?: Transport,
): Promise<number> {
  return (
    await apiJson<{ disposed: number }>(t(transport), `${BASE}/dispose`, {
      method: 'POST',
      body: { table, ids },
    })
  ).disposed;
}
