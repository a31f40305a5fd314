/**
 * The enforcement issue's end-to-end flow in the production build against
 * the real demo server: the ASB officer issues an Acceptable Behaviour
 * Agreement while offline and syncs it; a PCSO records its delivery on a
 * visit (a warning-letter delivery completing the delivery task); the
 * officer then sees it delivered with the first review due in 4 weeks, and
 * the printed letter is the stored text. axe on every enforcement screen,
 * at desktop width and on a 390 px phone, with no sideways scroll at 320 px.
 */
import { expect, test, type Page } from '@playwright/test';
import { addDays, formatDate, londonDate } from '../../src/domain/dates';
import { COUNCIL_ADDRESS_LINES } from '../../src/domain/reference/council';
import {
  expectNoAxeViolations,
  horizontalOverflow,
  signIn,
  syncSummary,
  unlockIfLocked,
  waitForServiceWorker,
  waitForSync,
} from './flows';

/** Rows of one table of the signed-in user's device database (`csu-<userId>`). */
function deviceRows(page: Page, userId: string, table: string) {
  return page.evaluate(
    ([name, store]) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open(name!);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(store!, 'readonly').objectStore(store!).getAll();
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            db.close();
            resolve(req.result as Record<string, unknown>[]);
          };
        };
      }),
    [`csu-${userId}`, table],
  );
}

/** Presses "Sync now" and waits until the header says every change reached the server. */
async function syncAll(page: Page) {
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(syncSummary(page)).toContainText('All changes sent', { timeout: 45_000 });
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout: 45_000 });
}

/** axe at the current size, then on a 390 px phone, then no sideways scroll at 320 px. */
async function checkAtEveryWidth(page: Page) {
  await expectNoAxeViolations(page);
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page);
  expect(await horizontalOverflow(page), `sideways scroll at 390 px on ${page.url()}`).toBe(0);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await horizontalOverflow(page), `sideways scroll at 320 px on ${page.url()}`).toBe(0);
  if (desktop) await page.setViewportSize(desktop);
}

// A step that cannot happen fails at that step, not at the end of the whole flow's time.
test.use({ actionTimeout: 30_000 });

test('an ABA issued offline is delivered on a PCSO’s visit and shows its first review in 4 weeks', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const today = londonDate(new Date());
  const recipient = `Jordan Hale ${Date.now()}`;
  const officerContext = await browser.newContext();
  const pcsoContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  try {
    // The ASB officer installs the app: first sync, service worker in control.
    const officer = await officerContext.newPage();
    await officer.goto('/');
    const officerId = await signIn(officer, 'asbofficer');
    await waitForSync(officer);
    await waitForServiceWorker(officer);
    await unlockIfLocked(officer);
    await waitForSync(officer);
    await expect(officer).toHaveURL(/\/enforcement$/);
    await expect(officer.getByRole('heading', { name: 'Enforcement', level: 1 })).toBeVisible();
    await checkAtEveryWidth(officer);

    // Offline: issue an ABA by hand delivery to the PCSO, with its letter previewed.
    await officerContext.setOffline(true);
    await officer.getByRole('button', { name: 'Issue a letter or power' }).click();
    await expect(
      officer.getByRole('heading', { name: 'Issue a letter or power', level: 1 }),
    ).toBeVisible();
    await officer.getByLabel('Recipient name').fill(recipient);
    await officer.getByLabel('Recipient address').fill('14 Dynes Road, Kemsing');
    await officer.getByLabel('Ward of the address').selectOption({ label: 'Kemsing' });
    await officer.getByLabel('Step', { exact: true }).selectOption({
      label: 'Acceptable Behaviour Agreement',
    });
    await officer
      .getByRole('group', { name: /Linked calls/ })
      .getByRole('checkbox')
      .first()
      .check();
    await officer.getByLabel('Terms').fill('Not to gather outside the Kemsing shops after 9pm.');
    await officer.getByRole('radio', { name: 'By hand' }).check();
    await officer
      .getByLabel('Who will deliver it')
      .selectOption({ label: 'PCSO Daniel Fletcher (Kent Police)' });
    await officer.getByRole('button', { name: 'Preview the letter' }).click();
    const preview = officer.getByRole('article', { name: 'Letter preview' });
    await expect(preview).toContainText(`Dear ${recipient},`);
    await checkAtEveryWidth(officer);
    await officer.getByRole('button', { name: 'Issue', exact: true }).click();

    await expect(
      officer.getByRole('heading', { name: `${recipient}: Acceptable Behaviour Agreement` }),
    ).toBeVisible();
    await expect(syncSummary(officer)).toContainText('waiting to send');
    await expect(officer.getByText('Not yet delivered')).toBeVisible();
    const recordPath = new URL(officer.url()).pathname;
    await checkAtEveryWidth(officer);

    // Back online, the record, its letter and its delivery task reach the server.
    await officerContext.setOffline(false);
    await syncAll(officer);

    // The PCSO sees the letter on My day and records its delivery on a visit.
    const pcso = await pcsoContext.newPage();
    await pcso.goto('/');
    const pcsoId = await signIn(pcso, 'pcso');
    await waitForSync(pcso);
    await expect(pcso).toHaveURL(/\/my-day$/);
    const letters = pcso.getByRole('region', { name: /Letters to deliver/ });
    await letters.getByRole('link', { name: new RegExp(recipient) }).click();
    await expect(pcso.getByRole('radio', { name: 'Warning letter delivery' })).toBeChecked();
    await expect(pcso.getByRole('radio', { name: recipient })).toBeChecked();
    await pcso.getByRole('radio', { name: 'Handed to the recipient' }).check();
    await pcso
      .getByLabel('Notes')
      .fill('Handed the agreement letter to the recipient at the door.');
    await pcso.getByRole('button', { name: 'Save visit' }).click();
    await expect(pcso).toHaveURL(/\/visits\/[0-9a-f-]{36}/);
    await syncAll(pcso);
    // The PCSO receives only the delivery task: never the record or its letter.
    expect(await deviceRows(pcso, pcsoId, 'enforcements')).toEqual([]);
    expect(await deviceRows(pcso, pcsoId, 'issuedLetters')).toEqual([]);

    // The officer sees it delivered, and the first review 4 weeks after issue.
    await syncAll(officer);
    await officer.getByRole('link', { name: 'Back to enforcement' }).click();
    await expect(
      officer.getByRole('region', { name: /Letters awaiting delivery/ }),
    ).not.toContainText(recipient);
    await officer
      .getByRole('link', { name: new RegExp(recipient) })
      .first()
      .click();
    await expect(officer).toHaveURL(new RegExp(`${recordPath}$`));
    const row = (key: string) =>
      officer.locator('.govuk-summary-list__row').filter({
        has: officer.locator('dt', { hasText: new RegExp(`^${key}$`) }),
      });
    await expect(row('Delivered')).not.toContainText('Not yet delivered');
    await expect(row('Delivered')).toContainText(formatDate(today));
    await expect(row('Next review due')).toContainText(formatDate(addDays(today, 28)));

    // The printed letter is the stored text, under the council's address block, and nothing else.
    await officer.getByRole('link', { name: 'View and print the letter as issued' }).click();
    const body = officer.getByTestId('letter-body');
    await expect(body).toBeVisible();
    await checkAtEveryWidth(officer);
    const [stored] = await deviceRows(officer, officerId, 'issuedLetters').then((rows) =>
      rows.filter((r) => String(r.body).includes(recipient)),
    );
    expect(stored, 'the issued letter on the device').toBeDefined();
    expect(await body.textContent()).toBe(stored!.body);
    await officer.emulateMedia({ media: 'print' });
    const printed = await officer.locator('body').innerText();
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(words(printed)).toBe(words([...COUNCIL_ADDRESS_LINES, String(stored!.body)].join('\n')));
    await expect(officer.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(officer.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await officer.emulateMedia({ media: 'screen' });
  } finally {
    await officerContext.close();
    await pcsoContext.close();
  }
});

test('the administrator changes a step of the powers ladder and the server takes it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await signIn(page, 'admin');
  await waitForSync(page);
  await page.getByRole('link', { name: 'Powers ladder' }).click();
  const table = page.getByRole('table', { name: 'Powers ladder' });
  const cbo = table.getByRole('row', { name: /Criminal Behaviour Order/ });
  await expect(cbo).toBeVisible();
  await expectNoAxeViolations(page);
  await cbo.getByRole('link').click();
  await expect(
    page.getByRole('heading', { name: 'Change Criminal Behaviour Order' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Usual length').fill('24');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(cbo).toContainText('24 months');
  await syncAll(page);
  await expect(cbo).toContainText('24 months');
});
