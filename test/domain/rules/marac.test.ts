import { describe, expect, it } from 'vitest';
import { parseCommand, runCommandRule, type CommandName } from '../../../src/domain/commands';
import {
  actionDueError,
  decisionRecords,
  meetingAgenda,
  nextMeetingAfter,
} from '../../../src/domain/rules/marac';
import { ID, VALID } from '../fixtures';

// Late evening UTC in March is the same day in London (GMT until the clocks change).
const AT = '2026-03-20T23:30:00.000Z';
const NOW = new Date(AT);
const EARLIER = '01900000-0000-7000-8000-0000000000aa';
const NEXT_MEETING = '01900000-0000-7000-8000-0000000000bb';

const referral = (over: Record<string, unknown> = {}) => ({ ...VALID.maracReferrals(), ...over });
const action = (over: Record<string, unknown> = {}) => ({ ...VALID.maracActions(), ...over });

function run(
  name: CommandName,
  record: Record<string, unknown>,
  args: Record<string, unknown>,
  loaded: Record<string, unknown> = {},
) {
  const table = name.startsWith('referral.') ? 'maracReferrals' : 'maracActions';
  const parsed = parseCommand(name, table, args, NOW);
  if (!parsed.ok) throw new Error(`${name} did not parse: ${parsed.message}`);
  return runCommandRule(name, { record, args: parsed.args, loaded, by: 'u1', at: AT });
}

describe('Community MARAC workflow', () => {
  it('a submitted referral is accepted, declined with advice or redirected, on the London day', () => {
    expect(run('referral.accept', referral(), {})).toEqual({
      ok: true,
      patch: { status: 'accepted', decidedOn: '2026-03-20' },
    });
    expect(run('referral.decline', referral(), { advice: 'Early Help first' })).toEqual({
      ok: true,
      patch: { status: 'declined', decidedOn: '2026-03-20', advice: 'Early Help first' },
    });
    expect(run('referral.redirect', referral(), { to: 'DA MARAC' })).toEqual({
      ok: true,
      patch: { status: 'redirected', decidedOn: '2026-03-20', redirectedTo: 'DA MARAC' },
    });
  });

  it('a re-referral links to the earlier case when accepted, and never to itself', () => {
    expect(run('referral.accept', referral(), { earlierReferralId: EARLIER })).toMatchObject({
      ok: true,
      patch: { earlierReferralId: EARLIER },
    });
    expect(run('referral.accept', referral(), { earlierReferralId: ID.referral })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('an accepted case is listed at each meeting once, keeping earlier meetings', () => {
    const first = run('referral.list', referral({ status: 'accepted' }), {
      meetingId: ID.maracMeeting,
    });
    expect(first).toEqual({ ok: true, patch: { status: 'listed', meetingIds: [ID.maracMeeting] } });
    const listed = referral({ status: 'listed', meetingIds: [ID.maracMeeting] });
    expect(run('referral.list', listed, { meetingId: ID.maracMeeting })).toMatchObject({
      patch: { meetingIds: [ID.maracMeeting] },
    });
    expect(run('referral.list', listed, { meetingId: NEXT_MEETING })).toMatchObject({
      patch: { meetingIds: [ID.maracMeeting, NEXT_MEETING] },
    });
  });

  it('closes with a structured outcome once every action is settled', () => {
    const settled = [action({ status: 'done' }), action({ status: 'not_completed' })];
    expect(
      run(
        'referral.close',
        referral({ status: 'listed' }),
        { outcome: 'no_change', reason: 'Moved out of the area' },
        { maracActions: settled },
      ),
    ).toEqual({
      ok: true,
      patch: {
        status: 'closed',
        closedOn: '2026-03-20',
        outcome: 'no_change',
        outcomeReason: 'Moved out of the area',
      },
    });
  });

  it('refuses an outcome outside improved, no change and worse, at the field', () => {
    const parsed = parseCommand(
      'referral.close',
      'maracReferrals',
      { outcome: 'better', reason: 'x' },
      NOW,
    );
    expect(parsed.ok ? [] : parsed.issues?.issues.map((i) => i.path.join('.'))).toEqual([
      'outcome',
    ]);
  });

  it('an action is done, or minuted incomplete at a later meeting with its reason', () => {
    const parent = { parent: referral({ status: 'listed' }) };
    expect(run('maracAction.complete', action(), {}, parent)).toEqual({
      ok: true,
      patch: { status: 'done' },
    });
    expect(
      run(
        'maracAction.minuteIncomplete',
        action({ meetingId: ID.maracMeeting }),
        { minute: 'circumstances_changed', note: 'Family moved', meetingId: NEXT_MEETING },
        parent,
      ),
    ).toEqual({
      ok: true,
      patch: {
        status: 'circumstances_changed',
        reviewedAtMeetingId: NEXT_MEETING,
        reviewNote: 'Family moved',
      },
    });
  });
});

describe('meeting agenda', () => {
  it('lists new referrals to decide, then open cases oldest first with their open actions', () => {
    const r = (id: string, status: string, referredOn: string) =>
      ({ id, status, referredOn }) as const;
    const referrals = [
      r('b', 'listed', '2026-02-10'),
      r('a', 'accepted', '2026-01-05'),
      r('c', 'submitted', '2026-03-01'),
      r('d', 'closed', '2026-01-01'),
      r('e', 'declined', '2026-01-02'),
    ] as unknown as Parameters<typeof meetingAgenda>[0];
    const actions = [
      { referralId: 'a', status: 'open' },
      { referralId: 'a', status: 'done' },
      { referralId: 'd', status: 'open' },
    ] as Parameters<typeof meetingAgenda>[1];
    const agenda = meetingAgenda(referrals, actions);
    expect(agenda.newReferrals.map((x) => x.id)).toEqual(['c']);
    expect(agenda.openCases.map((x) => [x.referral.id, x.openActions.length])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
  });
});

describe('decision records', () => {
  it('one per decision, on the London day, carrying what was decided', () => {
    const r = { id: ID.referral };
    const on = (patch: Record<string, unknown>, args: object = {}) =>
      decisionRecords(r, patch, args, AT).map((a) => [a.table, a.data]);
    expect(on({ status: 'accepted', decidedOn: '2026-03-20' })).toEqual([
      ['maracDecisions', { referralId: ID.referral, decision: 'accepted', date: '2026-03-20' }],
    ]);
    expect(on({ status: 'declined', advice: 'Early Help' })[0]?.[1]).toMatchObject({
      decision: 'declined',
      advice: 'Early Help',
    });
    expect(on({ status: 'listed' }, { meetingId: NEXT_MEETING })[0]?.[1]).toMatchObject({
      decision: 'listed',
      meetingId: NEXT_MEETING,
    });
    expect(
      on({ status: 'closed', outcome: 'worse', outcomeReason: 'More reports' })[0]?.[1],
    ).toMatchObject({ decision: 'closed', outcome: 'worse', reason: 'More reports' });
    // A patch that decides nothing records nothing.
    expect(on({})).toEqual([]);
  });
});

describe('actions due before the next meeting', () => {
  const meetings = [
    { id: 'm3', date: '2026-04-16' },
    { id: 'm1', date: '2026-02-19' },
    { id: 'm2', date: '2026-03-19' },
  ];
  it('finds the meeting after the one that agreed the action', () => {
    expect(nextMeetingAfter(meetings, 'm1')?.id).toBe('m2');
    expect(nextMeetingAfter(meetings, 'm3')).toBeUndefined();
    expect(nextMeetingAfter(meetings, undefined)).toBeUndefined();
  });
  it('refuses a due date on or after the next meeting, and allows any while none is set', () => {
    expect(actionDueError({ dueDate: '2026-03-18', meetingId: 'm1' }, meetings)).toBeNull();
    expect(actionDueError({ dueDate: '2026-03-19', meetingId: 'm1' }, meetings)).toBe(
      'Set a due date before the next meeting on 19 March 2026',
    );
    expect(actionDueError({ dueDate: '2026-09-01', meetingId: 'm3' }, meetings)).toBeNull();
    expect(actionDueError({ dueDate: '2026-09-01' }, meetings)).toBeNull();
  });
});
