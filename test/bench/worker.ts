/**
 * Runs one figure in a child process of its own (run.ts starts it), so each
 * figure gets a fresh heap, its own fake-indexeddb and, for the calls list,
 * its own jsdom globals. Writes the figure's rows, or the error that stopped
 * it, as JSON to the path it is given.
 *
 *   node --import tsx test/bench/worker.ts <figure-id> <out.json>
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { readConfig } from './config';
import type { FigureRow } from './report';

// Components import their CSS, which Vite bundles; in Node a stylesheet is an empty module.
const CSS_STUB = `export async function load(url, context, next) {
  if (/\\.s?css(\\?.*)?$/.test(url)) return { format: 'module', source: 'export default {};', shortCircuit: true };
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(CSS_STUB)}`);

type Measure = (config: ReturnType<typeof readConfig>) => Promise<FigureRow[]>;

const FIGURES: Record<string, () => Promise<{ measure: Measure }>> = {
  bundle: () => import('./bundle-size'),
  save: () => import('./save-call'),
  list: () => import('./calls-list'),
  push: () => import('./push-throughput'),
  sync: () => import('./first-sync'),
  browser: () => import('./chromium-device'),
  visits: () => import('./visits-device'),
  'my-day': () => import('./my-day-cold'),
  import: () => import('./import-calls'),
  report: () => import('./report-device'),
  people: () => import('./people-device'),
  devices: () => import('./many-devices'),
  'pg-push': async () => ({ measure: (await import('./push-throughput')).measurePg }),
  'pg-devices': async () => ({ measure: (await import('./many-devices')).measurePg }),
};

async function main(): Promise<void> {
  const [id, out] = process.argv.slice(2);
  const load = id ? FIGURES[id] : undefined;
  if (!load || !out)
    throw new Error(`usage: worker.ts <${Object.keys(FIGURES).join('|')}> <out.json>`);
  try {
    const rows = await (await load()).measure(readConfig());
    writeFileSync(out, JSON.stringify({ rows }));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(err);
    writeFileSync(out, JSON.stringify({ error: message.split('\n')[0] }));
  }
}

// Exits explicitly: a live query or keep-alive socket left open must not hold the bench.
main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
