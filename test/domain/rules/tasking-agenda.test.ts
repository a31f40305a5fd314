import { describe, expect, it } from 'vitest';
import type { Action, Call, ResidentUpdate } from '../../../src/domain/schemas/calls';
import type { Group, GroupItem } from '../../../src/domain/schemas/groups';
import { taskingAgenda, type AgendaInput } from '../../../src/domain/rules/tasking-agenda';
import { validCall, VALID } from '../fixtures';

const NOW = new Date('2026-03-10T08:30:00Z');
const LAST_MEETING = '2026-03-09T09:00:00.000Z';

const call = (id: string, over: Partial<Call> = {}): Call =>
  ({ ...validCall(), id, status: 'open', ...over }) as Call;
const action = (id: string, callId: string, over: Partial<Action> = {}): Action => ({
  id,
  callId,
  text: 'Visit the resident',
  agencyId: 'kent-police',
  dueDate: '2026-03-05',
  status: 'open',
  createdAt: '2026-03-01T10:00:00.000Z',
  ...over,
});
const update = (callId: string, at: string): ResidentUpdate => ({
  id: `u-${callId}`,
  callId,
  at,
  method: 'phone',
  summary: 'Told them what is happening',
});
const group = (over: Partial<Group> = {}) => ({ ...VALID.groups(), ...over }) as Group;
const item = (id: string, over: Partial<GroupItem> = {}) =>
  ({ ...VALID.groupItems(), id, ...over }) as GroupItem;

const base = (over: Partial<AgendaInput> = {}): AgendaInput => ({
  calls: [],
  actions: [],
  residentUpdates: [],
  groups: [],
  groupItems: [],
  lastMeetingAt: LAST_MEETING,
  ...over,
});

describe('the daily tasking agenda', () => {
  it('keeps a call the meeting under way took as new in its place once discussed', () => {
    const discussed = call('taken', { receivedAt: '2026-03-01T10:00:00.000Z' });
    const input = base({ calls: [discussed] });
    expect(taskingAgenda(input, NOW).newCalls).toEqual([]);
    const kept = taskingAgenda({ ...input, takenAsNew: new Set(['taken']) }, NOW);
    expect(kept.newCalls.map((c) => c.id)).toEqual(['taken']);
  });

  it('lists calls new since the last meeting and calls never opened, never closed ones', () => {
    const a = taskingAgenda(
      base({
        calls: [
          call('old-open', { receivedAt: '2026-03-01T10:00:00.000Z' }),
          call('since', { receivedAt: '2026-03-09T15:00:00.000Z' }),
          call('never-opened', { status: 'new', receivedAt: '2026-02-01T10:00:00.000Z' }),
          call('closed', { status: 'closed', receivedAt: '2026-03-09T16:00:00.000Z' }),
        ],
      }),
      NOW,
    );
    expect(a.newCalls.map((c) => c.id)).toEqual(['never-opened', 'since']);
  });

  it('groups overdue actions of open calls by agency, most first, and leaves out done, due-today and closed-call actions', () => {
    const calls = [call('c1'), call('c2'), call('shut', { status: 'closed' })];
    const a = taskingAgenda(
      base({
        calls,
        actions: [
          action('a1', 'c1', { dueDate: '2026-03-08' }),
          action('a2', 'c2', { dueDate: '2026-03-01' }),
          action('a3', 'c2', { agencyId: 'wkha' }),
          action('a4', 'c1', { dueDate: '2026-03-10' }),
          action('a5', 'c1', { status: 'done', completedAt: '2026-03-06T10:00:00.000Z' }),
          action('a6', 'shut'),
        ],
      }),
      NOW,
    );
    expect(a.overdueByAgency.map((g) => [g.agencyId, g.items.map((i) => i.action.id)])).toEqual([
      ['kent-police', ['a2', 'a1']],
      ['wkha', ['a3']],
    ]);
  });

  it('lists open calls whose named reporter is due an update, never anonymous ones', () => {
    const a = taskingAgenda(
      base({
        calls: [call('due'), call('told'), call('anon', { reporter: { anonymous: true } })],
        actions: [action('x', 'told', { createdAt: '2026-03-02T10:00:00.000Z' })],
        residentUpdates: [update('told', '2026-03-03T10:00:00.000Z')],
      }),
      NOW,
    );
    expect(a.updatesDue.map((c) => c.id)).toEqual(['due']);
  });

  it('lists open groups’ items due by today, overdue ones marked, done ones and closed groups left out', () => {
    const a = taskingAgenda(
      base({
        groups: [group(), group({ id: 'g-closed', status: 'closed' })],
        groupItems: [
          item('late', { byDate: '2026-03-01' }),
          item('today', { byDate: '2026-03-10' }),
          item('later', { byDate: '2026-03-20' }),
          item('done', { byDate: '2026-03-01', done: true }),
          item('other', { byDate: '2026-03-01', groupId: 'g-closed' }),
        ],
      }),
      NOW,
    );
    expect(a.groupItemsDue.map((g) => [g.item.id, g.overdue])).toEqual([
      ['late', true],
      ['today', false],
    ]);
  });

  it('takes repeat suggestions from the groups rule', () => {
    const at = (d: string) => `${d}T10:00:00.000Z`;
    const a = taskingAgenda(
      base({
        repeats: {
          calls: ['2026-02-01', '2026-02-15', '2026-03-01'].map((d, i) => ({
            id: `r${i}`,
            receivedAt: at(d),
            locationId: 'loc-caxton',
            personIds: [],
          })),
        },
      }),
      NOW,
    );
    expect(a.suggestions).toMatchObject([
      { kind: 'location', subjectId: 'loc-caxton', callIds: ['r0', 'r1', 'r2'] },
    ]);
  });
});
