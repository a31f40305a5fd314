/**
 * Issue 7 item 8 in Chromium: the app, its assets, the service worker and
 * Workbox all run under the strict Content-Security-Policy, with no
 * violation reported while a user signs in, syncs and logs a call.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  logCall,
  sampleCall,
  signIn,
  unlockIfLocked,
  waitForServiceWorker,
  waitForSync,
} from './flows';

async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCspViolation: (t: string) => void })
        .reportCspViolation;
      report(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return violations;
}

test('the app runs under the strict CSP: sign-in, service worker, sync and a logged call', async ({
  page,
}) => {
  const violations = await recordViolations(page);
  const first = await page.goto('/');
  const csp = first?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(first?.headers()['x-content-type-options']).toBe('nosniff');

  await signIn(page, 'pcso');
  await waitForServiceWorker(page);
  await unlockIfLocked(page);
  await waitForSync(page);
  await logCall(page, sampleCall('csp'));
  await waitForSync(page);
  expect(violations).toEqual([]);
});
