/**
 * WORKERS=N: the primary process forks N server processes (node:cluster)
 * that share one port; the operating system spreads connections across
 * them. They share nothing in memory: sessions, sign-in counters,
 * idempotency results and reference counters all live in the database
 * (PostgreSQL; see storage/pg.ts for why seqs stay in commit order). A
 * worker that dies is replaced; SIGTERM/SIGINT stop every worker gracefully
 * and then the primary.
 */
import cluster, { type Worker } from 'node:cluster';

export const MAX_WORKERS = 64;

export function readWorkers(env: NodeJS.ProcessEnv): number {
  const raw = env.WORKERS;
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS)
    throw new Error(`WORKERS must be a whole number from 1 to ${MAX_WORKERS}`);
  return n;
}

/** In the primary: keeps `count` workers running until a stop signal. */
export function superviseWorkers(count: number): void {
  let stopping = false;
  const fork = (): Worker => cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(
      `Server worker ${worker.process.pid ?? '?'} stopped (${signal ?? code}); starting another.`,
    );
    fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: stopping ${count} server workers.`);
    const running = Object.values(cluster.workers ?? {});
    if (running.length === 0) process.exit(0);
    for (const worker of running) worker?.process.kill('SIGTERM');
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  for (let i = 0; i < count; i++) fork();
}

/** In a worker: a primary that is gone (even killed) takes its workers with it. */
export function stopWithPrimary(): void {
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
