/**
 * Figure 4: pushing 10,000 create mutations to the real server over
 * loopback HTTP in batches of 100, through the client's own transport
 * (`apiJson`), against a raw better-sqlite3 baseline: a prepared INSERT of
 * the same JSON rows into a plain table, in transactions of 100. A second
 * row drains a real device outbox (filled by `logCall`) with the sync
 * engine's `pushAll`: the whole device-to-server path.
 */
import 'fake-indexeddb/auto';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { logCall } from '../../src/client/local-store/calls-repo';
import { openUserDb } from '../../src/client/local-store/db';
import { countPending } from '../../src/client/local-store/outbox-send';
import { pushAll } from '../../src/client/sync/push';
import { tableAccess } from '../../src/client/sync/table-access';
import { apiJson } from '../../src/client/sync/transport';
import { SCHEMA_VERSION, type Mutation, type PushResponse } from '../../src/domain/sync-protocol';
import type { BenchConfig } from './config';
import { callCreateBatches, logCallInput } from './records';
import { figureRow, type FigureRow } from './report';
import { startPgServers } from './pg-servers';
import { pgBatchedInsertRate } from './pg-raw-insert';
import { signIn, startServer, type Backends } from './server-client';
import { median, now, percentile, round } from './stats';

const BASELINE_RUNS = 3;

/** Rows inserted per second by a prepared statement, `batch` rows per transaction. */
function rawInsertRate(batches: Mutation[][], kind: BenchConfig['db']): number {
  const dir = kind === 'file' ? mkdtempSync(join(os.tmpdir(), 'csu-bench-raw-')) : null;
  const db = new Database(dir ? join(dir, 'raw.sqlite') : ':memory:');
  try {
    // The same journal settings as the server's storage, so only the work differs.
    if (dir) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE records (id TEXT PRIMARY KEY, tbl TEXT NOT NULL, data TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO records (id, tbl, data) VALUES (?, ?, ?)');
    const insertBatch = db.transaction((rows: Mutation[]) => {
      for (const m of rows) insert.run(m.recordId, m.table, JSON.stringify(m.payload));
    });
    const start = now();
    for (const b of batches) insertBatch(b);
    const ms = now() - start;
    return (batches.reduce((n, b) => n + b.length, 0) / ms) * 1000;
  } finally {
    db.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function httpPush(config: BenchConfig, origin: string | Backends) {
  const { transport } = await signIn(origin, 'pusher');
  const clientId = 'bench-pusher-client';
  const push = (mutations: Mutation[]) =>
    apiJson<PushResponse>(transport.send, '/api/sync/push', {
      method: 'POST',
      body: { clientId, schemaVersion: SCHEMA_VERSION, mutations },
    });
  // Warm-up on other records: JIT, prepared statements, the client binding.
  for (const batch of callCreateBatches(5 * config.pushBatch, config.pushBatch, 99))
    await push(batch);

  const batches = callCreateBatches(config.push, config.pushBatch, 4);
  const latencies: number[] = [];
  let notApplied = 0;
  const start = now();
  for (const batch of batches) {
    const t = now();
    const { results } = await push(batch);
    latencies.push(now() - t);
    notApplied += results.filter((r) => r.status !== 'applied').length;
  }
  const seconds = (now() - start) / 1000;
  return { batches, rate: config.push / seconds, seconds, latencies, notApplied };
}

async function enginePush(config: BenchConfig, origin: string) {
  const { transport, login } = await signIn(origin, 'engine-pusher');
  const db = openUserDb(login.user.id);
  for (let i = 0; i < config.pushEngine; i++) await logCall(db, logCallInput(i));
  const queued = await countPending(db);
  const start = now();
  const summary = await pushAll(db, transport.send, tableAccess(login.user).canReadTable);
  const seconds = (now() - start) / 1000;
  const left = await countPending(db);
  db.close();
  return { queued, seconds, rate: queued / seconds, summary, left };
}

export async function measure(config: BenchConfig): Promise<FigureRow[]> {
  const server = await startServer({
    db: config.db,
    users: [
      { username: 'pusher', roles: ['chair'] },
      { username: 'engine-pusher', roles: ['chair'] },
    ],
  });
  try {
    const http = await httpPush(config, server.origin);
    const rawRates = Array.from({ length: BASELINE_RUNS }, () =>
      rawInsertRate(http.batches, config.db),
    );
    const raw = median(rawRates);
    const engine = config.pushEngine > 0 ? await enginePush(config, server.origin) : null;
    const latencyNote =
      `per-batch round trip: median ${round(median(http.latencies))} ms, p95 ${round(percentile(http.latencies, 95))} ms; ` +
      `${config.push.toLocaleString('en-GB')} mutations in ${round(http.seconds)} s; not applied: ${http.notApplied}`;
    const common = {
      unit: 'mutations/s',
      median: http.rate,
      notes: [
        latencyNote,
        `server SQLite: ${config.db === 'file' ? 'temp file (WAL)' : 'in memory'}, separate process`,
      ],
    };
    const rows = [
      figureRow({
        ...common,
        id: '4a',
        name: `Push ${config.push.toLocaleString('en-GB')} creates over HTTP, batches of ${config.pushBatch}`,
        goal: { op: '>=', value: 2000, of: 'median', unit: 'mutations/s' },
      }),
      figureRow({
        ...common,
        id: '4b',
        name: 'Push rate vs raw better-sqlite3 insert',
        baseline: {
          name: `prepared INSERT of the same JSON rows, transactions of ${config.pushBatch} (median of ${BASELINE_RUNS})`,
          median: raw,
          unit: 'rows/s',
        },
        ratio: http.rate / raw,
        ratioMeaning: 'server push mutations/s ÷ raw insert rows/s',
        goal: { op: '>=', value: 0.5, of: 'ratio', unit: 'x' },
        notes: [`raw insert runs: ${rawRates.map((r) => Math.round(r)).join(', ')} rows/s`],
      }),
    ];
    if (engine)
      rows.push(
        figureRow({
          id: '4c',
          name: `Device outbox → server via pushAll (${engine.queued.toLocaleString('en-GB')} queued)`,
          unit: 'mutations/s',
          median: engine.rate,
          goal: { op: '>=', value: 2000, of: 'median', unit: 'mutations/s' },
          notes: [
            `outbox filled by logCall on fake-indexeddb; pushAll sent ${engine.summary.sent}, applied ${engine.summary.applied}, rejected ${engine.summary.rejected}, left pending ${engine.left}, in ${round(engine.seconds)} s`,
            'includes the device side: batching from the outbox and applying each result in IndexedDB (fake-indexeddb in Node, slower than a browser)',
          ],
        }),
      );
    return rows;
  } finally {
    await server.stop();
  }
}

/** Figure 4 on PostgreSQL: the same push, one server process, against a raw batched INSERT on the same database. */
export async function measurePg(config: BenchConfig): Promise<FigureRow[]> {
  const group = await startPgServers([{ username: 'pusher', roles: ['chair'] }], 1);
  try {
    const http = await httpPush(config, group.origin);
    const rawRates: number[] = [];
    for (let i = 0; i < BASELINE_RUNS; i++)
      rawRates.push(await pgBatchedInsertRate(group.databaseUrl, http.batches));
    const raw = median(rawRates);
    const notes = [
      `per-batch round trip: median ${round(median(http.latencies))} ms, p95 ${round(percentile(http.latencies, 95))} ms; ` +
        `${config.push.toLocaleString('en-GB')} mutations in ${round(http.seconds)} s; not applied: ${http.notApplied}`,
      'server on PostgreSQL (pg pool), separate process; local cluster on loopback',
    ];
    return [
      figureRow({
        id: '4d',
        name: `Push ${config.push.toLocaleString('en-GB')} creates over HTTP, PostgreSQL`,
        unit: 'mutations/s',
        median: http.rate,
        goal: { op: '>=', value: 2000, of: 'median', unit: 'mutations/s' },
        notes,
      }),
      figureRow({
        id: '4e',
        name: 'Push rate vs raw batched INSERT, same PostgreSQL database',
        unit: 'mutations/s',
        median: http.rate,
        baseline: {
          name: `one multi-row INSERT of the same JSON rows per ${config.pushBatch}, each in its own transaction (median of ${BASELINE_RUNS})`,
          median: raw,
          unit: 'rows/s',
        },
        ratio: http.rate / raw,
        ratioMeaning: 'server push mutations/s ÷ raw insert rows/s',
        goal: { op: '>=', value: 0.5, of: 'ratio', unit: 'x' },
        notes: [
          ...notes,
          `raw insert runs: ${rawRates.map((r) => Math.round(r)).join(', ')} rows/s`,
        ],
      }),
    ];
  } finally {
    await group.stop();
  }
}
