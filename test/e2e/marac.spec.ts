/**
 * Community MARAC end to end, in the production build against the real
 * server: a PCSO refers someone offline on a phone and syncs, after which
 * every IndexedDB database and store in that browser, read raw, holds only
 * the receipt; a member accepts the referral, lists it for a meeting and
 * records an action (the server's decisions come back, the view is
 * audited); an admin then removes the member's role and the member's next
 * sync removes the referral from their browser. axe on every MARAC screen.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  FIRST_SYNC_TIMEOUT_MS,
  horizontalOverflow,
  signIn,
  syncSummary,
  unlockIfLocked,
  waitForServiceWorker,
  waitForSync,
} from './flows';
import { DEMO_PASSWORD } from './server';

const PROTOCOL = { 'X-Protocol-Version': '1' };

/** Every record in every IndexedDB database of this origin, by database and store, read raw. */
function readAllIndexedDb(page: Page): Promise<Record<string, Record<string, unknown[]>>> {
  return page.evaluate(async () => {
    const out: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => resolve(open.result);
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        stores[name] = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onerror = () => reject(req.error);
          req.onsuccess = () => resolve(req.result as unknown[]);
        });
      }
      db.close();
      out[info.name] = stores;
    }
    return out;
  });
}

/** Presses "Sync now" and waits for the header to say the round finished. */
async function syncNow(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Sync now' });
  await expect(button).toBeEnabled({ timeout: FIRST_SYNC_TIMEOUT_MS });
  await button.click();
  await expect(syncSummary(page)).toContainText('Sync finished', {
    timeout: FIRST_SYNC_TIMEOUT_MS,
  });
}

async function signInOverHttp(api: APIRequestContext, username: string): Promise<void> {
  const login = await api.post('/api/auth/login', {
    headers: PROTOCOL,
    data: { username, password: DEMO_PASSWORD, deviceName: 'Playwright admin check' },
  });
  expect(login.status(), `sign-in as ${username}`).toBe(200);
}

/** An ISO date `days` from today. */
function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const tag = `${Date.now()}`.slice(-6);
/** What the PCSO types: none of it may stay in the PCSO's browser once the server has it. */
const SECRET = {
  name: `Jordan Quillfeather ${tag}`,
  alias: `JQ-${tag}`,
  address: `${tag} Granville Road, Sevenoaks`,
  phone: `07700 9${tag}`,
  otherParties: `Neighbour Ashworth-${tag}`,
  whyNot: `Would alert the household ${tag}`,
  reason: `Shouting and threats at the bus stop, week ${tag}`,
  risks: `Carries a knife, per report ${tag}`,
  tried: `Warning letter given ${tag}`,
};

async function fillReferral(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'A person' }).check();
  await page.getByLabel('Name of the person, family or location').fill(SECRET.name);
  await page.getByLabel('Aliases', { exact: true }).fill(SECRET.alias);
  await page.getByLabel('Date of birth (if known)').fill('1990-04-12');
  await page.getByLabel('Address', { exact: true }).fill(SECRET.address);
  await page.getByLabel('Phone', { exact: true }).fill(SECRET.phone);
  const safe = page.getByRole('group', { name: 'Is it safe to call this number?' });
  await safe.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByLabel('Other parties', { exact: true }).fill(SECRET.otherParties);
  await page.getByRole('checkbox', { name: 'Hate related incidents' }).check();
  await page.getByRole('radio', { name: /^High/ }).check();
  const consent = page.getByRole('group', { name: /consented/ });
  await consent.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByLabel('Why was consent not given or not sought?').fill(SECRET.whyNot);
  await page.getByLabel('Reason for the referral').fill(SECRET.reason);
  await page.getByLabel('Risks', { exact: true }).fill(SECRET.risks);
  await page.getByRole('checkbox', { name: 'West Kent Housing' }).check();
  await page.getByLabel('Actions already tried').fill(SECRET.tried);
}

/** The typed values found anywhere in a dump of IndexedDB. */
function secretsIn(dump: unknown): string[] {
  const text = JSON.stringify(dump);
  return Object.values(SECRET).filter((v) => text.includes(v));
}

test('a referral sent offline leaves only a receipt; a member works it; losing the role removes it', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(420_000);
  const pcso = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const member = await browser.newContext();
  const admin = await playwright.request.newContext({ baseURL });
  let memberId: string | undefined;
  let roleRemoved = false;
  try {
    // --- The PCSO, on a phone: installed, then offline.
    const phone = await pcso.newPage();
    await phone.goto('/');
    await signIn(phone, 'pcso');
    await waitForSync(phone);
    await waitForServiceWorker(phone);
    await unlockIfLocked(phone);
    await waitForSync(phone);
    await pcso.setOffline(true);
    await expect(phone.getByText('Offline – saving on this device')).toBeVisible();

    await phone.getByRole('link', { name: 'Refer to MARAC' }).first().click();
    await expect(
      phone.getByRole('heading', { name: 'Refer to the Community MARAC', level: 1 }),
    ).toBeVisible();
    await expectNoAxeViolations(phone);
    await fillReferral(phone);
    await phone.setViewportSize({ width: 320, height: 800 });
    expect(await horizontalOverflow(phone), 'sideways scroll at 320 px').toBe(0);
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.getByRole('button', { name: 'Send referral' }).click();
    await expect(phone).toHaveURL(/\/marac\/sent$/);
    await expect(phone.getByText('1 referral is waiting to be sent.')).toBeVisible();
    await expectNoAxeViolations(phone);
    // Until the server has it, the referral is on the device (record and outbox), draft gone.
    const offline = await readAllIndexedDb(phone);
    expect(secretsIn(offline)).toEqual(Object.values(SECRET));

    // --- Back online: the server applies it and the device swaps it for a receipt.
    await pcso.setOffline(false);
    await expect(syncSummary(phone)).toContainText('All changes sent', { timeout: 60_000 });
    const receipts = phone.getByRole('table', { name: 'Receipts for referrals sent' });
    await expect(receipts.getByRole('cell', { name: 'Received' })).toHaveCount(1);
    await expect(phone.getByText('waiting to be sent')).toHaveCount(0);
    await expectNoAxeViolations(phone);
    expect(await horizontalOverflow(phone)).toBe(0);

    const dump = await readAllIndexedDb(phone);
    expect(secretsIn(dump), 'typed referral details left in IndexedDB').toEqual([]);
    const userDbs = Object.entries(dump).filter(([name]) => name.startsWith('csu-'));
    expect(userDbs.length).toBeGreaterThan(0);
    for (const [name, stores] of userDbs) {
      const referrals = (stores.maracReferrals ?? []) as Record<string, unknown>[];
      expect(referrals, name).toHaveLength(1);
      const { _sync, ...receipt } = referrals[0] ?? {};
      expect(Object.keys(receipt).sort(), name).toEqual(['date', 'id', 'receipt', 'status']);
      expect(receipt).toMatchObject({ receipt: true, status: 'received' });
      expect(JSON.stringify(_sync ?? {})).not.toMatch(/subject|reason/i);
      for (const table of ['maracDecisions', 'maracMeetings', 'maracActions', 'maracSubjectLinks'])
        expect(stores[table] ?? [], `${name} ${table}`).toEqual([]);
      const outbox = (stores.outbox ?? []) as { table: string }[];
      expect(
        outbox.filter((r) => r.table === 'maracReferrals'),
        `${name} outbox`,
      ).toEqual([]);
      expect(JSON.stringify(stores.drafts ?? []), `${name} drafts`).not.toContain('marac');
    }

    // --- A MARAC member: accepts it, lists it for a new meeting, records an action.
    const page = await member.newPage();
    await page.goto('/');
    memberId = await signIn(page, 'marac');
    await waitForSync(page);
    await page.getByRole('link', { name: 'MARAC', exact: true }).first().click();
    await expect(
      page.getByRole('heading', { name: 'Community MARAC referrals', level: 1 }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    const meetingDate = daysFromToday(14);
    await page.getByRole('link', { name: 'Meetings', exact: true }).click();
    await expect(
      page.getByRole('heading', { name: 'Community MARAC meetings', level: 1 }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Meeting date').fill(meetingDate);
    await page.getByRole('button', { name: 'Add meeting' }).click();
    await expect(page).toHaveURL(/\/marac\/meetings\/[0-9a-f-]{36}$/);
    const meetingUrl = page.url();

    await page.getByRole('link', { name: 'All meetings' }).click();
    await page.getByRole('link', { name: 'All referrals' }).click();
    await page.getByRole('link', { name: SECRET.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SECRET.name);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Accept referral' }).click();
    await expect(page.getByRole('heading', { name: 'Meetings and outcome' })).toBeVisible();
    const meetingOption = page.getByLabel('List for a meeting');
    const label = await meetingOption
      .locator('option')
      .filter({ hasText: /Meeting on/ })
      .first()
      .textContent();
    await meetingOption.selectOption({ label: label ?? '' });
    await page.getByRole('button', { name: 'List for meeting' }).click();
    await expect(page.getByText(/Listed for:/)).toBeVisible();
    await page.getByLabel('Action', { exact: true }).fill(`Joint visit with housing ${tag}`);
    await page.getByLabel('Agency', { exact: true }).selectOption({ label: 'West Kent Housing' });
    await page.getByLabel('Owner').fill('Gareth Lloyd');
    await page.getByLabel('Due date').fill(daysFromToday(10));
    await page.getByRole('button', { name: 'Add action' }).click();
    await expect(page.getByText(`Joint visit with housing ${tag}`)).toBeVisible();
    await expectNoAxeViolations(page);

    // The server records a decision for each command; they arrive with the next pull.
    await syncNow(page);
    const decisions = page.getByRole('region', { name: 'Decisions' });
    await expect(decisions.getByText(/Accepted/)).toBeVisible({ timeout: 30_000 });
    await expect(decisions.getByText(/Listed for a meeting/)).toBeVisible();

    await page.getByRole('link', { name: 'Link to person records' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('person records');
    await expectNoAxeViolations(page);

    await page.goto(meetingUrl);
    await unlockIfLocked(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Community MARAC meeting');
    await expect(page.getByRole('link', { name: SECRET.name })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Chair').fill('Insp. Rachel Cole');
    await page.getByRole('button', { name: 'Save minutes' }).click();
    await expect(page.getByText('Minutes saved.')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Minutes as saved' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save minutes' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'All meetings' }).click();
    await page.getByRole('link', { name: 'All referrals' }).click();
    await page.getByRole('link', { name: 'Figures' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await syncNow(page);

    // Opening the referral was audited on the server (ids only).
    await signInOverHttp(admin, 'admin');
    const audit = await admin.get(
      `/api/admin/audit?action=view&table=maracReferrals&userId=${memberId}`,
      { headers: PROTOCOL },
    );
    expect(audit.status()).toBe(200);
    const views = ((await audit.json()) as { entries: { ids: string[] }[] }).entries;
    expect(views.length).toBeGreaterThanOrEqual(2);
    const memberDump = await readAllIndexedDb(page);
    expect(JSON.stringify(memberDump)).toContain(SECRET.name);

    // --- The admin takes the role away; the member's next sync clears the referral.
    const change = await admin.patch(`/api/admin/users/${memberId}`, {
      headers: PROTOCOL,
      data: { roles: ['field'] },
    });
    expect(change.status()).toBe(200);
    roleRemoved = true;
    await syncNow(page);
    await expect
      .poll(async () => JSON.stringify(await readAllIndexedDb(page)).includes(SECRET.name), {
        timeout: FIRST_SYNC_TIMEOUT_MS,
      })
      .toBe(false);
    const after = await readAllIndexedDb(page);
    for (const [name, stores] of Object.entries(after).filter(([n]) => n.startsWith('csu-')))
      for (const table of ['maracReferrals', 'maracDecisions', 'maracMeetings', 'maracActions'])
        expect(stores[table] ?? [], `${name} ${table}`).toEqual([]);
  } finally {
    // Specs share one server: give the demo member the role back for the specs after this one.
    if (roleRemoved && memberId) {
      const restore = await admin.patch(`/api/admin/users/${memberId}`, {
        headers: PROTOCOL,
        data: { roles: ['marac'] },
      });
      expect(restore.status(), 'marac role restored').toBe(200);
    }
    await pcso.close();
    await member.close();
    await admin.dispose();
  }
});
