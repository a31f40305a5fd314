// sync.md test 7 and "Auth": an expired session keeps the outbox; another user on the same
// device neither sees nor pushes it; a revoked device is wiped.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { logCall } from '../../src/client/local-store/calls-repo';
import { SESSION_IDLE_MS } from '../../src/server/deps';
import { revokeDevice } from '../../src/server/services/admin';
import { validCallInput } from '../local-store/factories';
import type { TestServer } from '../server/helpers';
import {
  Device,
  serverRecords,
  serverWith,
  signInOver,
  signedInDevice,
  TestTransport,
} from './harness';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe('sessions on a shared device', () => {
  it('offline longer than the session: the outbox survives signing in again, and another user never sees or pushes it', async () => {
    server = await serverWith([
      { username: 'first', roles: ['field'] },
      { username: 'second', roles: ['field'] },
    ]);
    const phone = new IDBFactory();
    const first = await signedInDevice(server, 'first', { factory: phone });
    await first.sync();
    const callId = await logCall(first.db, validCallInput());
    const queued = (await first.db.outbox.toArray()).map((r) => r.mutationId);

    // A long shift with no signal: the server session lapses.
    server.clock.advance(SESSION_IDLE_MS + 60_000);
    expect(await first.sync()).toEqual({ kind: 'halt' });
    expect(first.halts[0]).toMatchObject({ needsSignIn: true });
    expect((await first.db.outbox.toArray()).map((r) => r.mutationId)).toEqual(queued);
    expect((await serverRecords(server, 'calls')).size).toBe(0);
    first.db.close();

    // Someone else signs in on the same phone: their own database, nothing of the first user's.
    const transport = new TestTransport(server);
    const second = new Device(
      server,
      transport,
      (await signInOver(transport, 'second')).user,
      phone,
    );
    expect(await second.sync()).toEqual({ kind: 'ok' });
    expect(await second.db.calls.count()).toBe(0);
    expect(await second.db.outbox.count()).toBe(0);
    const pushed = transport.bodies('/api/sync/push') as { mutations: { mutationId: string }[] }[];
    expect(pushed.flatMap((b) => b.mutations.map((m) => m.mutationId))).toEqual([]);
    expect((await serverRecords(server, 'calls')).size).toBe(0);
    second.db.close();

    // The first user signs in again: their outbox is still there and goes up.
    const again = new Device(
      server,
      first.transport,
      (await signInOver(first.transport, 'first')).user,
      phone,
    );
    expect(await again.db.outbox.count()).toBe(queued.length);
    expect(await again.sync()).toEqual({ kind: 'ok' });
    expect((await serverRecords(server, 'calls')).has(callId)).toBe(true);
    expect(await again.db.outbox.count()).toBe(0);
  });

  it('a server that needs a newer app (426) keeps the outbox and asks for an update', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    const phone = await signedInDevice(server, 'pcso');
    await logCall(phone.db, validCallInput());
    const queued = await phone.db.outbox.count();
    phone.transport.inject('/api/sync/push', { status: 426, code: 'upgrade_required' });
    expect(await phone.sync()).toEqual({ kind: 'halt' });
    expect(phone.status.state).toMatchObject({ needsUpdate: true, phase: 'error' });
    expect(phone.status.state.lastError).toMatch(/Update the app/);
    expect(await phone.db.outbox.count()).toBe(queued);
  });

  it('a revoked device hears device_revoked and halts so the app can wipe it', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    const phone = await signedInDevice(server, 'pcso');
    await logCall(phone.db, validCallInput());
    const deviceId = (await server.storage.transaction((tx) => tx.listDevices()))[0]?.id as string;
    await revokeDevice(server.deps, deviceId, { userId: null, deviceId: null });
    expect(await phone.sync()).toEqual({ kind: 'halt' });
    expect(phone.halts).toEqual([expect.objectContaining({ deviceRevoked: true, retry: false })]);
  });
});
