import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import type { CsuDb } from '../../src/client/local-store/db';
import { pendingBatch } from '../../src/client/local-store/outbox-send';
import type { OutboxRow } from '../../src/client/local-store/types';
import { orderBatch } from '../../src/client/sync/push-order';
import { newTestDb } from '../local-store/factories';

let db: CsuDb;
afterEach(() => db?.close());

async function add(
  row: Partial<OutboxRow> & Pick<OutboxRow, 'kind' | 'recordId'>,
): Promise<OutboxRow> {
  const full: OutboxRow = {
    mutationId: uuidv7(),
    table: 'calls',
    payload: {},
    clientTime: new Date().toISOString(),
    status: 'pending',
    attempts: 0,
    dependsOn: [],
    ...row,
  };
  await db.outbox.add(full);
  return full;
}

describe('orderBatch', () => {
  it('keeps localSeq order when every create already comes first', async () => {
    db = newTestDb();
    const call = await add({ kind: 'create', recordId: 'c1' });
    const action = await add({
      kind: 'create',
      table: 'actions',
      recordId: 'a1',
      dependsOn: ['c1'],
    });
    const ordered = await orderBatch(db, await pendingBatch(db));
    expect(ordered.map((r) => r.mutationId)).toEqual([call.mutationId, action.mutationId]);
  });

  it('moves children held for a corrected create to just after it', async () => {
    db = newTestDb();
    const action = await add({
      kind: 'create',
      table: 'actions',
      recordId: 'a1',
      dependsOn: ['c1'],
    });
    const patch = await add({ kind: 'patch', recordId: 'c1' });
    const other = await add({ kind: 'create', recordId: 'c2' });
    const corrected = await add({ kind: 'create', recordId: 'c1' });
    const ordered = await orderBatch(db, await pendingBatch(db));
    expect(ordered.map((r) => r.mutationId)).toEqual([
      other.mutationId,
      corrected.mutationId,
      action.mutationId,
      patch.mutationId,
    ]);
  });

  it('leaves a row for a later batch when its create did not fit, and sends the creates when nothing else can go', async () => {
    db = newTestDb();
    const waiting = await add({
      kind: 'create',
      table: 'actions',
      recordId: 'a1',
      dependsOn: ['c1'],
    });
    const corrected = await add({ kind: 'create', recordId: 'c1' });
    const firstOnly = await pendingBatch(db, 1);
    expect(firstOnly.map((r) => r.mutationId)).toEqual([waiting.mutationId]);
    expect((await orderBatch(db, firstOnly)).map((r) => r.mutationId)).toEqual([
      corrected.mutationId,
    ]);
  });
});
