import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminRoutes } from '../../../../src/client/features/admin/routes';
import { setActiveUser } from '../../../../src/client/local-store/db';
import { useSession } from '../../../../src/client/sync/session-store';
import { setSyncTransport } from '../../../../src/client/sync/sync-runtime';
import type { TableName } from '../../../../src/domain/tables';
import { CALL_WARD } from '../../../factories/calls';
import { callData, create, newId, pushOne } from '../../../server/fixtures';
import type { TestServer } from '../../../server/helpers';
import { serverWith, signInOver, TestTransport } from '../../../sync/harness';
import { behindUnlock } from '../../render';

let server: TestServer;

function renderAt(path: string) {
  const router = createMemoryRouter(behindUnlock(adminRoutes), { initialEntries: [path] });
  return {
    ...render(<RouterProvider router={router} />),
    router,
    user: userEvent.setup({ delay: null }),
  };
}

async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((v) => v.id);
}

const stored = (table: TableName, id: string) =>
  server.storage.transaction(async (tx) => (await tx.getRecord(table, id))?.data);

beforeEach(async () => {
  server = await serverWith([
    { username: 'admin', roles: ['admin'] },
    { username: 'chair', roles: ['chair'] },
  ]);
  const transport = new TestTransport(server);
  const { user } = await signInOver(transport, 'admin');
  setActiveUser(user.id);
  useSession.getState().setUser(user, 'unlocked');
  setSyncTransport(transport.send);
});
afterEach(async () => {
  await server.close();
});

describe('reference data screens', { timeout: 60_000 }, () => {
  it('lists the lists, then the wards from the server (no axe violations)', async () => {
    const { user, container } = renderAt('/admin/reference');
    await screen.findByRole('heading', { name: 'Reference data' });
    expect(await violations(container)).toEqual([]);
    await user.click(screen.getByRole('link', { name: 'Wards' }));
    const table = await screen.findByRole('table', { name: 'Wards' });
    const row = within(table).getByRole('row', { name: /Hartley and Hodsoll Street/ });
    expect(row).toHaveTextContent(CALL_WARD);
    expect(row).toHaveTextContent('In use');
    expect(screen.getByRole('link', { name: 'Add a ward' })).toBeInTheDocument();
    expect(await violations(container)).toEqual([]);
  });

  it('renames a ward after a preview naming the calls that keep it', async () => {
    await pushOne(server, await server.login('chair'), create('calls', newId(), callData()));
    const { user, container } = renderAt(`/admin/reference/wards/${CALL_WARD}`);
    const name = await screen.findByLabelText('Name');
    expect(screen.getByText(/E05005019 \(fixed once added/)).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'Hartley');
    await user.click(screen.getByRole('button', { name: 'Preview changes' }));
    const preview = await screen.findByRole('region', { name: 'What devices will see' });
    expect(preview).toHaveTextContent('1 ward renamed: Hartley and Hodsoll Street → Hartley.');
    expect(preview).toHaveTextContent(
      '1 open call in this ward keeps its ward and shows the new name',
    );
    expect(preview).toHaveTextContent('Devices get the change at their next sync.');
    expect(await violations(container)).toEqual([]);
    expect((await stored('wards', CALL_WARD))?.name).toBe('Hartley and Hodsoll Street');

    await user.click(within(preview).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/Hartley was saved/)).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Wards' })).toHaveTextContent('Hartley');
    expect((await stored('wards', CALL_WARD))?.name).toBe('Hartley');
  });

  it('adds a category, checking the fields first, and deactivates it', async () => {
    const { user, router } = renderAt('/admin/reference/categories/new');
    await user.click(await screen.findByRole('button', { name: 'Preview changes' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.getAttribute('href')),
    ).toEqual(['#name', '#qualifier']);
    expect(screen.queryByRole('region', { name: 'What devices will see' })).toBeNull();

    await user.type(screen.getByLabelText('Name'), 'Begging');
    await user.click(screen.getByLabelText('Nuisance'));
    await user.click(screen.getByLabelText('Counts as ASB for the ASB Case Review'));
    await user.click(screen.getByRole('button', { name: 'Preview changes' }));
    const preview = await screen.findByRole('region', { name: 'What devices will see' });
    expect(preview).toHaveTextContent('1 category added: Begging.');
    await user.click(within(preview).getByRole('button', { name: 'Save changes' }));
    await screen.findByText(/Begging was saved/);
    expect(router.state.location.pathname).toBe('/admin/reference/categories');
    expect(await stored('categories', 'begging')).toMatchObject({
      name: 'Begging',
      qualifier: 'nuisance',
      asb: true,
      active: true,
    });

    await user.click(await screen.findByRole('link', { name: 'Begging' }));
    await user.click(await screen.findByLabelText('In use'));
    await user.click(screen.getByRole('button', { name: 'Preview changes' }));
    expect(await screen.findByRole('region', { name: 'What devices will see' })).toHaveTextContent(
      '1 category deactivated: Begging. It no longer appears in new-record choices',
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const table = await screen.findByRole('table', { name: 'Call categories' });
    expect(within(table).getByRole('row', { name: /Begging/ })).toHaveTextContent('Deactivated');
  });

  it('never lets the ASB Case Review threshold go above 3 calls in 6 months', async () => {
    const { user, container } = renderAt('/admin/reference/thresholds');
    const reviewCalls = await screen.findByLabelText('Calls for an ASB Case Review');
    await user.clear(reviewCalls);
    await user.type(reviewCalls, '4');
    await user.click(screen.getByRole('button', { name: 'Preview changes' }));
    expect(
      (
        await screen.findAllByText(
          'Calls for an ASB Case Review must be a whole number from 1 to 3',
        )
      ).length,
    ).toBeGreaterThan(0);
    expect(await violations(container)).toEqual([]);

    await user.clear(reviewCalls);
    await user.type(reviewCalls, '2');
    await user.click(screen.getByRole('button', { name: 'Preview changes' }));
    expect(await screen.findByRole('region', { name: 'What devices will see' })).toHaveTextContent(
      'ASB Case Review warning: 3 calls in 6 months → 2 calls in 6 months',
    );
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText(/The thresholds were saved/);
    expect(await stored('thresholds', 'thresholds')).toMatchObject({
      caseReviewCalls: 2,
      repeatCalls: 3,
    });
  });

  it('previews a letter template with sample values and refuses unknown details', async () => {
    const { user } = renderAt('/admin/reference/letterTemplates/tpl-cpw');
    const wording = await screen.findByLabelText('Wording');
    await user.clear(wording);
    await user.type(wording, 'Dear {{{{firstName}},');
    await user.click(screen.getByRole('button', { name: 'Preview changes' }));
    expect(
      (await screen.findAllByText(/\{\{firstName\}\} is not a detail the app fills in/)).length,
    ).toBeGreaterThan(0);

    await user.clear(wording);
    await user.type(wording, 'Dear {{{{recipientName}},{enter}{{{{incidents}}');
    await user.click(screen.getByRole('button', { name: 'Preview changes' }));
    const letter = await screen.findByRole('article', { name: 'Sample letter' });
    expect(letter).toHaveTextContent('Dear Sam Sample,');
    expect(letter).toHaveTextContent("Swanley St Mary's: Rowdy behaviour");
    expect(screen.getByRole('region', { name: 'What devices will see' })).toHaveTextContent(
      'letters already issued keep their text',
    );
  });

  it('explains that changing reference data needs a connection', async () => {
    setSyncTransport(() => Promise.reject(new TypeError('offline')));
    renderAt('/admin/reference/agencies');
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Important' })).toHaveTextContent(
        'You are offline. Changing reference data needs a connection',
      ),
    );
  });
});
