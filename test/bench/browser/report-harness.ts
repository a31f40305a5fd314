/**
 * Figure R1 in Chromium: the monitoring report over 50,000 calls computed
 * on the device as the report screen does it (read the records from
 * IndexedDB, then the one domain function). Driven from ../report-device.ts
 * through `window.csuReportBench`.
 */
import { openUserDb } from '../../../src/client/local-store/db';
import { monitoringRecords } from '../../../src/client/local-store/report-queries';
import { addDays } from '../../../src/domain/dates';
import { uuidv7 } from '../../../src/domain/ids';
import { SEVENOAKS_WARDS } from '../../../src/domain/reference/wards';
import { monitoringInputFrom } from '../../../src/domain/rules/monitoring-facts';
import { publishMonitoring } from '../../../src/domain/rules/monitoring-publication';
import { monitoringReport } from '../../../src/domain/rules/monitoring-report';

const db = openUserDb(uuidv7());
const CATEGORIES = ['noise', 'rowdy', 'neighbour', 'fly-tipping', 'drugs'];
const chair = {
  userId: 'bench',
  name: 'Bench chair',
  agencyId: 'sdc-csu',
  roles: ['chair' as const],
  wards: [],
};

/** `calls` calls over four financial years, each with one action and, if named, one update. */
async function seed(calls: number): Promise<void> {
  const rows: Record<string, unknown>[] = [];
  const actions: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];
  for (let i = 0; i < calls; i++) {
    const id = uuidv7();
    const day = addDays('2022-04-01', i % 1460);
    const anonymous = i % 7 === 0;
    const closed = i % 3 !== 0;
    rows.push({
      id,
      receivedAt: `${day}T10:00:00.000Z`,
      incidentDate: day,
      sourceAgencyId: 'kent-police',
      reporter: anonymous
        ? { anonymous }
        : { anonymous, name: 'R', contact: 'c', updateMethod: 'phone' },
      location: {
        locationId: uuidv7(),
        address: 'High Street',
        wardCode: SEVENOAKS_WARDS[i % 26]!.code,
      },
      people: [],
      categoryIds: [CATEGORIES[i % 5]!, ...(i % 4 === 0 ? ['graffiti'] : [])],
      riskLevel: 'standard',
      vulnerabilityFlags: [],
      summary: 'Bench call',
      status: closed ? 'closed' : 'open',
      closure: closed
        ? { reason: 'Done', closedAt: `${addDays(day, 10)}T10:00:00.000Z`, closedBy: 'u' }
        : null,
    });
    actions.push({
      id: uuidv7(),
      callId: id,
      text: 'Visit',
      agencyId: i % 2 ? 'kent-police' : 'wkha',
      dueDate: addDays(day, 5),
      status: closed ? 'done' : 'open',
      createdAt: `${day}T11:00:00.000Z`,
      completedAt: closed ? `${addDays(day, 4)}T11:00:00.000Z` : undefined,
    });
    if (!anonymous)
      updates.push({
        id: uuidv7(),
        callId: id,
        at: `${addDays(day, 6)}T11:00:00.000Z`,
        method: 'phone',
        summary: 'Told',
      });
  }
  await db.recordTable('calls').bulkPut(rows as never[]);
  await db.recordTable('actions').bulkPut(actions as never[]);
  await db.recordTable('residentUpdates').bulkPut(updates as never[]);
}

/** Where one report's time went: the IndexedDB read, whole records to facts, the figures. */
export interface ReportSplit {
  read: number;
  facts: number;
  figures: number;
}

/** Each run: read the records and compute the financial year's report, as the screen does. */
async function report(
  runs: number,
): Promise<{ ms: number[]; split: ReportSplit[]; total: number }> {
  const ms: number[] = [];
  const split: ReportSplit[] = [];
  let total = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const records = await monitoringRecords(db, chair);
    const read = performance.now();
    const input = monitoringInputFrom(records);
    const facts = performance.now();
    const result = publishMonitoring(
      monitoringReport(input, { from: '2025-04-01', to: '2026-03-31' }, new Date()),
      false,
    );
    const end = performance.now();
    ms.push(end - t);
    split.push({ read: read - t, facts: facts - read, figures: end - facts });
    total = Number(result.calls?.total ?? 0);
  }
  return { ms, split, total };
}

const reportBench = { seed, report };
export type CsuReportBench = typeof reportBench;
(window as unknown as { csuReportBench: CsuReportBench }).csuReportBench = reportBench;
