import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { command, create, newId, pullAll, pushOne } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

let s: TestServer;
let asb: string;
let pcso: string;
let pcsoId: string;
beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-12T10:00:00.000Z' });
  await s.createUser({ username: 'asb', roles: ['asb_officer'], agencyId: 'sdc-asb' });
  pcsoId = (await s.createUser({ username: 'pcso', roles: ['field'], agencyId: 'kent-police' })).id;
  asb = await s.login('asb');
  pcso = await s.login('pcso');
});
afterEach(async () => {
  await s.close();
});

/** An ASB officer's first warning letter with a hand-delivery task for `assignee`. */
async function letterWithTask(assignee: Record<string, string>) {
  const enforcementId = newId();
  const taskId = newId();
  const callId = newId();
  const enforcement = await pushOne(
    s,
    asb,
    create('enforcements', enforcementId, {
      recipientType: 'person',
      recipientName: 'A Person',
      issuingAgencyId: 'sdc-asb',
      stepId: 'warning-1',
      issuedDate: '2026-03-10',
      linkedCallIds: [callId],
      deliveryMethod: 'hand',
      reviewDates: [],
      breaches: [],
      status: 'active',
    }),
    'asb-device',
  );
  expect(enforcement.status).toBe('applied');
  const task = await pushOne(
    s,
    asb,
    create('deliveryTasks', taskId, {
      enforcementId,
      recipientName: 'A Person',
      address: '2 Low Road, Hartley',
      wardCode: 'E05005008',
      dueDate: '2026-03-17',
      status: 'open',
      ...assignee,
    }),
    'asb-device',
  );
  expect(task.status).toBe('applied');
  return { enforcementId, taskId };
}

const DELIVERED = { method: 'hand', deliveredAt: '2026-03-12T09:30:00.000Z' };

describe('delivery.record', () => {
  it('the assignee records delivery; the letter is marked delivered on the enforcement record', async () => {
    const { enforcementId, taskId } = await letterWithTask({ assigneeUserId: pcsoId });
    const r = await pushOne(
      s,
      pcso,
      command('deliveryTasks', taskId, 'delivery.record', DELIVERED),
      'p',
    );
    expect(r.status).toBe('applied');
    expect(r.record).toMatchObject({
      status: 'delivered',
      method: 'hand',
      deliveredAt: DELIVERED.deliveredAt,
      deliveredBy: pcsoId,
    });
    const officer = await pullAll(s, asb);
    const letter = officer.changes.filter((c) => c.id === enforcementId).at(-1);
    expect(letter?.record).toMatchObject({ deliveredAt: DELIVERED.deliveredAt });
  });

  it('the PCSO never receives the letter, its enforcement record or the calls behind it', async () => {
    const { taskId } = await letterWithTask({ assigneeUserId: pcsoId });
    await pushOne(s, pcso, command('deliveryTasks', taskId, 'delivery.record', DELIVERED), 'p');
    const seen = await pullAll(s, pcso);
    const tables = new Set(seen.changes.map((c) => c.table));
    expect(tables.has('deliveryTasks')).toBe(true);
    expect(tables.has('enforcements')).toBe(false);
    expect(tables.has('issuedLetters')).toBe(false);
    expect(JSON.stringify(seen.changes)).not.toContain('linkedCallIds');
  });

  it('a second record is a clear rejection, and nothing changes', async () => {
    const { taskId } = await letterWithTask({ assigneeUserId: pcsoId });
    await pushOne(s, pcso, command('deliveryTasks', taskId, 'delivery.record', DELIVERED), 'p');
    const again = await pushOne(
      s,
      pcso,
      command('deliveryTasks', taskId, 'delivery.record', {
        method: 'post',
        deliveredAt: DELIVERED.deliveredAt,
      }),
      'p',
    );
    expect(again).toMatchObject({ status: 'rejected', error: { code: 'already_delivered' } });
    expect(again.error?.message).toMatch(/already been recorded as delivered/);
    const task = (await s.storage.transaction((tx) => tx.getRecord('deliveryTasks', taskId)))?.data;
    expect(task?.method).toBe('hand');
  });

  it('only the assignee user, or a case-role member of the assignee agency, may record it', async () => {
    await s.createUser({ username: 'other', roles: ['field'], agencyId: 'kent-police' });
    await s.createUser({ username: 'pmarac', roles: ['marac'], agencyId: 'kent-police' });
    const other = await s.login('other');
    const policeMarac = await s.login('pmarac');
    const named = await letterWithTask({ assigneeUserId: pcsoId, assigneeAgencyId: 'kent-police' });
    for (const [who, cookie] of [
      ['another PCSO', other],
      ['the ASB officer', asb],
    ] as const) {
      const r = await pushOne(
        s,
        cookie,
        command('deliveryTasks', named.taskId, 'delivery.record', DELIVERED),
        who,
      );
      expect(r.status, who).toBe('rejected');
      expect(['forbidden', 'out_of_scope'], who).toContain(r.error?.code);
    }
    const agencyTask = await letterWithTask({ assigneeAgencyId: 'kent-police' });
    const byMarac = await pushOne(
      s,
      policeMarac,
      command('deliveryTasks', agencyTask.taskId, 'delivery.record', DELIVERED),
      'm',
    );
    expect(byMarac.status).toBe('rejected');
    const byColleague = await pushOne(
      s,
      other,
      command('deliveryTasks', agencyTask.taskId, 'delivery.record', DELIVERED),
      'o',
    );
    expect(byColleague.status).toBe('applied');
  });

  it('refuses a delivery time in the future and a method it does not know, at the field', async () => {
    const { taskId } = await letterWithTask({ assigneeUserId: pcsoId });
    const future = await pushOne(
      s,
      pcso,
      command('deliveryTasks', taskId, 'delivery.record', {
        method: 'hand',
        deliveredAt: '2026-03-20T09:00:00.000Z',
      }),
      'p',
    );
    expect(future).toMatchObject({
      status: 'rejected',
      error: {
        code: 'invalid',
        fields: { deliveredAt: expect.stringMatching(/today or in the past/) },
      },
    });
    const odd = await pushOne(
      s,
      pcso,
      command('deliveryTasks', taskId, 'delivery.record', {
        method: 'pigeon',
        deliveredAt: DELIVERED.deliveredAt,
      }),
      'p',
    );
    expect(odd.error?.fields?.method).toBe('Select how the letter was delivered');
  });
});
