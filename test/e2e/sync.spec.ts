/**
 * Two people against the running real server: a PCSO's offline call is
 * sent when the connection returns, gets its DT-YYYY-NNNN reference, and
 * reaches the chair's device on the chair's next sync. And, at the HTTP
 * level, pull never hands MARAC records to anyone outside the marac role.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  logCall,
  sampleCall,
  signIn,
  syncSummary,
  unlockIfLocked,
  waitForServiceWorker,
  waitForSync,
} from './flows';
import { DEMO_PASSWORD } from './server';

const PROTOCOL = { 'X-Protocol-Version': '1' };

test('a call logged offline is sent when back online and reaches the chair', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const pcso = await browser.newContext();
  const chair = await browser.newContext();
  try {
    const chairPage = await chair.newPage();
    await chairPage.goto('/');
    await signIn(chairPage, 'chair');
    await waitForSync(chairPage);

    const page = await pcso.newPage();
    await page.goto('/');
    await signIn(page, 'pcso');
    await waitForSync(page);
    // The screens load lazily: offline, they come from the service worker's precache, so the
    // worker must control the page first (on a loaded machine it can still be installing here).
    await waitForServiceWorker(page);
    // A reload (to let the worker take control) locks the app again.
    await unlockIfLocked(page);
    await waitForSync(page);

    await pcso.setOffline(true);
    await expect(page.getByText('Offline – saving on this device')).toBeVisible();
    const call = sampleCall(`Sync ${Date.now()}`);
    await logCall(page, call);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('Reference pending');
    await expect(syncSummary(page)).toContainText(/[1-9]\d* waiting to send/);

    await pcso.setOffline(false);
    await expect(syncSummary(page)).toContainText('All changes sent', { timeout: 30_000 });
    await expect(heading).toContainText(/DT-\d{4}-\d{4}/, { timeout: 30_000 });
    const reference = /DT-\d{4}-\d{4}/.exec((await heading.textContent()) ?? '')?.[0] ?? '';
    await expect(page.getByText('Sent', { exact: true }).first()).toBeVisible();

    // The chair's device has not seen it yet; "Sync now" brings it.
    await chairPage.getByRole('link', { name: 'Calls', exact: true }).click();
    await chairPage.getByRole('button', { name: 'Sync now' }).click();
    await waitForSync(chairPage);
    await chairPage.getByLabel('Search').fill(reference);
    await chairPage.getByRole('button', { name: 'Apply filters' }).click();
    const link = chairPage.getByRole('link', { name: new RegExp(`^${reference}`) });
    await expect(link).toBeVisible({ timeout: 15_000 });
    await link.click();
    await expect(chairPage.getByRole('heading', { level: 1 })).toContainText(reference);
    await expect(chairPage.getByText(call.summary)).toBeVisible();
  } finally {
    await pcso.close();
    await chair.close();
  }
});

interface PullPage {
  changes: { table: string; op: string }[];
  cursor: string;
  hasMore: boolean;
}

/** Signs in over HTTP and pulls every page from the start; returns the tables seen. */
async function pullAllTables(api: APIRequestContext, username: string): Promise<Set<string>> {
  const login = await api.post('/api/auth/login', {
    headers: PROTOCOL,
    data: { username, password: DEMO_PASSWORD, deviceName: 'Playwright HTTP check' },
  });
  expect(login.status(), `sign-in as ${username}`).toBe(200);
  const tables = new Set<string>();
  let cursor: string | undefined;
  for (let pages = 0; pages < 50; pages++) {
    const query = new URLSearchParams({ limit: '500', ...(cursor ? { cursor } : {}) });
    const res = await api.get(`/api/sync/pull?${query.toString()}`, { headers: PROTOCOL });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as PullPage;
    for (const change of body.changes) tables.add(change.table);
    cursor = body.cursor;
    if (!body.hasMore) return tables;
  }
  throw new Error('pull did not finish within 50 pages');
}

test('pull gives MARAC records to the marac role only', async ({ playwright, baseURL }) => {
  const asPcso = await playwright.request.newContext({ baseURL });
  const asMarac = await playwright.request.newContext({ baseURL });
  try {
    const pcsoTables = await pullAllTables(asPcso, 'pcso');
    expect(pcsoTables.has('calls')).toBe(true);
    expect([...pcsoTables].filter((t) => t.startsWith('marac'))).toEqual([]);

    const maracTables = await pullAllTables(asMarac, 'marac');
    expect(maracTables.has('maracReferrals')).toBe(true);
    expect([...maracTables].filter((t) => t.startsWith('marac')).length).toBeGreaterThan(1);
  } finally {
    await asPcso.dispose();
    await asMarac.dispose();
  }
});
