/**
 * The calls list on a 390 px phone, and a change to a call's details
 * travelling between two people through the real server.
 */
import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  horizontalOverflow,
  logCall,
  sampleCall,
  signIn,
  syncSummary,
  unlockIfLocked,
  waitForSync,
} from './flows';

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first call card is visible without scrolling after sign-in', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await signIn(page, 'chair');
    await waitForSync(page);
    await expect(page).toHaveURL(/\/calls$/);
    const first = page.getByRole('list', { name: 'Calls' }).getByRole('listitem').first();
    await expect(first).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(first).toBeInViewport();
    await expectNoAxeViolations(page);

    // The folded filters open in place, and the one applied shows as a removable tag.
    await page.getByText('Filter', { exact: true }).click();
    await page.getByLabel('Ward').selectOption({ label: 'Kemsing' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByRole('button', { name: 'Remove filter: Ward: Kemsing' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a typical call fits about two screens of "Log a call", with More details folded', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await signIn(page, 'chair');
    await waitForSync(page);
    await page.getByRole('link', { name: 'Log a call' }).first().click();
    await expect(page.getByRole('heading', { name: 'Log a call', level: 1 })).toBeVisible();
    await page.getByLabel('Summary', { exact: true }).fill('Loud music from the flat above.');
    await page
      .getByLabel('Which agency passed on the call?')
      .selectOption({ label: 'Kent Police' });
    await page.getByLabel('Find a category').fill('noise');
    await page.getByRole('checkbox', { name: 'Noise', exact: true }).check();
    await page.getByRole('radio', { name: 'Standard' }).check();
    await page.getByLabel('Address or place').fill('4 Dynes Road, Kemsing');
    await page.getByLabel('Ward', { exact: true }).selectOption({ label: 'Kemsing' });
    await page.getByLabel('Reporter’s name').fill('Phone Reporter');
    await page.getByLabel('Phone number, email or address').fill('01732 000000');
    await page.getByRole('radio', { name: 'Phone call' }).check();

    const more = page.locator('details').filter({ hasText: 'More details' });
    await expect(more).not.toHaveAttribute('open');
    const saveBottom = await page
      .getByRole('button', { name: 'Save call' })
      .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    // The form itself, from its heading to Save call (the header above it grows with each role's
    // navigation, which is not the form's length).
    const formTop = await page
      .getByRole('heading', { name: 'Log a call', level: 1 })
      .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const screenHeight = await page.evaluate(() => window.innerHeight);
    expect((saveBottom - formTop) / screenHeight, 'Log a call, in phone screens').toBeLessThan(2);
    expect(await horizontalOverflow(page)).toBe(0);
    await expectNoAxeViolations(page);

    // Opened, More details holds the dates and vulnerability, and still passes axe.
    await page.getByText(/^More details/).click();
    await expect(page.getByLabel('Date and time received')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Vulnerability' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('a change of ward reaches a second browser with its chronology entry', async ({ browser }) => {
  test.setTimeout(180_000);
  const chair = await browser.newContext();
  const asb = await browser.newContext();
  try {
    const chairPage = await chair.newPage();
    await chairPage.goto('/');
    await signIn(chairPage, 'chair');
    await waitForSync(chairPage);
    await logCall(chairPage, sampleCall(`Edit ${Date.now()}`));
    const callUrl = new URL(chairPage.url()).pathname;
    await expect(syncSummary(chairPage)).toContainText('All changes sent', { timeout: 30_000 });

    const asbPage = await asb.newPage();
    await asbPage.goto('/');
    await signIn(asbPage, 'asbofficer');
    await waitForSync(asbPage);
    await asbPage.goto(callUrl);
    await unlockIfLocked(asbPage);
    await asbPage.getByRole('button', { name: 'Change call details' }).click();
    const form = asbPage.getByRole('region', { name: 'Change call details' });
    await form.getByLabel('Ward', { exact: true }).selectOption({ label: 'Otford and Shoreham' });
    await expectNoAxeViolations(asbPage);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(asbPage.getByText('Call details changed.')).toBeVisible();
    await expect(syncSummary(asbPage)).toContainText('All changes sent', { timeout: 30_000 });

    // The ASB officer's header can still say "All changes sent" for a moment after the save,
    // before it counts the new outbox row (the push goes about 2 s later), so the chair may
    // have to press "Sync now" again, as a person would.
    const chronology = chairPage.getByRole('list', { name: 'Chronology, newest first' });
    await expect(async () => {
      await chairPage.getByRole('button', { name: 'Sync now' }).click();
      await waitForSync(chairPage);
      await expect(chronology).toContainText('Call details changed', { timeout: 5_000 });
    }).toPass({ timeout: 60_000 });
    await expect(chronology).toContainText('Ward: Kemsing → Otford and Shoreham');
  } finally {
    await chair.close();
    await asb.close();
  }
});
