/**
 * The reference-data admin API (/api/admin/reference), online only. The
 * server writes each change as a synced record; after a save this device
 * syncs at once so its own lists and choices follow.
 */
import type {
  AdminReferenceTable,
  ReferenceListTable,
  ReferenceRowData,
  ReferenceUsage,
} from '../../domain/reference-admin-schemas';
import { syncNow } from './sync-runtime';
import { ApiError, apiJson, getSyncTransport } from './transport';

const path = (table: string, id?: string) =>
  `/api/admin/reference/${encodeURIComponent(table)}${id ? `/${encodeURIComponent(id)}` : ''}`;

export async function listReferenceRows(table: AdminReferenceTable): Promise<ReferenceRowData[]> {
  return (await apiJson<{ rows: ReferenceRowData[] }>(getSyncTransport(), path(table))).rows;
}

export function getReferenceRow(
  table: AdminReferenceTable,
  id: string,
): Promise<{ row: ReferenceRowData; usage: ReferenceUsage }> {
  return apiJson(getSyncTransport(), path(table, id));
}

export async function addReferenceRow(
  table: ReferenceListTable,
  input: Record<string, unknown>,
): Promise<ReferenceRowData> {
  const { row } = await apiJson<{ row: ReferenceRowData }>(getSyncTransport(), path(table), {
    method: 'POST',
    body: input,
  });
  void syncNow();
  return row;
}

export async function changeReferenceRow(
  table: AdminReferenceTable,
  id: string,
  change: Record<string, unknown>,
): Promise<ReferenceRowData> {
  const { row } = await apiJson<{ row: ReferenceRowData }>(getSyncTransport(), path(table, id), {
    method: 'PATCH',
    body: change,
  });
  void syncNow();
  return row;
}

/** Plain English for the reference screens; field errors are shown beside their fields. */
export function referenceErrorMessage(err: unknown): string {
  if (!(err instanceof ApiError)) return 'Something went wrong. Try again.';
  switch (err.code) {
    case 'network':
      return 'You are offline. Changing reference data needs a connection: try again when you are online.';
    case 'session_expired':
      return 'Your session has ended. Sign in again to change reference data.';
    case 'forbidden':
      return 'Only a system administrator can change reference data.';
    case 'not_found':
      return 'That item is not in the district’s lists. Go back to the list and try again.';
    case 'bad_request':
      return err.fields ? 'Check the highlighted fields.' : err.message;
    default:
      return 'The server could not do that just now. Try again in a few minutes.';
  }
}
