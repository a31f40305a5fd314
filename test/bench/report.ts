/**
 * The benchmark report: one row per figure (or per goal of a figure), the
 * printed table, and the files bench-report.json and bench-report.md at the
 * repository root (git-ignored). Goals are compared for display only: the
 * bench never fails because a figure misses its goal.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { BenchConfig } from './config';
import { round } from './stats';

export type GoalOf = 'median' | 'p95' | 'p99' | 'ratio';

export interface Goal {
  op: '<=' | '>=';
  value: number;
  /** Which number of the row the goal is about. */
  of: GoalOf;
  unit: string;
}

export interface FigureRow {
  id: string;
  name: string;
  unit: string;
  median: number | null;
  p95?: number | null;
  p99?: number | null;
  baseline?: { name: string; median: number; p95?: number; unit: string } | null;
  /** Measured over baseline, as the goal defines it (see ratioMeaning). */
  ratio?: number | null;
  ratioMeaning?: string;
  goal: Goal | null;
  met: boolean | null;
  notes: string[];
  /** Min and max over runs, where the median is a median of whole runs (the Chromium figures). */
  range?: { min: number; max: number };
  /** A fake-indexeddb/jsdom figure, kept beside the Chromium ones in a table of its own. */
  secondary?: boolean;
  /** Set when the figure could not be measured; everything else is then null. */
  notMeasured?: string;
  details?: Record<string, unknown>;
}

export type RowInput = Omit<FigureRow, 'met' | 'notes'> & { notes?: string[] };

/** Builds a row and compares it with its goal (for display). */
export function figureRow(input: RowInput): FigureRow {
  const r: FigureRow = { ...input, notes: input.notes ?? [], met: null };
  const g = r.goal;
  const v = g ? r[g.of] : null;
  if (g && typeof v === 'number' && Number.isFinite(v))
    r.met = g.op === '<=' ? v <= g.value : v >= g.value;
  for (const key of ['median', 'p95', 'p99', 'ratio'] as const) {
    const n = r[key];
    if (typeof n === 'number') r[key] = round(n, Math.abs(n) < 10 ? 3 : 1);
  }
  if (r.range) {
    const d = (n: number) => (Math.abs(n) < 10 ? 3 : 1);
    r.range = { min: round(r.range.min, d(r.range.min)), max: round(r.range.max, d(r.range.max)) };
  }
  if (r.baseline) {
    const { p95, ...b } = r.baseline;
    const digits = (n: number) => (Math.abs(n) < 10 ? 3 : 1);
    r.baseline = {
      ...b,
      median: round(b.median, digits(b.median)),
      ...(p95 === undefined ? {} : { p95: round(p95, digits(p95)) }),
    };
  }
  return r;
}

export function notMeasured(id: string, name: string, why: string, goal: Goal | null): FigureRow {
  return { id, name, unit: '', median: null, goal, met: null, notes: [], notMeasured: why };
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  date: string;
  commit: string | null;
  /** 1-minute load average when the bench started and ended: other work on the machine skews every figure. */
  loadAverage: { start: number; end: number | null };
}

export function machineInfo(root: string): MachineInfo {
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
  } catch (_err) {
    commit = null;
  }
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
    commit,
    loadAverage: { start: round(os.loadavg()[0] ?? 0, 2), end: null },
  };
}

const fmt = (n: number | null | undefined) =>
  n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toLocaleString('en-GB');

function goalText(g: Goal | null): string {
  if (!g) return '–';
  const what = g.of === 'median' ? '' : `${g.of} `;
  return `${what}${g.op} ${fmt(g.value)}${g.unit === 'x' ? 'x' : ` ${g.unit}`}`;
}

function metText(r: FigureRow): string {
  if (r.notMeasured) return 'not measured';
  return r.met === null ? '–' : r.met ? 'yes' : 'NO';
}

function cells(r: FigureRow): string[] {
  if (r.notMeasured)
    return [
      r.id,
      r.name,
      `not measured: ${r.notMeasured}`,
      '',
      '',
      '',
      '',
      goalText(r.goal),
      metText(r),
    ];
  const baseline = r.baseline ? `${fmt(r.baseline.median)} ${r.baseline.unit}` : '–';
  return [
    r.id,
    r.name,
    `${fmt(r.median)} ${r.unit}${r.range ? ` (${fmt(r.range.min)}–${fmt(r.range.max)})` : ''}`,
    fmt(r.p95),
    fmt(r.p99),
    baseline,
    r.ratio === null || r.ratio === undefined ? '–' : `${fmt(r.ratio)}x`,
    goalText(r.goal),
    metText(r),
  ];
}

const HEADERS = ['#', 'figure', 'median', 'p95', 'p99', 'baseline', 'ratio', 'goal', 'met'];

export function textTable(rows: FigureRow[]): string {
  const all = [HEADERS, ...rows.map(cells)];
  const widths = HEADERS.map((_h, i) => Math.max(...all.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ');
  return [
    line(HEADERS),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...all.slice(1).map(line),
  ].join('\n');
}

const esc = (s: string) => s.replace(/\|/g, '\\|');

function mdTable(rows: FigureRow[]): string[] {
  if (rows.length === 0) return ['(none in this run)'];
  return [
    `| ${HEADERS.join(' | ')} |`,
    `| ${HEADERS.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ];
}

function markdown(rows: FigureRow[], machine: MachineInfo, config: BenchConfig): string {
  const out = [
    '# Benchmark report',
    '',
    `${machine.date} · ${machine.cpus} CPUs (${machine.cpuModel}) · ${machine.memoryGiB} GiB · Node ${machine.node} · ${machine.platform}` +
      (machine.commit ? ` · commit ${machine.commit}` : '') +
      ` · load average ${machine.loadAverage.start} at start, ${machine.loadAverage.end ?? '–'} at end`,
    '',
    config.quick
      ? '**Quick run (BENCH_QUICK=1): sizes are reduced, figures are not comparable.**\n'
      : '',
    ...mdTable(rows.filter((r) => !r.secondary)),
    '',
    '## Secondary: device figures on fake-indexeddb and jsdom in Node',
    '',
    'Kept for comparison with older reports; the Chromium rows above are the device figures.',
    '',
    ...mdTable(rows.filter((r) => r.secondary)),
    '',
    '## Notes',
    '',
  ];
  for (const r of rows) {
    const notes = [...(r.ratioMeaning ? [`ratio: ${r.ratioMeaning}`] : []), ...r.notes];
    if (r.baseline) notes.unshift(`baseline: ${r.baseline.name}`);
    if (notes.length === 0) continue;
    out.push(`- **${r.id} ${esc(r.name)}**`);
    for (const n of notes) out.push(`  - ${esc(n)}`);
  }
  return out.filter((l, i, a) => !(l === '' && a[i - 1] === '')).join('\n') + '\n';
}

/** Markdown as prettier would write it, so `npm run format:check` stays green if the file is left around. */
async function prettierMarkdown(md: string, path: string): Promise<string> {
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(path)) ?? {};
    return await prettier.format(md, { ...options, parser: 'markdown' });
  } catch (_err) {
    return md;
  }
}

export async function writeReport(
  root: string,
  rows: FigureRow[],
  machine: MachineInfo,
  config: BenchConfig,
  elapsedMs: number,
): Promise<{ json: string; md: string }> {
  const json = join(root, 'bench-report.json');
  const md = join(root, 'bench-report.md');
  const body = { machine, config, elapsedSeconds: round(elapsedMs / 1000, 1), figures: rows };
  writeFileSync(json, `${JSON.stringify(body, null, 2)}\n`);
  writeFileSync(md, await prettierMarkdown(markdown(rows, machine, config), md));
  return { json, md };
}
