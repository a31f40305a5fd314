/**
 * How many records name a reference item, for the admin's preview of a
 * change: calls by ward, category or closing code (open and closed), an
 * agency's open actions and active users. Counted with the storage's
 * grouped counts, so 50,000 calls are never loaded.
 */
import {
  NO_USAGE,
  type AdminReferenceTable,
  type ReferenceUsage,
} from '../../domain/reference-admin-schemas';
import type { GroupCount, StorageTx } from '../storage/types';

function callsWhere(counts: GroupCount[], matches: (value: string | null) => boolean) {
  let openCalls = 0;
  let closedCalls = 0;
  for (const { values, count } of counts) {
    const field = Object.entries(values).find(([k]) => k !== 'status')?.[1] ?? null;
    if (!matches(field)) continue;
    if (values.status === 'closed') closedCalls += count;
    else openCalls += count;
  }
  return { ...NO_USAGE, openCalls, closedCalls };
}

const listed = (id: string) => (json: string | null) => {
  try {
    const list: unknown = json ? JSON.parse(json) : [];
    return Array.isArray(list) && list.includes(id);
  } catch (_err) {
    return false;
  }
};

export async function referenceUsage(
  tx: StorageTx,
  table: AdminReferenceTable,
  id: string,
): Promise<ReferenceUsage> {
  switch (table) {
    case 'wards':
      return callsWhere(
        await tx.countRecordsByFields('calls', ['location.wardCode', 'status']),
        (v) => v === id,
      );
    case 'categories':
      return callsWhere(
        await tx.countRecordsByFields('calls', ['categoryIds', 'status']),
        listed(id),
      );
    case 'closingCodes':
      return callsWhere(
        await tx.countRecordsByFields('calls', ['policeClosingCode', 'status']),
        (v) => v === id,
      );
    case 'agencies': {
      const actions = await tx.countRecordsByFields('actions', ['agencyId', 'status']);
      const openActions = actions
        .filter((a) => a.values.agencyId === id && a.values.status === 'open')
        .reduce((n, a) => n + a.count, 0);
      const users = await tx.listUsers();
      const activeUsers = users.filter((u) => u.active && u.agencyId === id).length;
      return { ...NO_USAGE, openActions, activeUsers };
    }
    default:
      return NO_USAGE;
  }
}
