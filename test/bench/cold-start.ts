/**
 * Offline cold starts in Chromium for the bench: a page opened in a new
 * browser process on a profile that an earlier process prepared (signed in,
 * service worker installed, data stored), with the network off and the CPU
 * slowed by DevTools (Emulation.setCPUThrottlingRate). Moments are taken in
 * the page itself (performance.now(), from the navigation's start) by an
 * init script that watches the DOM, so no poll from Node adds to them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { ARGS, CHROMIUM_PATH } from './bench-page';

export interface Profile {
  dir: string;
  remove: () => void;
}

/** A new, empty browser profile in a temp folder. */
export function newProfile(): Profile {
  const dir = mkdtempSync(join(os.tmpdir(), 'csu-bench-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `run` in a new Chromium process on `profile` (a persistent context,
 * so storage and the service worker survive to the next process), closed
 * afterwards whatever happens.
 */
export async function withProfileBrowser<T>(
  profile: Profile,
  run: (page: Page) => Promise<T>,
  timeoutMs = 120_000,
): Promise<T> {
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(timeoutMs);
    page.on('pageerror', (err) => console.error(`  cold-start page: ${err.message}`));
    return await run(page);
  } finally {
    await context.close();
  }
}

/** Polls the page until `check` holds (a plain loop: each check is one evaluate). */
async function pollPage(page: Page, check: () => Promise<boolean>, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting for the service worker');
    await page.waitForTimeout(250);
  }
}

/** Waits until a service worker controls the page, reloading once if it took over late. */
export async function waitForServiceWorker(page: Page, timeoutMs = 60_000): Promise<void> {
  const active = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state === 'activated';
    });
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  await pollPage(page, active, timeoutMs);
  if (!(await controlled())) await page.reload();
  await pollPage(page, controlled, timeoutMs);
}

/**
 * Script run before any of the page's: records in `window.__coldMarks`, in
 * ms since the navigation started, when each selector of `marks` first
 * matches, and when the page's first form is submitted (`submit`).
 */
function markScript(marks: Record<string, string>): string {
  return `(() => {
    const marks = (window.__coldMarks = {});
    const wanted = ${JSON.stringify(marks)};
    const check = () => {
      for (const [name, selector] of Object.entries(wanted))
        if (marks[name] === undefined && document.querySelector(selector)) marks[name] = performance.now();
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
    document.addEventListener('submit', () => { marks.submit ??= performance.now(); }, true);
    check();
  })();`;
}

export type Marks = Record<string, number>;

/**
 * Opens `url` offline in a new browser process on `profile` with the CPU
 * slowed `cpuSlowdown` times. `act` drives the page once it has started
 * (for example, types a passphrase) and resolves when the last mark is in.
 */
export async function offlineColdStart(
  profile: Profile,
  url: string,
  opts: { cpuSlowdown: number; marks: Record<string, string> },
  act: (page: Page) => Promise<void>,
): Promise<Marks> {
  return withProfileBrowser(profile, async (page) => {
    await page.context().setOffline(true);
    await page.addInitScript(markScript(opts.marks));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpuSlowdown });
    await page.goto(url, { waitUntil: 'commit' });
    await act(page);
    return page.evaluate(() => (window as unknown as { __coldMarks: Marks }).__coldMarks);
  });
}

/** Waits in the page until mark `name` has been taken. */
export async function waitForMark(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (n) => (window as unknown as { __coldMarks?: Marks }).__coldMarks?.[n] !== undefined,
    name,
  );
}
