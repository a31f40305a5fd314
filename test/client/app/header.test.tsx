// The header and navigation as a signed-in person sees them, through the real session
// actions, sync runtime and local store against the in-process server (issue 8 items 2-4).
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppHeader } from '../../../src/client/app/app-header';
import { logCall, patchCall } from '../../../src/client/local-store/calls-repo';
import { getActiveDb } from '../../../src/client/local-store/db';
import { finishSignIn, signIn } from '../../../src/client/sync/session-actions';
import {
  getSyncEngine,
  setSyncTransport,
  stopSync,
  syncNow,
} from '../../../src/client/sync/sync-runtime';
import { useSyncStatus } from '../../../src/client/sync/sync-status-store';
import { validCallInput } from '../../local-store/factories';
import type { TestServer } from '../../server/helpers';
import { serverWith, TestTransport } from '../../sync/harness';
import { expectNoAxeViolations } from '../axe';

let server: TestServer;
let transport: TestTransport;

function setOnline(online: boolean): void {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

beforeEach(async () => {
  localStorage.clear();
  server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
  transport = new TestTransport(server);
  setSyncTransport(transport.send);
  const result = await signIn({
    username: 'pcso',
    password: 'correct-horse-battery',
    deviceName: 'Test phone',
  });
  await finishSignIn(result, 'blue kettle walks');
  // The first round starts once this tab holds the sync lock: wait for it to finish.
  await waitFor(() => expect(useSyncStatus.getState().lastSyncAt).not.toBeNull());
  await getSyncEngine()?.loop.idle();
});
afterEach(async () => {
  const engine = getSyncEngine();
  stopSync();
  await engine?.loop.idle();
  setOnline(true);
  await server.close();
});

function renderHeader() {
  const router = createMemoryRouter([{ path: '*', element: <AppHeader /> }]);
  const view = render(<RouterProvider router={router} />);
  return { ...view, user: userEvent.setup({ delay: null }) };
}

/** The header's sync summary (the offline tag is a status of its own). */
function summary(): HTMLElement {
  const found = screen
    .getAllByRole('status')
    .filter((s) => /waiting to send|changes sent/.test(s.textContent ?? ''));
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('app header', () => {
  it('counts one logged call as one change waiting to send', async () => {
    setOnline(false);
    await logCall(getActiveDb(), validCallInput());
    renderHeader();
    await waitFor(() => expect(summary()).toHaveTextContent('1 waiting to send'));
    expect(await getActiveDb().outbox.count()).toBe(3);
  });

  it('shows a refused change as a count in the header and the navigation, never "All changes sent"', async () => {
    const callId = await logCall(getActiveDb(), validCallInput());
    await syncNow();
    // A PCSO may not change a call's fields: the server refuses the edit.
    await patchCall(getActiveDb(), callId, { summary: 'Edited by the PCSO after sending.' });
    await syncNow();
    const { container } = renderHeader();
    await waitFor(() => expect(summary()).toHaveTextContent('1 needs review'));
    expect(summary()).toHaveTextContent('Nothing waiting to send');
    expect(summary()).not.toHaveTextContent('All changes sent');
    expect(within(summary()).getByRole('link', { name: '1 needs review' })).toHaveAttribute(
      'href',
      '/review',
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Needs review 1' })).toHaveAttribute(
      'href',
      '/review',
    );
    await expectNoAxeViolations(container);
  });

  it('says "All changes sent" and shows no count when nothing waits or needs review', async () => {
    await logCall(getActiveDb(), validCallInput());
    await syncNow();
    renderHeader();
    await waitFor(() => expect(summary()).toHaveTextContent('All changes sent'));
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Needs review' })).toBeInTheDocument();
  });

  it('offline, "Sync now" is unavailable and says why', async () => {
    const { container } = renderHeader();
    setOnline(false);
    const button = screen.getByRole('button', { name: 'Sync now' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'Sync now works again when this device is back online',
    );
    await expectNoAxeViolations(container);
    // Back online, the app syncs by itself and "Sync now" is offered again.
    setOnline(true);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sync now' })).toBeEnabled());
  });

  it('pressed online, "Sync now" says that it finished', async () => {
    await logCall(getActiveDb(), validCallInput());
    const { user } = renderHeader();
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(summary()).toHaveTextContent('Sync finished'));
    expect(summary()).toHaveTextContent('All changes sent');
  });

  it('pressed online, "Sync now" says that it failed and why', async () => {
    await logCall(getActiveDb(), validCallInput());
    transport.inject('/api/sync/push', { status: 503 });
    const { user } = renderHeader();
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(summary()).toHaveTextContent('Sync did not finish'));
    expect(summary()).toHaveTextContent('The server is busy or unavailable');
    expect(summary()).toHaveTextContent('1 waiting to send');
  });
});
