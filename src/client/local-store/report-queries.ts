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
  const out: MonitoringRecords = {};
  if (canRead(actor, 'calls'))
    out.calls = {
      calls: await all<Call>('calls'),
      actions: await all<Action>('actions'),
      residentUpdates: await all<ResidentUpdate>('residentUpdates'),
    };
  if (canRead(actor, 'groups'))
    out.groups = {
      groups: await all<Group>('groups'),
      meetings: await all<GroupMeeting>('groupMeetings'),
    };
  if (canRead(actor, 'enforcements')) out.enforcements = await all<Enforcement>('enforcements');
  if (canRead(actor, 'maracReferrals')) out.maracReferrals = await listReferrals(db);
  return out;
}
