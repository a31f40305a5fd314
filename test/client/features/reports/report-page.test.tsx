import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { reportsRoutes } from '../../../../src/client/features/reports/routes';
import type { CsuDb } from '../../../../src/client/local-store/db';
import { expectNoAxeViolations } from '../../axe';
import { behindUnlock, OTHER_WARD, seedCall, signInFresh } from '../../render';

function renderReport(path: string) {
  const router = createMemoryRouter(behindUnlock(reportsRoutes), { initialEntries: [path] });
  const user = userEvent.setup({ delay: null });
  return { ...render(<RouterProvider router={router} />), router, user };
}

const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('Monitoring report screen', { timeout: 60_000 }, () => {
  let db: CsuDb;
  beforeEach(async () => {
    ({ db } = signInFresh(['chair']));
    await seedCall(db, { receivedAt: '2026-01-10T10:00:00.000Z', categoryIds: ['noise', 'rowdy'] });
    await seedCall(db, { receivedAt: '2026-02-10T10:00:00.000Z' });
    await seedCall(db, {
      receivedAt: '2026-05-10T10:00:00.000Z',
      location: { address: 'Caxton Close, Hartley', wardCode: OTHER_WARD },
    });
  });

  it('shows the period’s figures from the device, each chart with its table, and passes axe', async () => {
    const { container } = renderReport('/reports?from=2025-04-01&to=2026-03-31');
    await screen.findByRole('heading', { name: '1 April 2025 to 31 March 2026' });
    const byWard = screen.getByRole('table', { name: 'Calls by ward' });
    expect(cellsOf(byWard)).toEqual([['Sevenoaks Eastern', '2']]);
    expect(cellsOf(screen.getByRole('table', { name: 'Calls by category' }))).toEqual([
      ['Noise', '2'],
      ['Rowdy behaviour', '1'],
    ]);
    expect(cellsOf(screen.getByRole('table', { name: 'Calls by quarter' }))).toEqual([
      ['Q1 2025/26', '0'],
      ['Q2 2025/26', '0'],
      ['Q3 2025/26', '0'],
      ['Q4 2025/26', '2'],
    ]);
    expect(screen.getAllByRole('img', { name: /^Bar chart: Calls by/ })).toHaveLength(3);
    expect(
      screen.getByRole('button', { name: 'Download calls by ward (CSV)' }),
    ).toBeInTheDocument();
    const headline = cellsOf(screen.getByRole('table', { name: 'Headline figures' }));
    expect(headline).toContainEqual(['Calls received', '2']);
    expect(headline).toContainEqual(['Top wards', 'Sevenoaks Eastern (2)']);
    await expectNoAxeViolations(container);
  });

  it('changes the period by the form, shows * for publication, and refuses an end before the start', async () => {
    const { user, router } = renderReport('/reports?from=2026-01-01&to=2026-06-30');
    await screen.findByRole('table', { name: 'Calls by ward' });
    await user.click(screen.getByRole('checkbox', { name: 'Prepare for publication' }));
    await user.click(screen.getByRole('button', { name: 'Show figures' }));
    await screen.findByRole('heading', { name: /\(for publication\)/ });
    expect(router.state.location.search).toContain('publication=1');
    expect(cellsOf(screen.getByRole('table', { name: 'Calls by ward' }))).toEqual([
      ['Sevenoaks Eastern', '*'],
      ['Hartley and Hodsoll Street', '*'],
    ]);
    await router.navigate('/reports?from=2026-06-30&to=2026-01-01');
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The end date must be on or after the start date');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
