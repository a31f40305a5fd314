/**
 * Shared helpers for screen tests: a fresh device database per test (the
 * real local store on fake-indexeddb, nothing mocked), a signed-in user in
 * the session store, and the calls routes in a memory router.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { LoadingShell } from '../../src/client/app/loading-shell';
import { RequireUnlocked } from '../../src/client/app/require-unlocked';
import { unlockedStore } from '../../src/client/app/routes';
import { uuidv7 } from '../../src/domain/ids';
import type { Role } from '../../src/domain/roles';
import { logCall } from '../../src/client/local-store/calls-repo';
import type { CallInput } from '../../src/domain/schemas/call-input';
import { validCallInput, type CallInputOverrides } from '../factories/calls';
import { setActiveUser, type CsuDb } from '../../src/client/local-store/db';
import { callsRoutes } from '../../src/client/features/calls/routes';
import { useSession } from '../../src/client/sync/session-store';

export const TEST_WARD = 'E05005026'; // Sevenoaks Eastern
export const OTHER_WARD = 'E05005019'; // Hartley and Hodsoll Street

/** Makes a new user with their own database the active one, and signs them in. */
export function signInFresh(
  roles: Role[] = ['chair'],
  agencyId = 'sdc-csu',
): { db: CsuDb; userId: string } {
  const userId = uuidv7();
  const db = setActiveUser(userId);
  useSession
    .getState()
    .setUser(
      { id: userId, name: 'Test User', username: 'test', agencyId, roles, wards: [] },
      'unlocked',
    );
  return { db, userId };
}

/**
 * Screens as the app mounts them under '/': behind the unlock guard, with
 * the unlocked user's database handed down by the app's own provider.
 */
export function behindUnlock(children: RouteObject[]): RouteObject[] {
  return [
    {
      path: '/',
      element: <RequireUnlocked />,
      HydrateFallback: LoadingShell,
      children: [unlockedStore(children)],
    },
  ];
}

/** Renders the calls screens at `path` inside a memory router, as the app mounts them under '/'. */
export function renderCalls(path: string) {
  const router = createMemoryRouter(behindUnlock(callsRoutes), { initialEntries: [path] });
  // No delay between keys: the forms are large and jsdom is slow on a 2-core machine.
  const user = userEvent.setup({ delay: null });
  const view = render(<RouterProvider router={router} />);
  return { ...view, router, user };
}

/** The shared valid call (test/factories/calls.ts) in Sevenoaks Eastern about noise, nobody named. */
export function callInput(overrides: CallInputOverrides = {}): CallInput {
  return validCallInput({
    location: { address: '12 High Street, Sevenoaks', wardCode: TEST_WARD },
    people: [],
    categoryIds: ['noise'],
    summary: 'Loud music every night from the flat above.',
    ...overrides,
  });
}

/** Logs a call through the real repository and returns its id. */
export function seedCall(db: CsuDb, overrides: CallInputOverrides = {}): Promise<string> {
  return logCall(db, callInput(overrides));
}
