import { render, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../src/domain/roles';
import { AppHeader } from '../../../src/client/app/app-header';
import { adminRoutes } from '../../../src/client/features/admin/routes';
import { callsRoutes } from '../../../src/client/features/calls/routes';
import { setSyncTransport } from '../../../src/client/sync/transport';
import { behindUnlock, signInFresh } from '../render';

/** Every request the screens make, so a test can say "none". */
const requests: string[] = [];
afterEach(() => {
  requests.length = 0;
});

function renderAt(path: string) {
  setSyncTransport((p) => {
    requests.push(p);
    return new Response('{}', { status: 500 });
  });
  const router = createMemoryRouter(behindUnlock([...callsRoutes, ...adminRoutes]), {
    initialEntries: [path],
  });
  return render(<RouterProvider router={router} />);
}

async function navLinks(roles: Role[]): Promise<string[]> {
  signInFresh(roles);
  render(
    <MemoryRouter>
      <AppHeader />
    </MemoryRouter>,
  );
  const nav = screen.getByRole('navigation', { name: 'Main' });
  const links = () =>
    within(nav)
      .getAllByRole('link')
      .map((l) => l.textContent ?? '')
      .filter((t) => t !== 'Sign out');
  // Items that need the matrix appear once it has loaded; "Needs review" is for everyone.
  await waitFor(() => expect(links().length).toBeGreaterThan(1));
  return links();
}

describe('screens follow the access matrix', { timeout: 30_000 }, () => {
  it('an administrator cannot open Log a call', async () => {
    signInFresh(['admin']);
    const { container } = renderAt('/calls/new');
    expect(
      await screen.findByRole('heading', { name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save call' })).not.toBeInTheDocument();
    const result = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('someone without admin opening /admin sees a plain page, no Add a user button, and no request is made', async () => {
    signInFresh(['field'], 'kent-police');
    renderAt('/admin');
    expect(
      await screen.findByRole('heading', { name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add a user' })).not.toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it('a field officer can open Log a call', async () => {
    signInFresh(['field'], 'kent-police');
    renderAt('/calls/new');
    expect(
      await screen.findByRole('heading', { name: 'Log a call', level: 1 }),
    ).toBeInTheDocument();
  });

  it.each<[Role[], string[]]>([
    [
      ['field'],
      [
        'My day',
        'Log a visit',
        'Calls',
        'Log a call',
        'People',
        'Groups',
        'Reports',
        'Needs review',
        'Refer to MARAC',
      ],
    ],
    [
      ['chair'],
      [
        'My day',
        'Log a visit',
        'Meeting',
        'Calls',
        'Log a call',
        'People',
        'Groups',
        'Suggested groups',
        'Enforcement',
        'Reports',
        'Needs review',
        'Refer to MARAC',
        'Import calls',
      ],
    ],
    [
      ['asb_officer'],
      [
        'My day',
        'Log a visit',
        'Calls',
        'Log a call',
        'People',
        'Groups',
        'Enforcement',
        'Reports',
        'Needs review',
        'Refer to MARAC',
      ],
    ],
    [['admin'], ['Needs review', 'Refer to MARAC', 'Import calls', 'Admin']],
    [['marac'], ['Needs review', 'MARAC', 'Refer to MARAC']],
    [
      ['admin', 'chair'],
      [
        'My day',
        'Log a visit',
        'Meeting',
        'Calls',
        'Log a call',
        'People',
        'Groups',
        'Suggested groups',
        'Enforcement',
        'Reports',
        'Needs review',
        'Refer to MARAC',
        'Import calls',
        'Admin',
      ],
    ],
  ])('the navigation for %j shows only %j', async (roles, expected) => {
    expect(await navLinks(roles)).toEqual(expected);
  });
});
