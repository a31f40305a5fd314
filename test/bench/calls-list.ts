/**
 * Figure 3: the calls list filtered by ward and status over a 50,000-call
 * device store. The store is seeded with bulk writes into the local store's
 * real schema (records checked against the shared call and action schemas,
 * with the repository's derived index fields). Timed: the repository query
 * `listCalls` with the page's own row limit, and the real calls list page
 * in jsdom until its rows are in the DOM; baseline: a bare Dexie scan of
 * the same compound index. Each run uses another ward, so no run is served
 * from a cache warmed by the one before.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { blindIndexOf, setActiveUser, type CsuDb } from '../../src/client/local-store/db';
import { listCalls } from '../../src/client/local-store/queries';
import type { LocalAction, LocalCall } from '../../src/client/local-store/types';
import { uuidv7 } from '../../src/domain/ids';
import { actionSchema, callSchema } from '../../src/domain/schemas/calls';
import type { BenchConfig } from './config';
import { installDom, timeCallsListRender } from './calls-list-render';
import { seeded, storedAction, storedCall, WARD_CODES } from './records';
import { figureRow, type FigureRow } from './report';
import { median, now, p95, round } from './stats';

const SEED_CHUNK = 5_000;
/** One call in five has an action, so the list's per-call figures have children to read. */
const ACTION_SHARE = 0.2;
const STATUS = 'open';

async function seed(
  db: CsuDb,
  count: number,
): Promise<{ calls: number; actions: number; ms: number }> {
  const rnd = seeded(3);
  await db.open();
  const index = blindIndexOf(db);
  const start = now();
  let actions = 0;
  for (let done = 0; done < count; done += SEED_CHUNK) {
    const calls: LocalCall[] = [];
    const acts: LocalAction[] = [];
    for (let i = done; i < Math.min(count, done + SEED_CHUNK); i++) {
      const call = storedCall(i, rnd, index);
      callSchema.parse(call);
      calls.push(call);
      if (rnd() < ACTION_SHARE)
        acts.push(actionSchema.parse(storedAction(call, rnd)) as LocalAction);
    }
    await db.transaction('rw', db.calls, db.actions, async () => {
      await db.calls.bulkPut(calls);
      await db.actions.bulkPut(acts);
    });
    actions += acts.length;
  }
  return { calls: await db.calls.count(), actions, ms: now() - start };
}

function rawScan(db: CsuDb, ward: string, limit: number) {
  return db.calls
    .where('[wardCode+status+receivedAt]')
    .between([ward, STATUS, Dexie.minKey], [ward, STATUS, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

export async function measure(config: BenchConfig): Promise<FigureRow[]> {
  // jsdom first: the page's modules (React) are loaded after it.
  await installDom();
  const { CALLS_PAGE_SIZE } = await import('../../src/client/features/calls/calls-list-page');
  const db = setActiveUser(uuidv7());
  const seeding = await seed(db, config.listCalls);
  const limit = CALLS_PAGE_SIZE + 1;
  const ward = (r: number) => WARD_CODES[r % WARD_CODES.length] as string;
  const timeQuery = async (w: string) => {
    const t = now();
    const rows = await listCalls(db, { wardCode: w, status: [STATUS], now: new Date() }, limit);
    return { ms: now() - t, rows: rows.length };
  };
  const timeRaw = async (w: string) => {
    const t = now();
    await rawScan(db, w, limit);
    return now() - t;
  };

  // Warm-up on wards the timed runs do not use first.
  for (let w = 0; w < 2; w++) {
    await timeQuery(ward(25 - w));
    await timeRaw(ward(25 - w));
  }
  const queries: number[] = [];
  const raws: number[] = [];
  const rowCounts: number[] = [];
  for (let r = 0; r < config.listRuns; r++) {
    const first = r % 2 === 0;
    if (!first) raws.push(await timeRaw(ward(r)));
    const q = await timeQuery(ward(r));
    queries.push(q.ms);
    rowCounts.push(q.rows);
    if (first) raws.push(await timeRaw(ward(r)));
  }

  const renders: number[] = [];
  const expected: number[] = [];
  let cold = 0;
  for (let r = -1; r < config.listRuns; r++) {
    const w = ward(r + 11);
    const matching = await db.calls
      .where('[wardCode+status+receivedAt]')
      .between([w, STATUS, Dexie.minKey], [w, STATUS, Dexie.maxKey])
      .count();
    const rows = Math.min(matching, CALLS_PAGE_SIZE);
    const ms = await timeCallsListRender(`/calls?status=${STATUS}&ward=${w}`, rows);
    if (r < 0) cold = ms;
    else {
      renders.push(ms);
      expected.push(rows);
    }
  }
  db.close();

  const baseline = {
    name: `bare Dexie scan of [wardCode+status+receivedAt], newest ${limit}`,
    median: median(raws),
    p95: p95(raws),
    unit: 'ms',
  };
  const size = `${seeding.calls.toLocaleString('en-GB')} calls`;
  const seedNote = `seeded ${size} and ${seeding.actions.toLocaleString('en-GB')} actions in ${round(seeding.ms / 1000, 1)} s (bulkPut, real schema)`;
  return [
    figureRow({
      id: '3a',
      name: `listCalls(ward, status=${STATUS}) over ${size}`,
      unit: 'ms',
      median: median(queries),
      p95: p95(queries),
      baseline,
      ratio: median(queries) / baseline.median,
      ratioMeaning: 'median listCalls ÷ median bare index scan',
      goal: { op: '<=', value: 100, of: 'median', unit: 'ms' },
      notes: [
        seedNote,
        `${config.listRuns} runs, one ward each; rows returned per run: ${[...new Set(rowCounts)].join(', ')} (limit ${limit}, the page's)`,
      ],
    }),
    figureRow({
      id: '3b',
      name: `Calls list page to rows in DOM (jsdom) over ${size}`,
      unit: 'ms',
      median: median(renders),
      p95: p95(renders),
      baseline,
      ratio: median(renders) / baseline.median,
      ratioMeaning: 'median render ÷ median bare index scan',
      goal: { op: '<=', value: 100, of: 'median', unit: 'ms' },
      notes: [
        `real callsRoutes in a memory router at /calls?status=${STATUS}&ward=…, from mount until the page's cards are in the DOM (${[...new Set(expected)].join(', ')} per run, page size ${CALLS_PAGE_SIZE}); ${config.listRuns} runs after one cold run (${round(cold)} ms)`,
        'jsdom and fake-indexeddb in Node: slower than a phone browser in layout-free work, with no paint',
      ],
    }),
  ];
}
