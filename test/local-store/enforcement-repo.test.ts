import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CsuDb } from '../../src/client/local-store/db';
import {
  getEnforcementBundle,
  issueEnforcement,
  type IssueInput,
} from '../../src/client/local-store/enforcement-repo';
import { RuleViolation } from '../../src/client/local-store/errors';
import { newTestDb, TEST_WARD } from './factories';

let db: CsuDb;
beforeEach(() => {
  db = newTestDb();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const input = (over: Partial<IssueInput['record']> = {}): IssueInput => ({
  record: {
    recipientType: 'person',
    recipientName: 'Alex Sample',
    recipientAddress: '1 Example Road, Hartley',
    recipientWardCode: TEST_WARD,
    issuingAgencyId: 'sdc-asb',
    stepId: 'aba',
    issuedDate: '2026-03-12',
    linkedCallIds: [],
    terms: 'Not to gather outside the shops.',
    deliveryMethod: 'hand',
    endDate: '2026-09-12',
    ...over,
  },
  letter: { templateId: 'tpl-aba', body: 'Dear Alex Sample', incidents: [] },
  delivery: {
    recipientName: 'Alex Sample',
    address: '1 Example Road, Hartley',
    wardCode: TEST_WARD,
    assigneeUserId: 'pcso-1',
    dueDate: '2026-03-19',
  },
});

const queued = async () =>
  (await db.outbox.orderBy('localSeq').toArray()).map((m) =>
    m.kind === 'command'
      ? `${m.table} ${String((m.payload as { name: string }).name)}`
      : `${m.table} ${m.kind}`,
  );

describe('issueEnforcement', () => {
  it('writes the record, its letter and delivery task, and queues them before the issue command', async () => {
    const id = await issueEnforcement(db, input());
    const bundle = await getEnforcementBundle(db, id);
    expect(bundle?.record).toMatchObject({
      status: 'active',
      issuedBy: db.userId,
      reviewDates: [],
    });
    expect(bundle?.letters.map((l) => l.body)).toEqual(['Dear Alex Sample']);
    expect(bundle?.deliveryTasks[0]).toMatchObject({ status: 'open', assigneeUserId: 'pcso-1' });
    expect(await queued()).toEqual([
      'enforcements create',
      'issuedLetters create',
      'deliveryTasks create',
      'enforcements enforcement.issue',
    ]);
  });

  it('escalates a running CPW to a CPN for the same recipient, marking the CPW escalated', async () => {
    const cpw = await issueEnforcement(db, {
      record: input({ stepId: 'cpw', endDate: undefined }).record,
    });
    const cpn = await issueEnforcement(db, {
      record: input({ stepId: 'cpn', endDate: undefined, escalatedFromId: cpw }).record,
    });
    expect((await getEnforcementBundle(db, cpw))?.record).toMatchObject({
      status: 'escalated',
      escalatedToId: cpn,
    });
    expect((await queued()).slice(-2)).toEqual([
      'enforcements enforcement.issue',
      'enforcements enforcement.escalate',
    ]);
  });

  it('refuses a CPN without a CPW and writes nothing', async () => {
    await expect(
      issueEnforcement(db, input({ stepId: 'cpn', endDate: undefined })),
    ).rejects.toBeInstanceOf(RuleViolation);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.recordTable('enforcements').count()).toBe(0);
    expect(await db.recordTable('issuedLetters').count()).toBe(0);
  });

  it('writes nothing of the CPN when its escalate command fails inside the transaction', async () => {
    const cpw = await issueEnforcement(db, {
      record: input({ stepId: 'cpw', endDate: undefined }).record,
    });
    const before = await queued();
    // The last write of the issue, queueing the escalate command, fails as a full disk would.
    db.outbox.hook('creating', (_key, row) => {
      const name = (row.payload as { name?: string } | undefined)?.name;
      if (name === 'enforcement.escalate') throw new Error('The disk is full');
    });
    await expect(
      issueEnforcement(db, input({ stepId: 'cpn', endDate: undefined, escalatedFromId: cpw })),
    ).rejects.toThrow('The disk is full');
    expect(await queued()).toEqual(before);
    expect((await db.recordTable('enforcements').toArray()).map((r) => r.id)).toEqual([cpw]);
    expect((await getEnforcementBundle(db, cpw))?.record).toMatchObject({ status: 'active' });
    expect(await db.recordTable('issuedLetters').count()).toBe(0);
    expect(await db.recordTable('deliveryTasks').count()).toBe(0);
  });
});
