/**
 * The retention screen against a real test server: periods saved with
 * errors at the field, the queue listing a record past its period, and
 * disposal only after the confirm, after which the queue is empty.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setActiveUser } from '../../../../src/client/local-store/db';
import { adminRoutes } from '../../../../src/client/features/admin/routes';
import { useSession } from '../../../../src/client/sync/session-store';
import { setSyncTransport } from '../../../../src/client/sync/sync-runtime';
import { behindUnlock } from '../../render';
import { create, newId, pushOne } from '../../../server/fixtures';
import type { TestServer } from '../../../server/helpers';
import { newParentIds, TABLE_FIXTURES } from '../../../server/table-fixtures';
import { serverWith, signInOver, TestTransport } from '../../../sync/harness';

let server: TestServer;
const visitId = newId();

beforeEach(async () => {
  server = await serverWith([
    { username: 'admin', roles: ['admin'] },
    { username: 'pcso', roles: ['field'], agencyId: 'kent-police' },
  ]);
  // A patrol visit 13 months ago: past a 12-month period, inside the default six years.
  const pcso = await server.login('pcso');
  const visit = {
    ...TABLE_FIXTURES.visits.data(newParentIds()),
    at: server.clock.now().toISOString(),
  };
  expect((await pushOne(server, pcso, create('visits', visitId, visit))).status).toBe('applied');
  server.clock.advance(13 * 31 * 86_400_000);
  const transport = new TestTransport(server);
  const { user } = await signInOver(transport, 'admin');
  setActiveUser(user.id);
  useSession.getState().setUser(user, 'unlocked');
  setSyncTransport(transport.send);
});
afterEach(async () => {
  await server.close();
});

function renderRetention() {
  const router = createMemoryRouter(behindUnlock(adminRoutes), {
    initialEntries: ['/admin/retention'],
  });
  return { ...render(<RouterProvider router={router} />), user: userEvent.setup({ delay: null }) };
}

describe('retention screen', { timeout: 30_000 }, () => {
  it('saves periods, refusing a bad one at its field', async () => {
    const { user, container } = renderRetention();
    const visits = await screen.findByLabelText('Visit');
    expect(visits).toHaveValue('72');
    expect(screen.getByText('No records are past their retention period.')).toBeInTheDocument();
    await user.clear(visits);
    await user.type(visits, '0');
    await user.click(screen.getByRole('button', { name: 'Save retention periods' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Keep records for at least 1 month');
    expect(visits).toHaveAttribute('aria-invalid', 'true');
    const result = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('lists a visit past a shorter period and disposes of it after the confirm', async () => {
    const { user } = renderRetention();
    const visits = await screen.findByLabelText('Visit');
    await user.clear(visits);
    await user.type(visits, '12');
    await user.click(screen.getByRole('button', { name: 'Save retention periods' }));
    const table = await screen.findByRole('table', { name: /Visit: 1 past their period/ });
    await user.click(screen.getByRole('button', { name: 'Dispose of 0 selected' }));
    expect(
      await screen.findByText('Select at least one record to dispose of.'),
    ).toBeInTheDocument();

    await user.click(within(table).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Dispose of 1 selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dispose of 1 record?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await server.storage.transaction((tx) => tx.isDisposed('visits', visitId))).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Dispose of 1 selected' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Dispose of them' }),
    );
    expect(await screen.findByText(/1 record disposed of/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText('No records are past their retention period.')).toBeInTheDocument(),
    );
    expect(await server.storage.transaction((tx) => tx.isDisposed('visits', visitId))).toBe(true);
  });
});
