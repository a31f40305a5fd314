import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { HomeRedirect } from '../../../src/client/app/home-redirect';
import { RequireUnlocked } from '../../../src/client/app/require-unlocked';
import { useSession } from '../../../src/client/sync/session-store';
import { sessionUser } from '../../factories/session-user';
import type { Role } from '../../../src/domain/roles';

const user = (roles: Role[]) =>
  sessionUser({
    id: '019a0000-0000-7000-8000-000000000001',
    name: 'Test User',
    username: 'test',
    agencyId: 'sdc-csu',
    roles,
  });

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { index: true, element: <HomeRedirect /> },
      { path: 'sign-in', element: <h1>Sign in</h1> },
      { path: 'unlock', element: <h1>Unlock</h1> },
      { path: 'admin', element: <h1>Admin</h1> },
      { path: 'review', element: <h1>Needs review</h1> },
      { element: <RequireUnlocked />, children: [{ path: 'calls', element: <h1>Calls</h1> }] },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

beforeEach(() => useSession.setState({ user: null, status: 'signed-out', needsSignIn: false }));

describe('records open only behind the unlock', () => {
  it('sends a signed-out device to sign in, keeping where it was going out of the URL', () => {
    const router = renderAt('/calls');
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(router.state.location.state).toEqual({ from: '/calls' });
  });

  it('sends a locked device to unlock', () => {
    useSession.setState({ user: user(['field']), status: 'locked' });
    renderAt('/calls');
    expect(screen.getByRole('heading', { name: 'Unlock' })).toBeInTheDocument();
  });

  it('shows records once unlocked', () => {
    useSession.setState({ user: user(['field']), status: 'unlocked' });
    renderAt('/calls');
    expect(screen.getByRole('heading', { name: 'Calls' })).toBeInTheDocument();
  });
});

describe('first screen by role', () => {
  it.each<[Role[], string]>([
    [['chair'], 'Calls'],
    [['admin'], 'Admin'],
    [['admin', 'chair'], 'Calls'],
    [['marac'], 'Needs review'],
  ])('%j opens on %s', (roles, heading) => {
    useSession.setState({ user: user(roles), status: 'unlocked' });
    renderAt('/');
    expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
  });
});

describe('header sync summary', () => {
  it('asks to sign in again after the session expired, keeping the changes', async () => {
    const { SyncStatus } = await import('../../../src/client/app/sync-status');
    const { useSyncStatus } = await import('../../../src/client/sync/sync-status-store');
    useSession.setState({ user: user(['field']), status: 'unlocked', needsSignIn: true });
    useSyncStatus.setState({ pendingCount: 3, lastSyncAt: null });
    const router = createMemoryRouter([{ path: '/', element: <SyncStatus /> }]);
    render(<RouterProvider router={router} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('3 waiting to send');
    expect(status).toHaveTextContent('your changes are kept');
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/sign-in');
  });
});
