/**
 * The retention schedule as the admin sets it (kept in the server's meta
 * table: devices never need it) and the disposal review queue it produces:
 * records past their period, named by kind, reference and dates only, so an
 * admin who may not read casework sees no personal data while reviewing it.
 */
import { londonDate } from '../../domain/dates';
import {
  closureDate,
  DEFAULT_RETENTION,
  disposalDue,
  RETENTION_TABLES,
  retentionPeriodsSchema,
  type RetentionPeriods,
  type RetentionTable,
} from '../../domain/rules/retention';
import type { ServerDeps } from '../deps';
import type { StorageTx } from '../storage/types';
import { writeAudit } from './audit';

const META_KEY = 'retention.periods';

export interface DisposalCandidate {
  table: RetentionTable;
  id: string;
  /** A call's DT- reference; other kinds have none worth showing. */
  reference: string | null;
  closedOn: string;
  dueOn: string;
}

async function readPeriods(tx: StorageTx): Promise<RetentionPeriods> {
  const text = await tx.getMeta(META_KEY);
  if (!text) return DEFAULT_RETENTION;
  const parsed = retentionPeriodsSchema.safeParse({ ...DEFAULT_RETENTION, ...JSON.parse(text) });
  return parsed.success ? parsed.data : DEFAULT_RETENTION;
}

export function getRetentionPeriods(deps: ServerDeps): Promise<RetentionPeriods> {
  return deps.storage.transaction(readPeriods);
}

export async function setRetentionPeriods(
  deps: ServerDeps,
  periods: RetentionPeriods,
  by: { userId: string; deviceId: string | null },
): Promise<RetentionPeriods> {
  return deps.storage.transaction(async (tx) => {
    await tx.setMeta(META_KEY, JSON.stringify(periods));
    await writeAudit(tx, deps.clock.now(), { ...by, action: 'admin.retention.update' });
    return periods;
  });
}

/** Every live record whose period has run out by today (Europe/London), oldest due first. */
export async function disposalQueue(deps: ServerDeps): Promise<DisposalCandidate[]> {
  const today = londonDate(deps.clock.now());
  return deps.storage.transaction(async (tx) => {
    const periods = await readPeriods(tx);
    const due: DisposalCandidate[] = [];
    for (const table of RETENTION_TABLES)
      for (const r of await tx.listRecords(table)) {
        if (r.deleted) continue;
        const dueOn = disposalDue(table, r.data, periods);
        if (!dueOn || dueOn > today) continue;
        const reference = typeof r.data.reference === 'string' ? r.data.reference : null;
        due.push({ table, id: r.id, reference, closedOn: closureDate(table, r.data)!, dueOn });
      }
    return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
  });
}
