/**
 * Read side of the monitoring report: the records on this device that the
 * report's one function reads (domain/rules/monitoring-facts.ts). A table
 * the user may not read is left out, so its section shows as not available
 * rather than as zero.
 */
import { canRead } from '../../domain/access';
import type { MonitoringRecords } from '../../domain/rules/monitoring-facts';
import type { Actor } from '../../domain/roles';
import type { Action, Call, ResidentUpdate } from '../../domain/schemas/calls';
import type { Enforcement } from '../../domain/schemas/enforcement';
import type { Group, GroupMeeting } from '../../domain/schemas/groups';
import type { TableName } from '../../domain/tables';
import type { CsuDb } from './db';
import { listReferrals } from './marac-queries';

export async function monitoringRecords(db: CsuDb, actor: Actor): Promise<MonitoringRecords> {
  const all = async <T>(table: TableName) =>
    (await db.recordTable(table).toArray()) as unknown as T[];
  const none = Promise.resolve(undefined);
  // Read side by side: IndexedDB serves read-only transactions on different stores at once.
  const [calls, actions, residentUpdates, groups, meetings, enforcements, maracReferrals] =
    await Promise.all([
      canRead(actor, 'calls') ? all<Call>('calls') : none,
      canRead(actor, 'calls') ? all<Action>('actions') : none,
      canRead(actor, 'calls') ? all<ResidentUpdate>('residentUpdates') : none,
      canRead(actor, 'groups') ? all<Group>('groups') : none,
      canRead(actor, 'groups') ? all<GroupMeeting>('groupMeetings') : none,
      canRead(actor, 'enforcements') ? all<Enforcement>('enforcements') : none,
      canRead(actor, 'maracReferrals') ? listReferrals(db) : none,
    ]);
  const out: MonitoringRecords = {};
  if (calls && actions && residentUpdates) out.calls = { calls, actions, residentUpdates };
  if (groups && meetings) out.groups = { groups, meetings };
  if (enforcements) out.enforcements = enforcements;
  if (maracReferrals) out.maracReferrals = maracReferrals;
  return out;
}
