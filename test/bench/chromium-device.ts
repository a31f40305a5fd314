/**
 * Figures C1-C6: the device figures in real Chromium (Debian's, headless)
 * against the real server. The bench page (browser/, its own Vite entry
 * built into dist-bench/) is served by the bench server on the API's
 * origin, so the page signs in and syncs exactly as the app does. Each run
 * is a new browser with a fresh profile; every figure's baseline (bare
 * Dexie bulkPut, bare put, raw index cursor) runs in the same page and run,
 * interleaved with ours. Reported: the median over runs of each run's
 * figure, with the min-max of those runs.
 */
import type { CsuBench } from './browser/harness';
import {
  buildPage,
  CHROMIUM_PATH,
  harnessCall,
  OUT_DIR,
  startProfile,
  withBenchPage,
} from './bench-page';
import type { BenchConfig } from './config';
import { WARD_CODES } from './records';
import { figureRow, notMeasured, type FigureRow, type Goal } from './report';
import { BENCH_PASSWORD, startServer } from './server-client';
import { median, round } from './stats';

const LIST_LIMIT = 101;

/**
 * BENCH_BROWSER_PARTS=sync,list,search,save runs only those parts of each
 * run (a figure left out is reported as not measured), so one fix can be
 * checked beside its baseline without the whole figure.
 */
const PARTS = ['sync', 'list', 'search', 'save'] as const;
type Part = (typeof PARTS)[number];
function partsFrom(env: NodeJS.ProcessEnv): Set<Part> {
  const asked = env.BENCH_BROWSER_PARTS?.split(',').map((s) => s.trim());
  if (!asked?.length || asked.every((s) => !s)) return new Set(PARTS);
  const bad = asked.filter((s) => !(PARTS as readonly string[]).includes(s));
  if (bad.length) throw new Error(`BENCH_BROWSER_PARTS: unknown ${bad.join(', ')}`);
  return new Set(asked as Part[]);
}

interface RunResult {
  count: number;
  bulkPutRate?: number;
  syncRate?: number;
  syncStored?: number;
  screenRate?: number;
  screen?: { longTasks: number; longestTaskMs: number; longTaskMs: number; timerLateMs: number };
  seeded?: number;
  list?: number;
  listRaw?: number;
  render?: number;
  search?: number;
  searchGet?: number;
  searchRows?: number;
  save?: number;
  put?: number;
}

async function oneRun(
  origin: string,
  config: BenchConfig,
  run: number,
  parts: Set<Part>,
): Promise<RunResult> {
  return withBenchPage(origin, config, async (page) => {
    const call = harnessCall<CsuBench>(page, 'csuBench');
    const profile = await startProfile(page);
    await call('signIn', 'syncer', BENCH_PASSWORD);
    const { count } = await call('fetchWire');
    const out: RunResult = { count };
    // Alternate which goes first so both see the same warm-up and noise.
    const rate = (r: { count?: number; stored?: number; ms: number }) =>
      ((r.count ?? r.stored ?? 0) / r.ms) * 1000;
    if (parts.has('sync')) {
      const bulk: number[] = [];
      let sync: Awaited<ReturnType<CsuBench['firstSync']>>;
      if (run % 2 === 0) {
        bulk.push(rate(await call('bulkPut')));
        sync = await call('firstSync', false);
      } else {
        sync = await call('firstSync', false);
        bulk.push(rate(await call('bulkPut')));
      }
      const screen = await call('firstSync', true);
      bulk.push(rate(await call('bulkPut')));
      Object.assign(out, {
        bulkPutRate: median(bulk),
        syncRate: rate(sync),
        syncStored: sync.stored,
        screenRate: rate(screen),
        screen,
      });
    }
    if (parts.has('list') || parts.has('search') || parts.has('save')) {
      out.seeded = (await call('seedList', config.listCalls)).calls;
    }
    if (parts.has('list')) {
      const wards = Array.from(
        { length: config.listRuns },
        (_v, i) => WARD_CODES[(i + run) % WARD_CODES.length] as string,
      );
      const list = await call('listVsRaw', wards, LIST_LIMIT);
      const renders: number[] = [];
      for (const ward of wards.slice(0, 3)) renders.push(await call('listRender', ward, 100));
      Object.assign(out, {
        list: median(list.ours),
        listRaw: median(list.raw),
        render: median(renders),
      });
    }
    if (parts.has('search')) {
      // A name that matches a handful of calls, so the search cannot stop early on a full page.
      const search = await call('searchVsGet', 'resident 4242', LIST_LIMIT);
      Object.assign(out, { search: search.ms, searchGet: search.getMs, searchRows: search.rows });
    }
    if (parts.has('save')) {
      const saves = await call('saveVsPut', config.saves, config.saveWarmup);
      Object.assign(out, { save: median(saves.saves), put: median(saves.puts) });
    }
    await profile?.(`run-${run + 1}`);
    return out;
  });
}

const spread = (xs: number[], digits: number) =>
  `${round(Math.min(...xs), digits)}-${round(Math.max(...xs), digits)}`;

function row(
  id: string,
  name: string,
  unit: string,
  ours: number[],
  base: { name: string; values: number[] } | null,
  ratio: number[] | null,
  goal: Goal,
  notes: string[],
): FigureRow {
  const digits = unit === 'ms' ? 1 : 0;
  return figureRow({
    id,
    name,
    unit,
    median: median(ours),
    baseline: base ? { name: base.name, median: median(base.values), unit } : null,
    ...(ratio
      ? { ratio: median(ratio), ratioMeaning: 'median over runs of each run’s ratio' }
      : {}),
    goal,
    range: { min: Math.min(...ours), max: Math.max(...ours) },
    notes: [
      `runs: ours ${spread(ours, digits)} ${unit}` +
        (base ? `; baseline ${spread(base.values, digits)} ${unit}` : '') +
        (ratio ? `; ratio ${spread(ratio, 2)}` : ''),
      ...notes,
    ],
  });
}

const PART_OF: Record<string, Part> = {
  C1: 'sync',
  C2: 'sync',
  C3: 'save',
  C4: 'list',
  C5: 'list',
  C6: 'search',
};

export async function measure(config: BenchConfig): Promise<FigureRow[]> {
  const parts = partsFrom(process.env);
  const rows = await measureParts(config, parts);
  return rows.map((r) =>
    parts.has(PART_OF[r.id] as Part)
      ? r
      : notMeasured(r.id, r.name, 'left out by BENCH_BROWSER_PARTS', r.goal as Goal),
  );
}

async function measureParts(config: BenchConfig, parts: Set<Part>): Promise<FigureRow[]> {
  buildPage(config);
  const server = await startServer({
    db: config.db,
    users: [{ username: 'syncer', roles: ['field'] }],
    seedCalls: config.sync,
    staticDir: OUT_DIR,
  });
  const runs: RunResult[] = [];
  try {
    for (let r = 0; r < config.browserRuns; r++) {
      runs.push(await oneRun(server.origin, config, r, parts));
      console.log(`  Chromium run ${r + 1}/${config.browserRuns} done`);
    }
  } finally {
    await server.stop();
  }
  const all = <K extends keyof RunResult>(k: K) => runs.map((r) => r[k] as number);
  const ratio = (a: keyof RunResult, b: keyof RunResult) =>
    runs.map((r) => (r[a] as number) / (r[b] as number));
  const n = (x: number) => x.toLocaleString('en-GB');
  const first = runs[0] as RunResult;
  const size = `${n(first.seeded ?? 0)} calls`;
  const screen = runs.map(
    (r) => r.screen ?? { longTasks: 0, longestTaskMs: 0, longTaskMs: 0, timerLateMs: 0 },
  );
  const bulkBase = {
    name: 'bare Dexie bulkPut of the same records, same schema',
    values: all('bulkPutRate'),
  };
  const runsNote = `${runs.length} runs, each a new headless Chromium (${CHROMIUM_PATH}) with a fresh profile`;
  return [
    row(
      'C1',
      `First sync of ${n(first.count)} records, Chromium`,
      'records/s',
      all('syncRate'),
      bulkBase,
      ratio('syncRate', 'bulkPutRate'),
      { op: '>=', value: 0.7, of: 'ratio', unit: 'x' },
      [
        `${n(config.sync)} seeded calls plus reference data; stored ${runs.map((r) => n(r.syncStored ?? 0)).join(', ')}`,
        'one SyncEngine round into an empty database, no screen mounted',
        runsNote,
      ],
    ),
    row(
      'C2',
      `First sync with the calls list (/calls) on screen, Chromium`,
      'records/s',
      all('screenRate'),
      bulkBase,
      ratio('screenRate', 'bulkPutRate'),
      { op: '>=', value: 0.7, of: 'ratio', unit: 'x' },
      [
        `long tasks per sync: ${screen.map((s) => s.longTasks).join(', ')}; longest ${screen.map((s) => round(s.longestTaskMs)).join(', ')} ms; a 100 ms timer late by up to ${screen.map((s) => round(s.timerLateMs)).join(', ')} ms`,
        runsNote,
      ],
    ),
    row(
      'C3',
      `Save a call offline (logCall) on a ${size} store, Chromium`,
      'ms',
      all('save'),
      { name: 'bare Dexie put of the same stored call', values: all('put') },
      ratio('save', 'put'),
      { op: '<=', value: 1.5, of: 'ratio', unit: 'x' },
      [
        `per run: median of ${config.saves} saves and puts, interleaved after ${config.saveWarmup} warm-up rounds`,
        runsNote,
      ],
    ),
    row(
      'C4',
      `listCalls(ward, open) over ${size}, Chromium`,
      'ms',
      all('list'),
      {
        name: `raw [wardCode+status+receivedAt] cursor, newest ${LIST_LIMIT}`,
        values: all('listRaw'),
      },
      ratio('list', 'listRaw'),
      { op: '<=', value: 100, of: 'median', unit: 'ms' },
      [
        `per run: median of ${config.listRuns} wards, interleaved with the raw cursor; one call in five has an action`,
        runsNote,
      ],
    ),
    row(
      'C5',
      `Calls list page, ward + open, mount to its first page of rows, over ${size}, Chromium`,
      'ms',
      all('render'),
      {
        name: `raw [wardCode+status+receivedAt] cursor, newest ${LIST_LIMIT}`,
        values: all('listRaw'),
      },
      ratio('render', 'listRaw'),
      { op: '<=', value: 100, of: 'median', unit: 'ms' },
      ['per run: median of 3 wards; the real callsRoutes in a memory router', runsNote],
    ),
    row(
      'C6',
      `Free-text search ("resident 4242") over ${size}, Chromium`,
      'ms',
      all('search'),
      { name: 'bare Dexie bulkGet of the same rows by id', values: all('searchGet') },
      ratio('search', 'searchGet'),
      { op: '<=', value: 100, of: 'median', unit: 'ms' },
      [`rows found: ${runs.map((r) => r.searchRows).join(', ')}`, runsNote],
    ),
  ];
}
