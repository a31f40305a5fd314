/**
 * Every screen of this milestone passes axe (WCAG 2.2 AA) with zero
 * violations, and the main record screens reflow at 320 px without
 * sideways scrolling. The chair's screens share one signed-in page.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import {
  addAction,
  addNote,
  expectNoAxeViolations,
  horizontalOverflow,
  logCall,
  sampleCall,
  signIn,
  unlock,
  waitForSync,
} from './flows';

/** Opens a path by URL; a full load locks the app, so unlock when asked. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (new URL(page.url()).pathname === '/unlock' && path !== '/unlock') await unlock(page);
}

async function signedInPage(browser: Browser, baseURL: string | undefined, username: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, username);
  await waitForSync(page);
  return { context, page };
}

test('sign-in, with its error summary, and choosing a passphrase', async ({ page }) => {
  await page.goto('/sign-in');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expectNoAxeViolations(page);

  await page.getByLabel('Username').fill('warden');
  await page.getByLabel('Password', { exact: true }).fill('demo-password');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(
    page.getByRole('heading', { name: 'Choose an unlock passphrase', level: 1 }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('as the chair', () => {
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async ({ browser }, testInfo) => {
    ({ context, page } = await signedInPage(browser, testInfo.project.use.baseURL, 'chair'));
  });

  test.afterAll(async () => {
    await context?.close();
  });

  test('the calls list, with calls and with a filter that matches nothing', async () => {
    await visit(page, '/calls');
    await expect(page.getByRole('list', { name: 'Calls' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Search').fill('no call has this text');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByText('No calls match these filters.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('log a call, empty and after a failed submit', async () => {
    await visit(page, '/calls/new');
    await expect(page.getByRole('heading', { name: 'Log a call', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Save call' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Select at least one category' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the call page with actions, notes, a resident update and the close form', async () => {
    await visit(page, '/calls');
    await logCall(page, sampleCall(`A11y ${Date.now()}`));
    await addAction(page, 'Send a warden patrol on Friday night');
    await addNote(page, 'Reporter says the music starts after 11pm.');
    await page.getByLabel('What were they told?').fill('A patrol will visit on Friday.');
    await page.getByRole('button', { name: 'Record update' }).click();
    await expect(page.getByText(/^Last updated /)).toBeVisible();
    await expect(page.getByLabel('Reason for closing')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('needs review, sign out, accessibility statement and not found', async () => {
    await visit(page, '/review');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/review/i);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign out', level: 1 })).toBeVisible();
    await expect(page.getByRole('radio', { name: /^Keep them/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await visit(page, '/accessibility');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/accessibility/i);
    await expectNoAxeViolations(page);

    await visit(page, '/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
    await expectNoAxeViolations(page);
  });

  test('unlock', async () => {
    await visit(page, '/unlock');
    await expect(page.getByRole('heading', { name: 'Unlock', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await unlock(page);
  });

  test('at 320 px the calls list, log a call and a call page need no sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      await visit(page, '/calls');
      await expect(page.getByRole('list', { name: 'Calls' })).toBeVisible();
      expect(await horizontalOverflow(page), 'calls list').toBe(0);

      await page.getByRole('list', { name: 'Calls' }).getByRole('link').first().click();
      await expect(page.getByRole('heading', { name: 'Actions' })).toBeVisible();
      expect(await horizontalOverflow(page), 'call page').toBe(0);

      await page.getByRole('link', { name: 'Log a call' }).first().click();
      await expect(page.getByRole('heading', { name: 'Log a call', level: 1 })).toBeVisible();
      expect(await horizontalOverflow(page), 'log a call').toBe(0);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});

test('admin: the users list and the add-user form', async ({ browser }, testInfo) => {
  const { context, page } = await signedInPage(browser, testInfo.project.use.baseURL, 'admin');
  try {
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'pcso', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Add a user' }).click();
    await expect(page.getByRole('heading', { name: 'Add a user', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await context.close();
  }
});
