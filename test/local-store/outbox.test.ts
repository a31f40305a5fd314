import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addAction } from '../../src/client/local-store/actions-repo';
import { logCall, patchCall } from '../../src/client/local-store/calls-repo';
import type { CsuDb } from '../../src/client/local-store/db';
import { queueMutation } from '../../src/client/local-store/outbox';
import {
  countPending,
  deleteOutboxRows,
  markDependentsParentRejected,
  pendingBatch,
  recordAttempt,
  requeueDependents,
  setOutboxStatus,
  toWireMutation,
} from '../../src/client/local-store/outbox-send';
import { newTestDb, validCallInput } from './factories';

async function loggedCallWithAction(db: CsuDb) {
  const callId = await logCall(db, validCallInput());
  const actionId = await addAction(db, callId, {
    text: 'Visit',
    agencyId: 'kent-police',
    dueDate: '2026-03-20',
  });
  const rows = await db.outbox.orderBy('localSeq').toArray();
  const [location, person, call, action] = rows;
  return { callId, actionId, location: location!, person: person!, call: call!, action: action! };
}

describe('queueMutation', () => {
  it('refuses to run outside a rw transaction that includes the outbox', async () => {
    const db = newTestDb();
    const callId = await logCall(db, validCallInput());
    const input = {
      kind: 'patch' as const,
      table: 'calls' as const,
      recordId: callId,
      payload: { summary: 'x' },
      dependsOn: [],
    };
    await expect(queueMutation(db, input)).rejects.toThrow(/rw transaction/);
    await expect(db.transaction('rw', db.calls, () => queueMutation(db, input))).rejects.toThrow(
      /rw transaction/,
    );
    expect(await db.outbox.count()).toBe(3);
  });
});

describe('pendingBatch', () => {
  it('returns pending rows in localSeq order within count and byte limits', async () => {
    const db = newTestDb();
    const { location, person, call, action } = await loggedCallWithAction(db);
    expect((await pendingBatch(db)).map((r) => r.mutationId)).toEqual([
      location.mutationId,
      person.mutationId,
      call.mutationId,
      action.mutationId,
    ]);
    expect(await pendingBatch(db, 2)).toHaveLength(2);
    const oneSize = new TextEncoder().encode(JSON.stringify(toWireMutation(location))).length;
    expect(await pendingBatch(db, 100, 512 + oneSize + 1)).toHaveLength(1);
    // A row bigger than the whole budget still goes, alone, so the server can refuse it.
    expect(await pendingBatch(db, 100, 10)).toHaveLength(1);
  });

  it('sends the wire shape only', async () => {
    const db = newTestDb();
    const { call } = await loggedCallWithAction(db);
    expect(Object.keys(toWireMutation(call)).sort()).toEqual([
      'clientTime',
      'kind',
      'mutationId',
      'payload',
      'recordId',
      'table',
    ]);
  });

  it('skips rows that need a record whose create was rejected', async () => {
    const db = newTestDb();
    const { location, person, call, action } = await loggedCallWithAction(db);
    await setOutboxStatus(db, location.mutationId, 'rejected', {
      code: 'invalid',
      message: 'Bad address',
    });
    // Even before the dependents are marked, nothing that needs the location is offered.
    expect((await pendingBatch(db)).map((r) => r.mutationId)).toEqual([
      person.mutationId,
      action.mutationId,
    ]);
    expect(
      (await db.outbox.where('mutationId').equals(location.mutationId).first())?.error?.code,
    ).toBe('invalid');
    expect((await db.outbox.where('mutationId').equals(call.mutationId).first())?.status).toBe(
      'pending',
    );
  });
});

describe('parent_rejected', () => {
  it('holds every pending mutation on or referencing a rejected record, transitively', async () => {
    const db = newTestDb();
    const { callId, location, person, call, action } = await loggedCallWithAction(db);
    await patchCall(db, callId, { summary: 'Edited' });
    await setOutboxStatus(db, location.mutationId, 'rejected', { code: 'invalid', message: 'Bad' });
    expect(await markDependentsParentRejected(db, location.recordId)).toBe(3);
    const statuses = Object.fromEntries(
      (await db.outbox.toArray()).map((r) => [r.mutationId, r.status]),
    );
    expect(statuses[call.mutationId]).toBe('parent_rejected');
    expect(statuses[action.mutationId]).toBe('parent_rejected');
    expect(statuses[person.mutationId]).toBe('pending');
    expect(await countPending(db)).toBe(1);
    expect((await pendingBatch(db)).map((r) => r.mutationId)).toEqual([person.mutationId]);
  });

  it('re-queues them when a corrected create is queued for the same id', async () => {
    const db = newTestDb();
    const { location, call, action } = await loggedCallWithAction(db);
    await setOutboxStatus(db, location.mutationId, 'rejected', { code: 'invalid', message: 'Bad' });
    await markDependentsParentRejected(db, location.recordId);
    // Still blocked while no corrected create exists.
    expect(await requeueDependents(db, location.recordId)).toBe(0);
    await db.transaction('rw', [db.locations, db.outbox], () =>
      queueMutation(db, {
        kind: 'create',
        table: 'locations',
        recordId: location.recordId,
        payload: location.payload,
        dependsOn: [],
      }),
    );
    await deleteOutboxRows(db, [location.mutationId]);
    expect(await requeueDependents(db, location.recordId)).toBe(2);
    const batch = (await pendingBatch(db)).map((r) => r.mutationId);
    expect(batch).toContain(call.mutationId);
    expect(batch).toContain(action.mutationId);
    expect(batch.indexOf(call.mutationId)).toBeLessThan(batch.indexOf(action.mutationId));
  });
});

describe('small primitives', () => {
  it('deletes answered rows, changes status and counts attempts', async () => {
    const db = newTestDb();
    const { location, person } = await loggedCallWithAction(db);
    await recordAttempt(db, [location.mutationId, person.mutationId]);
    await recordAttempt(db, [location.mutationId]);
    expect(
      (await db.outbox.where('mutationId').equals(location.mutationId).first())?.attempts,
    ).toBe(2);
    expect(await deleteOutboxRows(db, [location.mutationId])).toBe(1);
    expect(await setOutboxStatus(db, location.mutationId, 'pending')).toBe(false);
    expect(
      await setOutboxStatus(db, person.mutationId, 'out_of_scope', {
        code: 'out_of_scope',
        message: 'x',
      }),
    ).toBe(true);
    expect(await countPending(db)).toBe(2);
  });
});
