import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, horizontalOverflow } from './flows';

test('a signed-out visitor lands on the sign-in page, with no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/Sign in/);
  await expectNoAxeViolations(page);
});

test('a record screen asks a signed-out visitor to sign in first', async ({ page }) => {
  await page.goto('/calls');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
});

test('the sign-in page fits a 320px-wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
});
