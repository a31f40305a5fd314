import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setActiveUser } from '../../../../src/client/local-store/db';
import { adminRoutes } from '../../../../src/client/features/admin/routes';
import { useSession } from '../../../../src/client/sync/session-store';
import { behindUnlock } from '../../render';
import { setSyncTransport } from '../../../../src/client/sync/sync-runtime';
import type { TestServer } from '../../../server/helpers';
import { serverWith, signInOver, TestTransport } from '../../../sync/harness';

let server: TestServer;

function renderAdmin(path: string) {
  const router = createMemoryRouter(behindUnlock(adminRoutes), { initialEntries: [path] });
  return {
    ...render(<RouterProvider router={router} />),
    router,
    user: userEvent.setup({ delay: null }),
  };
}

beforeEach(async () => {
  server = await serverWith([
    { username: 'admin', roles: ['admin'] },
    { username: 'pcso', roles: ['field'], agencyId: 'kent-police' },
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

const userRow = (username: string) =>
  server.storage.transaction((tx) => tx.getUserByUsername(username));

describe('admin screens', { timeout: 30_000 }, () => {
  it('lists users and devices from the server (no axe violations)', async () => {
    const { container } = renderAdmin('/admin');
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).getByRole('link', { name: 'pcso' })).toBeInTheDocument();
    expect(await within(table).findByText('Kent Police')).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Devices' });
    const axeResult = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(axeResult.violations.map((v) => v.id)).toEqual([]);
  });

  it('adds a user, checking the form first', async () => {
    const { user, router } = renderAdmin('/admin/users/new');
    await screen.findByLabelText('Agency');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.getAttribute('href')),
    ).toEqual(['#username', '#name', '#agencyId', '#password']);
    await user.type(screen.getByLabelText('Username'), 'new.warden');
    await user.type(screen.getByLabelText('Full name'), 'New Warden');
    await user.selectOptions(screen.getByLabelText('Agency'), 'kcc-wardens');
    await user.click(screen.getByLabelText('Field officer (PCSO, warden, housing officer)'));
    await user.click(screen.getByLabelText('Ash'));
    await user.type(screen.getByLabelText('Initial password'), 'a long initial password');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    await screen.findByRole('heading', { name: 'New Warden' });
    expect(screen.getByText('The user was added.')).toBeInTheDocument();
    expect(await userRow('new.warden')).toMatchObject({
      agencyId: 'kcc-wardens',
      roles: ['field'],
      wards: ['E05005008'],
    });
    expect(router.state.location.pathname).toMatch(/^\/admin\/users\/[0-9a-f-]{36}$/);
  });

  it('says when a username is taken', async () => {
    const { user } = renderAdmin('/admin/users/new');
    await screen.findByLabelText('Agency');
    await user.type(screen.getByLabelText('Username'), 'pcso');
    await user.type(screen.getByLabelText('Full name'), 'Someone Else');
    await user.selectOptions(screen.getByLabelText('Agency'), 'kent-police');
    await user.type(screen.getByLabelText('Initial password'), 'a long initial password');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That username is already in use. Choose another.',
    );
  });

  it('changes roles and revokes a device', async () => {
    const pcso = (await userRow('pcso'))!;
    await signInOver(new TestTransport(server), 'pcso');
    const { user } = renderAdmin(`/admin/users/${pcso.id}`);
    await screen.findByRole('heading', { name: 'pcso' });
    await user.click(await screen.findByLabelText('Community MARAC member'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText(/was updated/);
    expect((await userRow('pcso'))?.roles).toEqual(['field', 'marac']);

    await user.click(screen.getByRole('button', { name: /^Revoke/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke device' }));
    await screen.findByText(/was revoked/);
    const devices = await server.storage.transaction((tx) => tx.listDevices());
    expect(devices.find((d) => d.userId === pcso.id)?.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('explains that admin needs a connection', async () => {
    setSyncTransport(() => Promise.reject(new TypeError('offline')));
    renderAdmin('/admin');
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Important' })).toHaveTextContent(
        'You are offline. Managing users needs a connection',
      ),
    );
  });
});
