/**
 * `npm run bench`: measures the performance figures and writes
 * bench-report.json and bench-report.md at the repository root. Each
 * figure runs in a child process of its own (worker.ts) with a time limit;
 * a figure that cannot be measured (a failure, a missing piece, a time-out)
 * is reported as "not measured: <why>" and the rest still run. Goals are
 * reported, never asserted: the exit code is 0 unless the bench itself
 * breaks. Sizes come from the environment (config.ts; BENCH_QUICK=1 for a
 * smoke run).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig } from './config';
import {
  machineInfo,
  notMeasured,
  textTable,
  writeReport,
  type FigureRow,
  type Goal,
} from './report';
import { now, round } from './stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

const lessThan = (value: number, unit: string, of: Goal['of'] = 'median'): Goal => ({
  op: '<=',
  value,
  of,
  unit,
});
const atLeast = (value: number, unit: string, of: Goal['of'] = 'median'): Goal => ({
  op: '>=',
  value,
  of,
  unit,
});

/** Each figure, and the rows it reports (used when it cannot be measured). */
const FIGURES: {
  id: string;
  /** fake-indexeddb/jsdom figures: reported in the secondary table. */
  secondary?: boolean;
  /** Time limit as a multiple of the figure time-out (the Chromium figure runs three browsers). */
  timeouts?: number;
  rows: { id: string; name: string; goal: Goal }[];
}[] = [
  {
    id: 'browser',
    timeouts: 4,
    rows: [
      { id: 'C1', name: 'First sync, Chromium', goal: atLeast(0.7, 'x', 'ratio') },
      {
        id: 'C2',
        name: 'First sync with /calls on screen, Chromium',
        goal: atLeast(0.7, 'x', 'ratio'),
      },
      { id: 'C3', name: 'Save a call offline, Chromium', goal: lessThan(1.5, 'x', 'ratio') },
      { id: 'C4', name: 'listCalls(ward, open), Chromium', goal: lessThan(100, 'ms') },
      { id: 'C5', name: 'Calls list page to rows, Chromium', goal: lessThan(100, 'ms') },
      { id: 'C6', name: 'Free-text search, Chromium', goal: lessThan(100, 'ms') },
    ],
  },
  {
    id: 'report',
    timeouts: 2,
    rows: [
      {
        id: 'R1',
        name: 'Monitoring report over 50,000 calls on the device, Chromium',
        goal: lessThan(500, 'ms'),
      },
    ],
  },
  {
    id: 'people',
    timeouts: 2,
    rows: [
      {
        id: 'P1',
        name: 'Person search while typing over 50,000 people, per keystroke, Chromium',
        goal: lessThan(50, 'ms'),
      },
      {
        id: 'P2',
        name: 'Repeat suggestions over 50,000 calls on the device, Chromium',
        goal: lessThan(300, 'ms'),
      },
    ],
  },
  {
    id: 'import',
    rows: [
      {
        id: 'I1',
        name: 'Import 10,000 CSV rows of calls over HTTP',
        goal: atLeast(2000, 'rows/s'),
      },
    ],
  },
  {
    id: 'visits',
    timeouts: 2,
    rows: [
      { id: 'V1', name: 'Save a visit offline, Chromium', goal: lessThan(1.5, 'x', 'ratio') },
      {
        id: 'V2',
        name: 'Photo: resize and store a 12-megapixel image, 4x CPU slowdown, Chromium',
        goal: lessThan(1500, 'ms'),
      },
    ],
  },
  {
    id: 'my-day',
    timeouts: 3,
    rows: [
      {
        id: 'V3',
        name: 'My day, offline cold start in a new browser, 4x CPU slowdown, Chromium',
        goal: lessThan(800, 'ms'),
      },
      {
        id: 'V4',
        name: 'My day offline cold start vs the bare React + Dexie shell',
        goal: lessThan(1.25, 'x', 'ratio'),
      },
    ],
  },
  {
    id: 'bundle',
    rows: [{ id: '1', name: 'First-screen JS+CSS, gzip -9', goal: lessThan(150, 'KB') }],
  },
  {
    id: 'save',
    secondary: true,
    rows: [{ id: '2', name: 'Save a call offline (logCall)', goal: lessThan(1.5, 'x', 'ratio') }],
  },
  {
    id: 'list',
    secondary: true,
    rows: [
      { id: '3a', name: 'listCalls(ward, status) over 50,000 calls', goal: lessThan(100, 'ms') },
      { id: '3b', name: 'Calls list page to rows in DOM (jsdom)', goal: lessThan(100, 'ms') },
    ],
  },
  {
    id: 'push',
    rows: [
      { id: '4a', name: 'Push 10,000 creates over HTTP', goal: atLeast(2000, 'mutations/s') },
      {
        id: '4b',
        name: 'Push rate vs raw better-sqlite3 insert',
        goal: atLeast(0.5, 'x', 'ratio'),
      },
    ],
  },
  {
    id: 'sync',
    secondary: true,
    rows: [{ id: '5', name: 'First sync of 20,000 records', goal: atLeast(0.7, 'x', 'ratio') }],
  },
  {
    id: 'devices',
    rows: [
      { id: '6a', name: 'Request latency, 200 devices at once', goal: lessThan(250, 'ms', 'p99') },
      {
        id: '6d',
        name: 'Request latency, 200 devices syncing within 30 s',
        goal: lessThan(250, 'ms', 'p99'),
      },
      { id: '6b', name: 'Errors under either load', goal: lessThan(0, 'errors') },
      { id: '6c', name: 'Lost or duplicated records', goal: lessThan(0, 'records') },
    ],
  },
  {
    id: 'pg-push',
    rows: [
      {
        id: '4d',
        name: 'Push 10,000 creates over HTTP, PostgreSQL',
        goal: atLeast(2000, 'mutations/s'),
      },
      {
        id: '4e',
        name: 'Push rate vs raw batched INSERT, same PostgreSQL database',
        goal: atLeast(0.5, 'x', 'ratio'),
      },
    ],
  },
  {
    id: 'pg-devices',
    rows: [
      {
        id: '7a',
        name: 'Request latency, 200 devices at once, PostgreSQL, 2 server processes',
        goal: lessThan(250, 'ms', 'p99'),
      },
      {
        id: '7d',
        name: 'Request latency, 200 devices syncing within 30 s, PostgreSQL, 2 server processes',
        goal: lessThan(250, 'ms', 'p99'),
      },
      { id: '7b', name: 'Errors under either load, PostgreSQL', goal: lessThan(0, 'errors') },
      { id: '7c', name: 'Lost or duplicated records, PostgreSQL', goal: lessThan(0, 'records') },
    ],
  },
];

/**
 * The PostgreSQL figures need a cluster: DATABASE_URL's, or a throwaway one on loopback
 * (.ci/pg-cluster) for the length of the run. Each figure makes its own fresh database on it.
 */
function ensurePgCluster(figures: { id: string }[]): () => void {
  if (process.env.DATABASE_URL || !figures.some((f) => f.id.startsWith('pg-'))) return () => {};
  const dir = mkdtempSync(join(os.tmpdir(), 'csu-bench-pg-'));
  const script = join(ROOT, '.ci', 'pg-cluster');
  const started = spawnSync(script, ['start', dir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (started.status !== 0) throw new Error('could not start a PostgreSQL cluster for the bench');
  process.env.DATABASE_URL = started.stdout.trim();
  return () => {
    spawnSync(script, ['stop', dir], { stdio: 'inherit' });
  };
}

type WorkerResult = { rows: FigureRow[] } | { error: string };

function runWorker(id: string, timeoutMs: number): Promise<WorkerResult> {
  const dir = mkdtempSync(join(os.tmpdir(), 'csu-bench-'));
  const out = join(dir, 'rows.json');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, id, out], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5_000).unref();
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      let result: WorkerResult;
      if (timedOut) result = { error: `timed out after ${Math.round(timeoutMs / 1000)} s` };
      else if (existsSync(out)) result = JSON.parse(readFileSync(out, 'utf8')) as WorkerResult;
      else result = { error: `the figure's process ended with ${code ?? signal} and no result` };
      rmSync(dir, { recursive: true, force: true });
      resolve(result);
    });
  });
}

async function main(): Promise<void> {
  const config = readConfig();
  const machine = machineInfo(ROOT);
  const started = now();
  const figures = FIGURES.filter((f) => !config.only || config.only.includes(f.id));
  console.log(
    `Benchmark${config.quick ? ' (BENCH_QUICK: reduced sizes)' : ''}: ${figures.map((f) => f.id).join(', ')} on ${machine.cpus} CPUs, Node ${machine.node}, load average ${machine.loadAverage.start}`,
  );
  const rows: FigureRow[] = [];
  const stopPg = ensurePgCluster(figures);
  try {
    for (const [i, figure] of figures.entries()) {
      const t = now();
      console.log(`\n[${i + 1}/${figures.length}] ${figure.id} …`);
      const result = await runWorker(figure.id, config.figureTimeoutMs * (figure.timeouts ?? 1));
      const got =
        'rows' in result
          ? result.rows
          : figure.rows.map((r) => notMeasured(r.id, r.name, result.error, r.goal));
      rows.push(...got.map((r) => (figure.secondary ? { ...r, secondary: true } : r)));
      console.log(
        `[${i + 1}/${figures.length}] ${figure.id} done in ${round((now() - t) / 1000, 1)} s`,
      );
    }
  } finally {
    stopPg();
  }
  machine.loadAverage.end = round(os.loadavg()[0] ?? 0, 2);
  const elapsed = now() - started;
  const files = await writeReport(ROOT, rows, machine, config, elapsed);
  console.log(`\n${textTable(rows)}\n`);
  for (const r of rows) if (r.notMeasured) console.log(`${r.id}: not measured: ${r.notMeasured}`);
  console.log(
    `Total ${round(elapsed / 1000, 1)} s; load average ${machine.loadAverage.start} → ${machine.loadAverage.end}. ` +
      `Goals are reported, not asserted. Wrote ${files.json} and ${files.md}.`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
