import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/domain/ids';
import { stopSync, setSyncTransport } from '../../../../src/client/sync/sync-runtime';
import { useSession } from '../../../../src/client/sync/session-store';
import { listDeviceUsers } from '../../../../src/client/sync/unlock-secret';
import type { Transport } from '../../../../src/client/sync/transport';
import { renderAuth } from './render-auth';

const USER = {
  id: uuidv7(),
  name: 'Pat Officer',
  username: 'pat',
  agencyId: 'kent-police',
  roles: ['field'],
  wards: [],
};

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Transport {
  return (path) => {
    if (path !== '/api/auth/login') return Promise.reject(new TypeError('offline'));
    return Response.json(body, { status, headers });
  };
}

async function fillAndSubmit(user: ReturnType<typeof renderAuth>['user']) {
  await user.type(screen.getByLabelText('Username'), 'pat');
  await user.type(screen.getByLabelText('Password'), 'some password');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

beforeEach(() => {
  localStorage.clear();
  useSession.getState().setUser(null, 'signed-out');
  useSession.getState().setNotice(null);
});
afterEach(() => stopSync());

describe('sign-in page', () => {
  it('lists missing fields in the error summary, linked to them', async () => {
    const { user } = renderAuth('/sign-in');
    await user.clear(screen.getByLabelText('Name for this device'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Enter your username', '#username'],
      ['Enter your password', '#password'],
      ['Enter a name for this device', '#device-name'],
    ]);
    expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says plainly when the username or password is wrong', async () => {
    setSyncTransport(answer(401, { code: 'bad_credentials', message: 'x' }));
    const { user } = renderAuth('/sign-in');
    await fillAndSubmit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The username or password is not right. Check them and try again.',
    );
    // What was typed stays, so a mistyped username can be put right.
    expect(screen.getByLabelText('Username')).toHaveValue('pat');
  });

  it('says how long to wait when sign-in is rate-limited', async () => {
    setSyncTransport(answer(429, { code: 'rate_limited', message: 'x' }, { 'Retry-After': '600' }));
    const { user } = renderAuth('/sign-in');
    await fillAndSubmit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts to sign in. Wait 10 minutes and try again.',
    );
  });

  it('explains that signing in is impossible offline', async () => {
    setSyncTransport(() => Promise.reject(new TypeError('Failed to fetch')));
    const { user } = renderAuth('/sign-in');
    await fillAndSubmit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are offline. Signing in needs a connection',
    );
  });

  it('then asks for an unlock passphrase: not too short, not a PIN, typed twice', async () => {
    setSyncTransport(answer(200, { user: USER, deviceId: uuidv7() }));
    const { user, router } = renderAuth('/sign-in');
    await fillAndSubmit(user);
    await screen.findByRole('heading', { name: 'Choose an unlock passphrase' });
    const save = () => user.click(screen.getByRole('button', { name: 'Save and continue' }));

    await user.type(screen.getByLabelText('Unlock passphrase'), 'short');
    await save();
    expect(await screen.findByRole('alert')).toHaveTextContent('at least 8 characters');

    await user.clear(screen.getByLabelText('Unlock passphrase'));
    await user.type(screen.getByLabelText('Unlock passphrase'), '12345678');
    await save();
    expect(await screen.findByRole('alert')).toHaveTextContent('must not be only numbers');

    await user.clear(screen.getByLabelText('Unlock passphrase'));
    await user.type(screen.getByLabelText('Unlock passphrase'), 'blue kettle walks');
    await user.type(screen.getByLabelText('Type the passphrase again'), 'blue kettle runs');
    await save();
    expect(await screen.findByRole('alert')).toHaveTextContent('The passphrases do not match');

    await user.clear(screen.getByLabelText('Type the passphrase again'));
    await user.type(screen.getByLabelText('Type the passphrase again'), 'blue kettle walks');
    await save();
    await screen.findByRole('heading', { name: 'Home' });
    expect(router.state.location.pathname).toBe('/');
    expect(useSession.getState()).toMatchObject({ status: 'unlocked', user: { id: USER.id } });
    expect(listDeviceUsers().map((u) => u.user.id)).toEqual([USER.id]);
  });

  it('shows why the device was signed out', async () => {
    useSession.getState().setNotice('An administrator removed this device.');
    renderAuth('/sign-in');
    expect(screen.getByRole('region', { name: 'Important' })).toHaveTextContent(
      'An administrator removed this device.',
    );
  });
});
