/**
 * Figure R1 (issue 14, Performance) in headless Chromium, on the bench page
 * (browser/report-harness.ts): the monitoring report over 50,000 calls (and
 * their actions and resident updates) read from IndexedDB and computed by
 * the one domain function, as the report screen does. Each run is a new
 * browser with a fresh profile; the median is over every computation.
 */
import type { CsuReportBench, ReportSplit } from './browser/report-harness';
import { buildPage, harnessCall, OUT_DIR, withBenchPage } from './bench-page';
import type { BenchConfig } from './config';
import { figureRow, type FigureRow } from './report';
import { startServer } from './server-client';
import { median, percentile } from './stats';

const REPORTS_PER_RUN = 5;

const part = (split: ReportSplit[], key: keyof ReportSplit) =>
  Math.round(median(split.map((s) => s[key]))).toLocaleString('en-GB');

export async function measure(config: BenchConfig): Promise<FigureRow[]> {
  const calls = config.quick ? 5_000 : 50_000;
  buildPage(config);
  const server = await startServer({ db: config.db, users: [], staticDir: OUT_DIR });
  const ms: number[] = [];
  const split: ReportSplit[] = [];
  let total = 0;
  try {
    for (let r = 0; r < config.browserRuns; r++) {
      const run = await withBenchPage(server.origin, config, async (page) => {
        const call = harnessCall<CsuReportBench>(page, 'csuReportBench');
        await call('seed', calls);
        return call('report', REPORTS_PER_RUN);
      });
      ms.push(...run.ms);
      split.push(...run.split);
      total = run.total;
    }
  } finally {
    await server.stop();
  }
  return [
    figureRow({
      id: 'R1',
      name: `Monitoring report over ${calls.toLocaleString('en-GB')} calls on the device, Chromium`,
      unit: 'ms',
      median: median(ms),
      p95: percentile(ms, 95),
      goal: { op: '<=', value: 500, of: 'median', unit: 'ms' },
      notes: [
        `${config.browserRuns} runs × ${REPORTS_PER_RUN} reports; each reads every call, action and resident update from IndexedDB, then computes a financial year (${total.toLocaleString('en-GB')} calls in it)`,
        `median split: IndexedDB read ${part(split, 'read')} ms, records to facts ${part(split, 'facts')} ms, figures ${part(split, 'figures')} ms`,
      ],
    }),
  ];
}
