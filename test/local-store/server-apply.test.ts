import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import { logCall, patchCall } from '../../src/client/local-store/calls-repo';
import { applyServerRecord, removeRecord } from '../../src/client/local-store/server-apply';
import { mutationsForRecord } from '../factories/outbox';
import { newTestDb, OTHER_WARD, TEST_WARD, validCallInput } from './factories';

function serverCopy(call: Record<string, unknown>, changes: Record<string, unknown>) {
  const { _sync, personIds, wardCode, ...rest } = call;
  void _sync;
  void personIds;
  void wardCode;
  return {
    ...rest,
    reference: 'DT-2026-0042',
    fieldSeqs: { summary: 7, riskLevel: 7, location: 7 },
    ...changes,
  };
}

describe('applyServerRecord', () => {
  it('keeps fields with pending local changes and takes the rest from the server', async () => {
    const db = newTestDb();
    const id = await logCall(db, validCallInput());
    await db.outbox.clear();
    await db.calls.update(id, { _sync: { state: 'sent' }, fieldSeqs: { summary: 5 } });
    await patchCall(db, id, { summary: 'My pending edit' });
    const local = (await db.calls.get(id)) as unknown as Record<string, unknown>;
    const otherLocation = { locationId: uuidv7(), address: 'Kemsing Rec', wardCode: OTHER_WARD };
    await applyServerRecord(
      db,
      'calls',
      serverCopy(local, { summary: 'Server summary', riskLevel: 'high', location: otherLocation }),
    );
    const stored = await db.calls.get(id);
    expect(stored?.summary).toBe('My pending edit');
    expect(stored?.riskLevel).toBe('high');
    expect(stored?.reference).toBe('DT-2026-0042');
    expect(stored?.fieldSeqs).toEqual({ summary: 7, riskLevel: 7, location: 7 });
    // Derived index fields follow the server's location.
    expect(stored?.wardCode).toBe(OTHER_WARD);
    expect(stored?._sync?.state).toBe('saved');
    expect(stored?._sync?.pendingFields).toHaveProperty('summary');
    // The next patch of summary still rests on this device's pending write.
    await patchCall(db, id, { summary: 'Second edit' });
    const [first, second] = await mutationsForRecord(db, id);
    expect(second?.baseSeqs).toEqual({ summary: `m:${first?.mutationId}` });
  });

  it("marks a record 'sent' when nothing is pending, and stores new records with derived fields", async () => {
    const db = newTestDb();
    const id = await logCall(db, validCallInput());
    const local = (await db.calls.get(id)) as unknown as Record<string, unknown>;
    await db.calls.update(id, { _sync: { state: 'waiting' } });
    await applyServerRecord(db, 'calls', serverCopy(local, {}));
    expect((await db.calls.get(id))?._sync).toEqual({ state: 'sent' });

    const locationId = uuidv7();
    await applyServerRecord(db, 'locations', {
      id: locationId,
      address: 'The Green, Kemsing',
      wardCode: TEST_WARD,
      fieldSeqs: { address: 9 },
    });
    expect(await db.locations.get(locationId)).toMatchObject({
      normAddress: 'the green kemsing',
      searchWords: ['the', 'green', 'kemsing'],
      _sync: { state: 'sent' },
    });
  });

  it('keeps a record in review while it has unresolved conflicts', async () => {
    const db = newTestDb();
    const id = await logCall(db, validCallInput());
    const local = (await db.calls.get(id)) as unknown as Record<string, unknown>;
    await db.calls.update(id, {
      _sync: {
        state: 'review',
        conflicts: [{ field: 'summary', serverValue: 'theirs', serverSeq: 8, mine: 'mine' }],
      },
    });
    await applyServerRecord(db, 'calls', serverCopy(local, {}));
    expect((await db.calls.get(id))?._sync?.state).toBe('review');
  });

  it('refuses a record without an id', async () => {
    const db = newTestDb();
    await expect(applyServerRecord(db, 'calls', { summary: 'x' })).rejects.toThrow(/no id/);
  });
});

describe('removeRecord', () => {
  it('removes a revoked record and, for a purge, its queued mutations', async () => {
    const db = newTestDb();
    const keep = await logCall(db, validCallInput());
    const purge = await logCall(db, validCallInput());
    await removeRecord(db, 'calls', keep);
    expect(await db.calls.get(keep)).toBeUndefined();
    expect(await mutationsForRecord(db, keep)).toHaveLength(1);
    await removeRecord(db, 'calls', purge, { dropOutbox: true });
    expect(await mutationsForRecord(db, purge)).toHaveLength(0);
  });
});
