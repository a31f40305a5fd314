/**
 * Issue 10, phone ergonomics in landscape: a PCSO holding the phone sideways
 * (844 × 390, touch) uses "My day" and "Log a visit" with no sideways
 * scrolling, every control at least 44 px, and no axe violations, with the
 * keyboard-sized height left for the form.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  horizontalOverflow,
  signIn,
  smallTargets,
  unlockIfLocked,
  waitForSync,
} from './flows';

test.use({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true });

async function checkLandscape(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  expect(await horizontalOverflow(page), `sideways scroll on ${page.url()}`).toBe(0);
  expect(await smallTargets(page), `small touch targets on ${page.url()}`).toEqual([]);
}

test('My day and Log a visit on a phone held sideways: no sideways scroll, 44 px targets, axe clean', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await signIn(page, 'pcso');
  await expect(page).toHaveURL(/\/my-day$/);
  await waitForSync(page);
  await unlockIfLocked(page);
  await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
  await checkLandscape(page);

  await page.locator('main').getByRole('link', { name: 'Log a visit' }).tap();
  await expect(page.getByRole('heading', { name: 'Log a visit', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Notes')).toBeVisible();
  await checkLandscape(page);

  // Half filled in, with an error showing at a field: still fits sideways.
  await page.getByLabel('Patrol', { exact: true }).check();
  await page.getByLabel('Address or place').fill('Lay-by on the Pilgrims Way, Kemsing');
  await page.getByRole('button', { name: 'Save visit' }).tap();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await checkLandscape(page);

  // The discard confirmation fits too; confirming leaves no draft on the device.
  await page.getByRole('button', { name: 'Discard draft' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Discard this draft?' });
  await expect(dialog).toBeVisible();
  await checkLandscape(page);
  await dialog.getByRole('button', { name: 'Discard draft' }).tap();
  await expect(page.getByRole('heading', { name: 'My day', level: 1 })).toBeVisible();
  await expect(page.getByText('No unfinished visits.')).toBeVisible();
});
