/**
 * Figure 5: a device's first sync of 20,000 records. The server (its own
 * process) is seeded with calls; the client's real SyncEngine runs one
 * round (push nothing, then pull every page, each applied in one Dexie
 * transaction with its cursor) into an empty per-user database on
 * fake-indexeddb, over fetch to 127.0.0.1. Baseline: a bare Dexie bulkPut
 * of the same records (fetched beforehand, derived index fields added)
 * into the same schema, in one transaction, before and after the pull.
 */
import 'fake-indexeddb/auto';
import { blindIndexOf, openUserDb, type CsuDb } from '../../src/client/local-store/db';
import { withDerived } from '../../src/client/local-store/derived';
import { SyncEngine } from '../../src/client/sync/sync-engine';
import type { SyncStatusState } from '../../src/client/sync/sync-status-store';
import { apiJson } from '../../src/client/sync/transport';
import { uuidv7 } from '../../src/domain/ids';
import { PULL_MAX_LIMIT, type PullResponse } from '../../src/domain/sync-protocol';
import { TABLE_NAMES, type TableName } from '../../src/domain/tables';
import type { BenchConfig } from './config';
import { figureRow, type FigureRow } from './report';
import { signIn, startServer, type DeviceTransport } from './server-client';
import { median, now, round } from './stats';

type Row = Record<string, unknown> & { id: string };

/** Every record the user may read, by table, straight off the wire. */
async function fetchAll(
  transport: DeviceTransport,
): Promise<{ byTable: Map<TableName, Row[]>; ms: number }> {
  const byTable = new Map<TableName, Row[]>();
  let cursor: string | undefined;
  const start = now();
  for (;;) {
    const q = new URLSearchParams({ limit: String(PULL_MAX_LIMIT), ...(cursor ? { cursor } : {}) });
    const page = await apiJson<PullResponse>(transport.send, `/api/sync/pull?${q.toString()}`);
    for (const c of page.changes)
      if (c.op === 'upsert' && c.record) {
        const table = c.table as TableName;
        byTable.set(table, [...(byTable.get(table) ?? []), { ...c.record, id: c.id }]);
      }
    cursor = page.cursor;
    if (!page.hasMore) return { byTable, ms: now() - start };
  }
}

async function bulkPutRate(byTable: Map<TableName, Row[]>): Promise<number> {
  const db = openUserDb(uuidv7());
  await db.open();
  const index = blindIndexOf(db);
  const rows = [...byTable].map(
    ([t, rs]) =>
      [t, rs.map((r) => withDerived(t, { ...r, _sync: { state: 'sent' } }, index))] as const,
  );
  const count = rows.reduce((n, [, rs]) => n + rs.length, 0);
  const start = now();
  await db.transaction('rw', [...byTable.keys()], async () => {
    for (const [table, rs] of rows) await db.recordTable(table).bulkPut(rs);
  });
  const ms = now() - start;
  await db.delete();
  return (count / ms) * 1000;
}

async function countRecords(db: CsuDb): Promise<number> {
  let n = 0;
  for (const t of TABLE_NAMES) n += await db.recordTable(t).count();
  return n;
}

export async function measure(config: BenchConfig): Promise<FigureRow[]> {
  const server = await startServer({
    db: config.db,
    users: [{ username: 'syncer', roles: ['field'] }],
    seedCalls: config.sync,
  });
  try {
    const fetcher = await signIn(server.origin, 'syncer');
    const wire = await fetchAll(fetcher.transport);
    const expected = [...wire.byTable.values()].reduce((n, rs) => n + rs.length, 0);
    const before = await bulkPutRate(wire.byTable);

    const { transport, login } = await signIn(server.origin, 'syncer');
    const db = openUserDb(login.user.id);
    const status: Partial<SyncStatusState> = {};
    const engine = new SyncEngine({
      db,
      transport: transport.send,
      getUser: () => login.user,
      status: { update: (patch) => Object.assign(status, patch) },
    });
    const start = now();
    const outcome = await engine.runRound();
    const seconds = (now() - start) / 1000;
    const stored = await countRecords(db);
    db.close();
    if (outcome.kind !== 'ok')
      throw new Error(`the sync round ended with ${outcome.kind}: ${status.lastError ?? ''}`);

    const after = await bulkPutRate(wire.byTable);
    const rate = stored / seconds;
    const raw = median([before, after]);
    return [
      figureRow({
        id: '5',
        name: `First sync of ${expected.toLocaleString('en-GB')} records (SyncEngine round)`,
        unit: 'records/s',
        median: rate,
        baseline: {
          name: 'bare Dexie bulkPut of the same records into the same schema, one transaction',
          median: raw,
          unit: 'records/s',
        },
        ratio: rate / raw,
        ratioMeaning: 'engine records/s ÷ bulkPut records/s',
        goal: { op: '>=', value: 0.7, of: 'ratio', unit: 'x' },
        notes: [
          `${config.sync.toLocaleString('en-GB')} seeded calls plus reference data; the device stored ${stored.toLocaleString('en-GB')} of ${expected.toLocaleString('en-GB')} in ${round(seconds, 1)} s (${Math.round(rate)} records/s)`,
          `bulkPut before and after the pull: ${Math.round(before)} and ${Math.round(after)} records/s`,
          `the same records fetched page by page (limit ${PULL_MAX_LIMIT}) without storing them: ${round(wire.ms / 1000, 1)} s`,
          'engine defaults (pull page size as the app uses it); fake-indexeddb in Node',
        ],
      }),
    ];
  } finally {
    await server.stop();
  }
}
