/**
 * axe over a rendered screen in jsdom. Colour contrast needs real layout and
 * `region` a whole page, so the Chromium suite (test/e2e) checks those.
 */
import axe from 'axe-core';
import { expect } from 'vitest';

export async function expectNoAxeViolations(container: HTMLElement): Promise<void> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const found = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found).toEqual([]);
}
