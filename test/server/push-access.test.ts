import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  actionData,
  callData,
  command,
  create,
  newId,
  patch,
  pullAll,
  pushOne,
  referralData,
} from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

let s: TestServer;
let chair: string;
let pcso: string;
let warden: string;
let marac: string;
beforeEach(async () => {
  s = await makeTestServer();
  await s.createUser({ username: 'chair', roles: ['chair'], agencyId: 'sdc-csu' });
  await s.createUser({ username: 'pcso', roles: ['field'], agencyId: 'kent-police' });
  await s.createUser({ username: 'warden', roles: ['field'], agencyId: 'kcc-wardens' });
  await s.createUser({ username: 'marac', roles: ['marac'], agencyId: 'wkha' });
  [chair, pcso, warden, marac] = (await Promise.all(
    ['chair', 'pcso', 'warden', 'marac'].map((u) => s.login(u)),
  )) as [string, string, string, string];
});
afterEach(async () => {
  await s.close();
});

async function callWithAction(agencyId = 'kent-police') {
  const callId = newId();
  const actionId = newId();
  await pushOne(s, chair, create('calls', callId, callData({ reporter: { anonymous: true } })));
  await pushOne(s, chair, create('actions', actionId, actionData(callId, { agencyId })));
  return { callId, actionId };
}

describe('push: who may do what', () => {
  it('a PCSO may create a call but not close it or edit its fields', async () => {
    const callId = newId();
    const created = await pushOne(s, pcso, create('calls', callId, callData()), 'pcso-client');
    expect(created.status).toBe('applied');
    const close = await pushOne(
      s,
      pcso,
      command('calls', callId, 'call.close', { reason: 'Resolved' }),
      'pcso-client',
    );
    expect(close).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    const edit = await pushOne(
      s,
      pcso,
      patch('calls', callId, { summary: 'x' }, { summary: created.seq! }),
      'pcso-client',
    );
    expect(edit.error?.code).toBe('forbidden');
  });

  it('the people on a call are changed by the chair, never by a field user', async () => {
    const callId = newId();
    const personId = newId();
    const person = { name: 'Alex Sample', aliases: [], flags: [] };
    expect((await pushOne(s, chair, create('people', personId, person))).status).toBe('applied');
    const created = await pushOne(s, chair, create('calls', callId, callData()));
    const people = [{ personId, role: 'victim' }];
    const byPcso = await pushOne(
      s,
      pcso,
      patch('calls', callId, { people }, { people: created.seq! }),
      'pcso-client',
    );
    expect(byPcso).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    const pulled = await pullAll(s, chair);
    expect(pulled.changes.find((c) => c.id === callId)?.record?.people).toEqual([]);

    const byChair = await pushOne(
      s,
      chair,
      patch('calls', callId, { people }, { people: created.seq! }),
    );
    expect(byChair.status).toBe('applied');
    expect(byChair.record?.people).toEqual(people);
  });

  it('a field user completes an action of their own agency, not of another', async () => {
    const { actionId } = await callWithAction('kent-police');
    const byWarden = await pushOne(
      s,
      warden,
      command('actions', actionId, 'action.complete', { outcome: 'Visited' }),
      'w',
    );
    expect(byWarden).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    const byPcso = await pushOne(
      s,
      pcso,
      command('actions', actionId, 'action.complete', { outcome: 'Visited' }),
      'p',
    );
    const pcsoUser = await s.storage.transaction((tx) => tx.getUserByUsername('pcso'));
    expect(byPcso.status).toBe('applied');
    expect(byPcso.record).toMatchObject({
      status: 'done',
      outcome: 'Visited',
      completedBy: pcsoUser!.id,
      completedAt: '2026-03-02T10:00:00.000Z',
    });
  });

  it('commands follow the shared rules: closing with open actions is refused, then allowed', async () => {
    const { callId, actionId } = await callWithAction();
    const early = await pushOne(
      s,
      chair,
      command('calls', callId, 'call.close', { reason: 'Done' }),
    );
    expect(early).toMatchObject({ status: 'rejected', error: { code: 'open_actions' } });
    await pushOne(s, chair, command('actions', actionId, 'action.complete', { outcome: 'Done' }));
    const close = await pushOne(
      s,
      chair,
      command('calls', callId, 'call.close', { reason: 'Done' }),
    );
    expect(close.status).toBe('applied');
    expect(close.record).toMatchObject({ status: 'closed', closure: { reason: 'Done' } });
    const again = await pushOne(
      s,
      chair,
      command('calls', callId, 'call.close', { reason: 'Again' }),
    );
    expect(again.error?.code).toBe('call_closed');
    const unknown = await pushOne(s, chair, command('calls', callId, 'call.explode', {}));
    expect(unknown.error?.code).toBe('unknown_command');
  });

  it('a PCSO may not create enforcement records', async () => {
    const r = await pushOne(
      s,
      pcso,
      create('enforcements', newId(), {
        recipientType: 'person',
        recipientName: 'A Person',
        issuingAgencyId: 'sdc-asb',
        stepId: 'warning-1',
        issuedDate: '2026-03-01',
        linkedCallIds: [],
        deliveryMethod: 'hand',
        reviewDates: [],
        breaches: [],
        status: 'active',
      }),
      'p',
    );
    expect(r.error?.code).toBe('forbidden');
  });
});

describe('push: Community MARAC referrals', () => {
  it('a referral from a PCSO returns only a receipt, never reaches their pull, and reaches a member', async () => {
    const id = newId();
    const r = await pushOne(s, pcso, create('maracReferrals', id, referralData()), 'p');
    expect(Object.keys(r).sort()).toEqual(['mutationId', 'seq', 'status']);
    expect(r.status).toBe('applied');
    const again = await pushOne(s, pcso, create('maracReferrals', id, referralData()), 'p');
    expect(again.record).toBeUndefined();
    const pcsoPull = await pullAll(s, pcso);
    expect(pcsoPull.changes.some((c) => c.id === id || c.table.startsWith('marac'))).toBe(false);
    const maracPull = await pullAll(s, marac);
    const got = maracPull.changes.find((c) => c.id === id);
    expect(got?.record).toMatchObject({ subjectName: 'Subject Person', status: 'submitted' });
  });

  it('a member gets the record back; anyone may read the counts', async () => {
    const r = await pushOne(s, marac, create('maracReferrals', newId(), referralData()), 'm');
    expect(r.record?.subjectName).toBe('Subject Person');
    await pushOne(s, pcso, create('maracReferrals', newId(), referralData()), 'p');
    const res = await s.request('/api/reports/marac?from=2026-01-01&to=2026-12-31', {}, pcso);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { referrals: number };
    expect(body.referrals).toBe(2);
    expect(JSON.stringify(body)).not.toContain('Subject');
    expect((await s.request('/api/reports/marac?from=2026-01-01&to=2026-12-31')).status).toBe(401);
  });

  it('non-members may not create the other MARAC records', async () => {
    const referralId = newId();
    await pushOne(s, marac, create('maracReferrals', referralId, referralData()), 'm');
    const r = await pushOne(
      s,
      pcso,
      create('maracActions', newId(), {
        referralId,
        agencyId: 'kent-police',
        text: 'Visit',
        dueDate: '2026-04-01',
        status: 'open',
      }),
      'p',
    );
    expect(r.error?.code).toBe('forbidden');
  });
});

describe('push: view events', () => {
  it('are written to the audit log only, with ids and no values', async () => {
    const recordId = newId();
    const r = await pushOne(
      s,
      pcso,
      create('viewEvents', newId(), {
        table: 'people',
        recordId,
        at: '2026-03-02T09:59:00.000Z',
        label: 'Opened person Jane Doe',
      }),
      'p',
    );
    expect(r.status).toBe('applied');
    const rows = await s.storage.transaction((tx) => tx.listAudit({ action: 'view' }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ table: 'people', ids: [recordId] });
    expect(JSON.stringify(rows)).not.toContain('Jane');
    const pulled = await pullAll(s, chair);
    expect(pulled.changes.some((c) => c.table === 'viewEvents')).toBe(false);
  });
});
