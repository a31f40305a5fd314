/**
 * Issue 10 end to end, in the production build on a 390 px touch phone: a
 * PCSO logs three visits with no signal (location granted for one, refused
 * for another, a photo on the third), the page is killed mid-draft and the
 * draft finished after reopening; back online the server holds exactly
 * those three visits and the one photo, and the linked call lists them.
 * Then a PCSO's delivery visit shows as delivered in the ASB officer's browser.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  horizontalOverflow,
  signIn,
  smallTargets,
  syncSummary,
  unlock,
  unlockIfLocked,
  waitForServiceWorker,
  waitForSync,
} from './flows';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
/** Kemsing, one of the demo PCSO's wards. */
const KEMSING = 'E05005021';

interface PulledRecord {
  id: string;
  status?: string;
  wardCode?: string;
  location?: { wardCode?: string };
  notes?: string;
  callId?: string;
  photos?: { sha256: string; type: string; bytes: number }[];
}

/** Everything the signed-in user may read, by table, through the real pull API. */
async function pullEverything(page: Page): Promise<Map<string, PulledRecord[]>> {
  const tables = new Map<string, PulledRecord[]>();
  let cursor = '';
  for (;;) {
    const res = await page.request.get(
      `/api/sync/pull?limit=2000${cursor ? `&cursor=${cursor}` : ''}`,
    );
    expect(res.status()).toBe(200);
    const body = (await res.json()) as {
      changes: { table: string; op: string; record?: PulledRecord }[];
      cursor: string;
      hasMore: boolean;
    };
    for (const c of body.changes) {
      if (c.op !== 'upsert' || !c.record) continue;
      const rows = tables.get(c.table) ?? [];
      rows.push(c.record);
      tables.set(c.table, rows);
    }
    cursor = encodeURIComponent(body.cursor);
    if (!body.hasMore) return tables;
  }
}

/** A 12-megapixel JPEG made in the page (a gradient), as a file for the gallery input. */
async function cameraPhoto(page: Page, name: string) {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(4000, 3000);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    const gradient = ctx.createLinearGradient(0, 0, 4000, 3000);
    gradient.addColorStop(0, '#2b5f2b');
    gradient.addColorStop(1, '#c8b07a');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, 4000, 3000);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return { name, mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
}

/** Phone checks for a screen: axe, nothing narrower than 320 px needs sideways scrolling, touch targets. */
async function checkPhoneScreen(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  expect(await smallTargets(page), `small touch targets on ${page.url()}`).toEqual([]);
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await horizontalOverflow(page), `sideways scroll at 320 px on ${page.url()}`).toBe(0);
  await page.setViewportSize(PHONE.viewport);
}

async function draftSaved(page: Page, text: string): Promise<boolean> {
  return page.evaluate(async (needle) => {
    const dbs = await indexedDB.databases();
    for (const info of dbs) {
      if (!info.name?.startsWith('csu-')) continue;
      const found = await new Promise<boolean>((resolve) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(JSON.stringify(req.result).includes(needle));
          };
          req.onerror = () => resolve(false);
        };
        open.onerror = () => resolve(false);
      });
      if (found) return true;
    }
    return false;
  }, text);
}

async function startVisitFromCall(page: Page, type: string, address: string, notes: string) {
  await page.getByRole('link', { name: 'Log a visit for this call' }).click();
  await expect(page.getByRole('heading', { name: 'Log a visit', level: 1 })).toBeVisible();
  await page.getByLabel(type, { exact: true }).check();
  await page.getByLabel('Address or place').fill(address);
  await page.getByLabel('Ward', { exact: true }).selectOption({ label: 'Kemsing' });
  await page.getByLabel('Notes').fill(notes);
}

async function saveVisit(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Save visit' }).click();
  await expect(page.getByRole('heading', { name: 'As recorded' })).toBeVisible();
  const id = /\/visits\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on a visit page: ${page.url()}`);
  return id;
}

async function backToCall(page: Page, callId: string) {
  await page.getByRole('link', { name: 'Open the linked call' }).click();
  await expect(page).toHaveURL(new RegExp(`/calls/${callId}$`));
}

test.describe('field visits on a phone', () => {
  test.use(PHONE);

  test('three visits with no signal, one with a photo, survive a killed page and reach the server once', async ({
    context,
    page,
  }) => {
    test.setTimeout(300_000);
    const tag = `E2E ${Date.now()}`;
    await page.goto('/');
    await signIn(page, 'pcso');
    await expect(page).toHaveURL(/\/my-day$/);
    await waitForSync(page);
    await waitForServiceWorker(page);
    await unlockIfLocked(page);
    await waitForSync(page);
    await checkPhoneScreen(page);

    const everything = await pullEverything(page);
    const call = (everything.get('calls') ?? []).find(
      (c) => c.status !== 'closed' && c.location?.wardCode === KEMSING,
    );
    if (!call) throw new Error('no open call in the PCSO’s wards in the demo data');
    const visitsBefore = (everything.get('visits') ?? []).length;
    await page.goto(`/calls/${call.id}`);
    await unlockIfLocked(page);
    await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible();

    // No signal from here until all three visits are logged.
    await context.setOffline(true);
    const origin = new URL(page.url()).origin;

    // 1: location shared.
    await context.grantPermissions(['geolocation'], { origin });
    await context.setGeolocation({ latitude: 51.3036, longitude: 0.2337, accuracy: 12 });
    await startVisitFromCall(page, 'Reassurance visit', '4 Dynes Road, Kemsing', `${tag} one`);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect(page.getByText('Location recorded (to within 12 metres).')).toBeVisible();
    const first = await saveVisit(page);
    await expect(page.getByText('51.3036, 0.2337 (to within 12 metres)')).toBeVisible();
    await backToCall(page, call.id);

    // 2: location refused; the visit saves without it.
    await context.clearPermissions();
    await startVisitFromCall(page, 'Welfare visit', '6 Dynes Road, Kemsing', `${tag} two`);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect(page.getByText('Location not shared: the visit saves without it.')).toBeVisible();
    const second = await saveVisit(page);
    await backToCall(page, call.id);

    // 3: a photo from the gallery, then the page is killed mid-draft.
    await startVisitFromCall(page, 'Patrol', 'Lay-by on the Pilgrims Way', `${tag} three`);
    await page
      .getByLabel('Choose from the gallery')
      .setInputFiles(await cameraPhoto(page, 'IMG_4410.jpg'));
    await expect(page.getByText(/IMG_4410\.jpg, 1600 × 1200/)).toBeVisible({ timeout: 30_000 });
    await checkPhoneScreen(page);
    await expect.poll(() => draftSaved(page, `${tag} three`)).toBe(true);
    const draftPath = new URL(page.url()).pathname;
    await page.close();

    const reopened = await context.newPage();
    await reopened.goto('/my-day');
    await unlock(reopened);
    await expect(reopened).toHaveURL(/\/my-day$/);
    const resume = reopened.getByRole('link', { name: /Continue: Patrol/ });
    await expect(resume).toHaveAttribute('href', draftPath);
    await resume.click();
    await expect(reopened.getByText('This is the visit you were logging.')).toBeVisible();
    await expect(reopened.getByLabel('Notes')).toHaveValue(`${tag} three`);
    await expect(reopened.getByText(/IMG_4410\.jpg, 1600 × 1200/)).toBeVisible();
    const third = await saveVisit(reopened);
    const photoState = reopened.getByTestId('photo-state');
    await expect(photoState).toHaveText(
      'Saved on this phone. It is sent after the visit reaches the server.',
    );
    await checkPhoneScreen(reopened);
    await reopened.getByRole('link', { name: 'Back to My day' }).click();
    await expect(reopened.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
    await expect(syncSummary(reopened)).toContainText('4 waiting to send');

    // Signal again: the three visits, then the photo.
    await context.setOffline(false);
    await reopened.getByRole('button', { name: 'Sync now' }).click();
    await expect(syncSummary(reopened)).toContainText('All changes sent', { timeout: 60_000 });

    const after = await pullEverything(reopened);
    const visits = after.get('visits') ?? [];
    const mine = visits.filter((v) => v.notes?.startsWith(tag));
    expect(visits).toHaveLength(visitsBefore + 3);
    expect(mine.map((v) => v.id).sort()).toEqual([first, second, third].sort());
    expect(mine.every((v) => v.callId === call.id)).toBe(true);
    const photos = mine.flatMap((v) => v.photos ?? []);
    expect(photos).toHaveLength(1);
    const photo = photos[0];
    if (!photo) throw new Error('no photo');
    const download = await reopened.request.get(`/api/attachments/${photo.sha256}?visit=${third}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('image/jpeg');
    expect((await download.body()).byteLength).toBe(photo.bytes);

    await reopened.goto(`/visits/${third}`);
    await unlockIfLocked(reopened);
    await expect(reopened.getByTestId('photo-state')).toHaveText('Sent');
    await reopened.goto(`/calls/${call.id}`);
    await unlockIfLocked(reopened);
    const listed = reopened.getByRole('list', { name: 'Visits' });
    for (const id of [first, second, third])
      await expect(listed.locator(`a[href="/visits/${id}"]`)).toBeVisible();
  });
});

async function signedInPhone(context: BrowserContext, username: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, username);
  await waitForSync(page);
  return page;
}

test('a PCSO records a delivery on a visit and the ASB officer’s browser shows the letter delivered', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const pcso = await browser.newContext(PHONE);
  const officer = await browser.newContext();
  try {
    const phone = await signedInPhone(pcso, 'pcso');
    const letters = phone.getByRole('list', { name: /Letters to deliver/ });
    const letter = letters.getByRole('link').first();
    const recipient = (await letter.locator('strong').textContent())?.trim() ?? '';
    expect(recipient).not.toBe('');

    const desk = await signedInPhone(officer, 'asbofficer');
    const awaiting = desk.getByRole('region', { name: /Letters awaiting delivery/ });
    await awaiting.getByRole('link', { name: recipient }).first().click();
    await expect(desk.getByText('Not yet delivered')).toBeVisible();
    const record = desk.url();

    await letter.click();
    await expect(phone.getByRole('heading', { name: 'Log a visit', level: 1 })).toBeVisible();
    await expect(phone.getByLabel('Warning letter delivery')).toBeChecked();
    await expect(phone.getByLabel(recipient)).toBeChecked();
    await phone.getByLabel('Through the letterbox').check();
    await phone.getByLabel('Notes').fill('Nobody home; letter put through the door.');
    await expectNoAxeViolations(phone);
    await saveVisit(phone);
    await expect(syncSummary(phone)).toContainText('All changes sent', { timeout: 60_000 });

    await desk.getByRole('button', { name: 'Sync now' }).click();
    await waitForSync(desk);
    await desk.goto(record);
    await unlockIfLocked(desk);
    await expect(desk.getByText('Not yet delivered')).toHaveCount(0, { timeout: 30_000 });
  } finally {
    await pcso.close();
    await officer.close();
  }
});
