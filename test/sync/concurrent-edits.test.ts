// sync.md test 5: two devices edit one record offline.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logCall, patchCall } from '../../src/client/local-store/calls-repo';
import { queueMutation } from '../../src/client/local-store/outbox';
import { withWrite } from '../../src/client/local-store/write';
import { validCallInput } from '../local-store/factories';
import type { TestServer } from '../server/helpers';
import { serverRecords, serverWith, signedInDevice, type Device } from './harness';

let server: TestServer;
let a: Device;
let b: Device;
let callId: string;

beforeEach(async () => {
  server = await serverWith([
    { username: 'chair-a', roles: ['chair'] },
    { username: 'chair-b', roles: ['chair'] },
  ]);
  a = await signedInDevice(server, 'chair-a');
  b = await signedInDevice(server, 'chair-b');
  callId = await logCall(a.db, validCallInput());
  expect(await a.sync()).toEqual({ kind: 'ok' });
  expect(await b.sync()).toEqual({ kind: 'ok' });
  expect(await b.db.calls.get(callId)).toBeDefined();
});
afterEach(async () => {
  await server.close();
});

async function serverCall() {
  return (await serverRecords(server, 'calls')).get(callId);
}

/** Queues a delete of the call as this device last saw it, as a delete screen would. */
async function deleteCall(device: Device): Promise<void> {
  await withWrite(device.db, ['calls'], async () => {
    const call = await device.db.calls.get(callId);
    const baseSeq = Math.max(...Object.values(call?.fieldSeqs ?? { none: 0 }));
    await queueMutation(device.db, {
      kind: 'delete',
      table: 'calls',
      recordId: callId,
      payload: {},
      baseSeq,
      dependsOn: [],
    });
  });
}

describe('two devices edit one record offline', () => {
  it('edits to different fields merge, and nobody is asked', async () => {
    await patchCall(a.db, callId, { summary: 'Summary from A' });
    await patchCall(b.db, callId, { riskLevel: 'high' });
    await a.sync();
    await b.sync();
    await a.sync();
    for (const device of [a, b]) {
      const call = await device.db.calls.get(callId);
      expect(call).toMatchObject({ summary: 'Summary from A', riskLevel: 'high' });
      expect(call?._sync?.state).toBe('sent');
      expect(call?._sync?.conflicts).toBeUndefined();
    }
    expect((await serverCall())?.data).toMatchObject({
      summary: 'Summary from A',
      riskLevel: 'high',
    });
  });

  it('the same field gives exactly one conflict, on the second device, with both values', async () => {
    await patchCall(a.db, callId, { summary: 'Summary from A' });
    await patchCall(b.db, callId, { summary: 'Summary from B' });
    await a.sync();
    await b.sync();
    await a.sync();
    const onA = await a.db.calls.get(callId);
    const onB = await b.db.calls.get(callId);
    expect(onA?._sync?.conflicts).toBeUndefined();
    expect(onB?._sync?.state).toBe('review');
    expect(onB?._sync?.conflicts).toEqual([
      expect.objectContaining({
        field: 'summary',
        serverValue: 'Summary from A',
        mine: 'Summary from B',
        serverBy: a.user.id,
      }),
    ]);
    // The server kept the value it already had; B shows it, with the review badge.
    expect(onB?.summary).toBe('Summary from A');
    expect((await serverCall())?.data.summary).toBe('Summary from A');
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('a delete that reaches the server first is undone by the edit, which stays visible', async () => {
    await deleteCall(a);
    await patchCall(b.db, callId, { summary: 'Edited while A deleted' });
    await a.sync();
    expect(await a.db.calls.get(callId)).toBeUndefined();
    await b.sync();
    await a.sync();
    const onB = await b.db.calls.get(callId);
    expect(onB?.summary).toBe('Edited while A deleted');
    expect(onB?._sync?.conflicts?.map((c) => c.field)).toContain('archived');
    expect((await a.db.calls.get(callId))?.summary).toBe('Edited while A deleted');
    expect((await serverCall())?.data.summary).toBe('Edited while A deleted');
  });

  it('an edit that reaches the server first makes the later delete a conflict, not a deletion', async () => {
    await deleteCall(a);
    await patchCall(b.db, callId, { summary: 'Edited before the delete arrived' });
    await b.sync();
    await a.sync();
    const onA = await a.db.calls.get(callId);
    expect(onA?.summary).toBe('Edited before the delete arrived');
    expect(onA?._sync?.conflicts).toEqual([
      expect.objectContaining({ field: 'archived', serverValue: false, mine: true }),
    ]);
    // serverRecords lists live records only: the call was not deleted.
    expect((await serverCall())?.data.summary).toBe('Edited before the delete arrived');
  });

  it('a create followed by two patches of the same field, all offline, applies without conflict', async () => {
    const fresh = await logCall(a.db, validCallInput({ summary: 'First version' }));
    await patchCall(a.db, fresh, { summary: 'Second version' });
    await patchCall(a.db, fresh, { summary: 'Third version' });
    const queued = await a.db.outbox.where('recordId').equals(fresh).toArray();
    expect(queued.map((r) => r.kind)).toEqual(['create', 'patch', 'patch']);
    expect(await a.sync()).toEqual({ kind: 'ok' });
    const call = await a.db.calls.get(fresh);
    expect(call?.summary).toBe('Third version');
    expect(call?._sync).toMatchObject({ state: 'sent' });
    expect(call?._sync?.conflicts).toBeUndefined();
    expect((await serverRecords(server, 'calls')).get(fresh)?.data.summary).toBe('Third version');
  });
});
