import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { command, create, newId, pullAll, pushOk, pushOne } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

/**
 * Enforcement records through buildApp: who may run each command, the
 * transitions each refuses, the powers ladder, and who reads what.
 */
let s: TestServer;
const cookies: Record<string, string> = {};
let pcsoId = '';
beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-20T10:00:00.000Z' });
  await s.createUser({ username: 'asb', roles: ['asb_officer'], agencyId: 'sdc-asb' });
  await s.createUser({ username: 'chair', roles: ['chair'], agencyId: 'sdc-csu' });
  pcsoId = (await s.createUser({ username: 'pcso', roles: ['field'], agencyId: 'kent-police' })).id;
  await s.createUser({ username: 'warden', roles: ['field'], agencyId: 'kcc-wardens' });
  await s.createUser({ username: 'marac', roles: ['marac'], agencyId: 'wkha' });
  await s.createUser({ username: 'admin', roles: ['admin'], agencyId: 'sdc-csu' });
  for (const u of ['asb', 'chair', 'pcso', 'warden', 'marac', 'admin'])
    cookies[u] = await s.login(u);
});
afterEach(async () => {
  await s.close();
});

const record = (over: Record<string, unknown> = {}) => ({
  recipientType: 'person',
  recipientName: 'Alex Sample',
  issuingAgencyId: 'sdc-asb',
  stepId: 'aba',
  issuedDate: '2026-03-12',
  linkedCallIds: [],
  terms: 'Not to drink alcohol in public.',
  deliveryMethod: 'post',
  endDate: '2026-09-12',
  ...over,
});

/** Creates a draft and issues it as the ASB officer; returns its id. */
async function issued(over: Record<string, unknown> = {}): Promise<string> {
  const id = newId();
  const results = await pushOk(s, cookies.asb!, [
    create('enforcements', id, record(over)),
    command('enforcements', id, 'enforcement.issue', {}),
  ]);
  expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
  return id;
}

const run = (who: string, id: string, name: string, args: Record<string, unknown> = {}) =>
  pushOne(s, cookies[who]!, command('enforcements', id, name, args), who);

const COMMAND_ARGS: Record<string, Record<string, unknown>> = {
  'enforcement.review': { date: '2026-03-19' },
  'enforcement.breach': { date: '2026-03-18', note: 'Drinking outside the shops' },
  'enforcement.comply': {},
  'enforcement.escalate': { toId: '01900000-0000-7000-8000-0000000000ff' },
  'enforcement.expire': {},
};

describe('enforcement commands: who may run them', () => {
  it('a new record starts as a draft, whatever status the device sent; issuing records who', async () => {
    const id = newId();
    const made = await pushOne(
      s,
      cookies.asb!,
      create(
        'enforcements',
        id,
        record({ status: 'active', breaches: [{ date: '2026-03-13', note: 'x' }] }),
      ),
    );
    expect(made.record).toMatchObject({ status: 'draft', breaches: [], reviewDates: [] });
    const out = await run('asb', id, 'enforcement.issue');
    const asb = await s.storage.transaction((tx) => tx.getUserByUsername('asb'));
    expect(out.record).toMatchObject({ status: 'active', issuedBy: asb?.id });
  });

  it('only the ASB officer runs each command; the chair, field staff, MARAC and admin are refused', async () => {
    const draft = newId();
    await pushOne(s, cookies.asb!, create('enforcements', draft, record()));
    for (const who of ['chair', 'pcso', 'marac', 'admin']) {
      const r = await run(who, draft, 'enforcement.issue');
      expect(r.error?.code, `${who} issue`).toMatch(/^(forbidden|out_of_scope)$/);
    }
    const id = await issued();
    for (const [name, args] of Object.entries(COMMAND_ARGS))
      for (const who of ['chair', 'pcso', 'marac', 'admin']) {
        const r = await run(who, id, name, args);
        expect(r.error?.code, `${who} ${name}`).toMatch(/^(forbidden|out_of_scope)$/);
      }
    const [chairView] = (await pullAll(s, cookies.chair!)).changes.filter((c) => c.id === id);
    expect(chairView?.record).toMatchObject({ status: 'active', reviewDates: [], breaches: [] });
  });

  it('a PCSO may neither create an enforcement record nor patch its workflow fields', async () => {
    const r = await pushOne(s, cookies.pcso!, create('enforcements', newId(), record()), 'p');
    expect(r.error?.code).toBe('forbidden');
    const id = await issued();
    const patched = await pushOne(s, cookies.asb!, {
      ...command('enforcements', id, 'x', {}),
      kind: 'patch',
      payload: { status: 'complied', breaches: [] },
      baseSeqs: { status: 1, breaches: 1 },
    });
    expect(patched.error?.code).toBe('not_patchable');
  });
});

describe('enforcement commands: transitions', () => {
  it('reviews, breaches and complies in order, and refuses once finished', async () => {
    const id = await issued();
    expect(
      (await run('asb', id, 'enforcement.review', { date: '2026-03-19' })).record,
    ).toMatchObject({ reviewDates: ['2026-03-19'] });
    const breach = await run('asb', id, 'enforcement.breach', COMMAND_ARGS['enforcement.breach']!);
    expect(breach.record).toMatchObject({
      status: 'breached',
      breaches: [{ date: '2026-03-18', note: 'Drinking outside the shops' }],
    });
    expect((await run('asb', id, 'enforcement.comply')).record?.status).toBe('complied');
    for (const [name, args] of Object.entries(COMMAND_ARGS)) {
      const r = await run('asb', id, name, args);
      expect(r.error?.code, name).toBe('illegal_transition');
    }
    expect((await run('asb', id, 'enforcement.issue')).error?.code).toBe('illegal_transition');
  });

  it('refuses a review twice on one day, a review before issue, and a date in the future', async () => {
    const id = await issued();
    await run('asb', id, 'enforcement.review', { date: '2026-03-19' });
    expect((await run('asb', id, 'enforcement.review', { date: '2026-03-19' })).error?.code).toBe(
      'illegal_transition',
    );
    expect((await run('asb', id, 'enforcement.review', { date: '2026-03-01' })).error?.code).toBe(
      'invalid',
    );
    const future = await run('asb', id, 'enforcement.review', { date: '2026-04-30' });
    expect(future.error).toMatchObject({
      code: 'invalid',
      fields: { date: expect.stringMatching(/past/) },
    });
  });

  it('expires an agreement only from its end date, by the server clock', async () => {
    const id = await issued();
    expect((await run('asb', id, 'enforcement.expire')).error?.code).toBe('illegal_transition');
    s.clock.set('2026-09-12T08:00:00.000Z');
    cookies.asb = await s.login('asb');
    expect((await run('asb', id, 'enforcement.expire')).record?.status).toBe('expired');
  });

  it('refuses a closure order made for more than 3 months or past 6 in total', async () => {
    const r = await pushOne(
      s,
      cookies.asb!,
      create('enforcements', newId(), record({ stepId: 'closure', endDate: '2026-07-12' })),
    );
    expect(r.error).toMatchObject({ code: 'invalid', message: expect.stringMatching(/3 months/) });
    const ok = await pushOne(
      s,
      cookies.asb!,
      create('enforcements', newId(), record({ stepId: 'closure', endDate: '2026-06-12' })),
    );
    expect(ok.status).toBe('applied');
  });
});

describe('extending a closure order', () => {
  it('extends to 6 months in total, refuses beyond, and never lets a patch move the end date', async () => {
    const id = await issued({ stepId: 'closure', endDate: '2026-06-12' });
    const patch = await pushOne(s, cookies.asb!, {
      ...command('enforcements', id, 'x', {}),
      kind: 'patch',
      payload: { endDate: '2026-12-12' },
      baseSeqs: { endDate: 1 },
    });
    expect(patch.error?.code).toBe('not_patchable');
    const beyond = await run('asb', id, 'enforcement.extend', { endDate: '2026-09-13' });
    expect(beyond.error).toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/6 months/),
    });
    expect(
      (await run('chair', id, 'enforcement.extend', { endDate: '2026-09-12' })).error?.code,
    ).toBe('forbidden');
    const ok = await run('asb', id, 'enforcement.extend', { endDate: '2026-09-12' });
    expect(ok.record).toMatchObject({ endDate: '2026-09-12', status: 'active' });
  });

  it('refuses to extend a step the ladder gives no total limit', async () => {
    const id = await issued();
    const r = await run('asb', id, 'enforcement.extend', { endDate: '2026-10-12' });
    expect(r.error?.code).toBe('illegal_transition');
  });
});

describe('the powers ladder', () => {
  it('refuses a CPN without a running CPW for the same recipient, and escalates from one', async () => {
    const lone = await pushOne(
      s,
      cookies.asb!,
      create('enforcements', newId(), record({ stepId: 'cpn', endDate: undefined })),
    );
    expect(lone.error?.code).toBe('cpn_requires_cpw');
    const cpw = await issued({ stepId: 'cpw', endDate: undefined });
    const other = await pushOne(
      s,
      cookies.asb!,
      create(
        'enforcements',
        newId(),
        record({
          stepId: 'cpn',
          endDate: undefined,
          recipientName: 'Someone Else',
          escalatedFromId: cpw,
        }),
      ),
    );
    expect(other.error?.code).toBe('cpn_requires_cpw');
    const cpn = newId();
    const results = await pushOk(s, cookies.asb!, [
      create(
        'enforcements',
        cpn,
        record({ stepId: 'cpn', endDate: undefined, escalatedFromId: cpw }),
      ),
      command('enforcements', cpn, 'enforcement.issue', {}),
      command('enforcements', cpw, 'enforcement.escalate', { toId: cpn }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(results[2]?.record).toMatchObject({ status: 'escalated', escalatedToId: cpn });
    const again = await pushOne(
      s,
      cookies.asb!,
      create(
        'enforcements',
        newId(),
        record({ stepId: 'cpn', endDate: undefined, escalatedFromId: cpw }),
      ),
    );
    expect(again.error?.code).toBe('cpn_requires_cpw');
  });

  it('refuses an escalation of any step from a finished record', async () => {
    const w1 = await issued({ stepId: 'warning-1', endDate: undefined });
    await run('asb', w1, 'enforcement.comply');
    const w2 = await pushOne(
      s,
      cookies.asb!,
      create(
        'enforcements',
        newId(),
        record({ stepId: 'warning-2', endDate: undefined, escalatedFromId: w1 }),
      ),
    );
    expect(w2.error?.code).toBe('illegal_transition');
  });
});

describe('who reads enforcement records, letters and delivery tasks', () => {
  it('the ASB officer and chair read them; a PCSO gets only the delivery task assigned to them', async () => {
    const id = await issued();
    const letterId = newId();
    const taskId = newId();
    await pushOk(s, cookies.asb!, [
      create('issuedLetters', letterId, {
        enforcementId: id,
        templateId: 'tpl-aba',
        issuedDate: '2026-03-12',
        body: 'Dear Alex Sample',
        incidents: [],
      }),
      create('deliveryTasks', taskId, {
        enforcementId: id,
        recipientName: 'Alex Sample',
        address: '1 Example Road',
        wardCode: 'E05005019',
        assigneeUserId: pcsoId,
        dueDate: '2026-03-27',
      }),
    ]);
    for (const who of ['asb', 'chair']) {
      const ids = (await pullAll(s, cookies[who]!)).changes.map((c) => c.id);
      expect(ids, who).toEqual(expect.arrayContaining([id, letterId, taskId]));
    }
    const pcso = (await pullAll(s, cookies.pcso!)).changes;
    expect(pcso.filter((c) => ['enforcements', 'issuedLetters'].includes(c.table))).toEqual([]);
    const task = pcso.find((c) => c.id === taskId);
    expect(task?.record).toMatchObject({ recipientName: 'Alex Sample', status: 'open' });
    expect(JSON.stringify(pcso)).not.toContain('Dear Alex Sample');
    for (const who of ['warden', 'marac', 'admin']) {
      const tables = (await pullAll(s, cookies[who]!)).changes.map((c) => c.table);
      expect(tables, who).not.toEqual(expect.arrayContaining(['enforcements']));
      expect(tables, who).not.toContain('issuedLetters');
      expect(tables, who).not.toContain('deliveryTasks');
    }
  });
});
