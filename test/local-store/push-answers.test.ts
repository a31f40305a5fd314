import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { logCall, patchCall } from '../../src/client/local-store/calls-repo';
import type { CsuDb } from '../../src/client/local-store/db';
import { toWirePayload } from '../../src/client/local-store/derived';
import { applyPushResults } from '../../src/client/local-store/push-answers';
import { syncCounts } from '../../src/client/local-store/sync-counts';
import { markOffered } from '../../src/client/local-store/sync-state';
import type { OutboxRow } from '../../src/client/local-store/types';
import type { MutationError } from '../../src/domain/sync-protocol';
import { newTestDb, validCallInput } from './factories';

const readAll = () => true;

/** A call the server already has (seq 5), with nothing queued. */
async function sentCall(db: CsuDb): Promise<string> {
  const id = await logCall(db, validCallInput());
  await db.outbox.clear();
  await db.calls.update(id, {
    _sync: { state: 'sent' },
    reference: 'DT-2026-0042',
    fieldSeqs: { summary: 5, riskLevel: 5 },
  });
  return id;
}

async function rowsFor(db: CsuDb, recordId: string): Promise<OutboxRow[]> {
  return db.outbox.where('recordId').equals(recordId).sortBy('localSeq');
}

async function serverCopy(db: CsuDb, id: string, changes: Record<string, unknown>) {
  const local = (await db.calls.get(id)) as unknown as Record<string, unknown>;
  return { ...toWirePayload('calls', local), id, reference: 'DT-2026-0042', ...changes };
}

/** Counts puts and updates of record rows while `fn` runs. */
async function countRecordWrites(db: CsuDb, fn: () => Promise<unknown>): Promise<number> {
  let writes = 0;
  const onWrite = () => {
    writes += 1;
  };
  db.calls.hook('creating', onWrite);
  db.calls.hook('updating', onWrite);
  try {
    await fn();
  } finally {
    db.calls.hook('creating').unsubscribe(onWrite);
    db.calls.hook('updating').unsubscribe(onWrite);
  }
  return writes;
}

describe('applyPushResults', () => {
  it('writes an answered record once: server copy, released fields and badge together', async () => {
    const db = newTestDb();
    const id = await sentCall(db);
    await patchCall(db, id, { summary: 'First edit' });
    const [first] = await rowsFor(db, id);
    await db.transaction('rw', db.calls, db.outbox, () => markOffered(db, [first!]));
    expect((await db.calls.get(id))?._sync?.state).toBe('waiting');
    // An edit made while the push is out is not on the wire.
    await patchCall(db, id, { riskLevel: 'high' });
    const [, second] = await rowsFor(db, id);
    expect((await db.calls.get(id))?._sync?.state).toBe('saved');
    await db.transaction('rw', db.calls, db.outbox, () => markOffered(db, [first!]));
    expect((await db.calls.get(id))?._sync?.state).toBe('saved');

    const copy = await serverCopy(db, id, {
      summary: 'First edit',
      riskLevel: 'standard',
      fieldSeqs: { summary: 6, riskLevel: 5 },
    });
    const writes = await countRecordWrites(db, () =>
      applyPushResults(
        db,
        [first!],
        [{ mutationId: first!.mutationId, status: 'applied', seq: 6, record: copy }],
        readAll,
      ),
    );
    expect(writes).toBe(1);
    const stored = await db.calls.get(id);
    expect(stored?.fieldSeqs).toEqual({ summary: 6, riskLevel: 5 });
    // riskLevel still waits on the second edit, which never went out: the local value stays.
    expect(stored?.riskLevel).toBe('high');
    expect(stored?._sync).toEqual({
      state: 'saved',
      pendingFields: { riskLevel: second!.mutationId },
    });
  });

  it('pending fields plus a conflict: the record needs review and keeps its later edit', async () => {
    const db = newTestDb();
    const id = await sentCall(db);
    await patchCall(db, id, { summary: 'Mine' });
    await patchCall(db, id, { riskLevel: 'high' });
    const [first, second] = await rowsFor(db, id);
    const copy = await serverCopy(db, id, { summary: 'Theirs', riskLevel: 'standard' });
    const summary = await applyPushResults(
      db,
      [first!],
      [
        {
          mutationId: first!.mutationId,
          status: 'conflict',
          seq: 7,
          record: copy,
          conflicts: [{ field: 'summary', serverValue: 'Theirs', serverSeq: 7 }],
        },
      ],
      readAll,
    );
    expect(summary).toMatchObject({ conflicts: 1, applied: 0 });
    const stored = await db.calls.get(id);
    expect(stored?.summary).toBe('Theirs');
    expect(stored?.riskLevel).toBe('high');
    expect(stored?._sync).toMatchObject({
      state: 'review',
      pendingFields: { riskLevel: second!.mutationId },
      conflicts: [{ field: 'summary', serverValue: 'Theirs', mine: 'Mine' }],
    });
  });

  it('pending fields plus a rejection: the record says rejected with the reason', async () => {
    const db = newTestDb();
    const id = await sentCall(db);
    await patchCall(db, id, { summary: 'Refused edit' });
    await patchCall(db, id, { riskLevel: 'high' });
    const [first, second] = await rowsFor(db, id);
    const error: MutationError = {
      code: 'forbidden',
      message: 'Only the chair or an ASB officer can edit a call.',
    };
    const writes = await countRecordWrites(db, () =>
      applyPushResults(
        db,
        [first!],
        [{ mutationId: first!.mutationId, status: 'rejected', error }],
        readAll,
      ),
    );
    expect(writes).toBe(1);
    const stored = await db.calls.get(id);
    expect(stored?.summary).toBe('Refused edit');
    expect(stored?._sync).toEqual({
      state: 'rejected',
      pendingFields: { riskLevel: second!.mutationId },
      error,
    });
    // The later edit being taken does not hide the refusal still listed for review.
    await applyPushResults(
      db,
      [second!],
      [{ mutationId: second!.mutationId, status: 'applied', seq: 8 }],
      readAll,
    );
    expect((await db.calls.get(id))?._sync).toEqual({ state: 'rejected', error });
  });
});

describe('syncCounts', () => {
  it('counts one logged call (with its new location and person) as one change', async () => {
    const db = newTestDb();
    await logCall(db, validCallInput());
    expect(await db.outbox.count()).toBe(3);
    expect(await syncCounts(db)).toEqual({ waiting: 1, needsReview: 0, unsynced: 1 });
    await logCall(db, validCallInput({ summary: 'A second call about the same garages.' }));
    expect(await syncCounts(db)).toEqual({ waiting: 2, needsReview: 0, unsynced: 2 });
  });

  it('counts refused changes and conflicted records as needing review, not as waiting', async () => {
    const db = newTestDb();
    const refusedId = await sentCall(db);
    const conflictId = await sentCall(db);
    await patchCall(db, refusedId, { summary: 'Refused edit' });
    await patchCall(db, conflictId, { summary: 'Mine' });
    const [refused] = await rowsFor(db, refusedId);
    const [conflicted] = await rowsFor(db, conflictId);
    expect(await syncCounts(db)).toEqual({ waiting: 2, needsReview: 0, unsynced: 2 });
    const copy = await serverCopy(db, conflictId, { summary: 'Theirs' });
    await applyPushResults(
      db,
      [refused!, conflicted!],
      [
        {
          mutationId: refused!.mutationId,
          status: 'rejected',
          error: { code: 'forbidden', message: 'Not allowed.' },
        },
        {
          mutationId: conflicted!.mutationId,
          status: 'conflict',
          seq: 9,
          record: copy,
          conflicts: [{ field: 'summary', serverValue: 'Theirs', serverSeq: 9 }],
        },
      ],
      readAll,
    );
    // The refused change is still on the device (unsynced); the conflict was answered.
    expect(await syncCounts(db)).toEqual({ waiting: 0, needsReview: 2, unsynced: 1 });
  });

  it('leaves view events out of every count', async () => {
    const db = newTestDb();
    await db.transaction('rw', db.outbox, () =>
      db.outbox.add({
        mutationId: 'view-1',
        kind: 'create',
        table: 'viewEvents',
        recordId: 'view-1',
        payload: {},
        clientTime: new Date().toISOString(),
        status: 'pending',
        attempts: 0,
        dependsOn: [],
      }),
    );
    expect(await syncCounts(db)).toEqual({ waiting: 0, needsReview: 0, unsynced: 0 });
  });
});
