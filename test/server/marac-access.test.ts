// Community MARAC at the HTTP door: every role against every MARAC command and
// create, the counts-only report, and push answers that say nothing to non-members.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMAND_NAMES, commandSpec, type CommandName } from '../../src/domain/commands';
import { ROLES, type Role } from '../../src/domain/roles';
import { command, create, newId, patch, pullAll, pushOne, referralData } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

const MARAC_COMMANDS = COMMAND_NAMES.filter((n) => commandSpec(n).table.startsWith('marac'));
const NON_MEMBERS = ROLES.filter((r) => r !== 'marac');

let s: TestServer;
const cookies = {} as Record<Role, string>;
beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-02T10:00:00.000Z' });
  for (const role of ROLES) {
    await s.createUser({ username: role, roles: [role], agencyId: 'kent-police' });
    cookies[role] = await s.login(role);
  }
});
afterEach(async () => {
  await s.close();
});

interface Case {
  referralId: string;
  meetingId: string;
  nextMeetingId: string;
  actionId: string;
}

/** A referral at the stage each command starts from, made by a member. */
async function caseFor(name: CommandName): Promise<Case> {
  const m = cookies.marac;
  const c: Case = {
    referralId: newId(),
    meetingId: newId(),
    nextMeetingId: newId(),
    actionId: newId(),
  };
  await pushOne(s, m, create('maracReferrals', c.referralId, referralData()));
  await pushOne(s, m, create('maracMeetings', c.meetingId, { date: '2026-02-26' }));
  await pushOne(s, m, create('maracMeetings', c.nextMeetingId, { date: '2026-03-02' }));
  if (['referral.accept', 'referral.decline', 'referral.redirect'].includes(name)) return c;
  await pushOne(s, m, command('maracReferrals', c.referralId, 'referral.accept', {}));
  if (name === 'referral.list' || name === 'referral.close') return c;
  const action = {
    referralId: c.referralId,
    agencyId: 'wkha',
    text: 'Tenancy visit',
    // Due before the next meeting, as every action agreed at a meeting must be.
    dueDate: '2026-03-01',
    meetingId: c.meetingId,
    status: 'open',
  };
  await pushOne(s, m, create('maracActions', c.actionId, action));
  return c;
}

function argsFor(name: CommandName, c: Case): Record<string, unknown> {
  switch (name) {
    case 'referral.decline':
      return { advice: 'Refer to Early Help' };
    case 'referral.redirect':
      return { to: 'DA MARAC' };
    case 'referral.list':
      return { meetingId: c.meetingId };
    case 'referral.close':
      return { outcome: 'improved', reason: 'No further reports' };
    case 'maracAction.minuteIncomplete':
      return { minute: 'not_completed', meetingId: c.nextMeetingId };
    default:
      return {};
  }
}

const targetOf = (name: CommandName, c: Case) =>
  commandSpec(name).table === 'maracActions' ? c.actionId : c.referralId;

describe('MARAC commands over HTTP', () => {
  it('covers every MARAC command in the registry', () => {
    expect(MARAC_COMMANDS.sort()).toEqual([
      'maracAction.complete',
      'maracAction.minuteIncomplete',
      'referral.accept',
      'referral.close',
      'referral.decline',
      'referral.list',
      'referral.redirect',
    ]);
  });

  for (const name of MARAC_COMMANDS) {
    it(`${name}: only a marac member may run it; anyone else is refused with no record or hint`, async () => {
      const c = await caseFor(name);
      const table = commandSpec(name).table;
      for (const role of NON_MEMBERS) {
        const r = await pushOne(
          s,
          cookies[role],
          command(table, targetOf(name, c), name, argsFor(name, c)),
          role,
        );
        expect(r, `${name} by ${role}`).toMatchObject({ status: 'rejected' });
        expect(['forbidden', 'out_of_scope']).toContain(r.error?.code);
        expect(r.record, role).toBeUndefined();
        // The same answer for an id that does not exist: nothing to infer.
        const ghost = await pushOne(
          s,
          cookies[role],
          command(table, newId(), name, argsFor(name, c)),
          role,
        );
        expect(ghost.error, role).toEqual(r.error);
      }
      const ok = await pushOne(
        s,
        cookies.marac,
        command(table, targetOf(name, c), name, argsFor(name, c)),
      );
      expect(ok, name).toMatchObject({ status: 'applied' });
      expect(ok.record, name).toBeDefined();
    });
  }

  it('refuses an illegal transition with its code, and the record stays as it was', async () => {
    const c = await caseFor('referral.accept');
    const list = await pushOne(
      s,
      cookies.marac,
      command('maracReferrals', c.referralId, 'referral.list', { meetingId: c.meetingId }),
    );
    expect(list).toMatchObject({ status: 'rejected', error: { code: 'illegal_transition' } });
    await pushOne(
      s,
      cookies.marac,
      command('maracReferrals', c.referralId, 'referral.decline', { advice: 'Not for us' }),
    );
    const again = await pushOne(
      s,
      cookies.marac,
      command('maracReferrals', c.referralId, 'referral.accept', {}),
    );
    expect(again.error?.code).toBe('illegal_transition');
    const pulled = await pullAll(s, cookies.marac);
    expect(pulled.changes.find((ch) => ch.id === c.referralId)?.record).toMatchObject({
      status: 'declined',
      advice: 'Not for us',
      decidedOn: '2026-03-02',
    });
  });

  it('no one but a member creates meetings, actions or subject links, or edits a referral', async () => {
    const referralId = newId();
    await pushOne(s, cookies.marac, create('maracReferrals', referralId, referralData()));
    for (const role of NON_MEMBERS) {
      const tries = [
        create('maracMeetings', newId(), { date: '2026-03-01' }),
        create('maracActions', newId(), {
          referralId,
          agencyId: 'wkha',
          text: 'Visit',
          dueDate: '2026-03-20',
          status: 'open',
        }),
        create('maracSubjectLinks', newId(), { referralId, personId: newId() }),
        patch('maracReferrals', referralId, { reason: 'Changed' }, { reason: 1 }),
      ];
      for (const m of tries) {
        const r = await pushOne(s, cookies[role], m, role);
        expect(r.status, `${m.table} by ${role}`).toBe('rejected');
        expect(r.record).toBeUndefined();
      }
    }
  });

  it('any role may submit a referral; a non-member hears back only mutationId, status and seq', async () => {
    for (const role of NON_MEMBERS) {
      const r = await pushOne(
        s,
        cookies[role],
        create('maracReferrals', newId(), referralData()),
        role,
      );
      expect(Object.keys(r).sort(), role).toEqual(['mutationId', 'seq', 'status']);
      expect(r.status).toBe('applied');
      const pulled = await pullAll(s, cookies[role]);
      expect(
        pulled.changes.some((c) => c.table.startsWith('marac')),
        role,
      ).toBe(false);
    }
    const mine = await pushOne(s, cookies.marac, create('maracReferrals', newId(), referralData()));
    expect(mine.record).toMatchObject({ status: 'submitted', referredOn: '2026-03-02' });
  });
});

describe('GET /api/reports/marac', () => {
  async function closedImproved() {
    const id = newId();
    const m = cookies.marac;
    await pushOne(s, m, create('maracReferrals', id, referralData()));
    await pushOne(s, m, command('maracReferrals', id, 'referral.accept', {}));
    await pushOne(
      s,
      m,
      command('maracReferrals', id, 'referral.close', { outcome: 'improved', reason: 'Calmer' }),
    );
  }

  it('gives every role the period figures as counts only, no names and no ids', async () => {
    await closedImproved();
    await pushOne(s, cookies.field, create('maracReferrals', newId(), referralData()), 'f');
    for (const role of ROLES) {
      const res = await s.request(
        '/api/reports/marac?from=2026-03-01&to=2026-03-31',
        {},
        cookies[role],
      );
      expect(res.status, role).toBe(200);
      const text = await res.text();
      expect(text).not.toContain('Subject Person');
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      expect(JSON.parse(text)).toEqual({
        from: '2026-03-01',
        to: '2026-03-31',
        referrals: 2,
        reReferrals: 0,
        acceptances: 1,
        closures: 1,
        closedImproved: 1,
        shareImproved: 1,
        target: 0.8,
        meetsTarget: true,
        publication: false,
      });
    }
    const before = await s.request(
      '/api/reports/marac?from=2026-02-01&to=2026-02-28',
      {},
      cookies.field,
    );
    expect(await before.json()).toMatchObject({ referrals: 0, closures: 0, shareImproved: null });
  });

  it('for publication shows counts under five, and a share of under five closures, as *', async () => {
    await closedImproved();
    const res = await s.request(
      '/api/reports/marac?from=2026-03-01&to=2026-03-31&publication=1',
      {},
      cookies.chair,
    );
    expect(await res.json()).toMatchObject({
      referrals: '*',
      acceptances: '*',
      closures: '*',
      closedImproved: '*',
      shareImproved: '*',
      meetsTarget: null,
      publication: true,
    });
  });

  it('answers a bad or missing period with a 400 naming the field, and a 401 when signed out', async () => {
    const bad = await s.request(
      '/api/reports/marac?from=2026-02-30&to=2026-03-01',
      {},
      cookies.field,
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fields: Record<string, string> }).fields.from).toMatch(
      /real date/,
    );
    const backwards = await s.request(
      '/api/reports/marac?from=2026-03-02&to=2026-03-01',
      {},
      cookies.field,
    );
    expect(((await backwards.json()) as { fields: Record<string, string> }).fields.to).toMatch(
      /on or after/,
    );
    expect((await s.request('/api/reports/marac', {}, cookies.field)).status).toBe(400);
    expect((await s.request('/api/reports/marac?from=2026-03-01&to=2026-03-31')).status).toBe(401);
  });
});
