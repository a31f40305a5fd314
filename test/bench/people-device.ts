/**
 * Figures P1 and P2 (issue 11, Performance) in headless Chromium, on the
 * bench page (browser/people-harness.ts): person search while typing over
 * 50,000 people, one timing per keystroke, and the chair's repeat
 * suggestions over 50,000 calls computed on the device. Each run is a new
 * browser with a fresh profile; medians are over every timing of every run.
 */
import type { CsuPeopleBench } from './browser/people-harness';
import { buildPage, harnessCall, OUT_DIR, withBenchPage } from './bench-page';
import type { BenchConfig } from './config';
import { figureRow, type FigureRow } from './report';
import { startServer } from './server-client';
import { median, percentile } from './stats';

/** What people type: names, a surname, an alias, a street and a postcode-less ward. */
const TYPED = [
  'Sandra Whitlock',
  'Reeves',
  'Callum Ree',
  'Caxton Close',
  'Edenbridge',
  'Priya Patel',
];
const SUGGESTION_RUNS = 3;

export async function measure(config: BenchConfig): Promise<FigureRow[]> {
  const size = config.quick ? 5_000 : 50_000;
  buildPage(config);
  const server = await startServer({ db: config.db, users: [], staticDir: OUT_DIR });
  const keys: number[] = [];
  const suggest: number[] = [];
  let found = 0;
  try {
    for (let r = 0; r < config.browserRuns; r++) {
      await withBenchPage(server.origin, config, async (page) => {
        const call = harnessCall<CsuPeopleBench>(page, 'csuPeopleBench');
        await call('seed', size, size);
        keys.push(...(await call('typing', TYPED)).ms);
        const s = await call('suggestions', SUGGESTION_RUNS);
        suggest.push(...s.ms);
        found = s.found;
      });
    }
  } finally {
    await server.stop();
  }
  const n = size.toLocaleString('en-GB');
  return [
    figureRow({
      id: 'P1',
      name: `Person search while typing over ${n} people, per keystroke, Chromium`,
      unit: 'ms',
      median: median(keys),
      p95: percentile(keys, 95),
      goal: { op: '<=', value: 50, of: 'median', unit: 'ms' },
      notes: [
        `${config.browserRuns} runs × ${keys.length / config.browserRuns} keystrokes typing ${TYPED.length} names, streets and wards a letter at a time; ${n} people and ${Math.min(size, 20_000).toLocaleString('en-GB')} places`,
      ],
    }),
    figureRow({
      id: 'P2',
      name: `Repeat suggestions over ${n} calls on the device, Chromium`,
      unit: 'ms',
      median: median(suggest),
      p95: percentile(suggest, 95),
      goal: { op: '<=', value: 300, of: 'median', unit: 'ms' },
      notes: [
        `${config.browserRuns} runs × ${SUGGESTION_RUNS}; reads every call, group and dismissal and runs the repeat rule (${found} suggestions)`,
      ],
    }),
  ];
}
