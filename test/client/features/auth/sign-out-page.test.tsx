import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/domain/ids';
import { logCall } from '../../../../src/client/local-store/calls-repo';
import { setActiveUser, userDbName } from '../../../../src/client/local-store/db';
import { useSession } from '../../../../src/client/sync/session-store';
import { setSyncTransport, stopSync } from '../../../../src/client/sync/sync-runtime';
import { validCallInput } from '../../../local-store/factories';
import { renderAuth } from './render-auth';

let userId = uuidv7();

async function signedInWithUnsynced(): Promise<void> {
  userId = uuidv7();
  const db = setActiveUser(userId);
  useSession.getState().setUser(
    {
      id: userId,
      name: 'Pat',
      username: 'pat',
      agencyId: 'kent-police',
      roles: ['field'],
      wards: [],
    },
    'unlocked',
  );
  // The call also queues its new location and person: three outbox rows, one item.
  await logCall(db, validCallInput());
}

async function dbExists(): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === userDbName(userId));
}

beforeEach(() => {
  localStorage.clear();
  setSyncTransport(() => Promise.reject(new TypeError('offline')));
});
afterEach(() => stopSync());

describe('sign-out page', () => {
  it('deleting unsynced items needs DELETE typed; nothing is deleted until then', async () => {
    await signedInWithUnsynced();
    const { user } = renderAuth('/sign-out');
    expect(
      await screen.findByText(/This device has 1 unsynced item that the server does not have yet/),
    ).toBeInTheDocument();
    await user.click(
      screen.getByLabelText('Delete 1 unsynced item and everything else from this device'),
    );
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Type DELETE to confirm that 1 unsynced item will be lost',
    );
    expect(useSession.getState().status).toBe('unlocked');

    await user.type(screen.getByLabelText('To confirm, type DELETE'), 'delete');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(useSession.getState().status).toBe('unlocked');
    expect(await dbExists()).toBe(true);

    await user.clear(screen.getByLabelText('To confirm, type DELETE'));
    await user.type(screen.getByLabelText('To confirm, type DELETE'), 'DELETE');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(useSession.getState().status).toBe('signed-out'));
    expect(await dbExists()).toBe(false);
  });

  it('"keep" signs out without any confirmation and keeps the unsynced items', async () => {
    await signedInWithUnsynced();
    const { user } = renderAuth('/sign-out');
    await screen.findByText(/This device has 1 unsynced item/);
    await user.click(screen.getByLabelText('Keep them until I sign in again'));
    expect(screen.queryByLabelText('To confirm, type DELETE')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(useSession.getState().status).toBe('signed-out'));
    expect(await dbExists()).toBe(true);
  });

  it('asks which to do when nothing is chosen', async () => {
    await signedInWithUnsynced();
    const { user } = renderAuth('/sign-out');
    await screen.findByText(/This device has 1 unsynced item/);
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Select whether to keep or delete the records on this device',
    );
  });
});
