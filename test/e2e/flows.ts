/**
 * Steps the end-to-end specs share: signing in (password, then the local
 * unlock passphrase), unlocking, waiting for sync, logging a call through
 * the real form, reading the device's outbox, and the axe check.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './server';

export const PASSPHRASE = 'blue kettle walks';
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Time for the first sync of the demo data set (about 1,000 records) on a slow machine. */
export const FIRST_SYNC_TIMEOUT_MS = 45_000;

/** Zero axe violations for WCAG 2.2 AA; a failure lists rule ids and the elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map((v) => ({
    rule: v.id,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}

/** Width the document needs beyond the viewport (0 means no sideways scrolling). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Controls in the page's main content smaller than a 44 px touch target. */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'main a[href], main button, main input:not([type=hidden]), main select, main textarea',
      ),
    ]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(
        ({ el, r }) =>
          `${el.tagName.toLowerCase()}#${el.id} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`,
      ),
  );
}

/**
 * Signs in online and chooses the unlock passphrase. Returns the user's id
 * (the device database is `csu-<id>`). Ends on the first screen after sign-in.
 */
export async function signIn(page: Page, username: string, passphrase = PASSPHRASE) {
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  const login = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
  await page.getByRole('button', { name: 'Continue' }).click();
  const res = await login;
  expect(res.status(), `sign-in as ${username}`).toBe(200);
  const { user } = (await res.json()) as { user: { id: string } };
  await page.getByLabel('Unlock passphrase').fill(passphrase);
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  return user.id;
}

/** On the unlock screen: enter the passphrase and wait to leave it. */
/**
 * After a reload the app opens locked; the redirect to the unlock screen
 * happens once its screen has loaded. Waits for either the unlock screen or
 * an unlocked header, and unlocks if asked.
 */
export async function unlockIfLocked(page: Page): Promise<void> {
  const unlockHeading = page.getByRole('heading', { name: 'Unlock', level: 1 });
  await expect(unlockHeading.or(syncSummary(page))).toBeVisible({ timeout: 30_000 });
  if (await unlockHeading.isVisible()) await unlock(page);
}

export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Unlock', level: 1 })).toBeVisible();
  await page.getByLabel('Unlock passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page).not.toHaveURL(/\/unlock/);
}

/** The header's sync summary ("All changes sent · last sync …" or "N waiting to send …"). */
export function syncSummary(page: Page) {
  return page.getByRole('status').filter({ hasText: /changes sent|waiting to send/ });
}

/** Waits until a sync round has finished at least once (the header shows a last-sync time). */
export async function waitForSync(page: Page): Promise<void> {
  await expect(syncSummary(page)).toContainText('last sync', { timeout: FIRST_SYNC_TIMEOUT_MS });
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled({
    timeout: FIRST_SYNC_TIMEOUT_MS,
  });
}

/** Waits until the service worker controls this page, reloading once if it took over late. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  const activeWorker = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state ?? 'none';
    });
  await expect.poll(activeWorker, { timeout: 30_000 }).toBe('activated');
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 15_000,
    })
    .toBe(true);
}

export interface CallDetails {
  reporterName: string;
  address: string;
  /** Ward name as listed, e.g. "Kemsing". */
  ward: string;
  category: string;
  summary: string;
}

export function sampleCall(tag: string): CallDetails {
  return {
    reporterName: `Reporter ${tag}`,
    address: `${tag} Dynes Road, Kemsing`,
    ward: 'Kemsing',
    category: 'Noise',
    summary: `Loud music late at night (${tag}).`,
  };
}

/** Fills "Log a call" by label and saves it; ends on the new call's page. */
export async function logCall(page: Page, call: CallDetails): Promise<void> {
  await page.getByRole('link', { name: 'Log a call' }).first().click();
  await expect(page.getByRole('heading', { name: 'Log a call', level: 1 })).toBeVisible();
  await page.getByLabel('Which agency passed on the call?').selectOption({ label: 'Kent Police' });
  await page.getByLabel('Reporter’s name').fill(call.reporterName);
  await page.getByLabel('Phone number, email or address').fill('01732 000000');
  await page.getByRole('radio', { name: 'Phone call' }).check();
  await page.getByLabel('Address or place').fill(call.address);
  await page.getByLabel('Ward', { exact: true }).selectOption({ label: call.ward });
  await page.getByLabel('Find a category').fill(call.category);
  await page.getByRole('checkbox', { name: call.category, exact: true }).check();
  await page.getByRole('radio', { name: 'Standard' }).check();
  await page.getByLabel('Summary').fill(call.summary);
  await page.getByRole('button', { name: 'Save call' }).click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Adds an action to the open call page. */
export async function addAction(page: Page, text: string): Promise<void> {
  await page.getByLabel('What needs to be done').fill(text);
  await page.getByLabel('Agency', { exact: true }).selectOption({ label: 'Kent Police' });
  await page.getByLabel('Due date').fill('2099-01-31');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('list', { name: 'Actions' })).toContainText(text);
}

/** Adds a chronology note to the open call page. */
export async function addNote(page: Page, text: string): Promise<void> {
  await page.getByLabel('Add a note').fill(text);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByLabel('Add a note')).toHaveValue('');
}

export interface OutboxRowView {
  table: string;
  kind: string;
  recordId: string;
  status: string;
  /** Shared by the rows one save queued: one thing the person did. */
  changeId?: string;
}

/** The device's queued mutations, read straight from IndexedDB (`csu-<userId>`, table `outbox`). */
export function readOutbox(page: Page, userId: string): Promise<OutboxRowView[]> {
  return page.evaluate(
    (name) =>
      new Promise<OutboxRowView[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('outbox', 'readonly').objectStore('outbox').getAll();
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            db.close();
            resolve(
              (req.result as OutboxRowView[]).map((r) => ({
                table: r.table,
                kind: r.kind,
                recordId: r.recordId,
                status: r.status,
                changeId: r.changeId,
              })),
            );
          };
        };
      }),
    `csu-${userId}`,
  );
}
