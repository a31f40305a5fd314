/**
 * The main flow by keyboard alone: no clicks, no fill(). Focus moves only
 * with Tab / Shift+Tab; fields are typed into, boxes and radios take Space
 * and Arrow keys, selects take typed letters, buttons and links take Enter.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PASSPHRASE, waitForSync } from './flows';
import { DEMO_PASSWORD } from './server';

const MAX_TABS = 150;

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after MAX_TABS presses. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key`);
}

async function tabAndType(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
  await expect(target).toHaveValue(text);
}

test('sign in, log a call and add a note with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');

  // Sign in: Enter in a text field submits its form.
  await tabAndType(page, page.getByLabel('Username'), 'pcso');
  await tabAndType(page, page.getByLabel('Password', { exact: true }), DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await tabAndType(page, page.getByLabel('Unlock passphrase'), PASSPHRASE);
  await tabAndType(page, page.getByLabel('Type the passphrase again'), PASSPHRASE);
  await page.keyboard.press('Enter');
  // A field officer's first screen is My day.
  await expect(page).toHaveURL(/\/my-day$/);
  await waitForSync(page);

  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log a call' }),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Log a call', level: 1 })).toBeVisible();

  // A failed submit: the error summary takes focus and its links move focus to the field.
  const save = page.getByRole('button', { name: 'Save call' });
  await tabTo(page, save);
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  const summaryField = page.getByLabel('Summary', { exact: true });
  await expect(summaryField).toBeFocused();

  // The categories' error lands on the finder's search box.
  const categoryLink = summary.getByRole('link', { name: 'Select at least one category' });
  await tabTo(page, categoryLink, true);
  await page.keyboard.press('Enter');
  const finder = page.getByRole('textbox', { name: 'Find a category' });
  await expect(finder).toBeFocused();

  // Fill the form from the top, forwards.
  await tabTo(page, summaryField, true);
  const summaryText = `Typed without a mouse ${Date.now()}.`;
  await page.keyboard.type(summaryText);
  await expect(summaryField).toHaveValue(summaryText);

  const agency = page.getByLabel('Which agency passed on the call?');
  await tabTo(page, agency);
  await page.keyboard.type('Kent Police');
  await expect(agency).toHaveValue('kent-police');

  // Search the categories, then Tab to the match and tick it with Space.
  await tabAndType(page, finder, 'Noise');
  const noise = page.getByRole('checkbox', { name: 'Noise', exact: true });
  await tabTo(page, noise);
  await page.keyboard.press('Space');
  await expect(noise).toBeChecked();
  await expect(page.getByRole('button', { name: 'Remove category: Noise' })).toBeVisible();

  await tabTo(page, page.getByRole('radio', { name: 'Standard' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Medium' })).toBeChecked();

  await tabAndType(page, page.getByLabel('Address or place'), '7 Keyboard Lane, Kemsing');
  const ward = page.getByLabel('Ward', { exact: true });
  await tabTo(page, ward);
  await page.keyboard.type('Kemsing');
  await expect(ward).toHaveValue('E05005021');

  await tabAndType(page, page.getByLabel('Reporter’s name'), 'Keyboard Reporter');
  await tabAndType(page, page.getByLabel('Phone number, email or address'), '01732 111111');
  // Tab enters a radio group on its first radio; Space checks it, an arrow key moves the choice.
  await tabTo(page, page.getByRole('radio', { name: 'Phone call' }));
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Email' })).toBeChecked();

  await tabTo(page, save);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}$/);
  await expect(page.getByText(summaryText)).toBeVisible();

  // Add a note on the call page.
  const note = 'Added by keyboard: the reporter was called back.';
  await tabAndType(page, page.getByLabel('Add a note'), note);
  await tabTo(page, page.getByRole('button', { name: 'Add note' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Chronology, newest first' })).toContainText(note);
});
