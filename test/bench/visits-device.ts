/**
 * Figures V1-V2 (issue 10, Performance) in headless Chromium, on the bench
 * page the C figures use (browser/visits-harness.ts): saving a visit as a
 * ratio to a bare Dexie put of the same record in the same page, and a
 * 12-megapixel photo made smaller and stored with the CPU slowed 4x
 * (DevTools CPU throttling). Each run is a new browser with a fresh profile.
 */
import type { CsuVisitsBench } from './browser/visits-harness';
import { buildPage, CHROMIUM_PATH, harnessCall, OUT_DIR, withBenchPage } from './bench-page';
import type { BenchConfig } from './config';
import { figureRow, type FigureRow } from './report';
import { startServer } from './server-client';
import { median, percentile, round } from './stats';

const CPU_SLOWDOWN = 4;
const PHOTOS_PER_RUN = 5;

interface RunResult {
  saves: number[];
  puts: number[];
  photoMs: number[];
  original: number;
  stored: { bytes: number; width: number; height: number };
}

async function oneRun(origin: string, config: BenchConfig): Promise<RunResult> {
  return withBenchPage(origin, config, async (page) => {
    const call = harnessCall<CsuVisitsBench>(page, 'csuVisitsBench');
    const { saves, puts } = await call('saveVisitVsPut', config.saves, config.saveWarmup);
    const { bytes: original } = await call('makePhoto');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const photo = await call('resizeAndStore', config.quick ? 2 : PHOTOS_PER_RUN);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return {
      saves,
      puts,
      photoMs: photo.ms,
      original,
      stored: { bytes: photo.bytes, width: photo.width, height: photo.height },
    };
  });
}

export async function measure(config: BenchConfig): Promise<FigureRow[]> {
  buildPage(config);
  const server = await startServer({
    db: config.db,
    users: [{ username: 'syncer', roles: ['field'] }],
    staticDir: OUT_DIR,
  });
  const runs: RunResult[] = [];
  try {
    for (let r = 0; r < config.browserRuns; r++) {
      runs.push(await oneRun(server.origin, config));
      console.log(`  Chromium visits run ${r + 1}/${config.browserRuns} done`);
    }
  } finally {
    await server.stop();
  }
  const saves = runs.flatMap((r) => r.saves);
  const puts = runs.flatMap((r) => r.puts);
  const ratios = runs.map((r) => median(r.saves) / median(r.puts));
  const p95Ratio = percentile(saves, 95) / percentile(puts, 95);
  const photoMs = runs.flatMap((r) => r.photoMs);
  const first = runs[0] as RunResult;
  const runsNote = `${runs.length} runs, each a new headless Chromium (${CHROMIUM_PATH}) with a fresh profile`;
  return [
    figureRow({
      id: 'V1',
      name: 'Save a visit offline (logVisit), Chromium',
      unit: 'ms',
      median: median(saves),
      baseline: {
        name: 'bare Dexie put of the same stored visit',
        median: median(puts),
        unit: 'ms',
      },
      ratio: median(ratios),
      ratioMeaning: 'median over runs of each run’s median ratio',
      goal: { op: '<=', value: 1.5, of: 'ratio', unit: 'x' },
      p95: percentile(saves, 95),
      notes: [
        `p95: a put's ${round(percentile(puts, 95), 2)} ms, ratio of p95s ${round(p95Ratio, 2)}`,
        `per run: ${config.saves} saves and puts interleaved after ${config.saveWarmup} warm-up rounds; the visit, its outbox row and sync bookkeeping in one transaction`,
        runsNote,
      ],
    }),
    figureRow({
      id: 'V2',
      name: `Photo: resize a 12-megapixel JPEG and store it, CPU slowed ${CPU_SLOWDOWN}x, Chromium`,
      unit: 'ms',
      median: median(photoMs),
      baseline: null,
      goal: { op: '<=', value: 1500, of: 'median', unit: 'ms' },
      p95: percentile(photoMs, 95),
      notes: [
        `4000 × 3000 JPEG of ${round(first.original / 1024)} kB to ${first.stored.width} × ${first.stored.height}, ${round(first.stored.bytes / 1024)} kB (decode, scale, JPEG 0.8, SHA-256, IndexedDB put)`,
        `${photoMs.length} photos over ${runs.length} runs; DevTools Emulation.setCPUThrottlingRate(${CPU_SLOWDOWN})`,
        runsNote,
      ],
    }),
  ];
}
