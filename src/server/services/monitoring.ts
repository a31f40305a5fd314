/**
 * The monitoring report over the reader's scope (issue 14): storage groups
 * each table by only the fields the figures read (MONITORING_FIELDS; no
 * summaries, names or addresses leave the database) and the one domain
 * function does the arithmetic, exactly as on a device. A section whose
 * table the reader does not read whole is left out; MARAC figures are
 * counts for everyone, as `GET /api/reports/marac` gives them.
 */
import { readsWholeTable } from '../../domain/access';
import type { Period } from '../../domain/rules/marac-kpis';
import { MONITORING_FIELDS } from '../../domain/rules/monitoring-facts';
import {
  monitoringReport,
  type MonitoringAction,
  type MonitoringCall,
  type MonitoringInput,
  type MonitoringIssue,
  type MonitoringUpdate,
} from '../../domain/rules/monitoring-report';
import {
  publishMonitoring,
  type PublishedMonitoringReport,
} from '../../domain/rules/monitoring-publication';
import type { Actor } from '../../domain/roles';
import type { TableName } from '../../domain/tables';
import type { ServerDeps } from '../deps';
import type { GroupCount, StorageTx } from '../storage/types';
import { maracFacts } from './reports';

type Values = Record<string, string | null>;
/** A grouped row's values, each group repeated `count` times (identical facts). */
async function rowsOf(tx: StorageTx, table: TableName, fields: readonly string[]) {
  const groups: GroupCount[] = await tx.countRecordsByFields(table, fields);
  return groups.flatMap((g) => Array.from({ length: g.count }, () => g.values));
}
const text = (v: string | null | undefined) => v ?? undefined;
// Booleans read as "1" on SQLite and "true" on PostgreSQL (storage types.ts).
const bool = (v: string | null | undefined) => v === '1' || v === 'true';
function list(v: string | null | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(v ?? '[]');
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

const toCall = (v: Values): MonitoringCall => ({
  id: v.id ?? '',
  receivedAt: v.receivedAt ?? '',
  wardCode: v['location.wardCode'] ?? '',
  categoryIds: list(v.categoryIds),
  anonymous: bool(v['reporter.anonymous']),
  status: (v.status ?? 'new') as MonitoringCall['status'],
  closedAt: v['closure.closedAt'],
});
const toAction = (v: Values) =>
  Object.fromEntries(
    Object.entries(v).filter(([, x]) => x !== null),
  ) as unknown as MonitoringAction;

async function names(tx: StorageTx, table: TableName, key: string) {
  const rows = await tx.countRecordsByFields(table, [key, 'name']);
  return new Map(rows.map((r) => [r.values[key] ?? '', r.values.name ?? '']));
}

export async function monitoringInput(tx: StorageTx, actor: Actor): Promise<MonitoringInput> {
  const F = MONITORING_FIELDS;
  const input: MonitoringInput = {
    marac: await maracFacts(tx),
    names: {
      wards: await names(tx, 'wards', 'code'),
      categories: await names(tx, 'categories', 'id'),
      agencies: await names(tx, 'agencies', 'id'),
    },
  };
  if (readsWholeTable(actor, 'calls'))
    input.calls = {
      calls: (await rowsOf(tx, 'calls', F.calls)).map(toCall),
      actions: (await rowsOf(tx, 'actions', F.actions)).map(toAction),
      residentUpdates: (await rowsOf(tx, 'residentUpdates', F.residentUpdates)).map(
        (v): MonitoringUpdate => ({
          callId: v.callId ?? '',
          at: v.at ?? '',
          createdAt: text(v.createdAt),
        }),
      ),
    };
  if (readsWholeTable(actor, 'groups'))
    input.groups = {
      groups: (await rowsOf(tx, 'groups', F.groups)).map((v) => ({
        id: v.id ?? '',
        title: v.title ?? '',
      })),
      meetings: (await rowsOf(tx, 'groupMeetings', F.groupMeetings)).map((v) => ({
        groupId: v.groupId ?? '',
        date: v.date ?? '',
      })),
    };
  if (readsWholeTable(actor, 'enforcements'))
    input.enforcements = (await tx.countRecordsByFields('enforcements', F.enforcements)).map(
      (g): MonitoringIssue => ({
        stepId: g.values.stepId ?? '',
        status: (g.values.status ?? 'draft') as MonitoringIssue['status'],
        issuedDate: g.values.issuedDate ?? '',
        count: g.count,
      }),
    );
  return input;
}

export async function monitoringReportFor(
  deps: ServerDeps,
  actor: Actor,
  period: Period,
  publication: boolean,
): Promise<PublishedMonitoringReport> {
  const input = await deps.storage.transaction((tx) => monitoringInput(tx, actor), {
    concurrent: true,
  });
  return publishMonitoring(monitoringReport(input, period, deps.clock.now()), publication);
}
