// Sign-in, unlock, lock, sign-out and the device wipe, through the app's real session
// actions and sync runtime, against the in-process server (jsdom: localStorage, WebCrypto).
import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import { logCall } from '../../src/client/local-store/calls-repo';
import { getActiveDb, openUserDb, userDbName } from '../../src/client/local-store/db';
import {
  bootSession,
  countUnsynced,
  finishSignIn,
  lock,
  signIn,
  signOut,
  unlock,
} from '../../src/client/sync/session-actions';
import { useSession } from '../../src/client/sync/session-store';
import {
  DEVICE_REVOKED_NOTICE,
  getSyncEngine,
  setSyncTransport,
  stopSync,
  syncNow,
} from '../../src/client/sync/sync-runtime';
import { recordView } from '../../src/client/sync/view-events';
import { useSyncStatus } from '../../src/client/sync/sync-status-store';
import { listDeviceUsers, UNLOCK_KEY_PREFIX } from '../../src/client/sync/unlock-secret';
import { revokeDevice } from '../../src/server/services/admin';
import { validCallInput } from '../local-store/factories';
import type { TestServer } from '../server/helpers';
import { serverRecords, serverWith, TestTransport } from './harness';

const PASSPHRASE = 'blue kettle walks';
let server: TestServer;

beforeEach(async () => {
  localStorage.clear();
  server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
  setSyncTransport(new TestTransport(server).send);
});
afterEach(async () => {
  stopSync();
  await server.close();
});

async function signInAsPcso() {
  const result = await signIn({
    username: 'pcso',
    password: 'correct-horse-battery',
    deviceName: 'Test phone',
  });
  await finishSignIn(result, PASSPHRASE);
  await getSyncEngine()?.loop.idle();
  return result;
}

async function dbExists(userId: string): Promise<boolean> {
  const names = await indexedDB.databases();
  return names.some((d) => d.name === userDbName(userId));
}

describe('session actions', () => {
  it('sign-in stores a verifier (never the passphrase), opens the user’s own database and starts sync', async () => {
    const { user } = await signInAsPcso();
    expect(useSession.getState()).toMatchObject({ status: 'unlocked', user: { id: user.id } });
    expect(getActiveDb().userId).toBe(user.id);
    const stored = localStorage.getItem(UNLOCK_KEY_PREFIX + user.id) ?? '';
    expect(stored).not.toContain(PASSPHRASE);
    expect(JSON.parse(stored)).toMatchObject({ iterations: 200_000, user: { id: user.id } });
    // The engine ran its first round: reference data arrived.
    expect(await getActiveDb().recordTable('wards').count()).toBeGreaterThan(0);
  });

  it('lock stops sync; unlock needs the right passphrase, offline', async () => {
    const { user } = await signInAsPcso();
    await lock();
    expect(useSession.getState().status).toBe('locked');
    expect(getSyncEngine()).toBeNull();
    setSyncTransport(() => Promise.reject(new TypeError('offline')));
    expect(await unlock(user.id, 'not the passphrase')).toBe(false);
    expect(useSession.getState().status).toBe('locked');
    expect(await unlock(user.id, PASSPHRASE)).toBe(true);
    expect(useSession.getState().status).toBe('unlocked');
    // A fresh start offers the unlock page for the last user.
    useSession.getState().setUser(null, 'signed-out');
    bootSession();
    expect(useSession.getState()).toMatchObject({ status: 'locked', user: { id: user.id } });
  });

  it('sign-out "keep" keeps unsynced changes for the next sign-in; "delete" removes the database', async () => {
    const { user } = await signInAsPcso();
    setSyncTransport(() => Promise.reject(new TypeError('offline')));
    await logCall(getActiveDb(), validCallInput());
    expect(await countUnsynced()).toBeGreaterThan(0);
    await signOut('keep');
    expect(useSession.getState().status).toBe('signed-out');
    expect(listDeviceUsers()).toEqual([]);
    const kept = openUserDb(user.id);
    expect(await kept.outbox.count()).toBeGreaterThan(0);
    kept.close();

    setSyncTransport(new TestTransport(server).send);
    await signInAsPcso();
    await syncNow();
    expect((await serverRecords(server, 'calls')).size).toBe(1);
    await signOut('delete');
    expect(await dbExists(user.id)).toBe(false);
  });

  it('a local write is counted in the header at once and sent about two seconds later, unprompted', async () => {
    await signInAsPcso();
    await logCall(getActiveDb(), validCallInput());
    await waitFor(() => expect(useSyncStatus.getState().pendingCount).toBe(1));
    expect((await serverRecords(server, 'calls')).size).toBe(0);
    await waitFor(() => expect(useSyncStatus.getState().pendingCount).toBe(0), { timeout: 6_000 });
    expect((await serverRecords(server, 'calls')).size).toBe(1);
    expect(useSyncStatus.getState().lastSyncAt).not.toBeNull();
  });

  it('opening a record queues a labelled view event that reaches the audit log', async () => {
    await signInAsPcso();
    const recordId = uuidv7();
    await recordView('people', recordId, 'Person opened');
    const [row] = await getActiveDb().outbox.toArray();
    expect(row).toMatchObject({
      kind: 'create',
      table: 'viewEvents',
      payload: { table: 'people', recordId, label: 'Person opened' },
    });
    await syncNow();
    const views = await server.storage.transaction((tx) => tx.listAudit({ action: 'view' }));
    expect(views).toEqual([expect.objectContaining({ table: 'people', ids: [recordId] })]);
    expect(await getActiveDb().outbox.count()).toBe(0);
  });

  it('a revoked device wipes the user’s database at its next contact and says why', async () => {
    const { user, deviceId } = await signInAsPcso();
    await logCall(getActiveDb(), validCallInput());
    await revokeDevice(server.deps, deviceId, { userId: null, deviceId: null });
    await syncNow();
    expect(useSession.getState()).toMatchObject({
      status: 'signed-out',
      user: null,
      notice: DEVICE_REVOKED_NOTICE,
    });
    expect(await dbExists(user.id)).toBe(false);
    expect(listDeviceUsers()).toEqual([]);
  });
});
