/**
 * The main flow, in the production build: a PCSO signs in, the app
 * is installed (service worker in control, first sync done), then the
 * network goes away AND the server process is stopped. The app must still
 * open from the service worker cache, take a call, an action and a note,
 * show them as saved on this device and waiting to send, and keep all of it, outbox included, after
 * the page is closed and opened again.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import {
  addAction,
  addNote,
  logCall,
  readOutbox,
  sampleCall,
  signIn,
  syncSummary,
  unlock,
  unlockIfLocked,
  waitForServiceWorker,
  waitForSync,
} from './flows';
import { serverAnswers, startServer, type TestServer } from './server';

let server: TestServer | undefined;

test.beforeAll(async () => {
  server = await startServer();
});

test.afterAll(async () => {
  await server?.stop();
});

/** Signs in online, waits for the first sync and for the service worker to control the page. */
async function installApp(page: Page, baseURL: string): Promise<string> {
  await page.goto(`${baseURL}/`);
  await expect(page).toHaveURL(/\/sign-in$/);
  const userId = await signIn(page, 'pcso');
  await waitForSync(page);
  await waitForServiceWorker(page);
  // A reload (to let the worker take control) locks the app again.
  await unlockIfLocked(page);
  await waitForSync(page);
  return userId;
}

test('a call, an action and a note made offline survive closing the app', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  if (!server) throw new Error('no server');
  const { baseURL } = server;
  const userId = await installApp(page, baseURL);
  const call = sampleCall(`Offline ${Date.now()}`);

  // Cut the network and stop the server: from here on nothing can answer.
  await context.setOffline(true);
  await server.stop();
  expect(await serverAnswers(baseURL)).toBe(false);

  const attempted: string[] = [];
  const answered: string[] = [];
  const notFromWorker: string[] = [];
  const failedFiles: string[] = [];
  const onRequest = (req: Request) => attempted.push(`${req.method()} ${req.url()}`);
  context.on('request', onRequest);
  // Every page file, the favicon included, must come from the worker's cache rather than fail.
  context.on('requestfailed', (req) => {
    const url = req.url();
    if (url.startsWith('http') && !new URL(url).pathname.startsWith('/api/')) failedFiles.push(url);
  });
  context.on('response', (res) => {
    const url = res.url();
    if (!url.startsWith('http')) return;
    if (new URL(url).pathname.startsWith('/api/')) answered.push(`${res.status()} ${url}`);
    else if (!res.fromServiceWorker()) notFromWorker.push(url);
  });

  // The shell comes from the service worker cache; the passphrase opens the local database.
  await page.reload();
  await unlock(page);
  await expect(page.getByText('Offline – saving on this device')).toBeVisible();

  // Every file the worker precached answers offline, and the icon needs no request at all
  // (Chromium fetches a favicon outside the service worker).
  const unanswered = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const req of await (await caches.open(name)).keys()) {
        // Workbox keys entries by revision; the page asks for the plain address.
        const url = new URL(req.url);
        url.searchParams.delete('__WB_REVISION__');
        urls.push(url.href);
      }
    const bad: string[] = [];
    for (const url of urls) {
      const res = await fetch(url).catch(() => null);
      if (!res?.ok) bad.push(url);
    }
    return { count: urls.length, bad };
  });
  expect(unanswered.count).toBeGreaterThan(10);
  expect(unanswered.bad).toEqual([]);
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg/);

  await logCall(page, call);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Reference pending');
  // Never offered to the server (nothing is tried while offline): saved here, not yet waiting on it.
  await expect(page.getByText('Saved on this device', { exact: true }).first()).toBeVisible();
  const callUrl = page.url();
  const callId = callUrl.split('/').pop() ?? '';

  await addAction(page, 'Visit the address and speak to the neighbours');
  await addNote(page, 'Spoke to the reporter on the phone; music every Friday.');
  const timeline = page.getByRole('list', { name: 'Chronology, newest first' });
  await expect(timeline).toContainText('Spoke to the reporter on the phone');

  const outbox = await readOutbox(page, userId);
  const kinds = outbox.map((r) => `${r.kind} ${r.table}`);
  expect(kinds).toEqual(
    expect.arrayContaining(['create calls', 'create actions', 'create callNotes']),
  );
  expect(outbox.filter((r) => r.recordId === callId)).toHaveLength(1);
  expect(outbox.every((r) => r.status === 'pending')).toBe(true);
  // Counted as the person made them: the call with its new location is one, then the action and the note.
  const changes = new Set(outbox.map((r) => r.changeId)).size;
  expect(changes).toBe(3);
  await expect(syncSummary(page)).toContainText(`${changes} waiting to send`);

  // The calls list shows the new call as pending too.
  await page.getByRole('link', { name: 'Calls', exact: true }).click();
  const card = page.getByRole('listitem').filter({ hasText: call.address });
  await expect(card).toContainText('Reference pending');
  await expect(card).toContainText('Saved on this device');

  // Close the app and open it again, still offline.
  await page.close();
  const again = await context.newPage();
  // Opening the call's address asks for the passphrase, then returns to the call.
  await again.goto(callUrl);
  await unlock(again);
  await expect(again).toHaveURL(callUrl);
  await expect(again.getByRole('heading', { level: 1 })).toContainText('Reference pending');
  await expect(syncSummary(again)).toContainText(`${changes} waiting to send`);
  await expect(again.getByText(call.summary)).toBeVisible();
  await expect(again.getByRole('list', { name: 'Actions' })).toContainText(
    'Visit the address and speak to the neighbours',
  );
  await expect(again.getByRole('list', { name: 'Chronology, newest first' })).toContainText(
    'Spoke to the reporter on the phone; music every Friday.',
  );
  expect(await readOutbox(again, userId)).toEqual(outbox);

  // Nothing reached the server: every /api request failed, every page file came from the worker.
  context.off('request', onRequest);
  test.info().annotations.push({
    type: 'requests while offline',
    description: `${attempted.length} attempted (${attempted.filter((r) => r.includes('/api/')).length} to /api)`,
  });
  expect(attempted.length).toBeGreaterThan(0);
  // The browser says offline, so sync does not even try (each try would fail after a timeout).
  expect(attempted.filter((r) => r.includes('/api/sync/'))).toEqual([]);
  expect(answered).toEqual([]);
  expect(notFromWorker).toEqual([]);
  expect(failedFiles).toEqual([]);
});
