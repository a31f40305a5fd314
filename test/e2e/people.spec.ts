/**
 * Issue 11, people and places, in the production build: the chair finds a
 * demo person by typing part of her name (the text never reaches the URL),
 * opens her page, sees her calls in the chronology newest first and
 * filters it to calls; axe finds nothing at desktop width and at 390 px,
 * and nothing scrolls sideways at 320 px.
 */
import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  horizontalOverflow,
  signIn,
  unlockIfLocked,
  waitForSync,
} from './flows';

test('the chair finds Sandra Whitlock, opens her page and filters her chronology', async ({
  page,
}) => {
  await signIn(page, 'chair');
  await waitForSync(page);

  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People and places' })).toBeVisible();
  const box = page.getByLabel('Search by name, alias, address, postcode or ward');
  await box.pressSequentially('sandra whit');
  const found = page.getByRole('list', { name: 'People and places found' });
  await expect(found.getByRole('link', { name: 'Sandra Whitlock' })).toBeVisible();
  expect(page.url()).not.toMatch(/sandra|whit/i);
  await expectNoAxeViolations(page);

  await found.getByRole('link', { name: 'Sandra Whitlock' }).click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /Sandra Whitlock/ })).toBeVisible();
  const chronology = page.getByRole('list', { name: 'Chronology' });
  const callLinks = chronology.getByRole('link', { name: /^Call / });
  await expect(callLinks.first()).toBeVisible();
  expect(await callLinks.count()).toBeGreaterThanOrEqual(3);
  const times = await chronology
    .locator('time')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
  expect(times).toEqual([...times].sort().reverse());
  await expectNoAxeViolations(page);

  const show = page.getByLabel('Show');
  await show.selectOption('call');
  const calls = await callLinks.count();
  await expect(chronology.getByRole('listitem')).toHaveCount(calls);
  await expect(page.getByRole('status').filter({ hasText: 'newest first' })).toHaveText(
    `${calls} records, newest first`,
  );

  // The first call opens, and its page names her with a link back.
  await callLinks.first().click();
  await expect(page.getByRole('link', { name: 'Sandra Whitlock' }).first()).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: /Sandra Whitlock/ })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('list', { name: 'Chronology' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.goto('/people');
  await unlockIfLocked(page);
  await expect(box).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});
