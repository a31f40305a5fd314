import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { editCall, type CallEdit } from '../../src/client/local-store/call-edits';
import { logCall } from '../../src/client/local-store/calls-repo';
import { newTestDb, OTHER_WARD, validCallInput } from './factories';

function editOf(input: ReturnType<typeof validCallInput>): CallEdit {
  return {
    address: input.location.address,
    wardCode: input.location.wardCode,
    categoryIds: [...input.categoryIds],
    riskLevel: input.riskLevel,
    summary: input.summary,
  };
}

describe('editCall', () => {
  it('queues the patch, the new location and the chronology note together, in that order', async () => {
    const db = newTestDb();
    const input = validCallInput();
    const id = await logCall(db, input);
    const before = await db.outbox.count();
    await editCall(
      db,
      id,
      { ...editOf(input), wardCode: OTHER_WARD, address: '3 Ash Road' },
      'Ward: A → B',
    );
    const rows = (await db.outbox.orderBy('localSeq').toArray()).slice(before);
    expect(rows.map((r) => `${r.kind}:${r.table}`)).toEqual([
      'create:locations',
      'patch:calls',
      'create:callNotes',
    ]);
    const call = await db.calls.get(id);
    expect(call?.location).toMatchObject({ address: '3 Ash Road', wardCode: OTHER_WARD });
    const notes = await db.callNotes.where('callId').equals(id).toArray();
    expect(notes.map((n) => [n.kind, n.text])).toEqual([['edit', 'Ward: A → B']]);
  });

  it('writes neither the patch nor the note when the note is invalid', async () => {
    const db = newTestDb();
    const input = validCallInput();
    const id = await logCall(db, input);
    const before = await db.outbox.count();
    await expect(editCall(db, id, { ...editOf(input), riskLevel: 'high' }, '')).rejects.toThrow();
    expect(await db.outbox.count()).toBe(before);
    expect((await db.calls.get(id))?.riskLevel).toBe('standard');
  });

  it('writes neither when a reference check fails inside the transaction', async () => {
    const db = newTestDb();
    const input = validCallInput();
    const id = await logCall(db, input);
    const before = await db.outbox.count();
    await expect(
      editCall(db, id, { ...editOf(input), categoryIds: ['no-such-category'] }, 'Categories'),
    ).rejects.toThrow();
    expect(await db.outbox.count()).toBe(before);
    expect(await db.callNotes.where('callId').equals(id).count()).toBe(0);
  });

  it('writes nothing when nothing changed', async () => {
    const db = newTestDb();
    const input = validCallInput();
    const id = await logCall(db, input);
    const before = await db.outbox.count();
    await editCall(db, id, editOf(input), 'Nothing');
    expect(await db.outbox.count()).toBe(before);
    expect(await db.callNotes.where('callId').equals(id).count()).toBe(0);
  });
});
