// sync.md test 9: a rejected mutation never blocks the rest, its children are held, and a
// failed round is retried by backoff without a new local write.
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import { logCall } from '../../src/client/local-store/calls-repo';
import type { CsuDb } from '../../src/client/local-store/db';
import { queueMutation } from '../../src/client/local-store/outbox';
import { requeueDependents } from '../../src/client/local-store/outbox-send';
import { createRecord } from '../../src/client/local-store/record-writes';
import { withWrite } from '../../src/client/local-store/write';
import { listReviewItems } from '../../src/client/sync/review';
import type { Timers } from '../../src/client/sync/sync-loop';
import { validCallInput } from '../local-store/factories';
import { actionData, callData } from '../server/fixtures';
import type { TestServer } from '../server/helpers';
import { serverRecords, serverWith, signedInDevice } from './harness';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

async function queueCallWithChildren(db: CsuDb, summary: string) {
  const callId = uuidv7();
  const actionId = uuidv7();
  const noteId = uuidv7();
  await withWrite(db, ['calls', 'actions', 'callNotes'], async () => {
    await createRecord(db, 'calls', { id: callId, ...callData({ summary }) }, []);
    await createRecord(db, 'actions', { id: actionId, ...actionData(callId) }, [callId]);
    const note = {
      id: noteId,
      callId,
      text: 'Spoke to the neighbour.',
      at: '2026-03-04T10:00:00.000Z',
    };
    await createRecord(db, 'callNotes', note, [callId]);
  });
  return { callId, actionId, noteId };
}

/** Timers the test fires by hand: nothing runs unless the loop scheduled it. */
class ManualTimers implements Timers {
  pending: { fn: () => void; ms: number }[] = [];
  setTimeout = (fn: () => void, ms: number) => {
    const entry = { fn, ms };
    this.pending.push(entry);
    return entry;
  };
  clearTimeout = (handle: unknown) => {
    this.pending = this.pending.filter((p) => p !== handle);
  };
  fireNext(): number {
    const next = this.pending.shift();
    next?.fn();
    return next?.ms ?? -1;
  }
}

describe('rejections', () => {
  it('a rejected create holds its children, lets later mutations through, and releases them once corrected', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    const phone = await signedInDevice(server, 'pcso');
    const bad = await queueCallWithChildren(phone.db, '   ');
    const good = await logCall(phone.db, validCallInput());

    expect(await phone.sync()).toEqual({ kind: 'ok' });
    const rows = new Map((await phone.db.outbox.toArray()).map((r) => [r.recordId, r]));
    expect(rows.get(bad.callId)).toMatchObject({ status: 'rejected', error: { code: 'invalid' } });
    expect(rows.get(bad.actionId)?.status).toBe('parent_rejected');
    expect(rows.get(bad.noteId)?.status).toBe('parent_rejected');
    expect(rows.has(good)).toBe(false);
    expect((await serverRecords(server, 'calls')).has(good)).toBe(true);
    expect((await phone.db.calls.get(bad.callId))?._sync).toMatchObject({
      state: 'rejected',
      error: { code: 'invalid' },
    });
    const review = await listReviewItems(phone.db);
    expect(review.refused).toEqual([
      expect.objectContaining({ recordId: bad.callId, heldCount: 2, code: 'invalid' }),
    ]);

    // The person puts the call right: a new create (new mutationId, same id) releases the held children.
    await withWrite(phone.db, ['calls'], async () => {
      const call = { id: bad.callId, ...callData({ summary: 'Corrected summary' }) };
      await phone.db.calls.update(bad.callId, { summary: 'Corrected summary' });
      await queueMutation(phone.db, {
        kind: 'create',
        table: 'calls',
        recordId: bad.callId,
        payload: call,
        dependsOn: [],
      });
    });
    expect(await requeueDependents(phone.db, bad.callId)).toBe(2);
    // The screen that corrects the call also dismisses its old refusal.
    await phone.db.outbox.where('status').equals('rejected').delete();
    expect(await phone.sync()).toEqual({ kind: 'ok' });
    expect(await phone.db.outbox.count()).toBe(0);
    expect((await serverRecords(server, 'actions')).has(bad.actionId)).toBe(true);
    expect((await serverRecords(server, 'callNotes')).has(bad.noteId)).toBe(true);
  });

  it('a failed round is retried by backoff, honouring Retry-After, without a new local write', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    const timers = new ManualTimers();
    const phone = await signedInDevice(server, 'pcso', { engine: { timers, random: () => 0 } });
    await logCall(phone.db, validCallInput());
    phone.transport.inject('/api/sync/push', { status: 503, retryAfterS: 7 });
    phone.transport.inject('/api/sync/push', { status: 502 });

    phone.engine.start();
    await phone.engine.loop.idle();
    expect(phone.status.state.phase).toBe('error');
    expect(timers.pending.map((p) => p.ms)).toEqual([7_000]);
    expect(await phone.db.outbox.count()).toBeGreaterThan(0);

    // Nothing new is written: the scheduled retry alone sends it (and fails once more, on a 502).
    timers.fireNext();
    await phone.engine.loop.idle();
    expect(timers.pending).toHaveLength(1);
    timers.fireNext();
    await phone.engine.loop.idle();
    expect(await phone.db.outbox.count()).toBe(0);
    expect(phone.status.state.phase).toBe('idle');
    expect((await serverRecords(server, 'calls')).size).toBe(1);
    const pushes = phone.transport.log
      .filter((l) => l.path === '/api/sync/push')
      .map((l) => l.status);
    expect(pushes).toEqual([503, 502, 200]);
    phone.engine.stop();
  });
});
