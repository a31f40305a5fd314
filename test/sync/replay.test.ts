// sync.md tests 1 and 3: a lost answer and a doubled push both end in exactly one record.
import { afterEach, describe, expect, it } from 'vitest';
import { logCall } from '../../src/client/local-store/calls-repo';
import { countPending } from '../../src/client/local-store/outbox-send';
import { validCallInput } from '../local-store/factories';
import type { TestServer } from '../server/helpers';
import { Device, serverRecords, serverWith, signedInDevice } from './harness';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe('replays', () => {
  it('drop after commit, before answer: the retry gets duplicate and exactly one record exists', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    const phone = await signedInDevice(server, 'pcso');
    const callId = await logCall(phone.db, validCallInput());
    const queued = await phone.db.outbox.toArray();
    expect(queued.length).toBeGreaterThanOrEqual(2);

    phone.transport.inject('/api/sync/push', 'drop-after');
    expect(await phone.sync()).toMatchObject({ kind: 'retry' });
    // The server committed, but nothing was deleted on the device (rule 3).
    expect((await serverRecords(server, 'calls')).size).toBe(1);
    expect((await phone.db.outbox.toArray()).map((r) => r.mutationId)).toEqual(
      queued.map((r) => r.mutationId),
    );
    expect(phone.status.state.phase).toBe('offline');

    expect(await phone.sync()).toEqual({ kind: 'ok' });
    // Same mutations, same ids, both times.
    const [lost, retried] = phone.transport.bodies('/api/sync/push') as {
      mutations: { mutationId: string }[];
    }[];
    expect(lost?.mutations.map((m) => m.mutationId)).toEqual(queued.map((r) => r.mutationId));
    expect(retried?.mutations).toEqual(lost?.mutations);
    expect(await countPending(phone.db)).toBe(0);
    expect((await serverRecords(server, 'calls')).size).toBe(1);
    const local = await phone.db.calls.get(callId);
    expect(local?.reference).toMatch(/^DT-2026-\d{4}$/);
    expect(local?._sync?.state).toBe('sent');
  });

  it('the same push sent twice at once is applied once', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    const phone = await signedInDevice(server, 'pcso');
    await logCall(phone.db, validCallInput());
    // Two tabs without Web Locks: both engines push the same outbox concurrently.
    const other = new Device(server, phone.transport, phone.user, phone.factory);
    const [a, b] = await Promise.all([phone.sync(), other.sync()]);
    expect(a).toEqual({ kind: 'ok' });
    expect(b).toEqual({ kind: 'ok' });
    expect((await serverRecords(server, 'calls')).size).toBe(1);
    expect((await serverRecords(server, 'locations')).size).toBe(1);
    expect((await serverRecords(server, 'people')).size).toBe(1);
    expect(await countPending(phone.db)).toBe(0);
    const applied = await server.storage.transaction(async (tx) =>
      tx.listAudit({ action: 'sync.create' }),
    );
    expect(applied.filter((r) => r.table === 'calls')).toHaveLength(1);
  });
});
