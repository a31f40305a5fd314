import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { logCall, patchCall } from '../../src/client/local-store/calls-repo';
import { RuleViolation, type ValidationError } from '../../src/client/local-store/errors';
import { mutationsForRecord } from '../factories/outbox';
import { newTestDb, OTHER_WARD, validCallInput } from './factories';

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('patchCall', () => {
  it('refuses workflow and server-managed fields with not_patchable', async () => {
    const db = newTestDb();
    const id = await logCall(db, validCallInput());
    for (const changes of [
      { status: 'closed' as const },
      { closure: null },
      { discussedOn: ['2026-03-05'] },
      { reference: 'DT-1' },
      { createdBy: 'x' },
    ]) {
      const err = await caught(patchCall(db, id, changes));
      expect(err).toBeInstanceOf(RuleViolation);
      expect((err as RuleViolation).code).toBe('not_patchable');
    }
    expect(await db.outbox.count()).toBe(3);
  });

  it('validates the patched call and queues only the fields that changed', async () => {
    const db = newTestDb();
    const id = await logCall(db, validCallInput());
    const err = await caught(patchCall(db, id, { summary: '' }));
    expect((err as ValidationError).fields).toHaveProperty('summary');
    await patchCall(db, id, { summary: 'Updated summary', riskLevel: 'standard' });
    const [, patch] = await mutationsForRecord(db, id);
    expect(patch).toMatchObject({
      kind: 'patch',
      table: 'calls',
      payload: { summary: 'Updated summary' },
    });
    expect(Object.keys(patch?.payload ?? {})).toEqual(['summary']);
    expect((await db.calls.get(id))?.summary).toBe('Updated summary');
    await patchCall(db, id, { summary: 'Updated summary' });
    expect(await mutationsForRecord(db, id)).toHaveLength(2);
  });

  it('create then two patches offline: bases name the latest pending mutation', async () => {
    const db = newTestDb();
    const id = await logCall(db, validCallInput());
    const [create] = await mutationsForRecord(db, id);
    await patchCall(db, id, { summary: 'First edit', policeClosingCode: '361' });
    await patchCall(db, id, { summary: 'Second edit', policeClosingCode: '372' });
    const [, first, second] = await mutationsForRecord(db, id);
    // summary was in the create payload; policeClosingCode was not, so it rests on the create itself.
    expect(first?.baseSeqs).toEqual({
      summary: `m:${create?.mutationId}`,
      policeClosingCode: `m:${create?.mutationId}`,
    });
    expect(second?.baseSeqs).toEqual({
      summary: `m:${first?.mutationId}`,
      policeClosingCode: `m:${first?.mutationId}`,
    });
    expect((await db.calls.get(id))?._sync?.pendingFields).toMatchObject({
      summary: second?.mutationId,
      policeClosingCode: second?.mutationId,
    });
  });

  it('a synced record uses fieldSeqs; a field with a pending write uses m:<id>', async () => {
    const db = newTestDb();
    const id = await logCall(db, validCallInput());
    // As after the server applied the create and the sync engine settled it.
    await db.outbox.clear();
    await db.calls.update(id, {
      fieldSeqs: { summary: 41, riskLevel: 40 },
      _sync: { state: 'sent' },
    });
    await patchCall(db, id, { summary: 'Edited', riskLevel: 'high', policeClosingCode: '361' });
    const [first] = await mutationsForRecord(db, id);
    expect(first?.baseSeqs).toEqual({ summary: 41, riskLevel: 40, policeClosingCode: 0 });
    await patchCall(db, id, { summary: 'Edited again', vulnerabilityFlags: ['elderly'] });
    const [, second] = await mutationsForRecord(db, id);
    expect(second?.baseSeqs).toEqual({ summary: `m:${first?.mutationId}`, vulnerabilityFlags: 0 });
  });

  it('recomputes derived index fields when the location changes', async () => {
    const db = newTestDb();
    const id = await logCall(db, validCallInput());
    const other = await logCall(
      db,
      validCallInput({ people: [], location: { address: 'Kemsing Rec', wardCode: OTHER_WARD } }),
    );
    const location = (await db.calls.get(other))?.location;
    await patchCall(db, id, { location });
    expect(await db.calls.get(id)).toMatchObject({ wardCode: OTHER_WARD });
    const patch = (await mutationsForRecord(db, id)).at(-1);
    expect(patch?.dependsOn).toEqual([location?.locationId]);
    expect(patch?.payload).not.toHaveProperty('wardCode');
  });
});
