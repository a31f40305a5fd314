/**
 * A change the server refuses must not hide (issue 8 item 2): in Chromium
 * against the real server, the refused change shows as a count in the
 * header and on the "Needs review" link, the header never says "All changes
 * sent" while it stands, and the screens stay free of axe violations.
 */
import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  logCall,
  sampleCall,
  signIn,
  syncSummary,
  waitForSync,
} from './flows';

const DAY_MS = 24 * 60 * 60 * 1000;

test('a refused change shows as a count in the header and the navigation', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  // This phone's clock runs three days fast. The server is the only clock (sync.md rule 8): it
  // refuses a call "received" more than a day after its own time, and the phone cannot know.
  await context.clock.install({ time: new Date(Date.now() + 3 * DAY_MS) });
  await page.goto('/');
  await signIn(page, 'pcso');
  await waitForSync(page);

  await logCall(page, sampleCall(`Refused ${Date.now()}`));
  await page.getByRole('button', { name: 'Sync now' }).click();

  const summary = syncSummary(page);
  await expect(summary).toContainText('1 needs review', { timeout: 30_000 });
  await expect(summary).toContainText('Nothing waiting to send');
  await expect(summary).not.toContainText('All changes sent');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Needs review 1' })).toBeVisible();
  await expect(page.getByText('Rejected', { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The count leads to the change and the server's reason.
  await summary.getByRole('link', { name: '1 needs review' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Needs review');
  await expect(page.getByRole('main')).toContainText(/future/i);
  await expectNoAxeViolations(page);
});
