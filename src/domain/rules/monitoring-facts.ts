/**
 * What the monitoring report reads of each record, and how whole records
 * (on a device) become those facts. The server reads the same fields
 * straight from storage (MONITORING_FIELDS), so both feed the one
 * monitoringReport function the same shape.
 */
import type { Action, Call, ResidentUpdate } from '../schemas/calls';
import type { Enforcement } from '../schemas/enforcement';
import type { Group, GroupMeeting } from '../schemas/groups';
import type { MaracReferral } from '../schemas/marac';
import { KPI_FIELDS, type KpiFact } from './marac-kpis';
import type { MonitoringCall, MonitoringInput } from './monitoring-report';

/** The fields (dotted into nested objects) the report reads, per table. */
export const MONITORING_FIELDS = {
  calls: [
    'id',
    'receivedAt',
    'location.wardCode',
    'categoryIds',
    'reporter.anonymous',
    'status',
    'closure.closedAt',
  ],
  actions: ['callId', 'agencyId', 'status', 'dueDate', 'createdAt', 'completedAt', 'cancelledAt'],
  residentUpdates: ['callId', 'at', 'createdAt'],
  groups: ['id', 'title'],
  groupMeetings: ['groupId', 'date'],
  enforcements: ['stepId', 'status', 'issuedDate'],
  maracReferrals: KPI_FIELDS,
} as const;

export function callFact(c: Call): MonitoringCall {
  return {
    id: c.id,
    receivedAt: c.receivedAt,
    wardCode: c.location.wardCode,
    categoryIds: c.categoryIds,
    anonymous: c.reporter.anonymous,
    status: c.status,
    closedAt: c.closure?.closedAt ?? null,
  };
}

const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]) =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Pick<T, K>;

export interface MonitoringRecords {
  calls?: { calls: Call[]; actions: Action[]; residentUpdates: ResidentUpdate[] };
  groups?: { groups: Group[]; meetings: GroupMeeting[] };
  enforcements?: Enforcement[];
  maracReferrals?: MaracReferral[];
  names?: MonitoringInput['names'];
}

/** Whole records as the report's input: a missing part stays missing (out of scope). */
export function monitoringInputFrom(r: MonitoringRecords): MonitoringInput {
  return {
    calls: r.calls && {
      calls: r.calls.calls.map(callFact),
      actions: r.calls.actions,
      residentUpdates: r.calls.residentUpdates,
    },
    groups: r.groups && {
      groups: r.groups.groups.map((g) => ({ id: g.id, title: g.title })),
      meetings: r.groups.meetings.map((m) => ({ groupId: m.groupId, date: m.date })),
    },
    enforcements: r.enforcements?.map((e) => pick(e, ['stepId', 'status', 'issuedDate'])),
    marac: r.maracReferrals?.map((m): KpiFact => pick(m, KPI_FIELDS)),
    names: r.names,
  };
}
