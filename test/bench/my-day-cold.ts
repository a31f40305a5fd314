/**
 * Figures V3-V4 (issue 10, Performance): "My day" opened offline in a new
 * browser process with the CPU slowed 4x, against the bare React + Dexie
 * shell (bare-shell.ts) opened the same way in the same run. The app's
 * production build (dist/, with its service worker) is served by the bench
 * server; a first browser process signs the field user in, syncs and lets
 * the service worker take over; a second one, offline, opens /my-day. The
 * app opens locked after a restart, so the figure is the unlock form's
 * appearance (from the navigation's start) plus the time from submitting
 * the passphrase to My day's sections on screen: the person's typing is
 * left out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { buildBareShell, measureBareShellColdStart, serveBareShell } from './bare-shell';
import { CHROMIUM_PATH } from './bench-page';
import {
  newProfile,
  offlineColdStart,
  waitForMark,
  waitForServiceWorker,
  withProfileBrowser,
} from './cold-start';
import type { BenchConfig } from './config';
import { WARD_CODES } from './records';
import { figureRow, type FigureRow } from './report';
import { BENCH_PASSWORD, startServer } from './server-client';
import { median, round } from './stats';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const CPU_SLOWDOWN = 4;
const PASSPHRASE = 'bench kettle walks';
const WARDS = WARD_CODES.slice(0, 3);
/** Calls seeded on the server; the field user's wards hold about a sixth of them. */
const SEED_CALLS = 600;
/** Rows the shell renders: about what My day lists for the field user. */
const SHELL_ROWS = 100;

function buildApp(config: BenchConfig): void {
  if (config.skipBuild && existsSync(join(DIST, 'index.html'))) return;
  const built = spawnSync('npx', ['vite', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error('could not build the app (vite build)');
}

async function signInAndSync(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('Username').fill('pcso');
  await page.getByLabel('Password', { exact: true }).fill(BENCH_PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Unlock passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.waitForURL(/\/my-day$/);
  await page
    .getByRole('status')
    .filter({ hasText: /last sync/ })
    .waitFor();
  await page.locator('.app-my-day').waitFor();
  await waitForServiceWorker(page);
}

interface AppColdStart {
  formMs: number;
  unlockMs: number;
}

async function appColdStart(origin: string): Promise<AppColdStart> {
  const profile = newProfile();
  try {
    await withProfileBrowser(profile, (page) => signInAndSync(page, origin));
    const marks = await offlineColdStart(
      profile,
      `${origin}/my-day`,
      {
        cpuSlowdown: CPU_SLOWDOWN,
        marks: { form: 'input[type=password]', myDay: '.app-my-day' },
      },
      async (page) => {
        await waitForMark(page, 'form');
        await page.getByLabel('Unlock passphrase').fill(PASSPHRASE);
        await page.getByRole('button', { name: 'Unlock' }).click();
        await waitForMark(page, 'myDay');
      },
    );
    const { form, submit, myDay } = marks as Record<'form' | 'submit' | 'myDay', number>;
    return { formMs: form, unlockMs: myDay - submit };
  } finally {
    profile.remove();
  }
}

export async function measure(config: BenchConfig): Promise<FigureRow[]> {
  buildApp(config);
  await buildBareShell();
  const server = await startServer({
    db: config.db,
    users: [{ username: 'pcso', roles: ['field'], wards: WARDS }],
    seedCalls: SEED_CALLS,
    staticDir: DIST,
  });
  const shell = await serveBareShell();
  const apps: AppColdStart[] = [];
  const shells: number[] = [];
  try {
    for (let r = 0; r < config.browserRuns; r++) {
      // Alternate which goes first, so both see the same machine.
      const runShell = async () =>
        shells.push(
          await measureBareShellColdStart(shell.origin, {
            cpuSlowdown: CPU_SLOWDOWN,
            rows: SHELL_ROWS,
          }),
        );
      if (r % 2 === 1) await runShell();
      apps.push(await appColdStart(server.origin));
      if (r % 2 === 0) await runShell();
      console.log(`  My day cold start run ${r + 1}/${config.browserRuns} done`);
    }
  } finally {
    await shell.stop();
    await server.stop();
  }
  const total = apps.map((a) => a.formMs + a.unlockMs);
  const ratios = total.map((t, i) => t / (shells[i] as number));
  const list = (xs: number[]) => xs.map((x) => round(x)).join(', ');
  const notes = [
    `per run (ms): unlock form shown ${list(apps.map((a) => a.formMs))}; passphrase submitted to My day on screen ${list(apps.map((a) => a.unlockMs))}; bare shell ${list(shells)}`,
    `the app opens locked after a restart: the figure is the unlock form's appearance plus submit-to-My-day (typing left out); the shell renders ${SHELL_ROWS} stored rows`,
    `field user in ${WARDS.length} wards, ${SEED_CALLS} seeded calls; offline (context.setOffline), DevTools Emulation.setCPUThrottlingRate(${CPU_SLOWDOWN}); the service worker serves both`,
    `${config.browserRuns} runs, each two new headless Chromium processes (${CHROMIUM_PATH}) on a fresh profile: one to prepare it, one for the cold start`,
  ];
  const baseline = {
    name: 'bare React + Dexie shell, first render of its stored rows, same run',
    median: median(shells),
    unit: 'ms',
  };
  return [
    figureRow({
      id: 'V3',
      name: `My day, offline cold start in a new browser, CPU slowed ${CPU_SLOWDOWN}x, Chromium`,
      unit: 'ms',
      median: median(total),
      baseline,
      range: { min: Math.min(...total), max: Math.max(...total) },
      goal: { op: '<=', value: 800, of: 'median', unit: 'ms' },
      notes,
    }),
    figureRow({
      id: 'V4',
      name: 'My day offline cold start vs the bare React + Dexie shell',
      unit: 'ms',
      median: median(total),
      baseline,
      ratio: median(ratios),
      ratioMeaning: 'median over runs of each run’s ratio',
      goal: { op: '<=', value: 1.25, of: 'ratio', unit: 'x' },
      notes: [`ratios per run: ${ratios.map((x) => round(x, 2)).join(', ')}`],
    }),
  ];
}
