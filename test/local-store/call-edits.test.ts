import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { editCall, type CallEdit } from '../../src/client/local-store/call-edits';
import { logCall } from '../../src/client/local-store/calls-repo';
import { type ValidationError } from '../../src/client/local-store/errors';
import type { CsuDb } from '../../src/client/local-store/db';
import { newTestDb, OTHER_WARD, validCallInput } from './factories';

async function editOf(db: CsuDb, id: string): Promise<CallEdit> {
  const call = (await db.calls.get(id))!;
  return {
    address: call.location.address,
    wardCode: call.location.wardCode,
    categoryIds: [...call.categoryIds],
    riskLevel: call.riskLevel,
    summary: call.summary,
    people: call.people.map((p) => ({ personId: p.personId, role: p.role })),
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
      { ...(await editOf(db, id)), wardCode: OTHER_WARD, address: '3 Ash Road' },
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
    await expect(
      editCall(db, id, { ...(await editOf(db, id)), riskLevel: 'high' }, ''),
    ).rejects.toThrow();
    expect(await db.outbox.count()).toBe(before);
    expect((await db.calls.get(id))?.riskLevel).toBe('standard');
  });

  it('writes neither when a reference check fails inside the transaction', async () => {
    const db = newTestDb();
    const input = validCallInput();
    const id = await logCall(db, input);
    const before = await db.outbox.count();
    await expect(
      editCall(
        db,
        id,
        { ...(await editOf(db, id)), categoryIds: ['no-such-category'] },
        'Categories',
      ),
    ).rejects.toThrow();
    expect(await db.outbox.count()).toBe(before);
    expect(await db.callNotes.where('callId').equals(id).count()).toBe(0);
  });

  it('links a new person, drops one and changes a role in the same patch, the new person queued first', async () => {
    const db = newTestDb();
    const id = await logCall(
      db,
      validCallInput({
        people: [
          { name: 'Alex Sample', role: 'subject' },
          { name: 'Robin Witness', role: 'witness' },
        ],
      }),
    );
    const [alex] = (await db.calls.get(id))!.people;
    const before = await db.outbox.count();
    await editCall(
      db,
      id,
      {
        ...(await editOf(db, id)),
        people: [
          { personId: alex!.personId, role: 'victim' },
          { name: 'Sam New', role: 'witness' },
        ],
      },
      'People changed',
    );
    const rows = (await db.outbox.orderBy('localSeq').toArray()).slice(before);
    expect(rows.map((r) => `${r.kind}:${r.table}`)).toEqual([
      'create:people',
      'patch:calls',
      'create:callNotes',
    ]);
    const people = (await db.calls.get(id))!.people;
    const names = await db.people.bulkGet(people.map((p) => p.personId));
    expect(people.map((p, i) => `${names[i]?.name} (${p.role})`)).toEqual([
      'Alex Sample (victim)',
      'Sam New (witness)',
    ]);
  });

  it('refuses a new person without a name at the field, writing nothing', async () => {
    const db = newTestDb();
    const id = await logCall(db, validCallInput());
    const before = await db.outbox.count();
    const edit = await editOf(db, id);
    const error = await editCall(
      db,
      id,
      { ...edit, people: [...edit.people, { name: ' ', role: 'witness' }] },
      'People changed',
    ).catch((e: unknown) => e);
    expect((error as ValidationError).fields).toMatchObject({
      'people.1.name': 'Enter the person’s name, or remove them',
    });
    expect(await db.outbox.count()).toBe(before);
  });

  it('writes nothing when nothing changed', async () => {
    const db = newTestDb();
    const input = validCallInput();
    const id = await logCall(db, input);
    const before = await db.outbox.count();
    await editCall(db, id, await editOf(db, id), 'Nothing');
    expect(await db.outbox.count()).toBe(before);
    expect(await db.callNotes.where('callId').equals(id).count()).toBe(0);
  });
});
