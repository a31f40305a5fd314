/**
 * What the signed-in user's roles let this device keep, mirrored from the
 * server's matrix (src/domain/access.ts). The server still decides; this only
 * says which local rows a scope reset keeps and when a push answer means
 * "receipt only". Relation grants (a delivery task's assignee) count as
 * readable here, because the device cannot tell without the record and the
 * server re-sends exactly what the user may read after a reset.
 */
import { ACCESS_MATRIX, canCreate, grants } from '../../domain/access';
import { actorOf } from '../../domain/roles';
import type { SessionUser } from '../../domain/sync-protocol';
import { TABLES, type TableName } from '../../domain/tables';

export interface TableAccess {
  canReadTable: (table: TableName) => boolean;
  canCreateTable: (table: TableName) => boolean;
}

export function tableAccess(user: SessionUser): TableAccess {
  const actor = actorOf(user);
  return {
    canReadTable: (table) => {
      const read = ACCESS_MATRIX[TABLES[table].scope].read;
      return (
        grants(actor, { roles: read.roles }) ||
        (read.also ?? []).some((r) => r === 'anyone' || r === 'assignee')
      );
    },
    canCreateTable: (table) => canCreate(actor, table),
  };
}
