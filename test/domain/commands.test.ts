import { describe, expect, it } from 'vitest';
import { canRunCommand } from '../../src/domain/access';
import {
  COMMAND_NAMES,
  commandSpec,
  COMMANDS,
  parseCommand,
  runCommandRule,
  type CommandName,
} from '../../src/domain/commands';
import type { Actor, Role } from '../../src/domain/roles';
import { ERROR_CODES } from '../../src/domain/sync-protocol';
import { TABLES } from '../../src/domain/tables';
import { ID, validCall, VALID } from './fixtures';
import { ENFORCEMENT_ILLEGAL } from './rules/enforcement-cases';

const AT = '2026-03-20T10:00:00.000Z';
const NOW = new Date(AT);

const call = (over: Record<string, unknown> = {}) => ({ ...validCall(), ...over });
const action = (over: Record<string, unknown> = {}) => ({
  ...VALID.actions(),
  createdAt: '2026-03-05T10:00:00Z',
  ...over,
});
const noChildren = { actions: [], residentUpdates: [] };

interface IllegalCase {
  why: string;
  record: Record<string, unknown>;
  args: Record<string, unknown>;
  loaded: Record<string, unknown>;
  code: string;
}

/** An action changes once, and never on a closed call, whichever command finishes it. */
function actionCases(args: Record<string, unknown>): IllegalCase[] {
  return [
    ...['done', 'cancelled'].map((status) => ({
      why: `a ${status} action`,
      record: action({ status }),
      args,
      loaded: { parent: call({ status: 'open' }) },
      code: 'illegal_transition',
    })),
    {
      why: 'an action on a closed call',
      record: action(),
      args,
      loaded: { parent: call({ status: 'closed' }) },
      code: 'call_closed',
    },
  ];
}

const referral = (over: Record<string, unknown> = {}) => ({ ...VALID.maracReferrals(), ...over });
const maracAction = (over: Record<string, unknown> = {}) => ({ ...VALID.maracActions(), ...over });

/** Accept, decline and redirect each decide a newly submitted referral, once. */
function decidedCases(args: Record<string, unknown>): IllegalCase[] {
  return ['accepted', 'declined', 'redirected', 'listed', 'closed'].map((status) => ({
    why: `a ${status} referral`,
    record: referral({ status }),
    args,
    loaded: {},
    code: 'illegal_transition',
  }));
}

/** A MARAC action is marked once, and never on a closed case. */
function maracActionCases(args: Record<string, unknown>): IllegalCase[] {
  return [
    ...['done', 'circumstances_changed', 'not_completed'].map((status) => ({
      why: `a ${status} action`,
      record: maracAction({ status }),
      args,
      loaded: { parent: referral({ status: 'listed' }) },
      code: 'illegal_transition',
    })),
    {
      why: 'an action on a closed case',
      record: maracAction(),
      args,
      loaded: { parent: referral({ status: 'closed' }) },
      code: 'illegal_transition',
    },
  ];
}

/**
 * At least one refused transition per command. Typed by CommandName, so a
 * command registered without its cases here does not compile, and the test
 * below fails at run time too.
 */
const ILLEGAL: Record<CommandName, IllegalCase[]> = {
  'call.open': ['open', 'closed'].map((status) => ({
    why: `a ${status} call`,
    record: call({ status }),
    args: {},
    loaded: {},
    code: 'illegal_transition',
  })),
  'call.discuss': [
    {
      why: 'a closed call',
      record: call({ status: 'closed' }),
      args: { date: '2026-03-19' },
      loaded: {},
      code: 'call_closed',
    },
  ],
  'call.close': [
    {
      why: 'an already closed call',
      record: call({ status: 'closed' }),
      args: { reason: 'Again' },
      loaded: noChildren,
      code: 'call_closed',
    },
    {
      why: 'an open action',
      record: call({ status: 'open', reporter: { anonymous: true } }),
      args: { reason: 'Done' },
      loaded: { actions: [action()], residentUpdates: [] },
      code: 'open_actions',
    },
    {
      why: 'a resident owed an update, no reason given',
      record: call({ status: 'open' }),
      args: { reason: 'Done' },
      loaded: noChildren,
      code: 'resident_update_due',
    },
  ],
  'call.reopen': ['new', 'open'].map((status) => ({
    why: `a ${status} call`,
    record: call({ status }),
    args: { reason: 'New report' },
    loaded: {},
    code: 'illegal_transition',
  })),
  'action.complete': actionCases({ outcome: 'Patrolled' }),
  'action.cancel': actionCases({ reason: 'Duplicate' }),
  'delivery.record': ['delivered', 'failed'].map((status) => ({
    why: `a task already ${status}`,
    record: { ...VALID.deliveryTasks(), status },
    args: { method: 'hand', deliveredAt: '2026-03-20T09:00:00.000Z' },
    loaded: {},
    code: 'already_delivered',
  })),
  ...ENFORCEMENT_ILLEGAL,
  'referral.accept': decidedCases({}),
  'referral.decline': decidedCases({ advice: 'Refer to Early Help instead' }),
  'referral.redirect': decidedCases({ to: 'DA MARAC' }),
  'referral.list': ['submitted', 'declined', 'redirected', 'closed'].map((status) => ({
    why: `a ${status} referral`,
    record: referral({ status }),
    args: { meetingId: ID.maracMeeting },
    loaded: {},
    code: 'illegal_transition',
  })),
  'referral.close': [
    ...['submitted', 'declined', 'closed'].map((status) => ({
      why: `a ${status} referral`,
      record: referral({ status }),
      args: { outcome: 'improved', reason: 'Behaviour improved' },
      loaded: { maracActions: [] },
      code: 'illegal_transition',
    })),
    {
      why: 'an open action',
      record: referral({ status: 'listed' }),
      args: { outcome: 'improved', reason: 'Behaviour improved' },
      loaded: { maracActions: [maracAction()] },
      code: 'open_actions',
    },
  ],
  'group.close': [
    {
      why: 'a closed group',
      record: { ...VALID.groups(), status: 'closed' },
      args: { outcome: 'Again' },
      loaded: {},
      code: 'illegal_transition',
    },
  ],
  'person.update': [
    {
      why: 'a person merged into another record',
      record: { ...VALID.people(), mergedInto: ID.location },
      args: { name: 'New name', aliases: [], flags: [] },
      loaded: {},
      code: 'illegal_transition',
    },
    {
      why: 'an edit that changes nothing',
      record: VALID.people(),
      args: { name: ' Alex Sample ', aliases: [''], flags: [] },
      loaded: {},
      code: 'invalid',
    },
  ],
  'person.merge': [
    {
      why: 'a person already merged',
      record: { ...VALID.people(), mergedInto: ID.otherPerson },
      args: { survivorId: ID.otherPerson },
      loaded: {},
      code: 'illegal_transition',
    },
    {
      why: 'a person merged into themselves',
      record: VALID.people(),
      args: { survivorId: ID.person },
      loaded: {},
      code: 'invalid',
    },
  ],
  'location.merge': [
    {
      why: 'a location merged into itself',
      record: VALID.locations(),
      args: { survivorId: ID.location },
      loaded: {},
      code: 'invalid',
    },
  ],
  'merge.undo': [
    {
      why: 'a merge already undone',
      record: { ...VALID.recordMerges(), undoneAt: AT, undoneBy: 'u-admin' },
      args: {},
      loaded: {},
      code: 'illegal_transition',
    },
  ],
  'location.update': [
    {
      why: 'an edit that changes nothing',
      record: VALID.locations(),
      args: { address: 'Caxton Close, Hartley', wardCode: 'E05005019' },
      loaded: {},
      code: 'invalid',
    },
  ],
  'meeting.record': [
    {
      why: 'a closed meeting',
      record: { ...VALID.taskingMeetings(), status: 'closed' },
      args: { key: `newCall:${ID.call}`, kind: 'newCall', decision: 'discussed' },
      loaded: {},
      code: 'illegal_transition',
    },
    {
      why: 'a note with no text',
      record: VALID.taskingMeetings(),
      args: { key: `newCall:${ID.call}`, kind: 'newCall', decision: 'noted', note: '  ' },
      loaded: {},
      code: 'invalid',
    },
  ],
  'meeting.close': [
    {
      why: 'a closed meeting',
      record: { ...VALID.taskingMeetings(), status: 'closed' },
      args: {},
      loaded: {},
      code: 'illegal_transition',
    },
  ],
  'maracAction.complete': maracActionCases({}),
  'maracAction.minuteIncomplete': [
    ...maracActionCases({ minute: 'not_completed', meetingId: ID.maracMeeting }),
    {
      why: 'the meeting that agreed it',
      record: maracAction({ meetingId: ID.maracMeeting }),
      args: { minute: 'not_completed', meetingId: ID.maracMeeting },
      loaded: { parent: referral({ status: 'listed' }) },
      code: 'illegal_transition',
    },
  ],
};

const actor = (roles: Role[], agencyId = 'kent-police'): Actor => ({
  userId: 'u1',
  name: 'Test',
  agencyId,
  roles,
  wards: [],
});

describe('command registry', () => {
  it('every command has a table, an argument schema, a rule and a grant', () => {
    expect(COMMAND_NAMES.length).toBeGreaterThan(0);
    for (const name of COMMAND_NAMES) {
      const spec = COMMANDS[name];
      expect(Object.keys(TABLES), name).toContain(spec.table);
      expect(typeof spec.args.safeParse, name).toBe('function');
      expect(typeof spec.rule, name).toBe('function');
      expect(spec.grant, name).toBeDefined();
    }
  });

  it('no command is registered without a server grant: someone may run it, nobody by default', () => {
    for (const name of COMMAND_NAMES) {
      const { grant } = commandSpec(name);
      expect(grant.roles.length + (grant.also?.length ?? 0), name).toBeGreaterThan(0);
      expect(grant.also ?? [], `${name} must not be open to anyone`).not.toContain('anyone');
      expect(canRunCommand(actor([]), name), name).toBe(false);
    }
  });

  it('every child table a command needs belongs to its table', () => {
    for (const name of COMMAND_NAMES) {
      const spec = commandSpec(name);
      for (const child of spec.needs.children ?? [])
        expect((TABLES[child] as { parent?: { table: string } }).parent?.table, name).toBe(
          spec.table,
        );
      if (spec.needs.parent) expect('parent' in TABLES[spec.table], name).toBe(true);
    }
  });

  it('every command has tested illegal transitions, each refused with a known code', () => {
    expect(Object.keys(ILLEGAL).sort()).toEqual([...COMMAND_NAMES].sort());
    for (const name of COMMAND_NAMES) {
      const cases = ILLEGAL[name];
      expect(cases.length, name).toBeGreaterThan(0);
      for (const c of cases) {
        const parsed = parseCommand(name, commandSpec(name).table, c.args, NOW);
        expect(parsed.ok, `${name}: ${c.why}`).toBe(true);
        if (!parsed.ok) continue;
        const result = runCommandRule(name, {
          record: c.record,
          args: parsed.args,
          loaded: c.loaded,
          by: 'u1',
          at: AT,
        });
        expect(result, `${name}: ${c.why}`).toMatchObject({ ok: false, error: { code: c.code } });
        expect(ERROR_CODES as readonly string[]).toContain(c.code);
      }
    }
  });
});

describe('parseCommand', () => {
  it('refuses an unknown name, the wrong table and bad arguments with a code', () => {
    expect(parseCommand('call.explode', 'calls', {}, NOW)).toMatchObject({
      ok: false,
      code: 'unknown_command',
    });
    expect(parseCommand('call.open', 'actions', {}, NOW)).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    const bad = parseCommand('call.close', 'calls', { reason: '' }, NOW);
    expect(bad.ok ? [] : bad.issues?.issues.map((i) => i.path.join('.'))).toEqual(['reason']);
  });

  it('refuses a meeting date more than a day ahead, at the field', () => {
    const r = parseCommand('call.discuss', 'calls', { date: '2026-03-23' }, NOW);
    expect(r).toMatchObject({
      ok: false,
      code: 'invalid',
      fields: { date: 'Meeting date must be today or in the past' },
    });
    expect(parseCommand('call.discuss', 'calls', { date: '2026-03-21' }, NOW).ok).toBe(true);
  });

  it('gives the rule the parsed arguments and the loaded records', () => {
    const parsed = parseCommand('action.complete', 'actions', { outcome: 'Patrolled' }, NOW);
    if (!parsed.ok) throw new Error('expected the command to parse');
    const result = runCommandRule(parsed.name, {
      record: action({ id: ID.action }),
      args: parsed.args,
      loaded: { parent: call({ status: 'open' }) },
      by: 'u1',
      at: AT,
    });
    expect(result).toEqual({
      ok: true,
      patch: { status: 'done', outcome: 'Patrolled', completedAt: AT, completedBy: 'u1' },
    });
  });
});
