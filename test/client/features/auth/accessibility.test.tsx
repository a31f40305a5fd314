import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/domain/ids';
import { logCall } from '../../../../src/client/local-store/calls-repo';
import { setActiveUser } from '../../../../src/client/local-store/db';
import { useSession } from '../../../../src/client/sync/session-store';
import { setSyncTransport, stopSync } from '../../../../src/client/sync/sync-runtime';
import { saveUnlockSecret } from '../../../../src/client/sync/unlock-secret';
import { validCallInput } from '../../../local-store/factories';
import { renderAuth } from './render-auth';
import { sessionUser } from '../../../factories/session-user';

/** axe over the rendered screen; colour contrast needs real layout, so the browser suite checks it. */
async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const person = sessionUser({ name: 'Pat' });

beforeEach(() => {
  localStorage.clear();
  setSyncTransport(() => Promise.reject(new TypeError('offline')));
});
afterEach(() => stopSync());

describe('auth screens have no axe violations', { timeout: 30_000 }, () => {
  it('sign-in, with errors showing', async () => {
    useSession.getState().setUser(null, 'signed-out');
    const { container, user } = renderAuth('/sign-in');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('alert');
    expect(await violations(container)).toEqual([]);
  });

  it('unlock with two people on the device', async () => {
    await saveUnlockSecret(person, 'pat unlock phrase');
    await saveUnlockSecret({ ...person, id: uuidv7(), name: 'Sam' }, 'sam unlock phrase');
    useSession.getState().setUser(person, 'locked');
    const { container, user } = renderAuth('/unlock');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('alert');
    expect(await violations(container)).toEqual([]);
  });

  it('sign-out with unsynced items and the typed confirmation showing', async () => {
    const db = setActiveUser(person.id);
    useSession.getState().setUser(person, 'unlocked');
    await logCall(db, validCallInput());
    const { container, user } = renderAuth('/sign-out');
    await user.click(await screen.findByLabelText(/^Delete 1 unsynced item /));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('alert');
    expect(await violations(container)).toEqual([]);
  });
});
