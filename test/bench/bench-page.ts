/**
 * The Node side of every Chromium figure: building the bench page
 * (browser/, its own Vite entry, into dist-bench/), opening it in a new
 * headless browser with a fresh profile, and calling a harness the page
 * puts on `window`. The device, visits and report figures all run this way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import type { BenchConfig } from './config';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT_DIR = join(ROOT, 'dist-bench');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
];

export function buildPage(config: BenchConfig): void {
  if (config.skipBuild && existsSync(join(OUT_DIR, 'index.html'))) return;
  const built = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'test/bench/browser/vite.config.ts'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  if (built.status !== 0) throw new Error('could not build the bench page (test/bench/browser)');
}

/**
 * Runs `run` on the bench page in a new browser (chromium.launch gives each
 * a fresh temporary profile), closed afterwards whatever happens.
 */
export async function withBenchPage<T>(
  origin: string,
  config: BenchConfig,
  run: (page: Page) => Promise<T>,
): Promise<T> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (err) => console.error(`  bench page: ${err.message}`));
    page.setDefaultTimeout(config.figureTimeoutMs);
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => document.title.endsWith('ready'));
    return await run(page);
  } finally {
    await browser.close();
  }
}

type HarnessFn = (...args: never[]) => unknown;

export type HarnessCall<H extends Record<keyof H, HarnessFn>> = <K extends keyof H>(
  name: K,
  ...args: Parameters<H[K]>
) => Promise<Awaited<ReturnType<H[K]>>>;

/** Calls `window[global][name](...args)` in the page, typed by the harness it names. */
export function harnessCall<H extends Record<keyof H, HarnessFn>>(
  page: Page,
  global: string,
): HarnessCall<H> {
  return (name, ...args) =>
    page.evaluate(
      ([g, n, a]) =>
        (
          (window as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)[g]?.[
            n
          ] as (...x: unknown[]) => Promise<never>
        )(...a),
      [global, String(name), args] as [string, string, unknown[]],
    );
}

/**
 * With BENCH_PROFILE=<dir> (the page is then built unminified): a DevTools
 * CPU profile of the page from now, written as <dir>/<name>.cpuprofile.
 */
export async function startProfile(page: Page): Promise<((name: string) => Promise<void>) | null> {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return async (name) => {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  };
}
