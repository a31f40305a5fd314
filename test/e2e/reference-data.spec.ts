/**
 * Reference data end to end, in the production build against the demo
 * server: the administrator renames a ward and adds a call category after
 * reading the preview of what devices will see; a chair's browser gets both
 * at its next sync, in the Log a call ward choices and the calls list's
 * category filter. axe on every reference screen. The demo's reference data
 * is restored at the end (other specs rely on it).
 */
import { expect, test, type Page } from '@playwright/test';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../src/domain/sync-protocol';
import { expectNoAxeViolations, signIn, syncSummary, unlockIfLocked, waitForSync } from './flows';

const WARD = { id: 'E05005010', name: 'Cowden and Hever', renamed: 'Cowden, Hever and Markbeech' };

async function syncAll(page: Page) {
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(syncSummary(page)).toContainText('All changes sent', { timeout: 45_000 });
  await expect(page.getByRole('button', { name: 'Sync now' })).toBeEnabled({ timeout: 45_000 });
}

/** The admin API as the signed-in admin's browser calls it (its cookie, its origin). */
async function adminApi(page: Page, method: 'GET' | 'PATCH', path: string, data?: unknown) {
  const res = await page.request.fetch(`/api/admin/reference${path}`, {
    method,
    data,
    headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION), Origin: new URL(page.url()).origin },
  });
  expect(res.status(), `${method} ${path}`).toBe(200);
  return res.json() as Promise<{ rows?: { id: string; name: string; active: boolean }[] }>;
}

async function preview(page: Page) {
  await page.getByRole('button', { name: 'Preview changes' }).click();
  const region = page.getByRole('region', { name: 'What devices will see' });
  await expect(region).toBeVisible();
  return region;
}

test('the administrator renames a ward and adds a category; a chair sees both after sync', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const category = `Begging ${Date.now().toString(36)}`;
  const chairContext = await browser.newContext();
  const chair = await chairContext.newPage();
  await page.goto('/');
  await signIn(page, 'admin');
  await waitForSync(page);
  try {
    await chair.goto('/');
    await signIn(chair, 'chair');
    await waitForSync(chair);

    await page.getByRole('link', { name: 'Reference data' }).click();
    await expect(page.getByRole('heading', { name: 'Reference data' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Wards' }).click();
    const wards = page.getByRole('table', { name: 'Wards' });
    await expect(wards).toBeVisible();
    await expectNoAxeViolations(page);
    await wards.getByRole('link', { name: WARD.name, exact: true }).click();
    await page.getByLabel('Name').fill(WARD.renamed);
    const wardPreview = await preview(page);
    await expect(wardPreview).toContainText(`1 ward renamed: ${WARD.name} → ${WARD.renamed}.`);
    await expect(wardPreview).toContainText('in this ward');
    await expectNoAxeViolations(page);
    await wardPreview.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(`${WARD.renamed} was saved`)).toBeVisible();

    await page.getByRole('link', { name: 'Back to reference data' }).click();
    await page.getByRole('link', { name: 'Call categories' }).click();
    await expect(page.getByRole('table', { name: 'Call categories' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Add a category' }).click();
    await page.getByLabel('Name').fill(category);
    await page.getByLabel('Nuisance').check();
    await page.getByLabel('Counts as ASB for the ASB Case Review').check();
    const categoryPreview = await preview(page);
    await expect(categoryPreview).toContainText(`1 category added: ${category}.`);
    await expectNoAxeViolations(page);
    await categoryPreview.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(`${category} was saved`)).toBeVisible();

    await page.getByRole('link', { name: 'Back to reference data' }).click();
    await page.getByRole('link', { name: /^Thresholds/ }).click();
    await expect(page.getByLabel('Calls for an ASB Case Review')).toHaveValue('3');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to reference data' }).click();
    await page.getByRole('link', { name: 'Letter templates' }).click();
    await page.getByRole('link', { name: 'Community Protection Warning' }).click();
    await expect(page.getByLabel('Wording')).toContainText('{{recipientName}}');
    const letterPreview = await preview(page);
    await expect(letterPreview.getByRole('article', { name: 'Sample letter' })).toContainText(
      'Dear Sam Sample,',
    );
    await expectNoAxeViolations(page);

    // The chair's device has nothing of this until it syncs.
    await syncAll(chair);
    await chair.goto('/calls/new');
    await unlockIfLocked(chair);
    await expect(chair.getByLabel('Ward').locator('option', { hasText: WARD.renamed })).toHaveCount(
      1,
    );
    await expect(chair.getByLabel('Ward').locator('option', { hasText: WARD.name })).toHaveCount(0);
    await chair.goto('/calls');
    await unlockIfLocked(chair);
    await expect(chair.locator('#category option', { hasText: category })).toHaveCount(1);
  } finally {
    await adminApi(page, 'PATCH', `/wards/${WARD.id}`, { name: WARD.name });
    const { rows = [] } = await adminApi(page, 'GET', '/categories');
    for (const added of rows.filter((r) => r.name === category && r.active))
      await adminApi(page, 'PATCH', `/categories/${encodeURIComponent(added.id)}`, {
        active: false,
      });
    await chairContext.close();
  }
});
