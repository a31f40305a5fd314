import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import { logCall } from '../../src/client/local-store/calls-repo';
import type { CsuDb } from '../../src/client/local-store/db';
import { saveDraft } from '../../src/client/local-store/drafts';
import { RuleViolation, ValidationError } from '../../src/client/local-store/errors';
import {
  markMyDaySeen,
  NEW_VISIT_DRAFT_PREFIX,
  readMyDay,
} from '../../src/client/local-store/my-day-queries';
import {
  logVisit,
  visitWithAmendments,
  type LogVisitInput,
} from '../../src/client/local-store/visits-repo';
import { newTestDb, TEST_WARD, validCallInput } from './factories';

const visitInput = (over: Partial<LogVisitInput> = {}): LogVisitInput => ({
  at: new Date(Date.now() - 60_000).toISOString(),
  address: '12 Caxton Close, Hartley',
  wardCode: TEST_WARD,
  visitType: 'reassurance',
  notes: 'Spoke to the resident; quieter this week.',
  followUpNeeded: false,
  agencyId: 'kent-police',
  ...over,
});

async function errorOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

const outboxTables = async (db: CsuDb) => (await db.outbox.toArray()).map((r) => r.table);

describe('logVisit', () => {
  it('writes the visit and its create mutation together', async () => {
    const db = newTestDb();
    const id = await logVisit(db, visitInput());
    expect(await db.visits.get(id)).toMatchObject({
      visitType: 'reassurance',
      followUpNeeded: false,
    });
    expect(await outboxTables(db)).toEqual(['visits']);
  });

  it('follow-up needed on a linked call adds an action on it in the same save', async () => {
    const db = newTestDb();
    const callId = await logCall(db, validCallInput());
    const before = await db.outbox.count();
    const id = await logVisit(
      db,
      visitInput({ callId, followUpNeeded: true, followUpNote: 'Ask CCTV for weekend footage' }),
    );
    const actions = await db.actions.where('callId').equals(callId).toArray();
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      text: 'Ask CCTV for weekend footage',
      agencyId: 'kent-police',
      status: 'open',
    });
    const queued = (await db.outbox.toArray()).slice(before);
    expect(queued.map((r) => [r.table, r.recordId])).toEqual([
      ['visits', id],
      ['actions', actions[0]?.id],
    ]);
    expect(queued[0]?.dependsOn).toContain(callId);
  });

  it('refuses a future time, an unknown ward and an oversized note at their fields, writing nothing', async () => {
    const db = newTestDb();
    const e = await errorOf(
      logVisit(
        db,
        visitInput({
          at: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          wardCode: 'E09999999',
          notes: 'x'.repeat(4001),
        }),
      ),
    );
    expect(e).toBeInstanceOf(ValidationError);
    const fields = (e as ValidationError).fields;
    expect(fields.at).toBe('Date and time of the visit must be today or in the past');
    expect(fields.notes).toBe('Notes must be 4,000 characters or fewer');
    const ward = (await errorOf(
      logVisit(db, visitInput({ wardCode: 'E09999999' })),
    )) as ValidationError;
    expect(ward.fields.wardCode).toBe('Select a ward from the list');
    expect(await db.visits.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('creates the person seen when named, before the visit', async () => {
    const db = newTestDb();
    const id = await logVisit(db, visitInput({ newPersonName: 'Sam Resident' }));
    const visit = await db.visits.get(id);
    const person = await db.people.get(visit?.personId ?? '');
    expect(person?.name).toBe('Sam Resident');
    expect(await outboxTables(db)).toEqual(['people', 'visits']);
  });

  it('an amendment is a new visit pointing at the original, which is never rewritten', async () => {
    const db = newTestDb();
    const original = await logVisit(db, visitInput({ notes: 'Saw two people.' }));
    const first = await logVisit(
      db,
      visitInput({ notes: 'Saw three people.', amendsId: original }),
    );
    const second = await logVisit(db, visitInput({ notes: 'Saw four.', amendsId: original }));
    const shown = await visitWithAmendments(db, second);
    expect(shown?.original).toMatchObject({ id: original, notes: 'Saw two people.' });
    expect(shown?.amendments.map((a) => a.id)).toEqual([first, second]);
    expect((await db.outbox.toArray()).map((r) => r.kind)).toEqual(['create', 'create', 'create']);
    const missing = await errorOf(logVisit(db, visitInput({ amendsId: uuidv7() })));
    expect(missing).toBeInstanceOf(RuleViolation);
  });

  it('a warning-letter delivery visit records the delivery task in the same save', async () => {
    const db = newTestDb();
    const taskId = uuidv7();
    await db.deliveryTasks.put({
      id: taskId,
      enforcementId: uuidv7(),
      recipientName: 'A Person',
      address: '2 Low Road',
      wardCode: TEST_WARD,
      assigneeUserId: db.userId,
      dueDate: '2026-03-10',
      status: 'open',
    });
    await logVisit(
      db,
      visitInput({ visitType: 'warning-letter-delivery', delivery: { taskId, method: 'hand' } }),
    );
    expect(await db.deliveryTasks.get(taskId)).toMatchObject({
      status: 'delivered',
      method: 'hand',
    });
    const queued = await db.outbox.toArray();
    expect(queued.map((r) => r.kind)).toEqual(['create', 'command']);
    expect(queued[1]?.payload).toMatchObject({ name: 'delivery.record' });
    const again = await errorOf(
      logVisit(
        db,
        visitInput({ visitType: 'warning-letter-delivery', delivery: { taskId, method: 'post' } }),
      ),
    );
    expect(again).toMatchObject({ code: 'already_delivered' });
    expect(await db.visits.count()).toBe(1);
  });

  it('a refused delivery saves nothing of the visit: person, visit, follow-up and delivery are one save', async () => {
    const db = newTestDb();
    const callId = await logCall(db, validCallInput());
    const taskId = uuidv7();
    await db.deliveryTasks.put({
      id: taskId,
      enforcementId: uuidv7(),
      recipientName: 'A Person',
      address: '2 Low Road',
      wardCode: TEST_WARD,
      assigneeUserId: db.userId,
      dueDate: '2026-03-10',
      status: 'delivered',
    });
    const before = { outbox: await db.outbox.count(), people: await db.people.count() };
    const refused = await errorOf(
      logVisit(
        db,
        visitInput({
          visitType: 'warning-letter-delivery',
          delivery: { taskId, method: 'hand' },
          newPersonName: 'Sam Resident',
          callId,
          followUpNeeded: true,
        }),
      ),
    );
    expect(refused).toMatchObject({ code: 'already_delivered' });
    expect(await db.visits.count()).toBe(0);
    expect(await db.actions.where('callId').equals(callId).count()).toBe(0);
    expect(await db.people.count()).toBe(before.people);
    expect(await db.outbox.count()).toBe(before.outbox);
  });
});

describe('My day', () => {
  it('lists my visits today, my agency’s open actions, my tasks, changed calls in my wards and drafts', async () => {
    const db = newTestDb();
    const actor = { userId: db.userId, agencyId: 'kent-police', wards: [TEST_WARD] };
    const callId = await logCall(db, validCallInput());
    await logVisit(db, visitInput({ callId, followUpNeeded: true }));
    await saveDraft(db, `${NEW_VISIT_DRAFT_PREFIX}${uuidv7()}`, { notes: 'half' });
    const day = await readMyDay(db, actor, '');
    expect(day.visitsToday).toHaveLength(1);
    expect(day.actions.map((a) => a.callId)).toEqual([callId]);
    expect(day.changedCalls.map((c) => c.id)).toEqual([callId]);
    expect(day.drafts).toHaveLength(1);
    const other = await readMyDay(db, { ...actor, agencyId: 'kcc-wardens', wards: [] }, '');
    expect(other.actions).toEqual([]);
    expect(other.changedCalls).toEqual([]);
  });

  it('calls changed since I last looked: the first look shows all, the next only newer', async () => {
    const db = newTestDb();
    expect(await markMyDaySeen(db, new Date('2026-03-01T10:00:00Z'))).toBe('');
    expect(await markMyDaySeen(db, new Date('2026-03-02T10:00:00Z'))).toBe(
      '2026-03-01T10:00:00.000Z',
    );
  });
});
