import { screen } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSession } from '../../../../src/client/sync/session-store';
import { setSyncTransport, stopSync } from '../../../../src/client/sync/sync-runtime';
import { saveUnlockSecret } from '../../../../src/client/sync/unlock-secret';
import { renderAuth } from './render-auth';
import { sessionUser } from '../../../factories/session-user';

const sam = sessionUser({ name: 'Sam Warden', username: 'sam', agencyId: 'kcc-wardens' });
const ali = sessionUser({
  name: 'Ali Chair',
  username: 'ali',
  agencyId: 'sdc-csu',
  roles: ['chair'],
});

beforeEach(async () => {
  localStorage.clear();
  // Unlock works offline: no request may be needed.
  setSyncTransport(() => Promise.reject(new TypeError('offline')));
  await saveUnlockSecret(sam, 'sam unlock phrase');
  useSession.getState().setUser(sam, 'locked');
});
afterEach(() => stopSync());

describe('unlock page', () => {
  it('refuses a wrong passphrase with a clear error and stays locked', async () => {
    const { user } = renderAuth('/unlock');
    expect(screen.getByText('Signed in on this device as Sam Warden.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Unlock passphrase'), 'not my phrase');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The passphrase is not right. Check it and try again',
    );
    expect(screen.getByLabelText('Unlock passphrase')).toHaveValue('');
    expect(useSession.getState().status).toBe('locked');
  });

  it('opens the app for the chosen user and returns to the page they asked for', async () => {
    await saveUnlockSecret(ali, 'ali unlock phrase');
    const { user, router } = renderAuth('/unlock');
    await router.navigate('/unlock', { state: { from: '/calls' } });
    await user.click(screen.getByLabelText('Ali Chair'));
    await user.type(screen.getByLabelText('Unlock passphrase'), 'ali unlock phrase');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('heading', { name: 'Calls' });
    expect(useSession.getState()).toMatchObject({ status: 'unlocked', user: { id: ali.id } });
  });

  it('sends someone with no saved sign-in to sign in', async () => {
    localStorage.clear();
    renderAuth('/unlock');
    expect(screen.getByText('Nobody has signed in on this device yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('says the device storage failed, not that the passphrase is wrong, when the database will not open', async () => {
    const deps = Dexie.dependencies;
    const realFactory = deps.indexedDB;
    deps.indexedDB = {
      ...realFactory,
      open: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    } as IDBFactory;
    try {
      const { user } = renderAuth('/unlock');
      await user.type(screen.getByLabelText('Unlock passphrase'), 'sam unlock phrase');
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      const banner = await screen.findByRole('region', { name: 'Not unlocked' });
      expect(banner).toHaveTextContent('run out of storage space');
      expect(screen.queryByText(/passphrase is not right/)).not.toBeInTheDocument();
      expect(screen.getByLabelText('Unlock passphrase')).toHaveValue('sam unlock phrase');
      expect(useSession.getState().status).toBe('locked');
    } finally {
      deps.indexedDB = realFactory;
    }
  });
});
