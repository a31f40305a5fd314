import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { adminRoutes } from '../../../../src/client/features/admin/routes';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { powerSteps } from '../../../../src/client/local-store/enforcement-repo';
import { referenceSeed } from '../../../../src/domain/reference/seed';
import { behindUnlock, signInFresh } from '../../render';

let db: CsuDb;

async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((v) => v.id);
}

function renderAt(path: string) {
  const router = createMemoryRouter(behindUnlock(adminRoutes), { initialEntries: [path] });
  const user = userEvent.setup({ delay: null });
  return { ...render(<RouterProvider router={router} />), router, user };
}

describe('the powers ladder for the administrator', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    ({ db } = signInFresh(['admin'], 'sdc-csu'));
    // As the first sync leaves it: the seeded ladder in the synced reference table.
    await db.recordTable('powers').bulkPut(referenceSeed().powers);
  });

  it('changes the ABA review interval, refusing a bad number at the field, and queues the change', async () => {
    const { user, container } = renderAt('/admin/powers');
    const table = await screen.findByRole('table', { name: 'Powers ladder' });
    const aba = within(table).getByRole('row', { name: /Acceptable Behaviour Agreement/ });
    expect(aba).toHaveTextContent('6 months');
    expect(aba).toHaveTextContent('28 days');
    expect(await violations(container)).toEqual([]);
    await user.click(within(aba).getByRole('link'));

    const review = await screen.findByLabelText('Review every');
    await user.clear(review);
    await user.type(review, 'four weeks');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      (await screen.findAllByText(/Review every must be a whole number of days from 1 to 365/))
        .length,
    ).toBeGreaterThan(0);
    expect(await db.table('outbox').count()).toBe(0);
    expect(await violations(container)).toEqual([]);

    await user.clear(review);
    await user.type(review, '14');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const row = await screen.findByRole('row', { name: /Acceptable Behaviour Agreement/ });
    expect(row).toHaveTextContent('14 days');
    expect((await powerSteps(db)).find((s) => s.id === 'aba')?.reviewEveryDays).toBe(14);
    const queued = await db.table('outbox').toArray();
    expect(queued).toEqual([
      expect.objectContaining({
        kind: 'patch',
        table: 'powers',
        recordId: 'aba',
        payload: { reviewEveryDays: 14 },
      }),
    ]);
  });

  it('withdraws a step, which the issue form then no longer offers', async () => {
    const { user } = renderAt('/admin/powers/injunction');
    await user.click(await screen.findByLabelText('In use'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const row = await screen.findByRole('row', { name: /Civil injunction/ });
    expect(row).toHaveTextContent('Withdrawn');
    expect((await powerSteps(db)).map((s) => s.id)).not.toContain('injunction');
  });

  it('is not for the ASB officer', async () => {
    signInFresh(['asb_officer'], 'sdc-asb');
    renderAt('/admin/powers');
    expect(
      await screen.findByRole('heading', { name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
  });
});
