/**
 * The monitoring report and the import in real Chromium against the demo
 * server: charts drawn (Chart.js under the app's CSP) beside their tables,
 * axe clean, a table downloaded as CSV; then a CSV imported through the
 * screen by the chair and its calls found on a PCSO's device after sync.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  signIn,
  unlockIfLocked,
  waitForServiceWorker,
  waitForSync,
} from './flows';

test('the chair reads the monitoring report: charts with tables, axe clean, CSV download, offline too', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  await page.goto('/');
  await signIn(page, 'chair');
  await waitForSync(page);
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Monitoring report', level: 1 })).toBeVisible();
  const byWard = page.getByRole('table', { name: 'Calls by ward' });
  await expect(byWard.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('img', { name: /^Bar chart: Calls by/ })).toHaveCount(3);
  // Chart.js drew into each canvas (a blank canvas has no width from the chart's resize).
  const drawn = await page
    .locator('canvas')
    .evaluateAll((cs) => cs.map((c) => (c as HTMLCanvasElement).width > 0));
  expect(drawn).toEqual([true, true, true]);
  await expect(page.getByRole('table', { name: 'Headline figures' })).toContainText(
    'Calls received',
  );
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calls by ward (CSV)' }).click();
  const file = await readFile((await (await download).path())!, 'utf8');
  expect(file.startsWith('\uFEFFWard,Calls\r\n')).toBe(true);

  await page.getByRole('checkbox', { name: 'Prepare for publication' }).check();
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page.getByRole('heading', { name: /\(for publication\)/ })).toBeVisible();
  await expect(page).toHaveURL(/publication=1/);

  // Offline the reload is served by the service worker, so it must control the page first.
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await unlockIfLocked(page);
  await expect(byWard.getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('MARAC figures come from the server')).toBeVisible();
  await context.setOffline(false);
  expect(csp).toEqual([]);
});

test('a CSV imported through the screen reaches a second device', async ({ browser }) => {
  test.setTimeout(150_000);
  const chair = await browser.newContext();
  const pcso = await browser.newContext();
  try {
    const page = await chair.newPage();
    await page.goto('/');
    await signIn(page, 'chair');
    await waitForSync(page);
    await page.getByRole('link', { name: 'Import calls' }).click();
    const csv = [
      'reference;received date;ward;categories;anonymous;status;closed date;resident updated date;summary',
      'DT-2019-0101;02/10/2019;Swanley St Mary\'s;Rowdy behaviour;no;closed;2019-10-20;2019-10-19;"Imported E2E: youths at the parade;\nshouting late"',
      'DT-2019-0102;2019-10-03;E05005032;Fly-tipping;yes;open;;;Imported E2E: sofa dumped by the garages',
      'DT-2019-0103;2019-10-04;Atlantis;Noise;no;open;;;Imported E2E: not a ward',
    ].join('\n');
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'calls-2019.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(
      page.getByRole('heading', { name: '3 rows: 2 ready to import, 1 with errors' }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Errors by row and column' })).toContainText(
      '“Atlantis” is not a ward name',
    );
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Import only the 2 valid rows' }).click();
    await expect(page.getByRole('heading', { name: '2 calls imported' })).toBeVisible();

    const other = await pcso.newPage();
    await other.goto('/');
    await signIn(other, 'pcso');
    await waitForSync(other);
    await other.getByRole('link', { name: 'Calls', exact: true }).click();
    await other.getByLabel('Search').fill('DT-2019-0102');
    await other.getByRole('button', { name: 'Apply filters' }).click();
    const link = other.getByRole('link', { name: /^DT-2019-0102/ });
    await expect(link).toBeVisible({ timeout: 15_000 });
    await link.click();
    await expect(other.getByText('Imported E2E: sofa dumped by the garages')).toBeVisible();
  } finally {
    await chair.close();
    await pcso.close();
  }
});
