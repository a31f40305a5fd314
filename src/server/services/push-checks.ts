/**
 * Checks a pushed mutation must pass before it is applied: who may create
 * or change a record (the access matrix plus the relations looked up from
 * stored records), user-entered dates not in the future, and patch bases
 * resolved to server seqs.
 */
import { canChange, canCreate, type RecordRelations } from '../../domain/access';
import type { Actor } from '../../domain/roles';
import type { BaseRef } from '../../domain/sync-protocol';
import { TABLES, type TableName } from '../../domain/tables';
import type { StorageTx, StoredRecord } from '../storage/types';

/** Relations the access matrix needs: the action's agency, the group's lead agency, the delivery assignee. */
export async function relationsFor(tx: StorageTx, record: StoredRecord): Promise<RecordRelations> {
  const d = record.data;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  switch (record.table) {
    case 'actions':
      return { actionAgencyId: str(d.agencyId) };
    case 'groups':
      return { groupLeadAgencyId: str(d.leadAgencyId) };
    case 'groupItems':
    case 'groupMeetings': {
      const group = record.parentId ? await tx.getRecord('groups', record.parentId) : undefined;
      return { groupLeadAgencyId: str(group?.data.leadAgencyId) };
    }
    case 'deliveryTasks':
      return { assigneeUserId: str(d.assigneeUserId), assigneeAgencyId: str(d.assigneeAgencyId) };
    default:
      return {};
  }
}

/** Tables changed only outside sync (the user directory is kept by the admin API). */
const NOT_SYNC_WRITABLE: ReadonlySet<TableName> = new Set(['users']);

export async function mayCreate(
  tx: StorageTx,
  actor: Actor,
  table: TableName,
  parent: StoredRecord | undefined,
): Promise<boolean> {
  if (NOT_SYNC_WRITABLE.has(table)) return false;
  return canCreate(
    actor,
    table,
    parent && { table: parent.table, rel: await relationsFor(tx, parent) },
  );
}

export async function mayChange(
  tx: StorageTx,
  actor: Actor,
  record: StoredRecord,
): Promise<boolean> {
  if (NOT_SYNC_WRITABLE.has(record.table)) return false;
  return canChange(actor, record.table, await relationsFor(tx, record));
}

export type BaseResolution =
  { ok: true; seq: number } | { ok: false; code: 'missing_base' | 'base_rejected' };

/** A base is a seq, or `m:<mutationId>`: that mutation's seq if this client's mutation was applied. */
export async function resolveBase(
  tx: StorageTx,
  ref: BaseRef | undefined,
  clientId: string,
): Promise<BaseResolution> {
  if (ref === undefined) return { ok: false, code: 'missing_base' };
  if (typeof ref === 'number') return { ok: true, seq: ref };
  const applied = await tx.getAppliedMutation(ref.slice(2));
  if (!applied || applied.clientId !== clientId) return { ok: false, code: 'missing_base' };
  if (applied.status === 'rejected' || applied.seq === null)
    return { ok: false, code: 'base_rejected' };
  return { ok: true, seq: applied.seq };
}

export function isAppendOnly(table: TableName): boolean {
  return TABLES[table].appendOnly;
}
