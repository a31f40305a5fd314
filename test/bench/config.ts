/**
 * Benchmark sizes, from the environment so a developer can run a quick
 * smoke pass (BENCH_QUICK=1) or change one size (e.g. BENCH_DEVICES=50).
 * Every figure's own child process reads the same values.
 *
 *   BENCH_QUICK=1          small sizes, for checking the bench itself
 *   BENCH_SKIP_BUILD=1     measure the existing dist/ instead of building
 *   BENCH_ONLY=a,b         run only these figures (ids in run.ts)
 *   BENCH_DB=memory|file   server SQLite in memory or in a temp file (default file)
 *   BENCH_SAVES, BENCH_LIST_CALLS, BENCH_LIST_RUNS, BENCH_PUSH, BENCH_PUSH_ENGINE,
 *   BENCH_SYNC, BENCH_BROWSER_RUNS, BENCH_DEVICES, BENCH_DEVICE_BATCHES, BENCH_DEVICE_BATCH_SIZE   sizes
 */
export interface BenchConfig {
  quick: boolean;
  skipBuild: boolean;
  only: string[] | null;
  db: 'memory' | 'file';
  saves: number;
  saveWarmup: number;
  listCalls: number;
  listRuns: number;
  push: number;
  pushBatch: number;
  /** Mutations drained from a real device outbox by the sync engine (secondary push figure). */
  pushEngine: number;
  sync: number;
  /** Chromium runs (each a new browser) behind every C figure's median and min-max. */
  browserRuns: number;
  devices: number;
  deviceBatches: number;
  deviceBatchSize: number;
  /** Each figure's child process is stopped after this long. */
  figureTimeoutMs: number;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const quick = env.BENCH_QUICK === '1';
  const q = (full: number, small: number) => (quick ? small : full);
  const only = env.BENCH_ONLY?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    quick,
    skipBuild: env.BENCH_SKIP_BUILD === '1',
    only: only?.length ? only : null,
    db: env.BENCH_DB === 'memory' ? 'memory' : 'file',
    saves: intFrom(env, 'BENCH_SAVES', q(200, 40)),
    saveWarmup: q(30, 5),
    listCalls: intFrom(env, 'BENCH_LIST_CALLS', q(50_000, 5_000)),
    listRuns: intFrom(env, 'BENCH_LIST_RUNS', q(10, 3)),
    push: intFrom(env, 'BENCH_PUSH', q(10_000, 1_000)),
    pushBatch: 100,
    pushEngine: intFrom(env, 'BENCH_PUSH_ENGINE', q(2_000, 200)),
    sync: intFrom(env, 'BENCH_SYNC', q(20_000, 2_000)),
    browserRuns: intFrom(env, 'BENCH_BROWSER_RUNS', 3),
    devices: intFrom(env, 'BENCH_DEVICES', q(200, 20)),
    deviceBatches: intFrom(env, 'BENCH_DEVICE_BATCHES', 3),
    deviceBatchSize: intFrom(env, 'BENCH_DEVICE_BATCH_SIZE', 20),
    figureTimeoutMs: intFrom(env, 'BENCH_FIGURE_TIMEOUT_MS', q(300_000, 120_000)),
  };
}
