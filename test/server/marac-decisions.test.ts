// Each referral.* command adds one append-only maracDecisions row on the server, in the same
// transaction; members receive them at the next pull, nobody else ever does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { command, create, newId, pullAll, pushOne, referralData } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

let s: TestServer;
let member: string;
let pcso: string;
beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-02T10:00:00.000Z' });
  await s.createUser({ username: 'member', roles: ['marac'], agencyId: 'kent-police' });
  await s.createUser({ username: 'pcso', roles: ['field'], agencyId: 'kent-police' });
  member = await s.login('member');
  pcso = await s.login('pcso');
});
afterEach(async () => {
  await s.close();
});

async function decisionsOf(referralId: string) {
  const pulled = await pullAll(s, member);
  return pulled.changes
    .filter((c) => c.table === 'maracDecisions' && c.record?.referralId === referralId)
    .map((c) => c.record ?? {});
}

const run = (id: string, name: string, args: Record<string, unknown>) =>
  pushOne(s, member, command('maracReferrals', id, name, args));

describe('MARAC decisions', () => {
  it('accepting, listing twice and closing record a decision each, in order, with their details', async () => {
    const referralId = newId();
    const meetingId = newId();
    const nextMeetingId = newId();
    await pushOne(s, pcso, create('maracReferrals', referralId, referralData()), 'field');
    await pushOne(s, member, create('maracMeetings', meetingId, { date: '2026-02-26' }));
    await pushOne(s, member, create('maracMeetings', nextMeetingId, { date: '2026-03-02' }));
    await run(referralId, 'referral.accept', {});
    await run(referralId, 'referral.list', { meetingId });
    await run(referralId, 'referral.list', { meetingId: nextMeetingId });
    await run(referralId, 'referral.close', { outcome: 'improved', reason: 'No further reports' });

    const decisions = await decisionsOf(referralId);
    expect(decisions.map((d) => d.decision)).toEqual(['accepted', 'listed', 'listed', 'closed']);
    expect(decisions[1]).toMatchObject({ meetingId, date: '2026-03-02' });
    expect(decisions[2]).toMatchObject({ meetingId: nextMeetingId });
    expect(decisions[3]).toMatchObject({ outcome: 'improved', reason: 'No further reports' });
    // The server stamps who decided; the ids are its own and distinct.
    expect(new Set(decisions.map((d) => d.id)).size).toBe(4);
    expect(decisions.every((d) => typeof d.createdBy === 'string')).toBe(true);
    // The PCSO who referred never receives any of them.
    const theirs = await pullAll(s, pcso);
    expect(theirs.changes.some((c) => c.table === 'maracDecisions')).toBe(false);
  });

  it('declining and redirecting record the advice and where to', async () => {
    const declined = newId();
    const redirected = newId();
    await pushOne(s, member, create('maracReferrals', declined, referralData()));
    await pushOne(s, member, create('maracReferrals', redirected, referralData()));
    await run(declined, 'referral.decline', { advice: 'Refer to Early Help' });
    await run(redirected, 'referral.redirect', { to: 'DA MARAC' });
    expect(await decisionsOf(declined)).toMatchObject([
      { decision: 'declined', advice: 'Refer to Early Help', date: '2026-03-02' },
    ]);
    expect(await decisionsOf(redirected)).toMatchObject([
      { decision: 'redirected', redirectedTo: 'DA MARAC' },
    ]);
  });

  it('a refused command records no decision', async () => {
    const referralId = newId();
    await pushOne(s, member, create('maracReferrals', referralId, referralData()));
    await run(referralId, 'referral.decline', { advice: 'Not for us' });
    const again = await run(referralId, 'referral.accept', {});
    expect(again.error?.code).toBe('illegal_transition');
    const closing = await run(referralId, 'referral.close', { outcome: 'worse', reason: 'x' });
    expect(closing.status).toBe('rejected');
    expect((await decisionsOf(referralId)).map((d) => d.decision)).toEqual(['declined']);
  });
});

describe('MARAC actions over HTTP', () => {
  it('refuses an action due on or after the next meeting, naming the field', async () => {
    const referralId = newId();
    const first = newId();
    await pushOne(s, member, create('maracReferrals', referralId, referralData()));
    await pushOne(s, member, create('maracMeetings', first, { date: '2026-02-19' }));
    await pushOne(s, member, create('maracMeetings', newId(), { date: '2026-03-19' }));
    await run(referralId, 'referral.accept', {});
    const action = (dueDate: string) =>
      create('maracActions', newId(), {
        referralId,
        agencyId: 'wkha',
        text: 'Tenancy visit',
        dueDate,
        meetingId: first,
        status: 'open',
      });
    const late = await pushOne(s, member, action('2026-03-19'));
    expect(late).toMatchObject({ status: 'rejected', error: { code: 'invalid' } });
    expect(late.error?.fields).toEqual({
      dueDate: 'Set a due date before the next meeting on 19 March 2026',
    });
    expect(await pushOne(s, member, action('2026-03-18'))).toMatchObject({ status: 'applied' });
  });
});
