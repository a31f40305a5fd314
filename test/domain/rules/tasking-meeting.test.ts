import { describe, expect, it } from 'vitest';
import { agendaEntries, agendaItemKey } from '../../../src/domain/rules/tasking-agenda';
import {
  closeMeeting,
  lastMeetingAt,
  openMeeting,
  recordMeetingItem,
  type RecordItemArgs,
} from '../../../src/domain/rules/tasking-meeting';
import type { Call } from '../../../src/domain/schemas/calls';
import type { TaskingMeeting } from '../../../src/domain/schemas/tasking';
import { ID, validCall, VALID } from '../fixtures';

const AT = '2026-03-10T09:45:00.000Z';
const meeting = (over: Partial<TaskingMeeting> = {}) =>
  ({ ...VALID.taskingMeetings(), items: [], ...over }) as TaskingMeeting;
const record = (m: TaskingMeeting, args: RecordItemArgs) =>
  recordMeetingItem({ record: m, args, loaded: {}, by: 'chair', at: AT });
const key = agendaItemKey('newCall', ID.call);

describe('minuting a meeting item', () => {
  it('gathers each decision once per item and keeps one note, replaced by a later one', () => {
    const first = record(meeting(), {
      key,
      kind: 'newCall',
      callId: ID.call,
      decision: 'discussed',
    });
    if (!first.ok) throw new Error('expected the item to be minuted');
    const m = meeting({ items: first.patch.items! });
    const noted = record(m, { key, kind: 'newCall', decision: 'noted', note: ' Wardens to call ' });
    const again =
      noted.ok && record({ ...m, ...noted.patch }, { key, kind: 'newCall', decision: 'discussed' });
    expect(again).toEqual({
      ok: true,
      patch: {
        items: [
          {
            key,
            kind: 'newCall',
            callId: ID.call,
            decisions: ['discussed', 'noted'],
            note: 'Wardens to call',
            at: AT,
          },
        ],
      },
    });
  });

  it('adds a second item beside the first, in the order they were handled', () => {
    const one = record(meeting(), { key, kind: 'newCall', decision: 'discussed' });
    if (!one.ok) throw new Error('expected the item to be minuted');
    const two = record(meeting({ items: one.patch.items! }), {
      key: agendaItemKey('groupItem', ID.groupItem),
      kind: 'groupItem',
      decision: 'discussed',
    });
    expect(two.ok && two.patch.items?.map((i) => i.key)).toEqual([
      key,
      `groupItem:${ID.groupItem}`,
    ]);
  });

  it('closes once, at the server time', () => {
    expect(closeMeeting({ record: meeting(), args: {}, loaded: {}, by: 'c', at: AT })).toEqual({
      ok: true,
      patch: { status: 'closed', closedAt: AT },
    });
  });
});

describe('the meeting the next one starts from', () => {
  const m = (id: string, startedAt: string, status: 'open' | 'closed' = 'closed') => ({
    id,
    startedAt,
    status,
  });
  const held = [
    m('a', '2026-03-06T09:30:00.000Z'),
    m('b', '2026-03-09T09:30:00.000Z'),
    m('c', '2026-03-10T09:30:00.000Z', 'open'),
  ];

  it('is the latest meeting started before the current one', () => {
    expect(lastMeetingAt(held, held[2])).toBe('2026-03-09T09:30:00.000Z');
    expect(lastMeetingAt(held, held[1])).toBe('2026-03-06T09:30:00.000Z');
    expect(lastMeetingAt(held)).toBe('2026-03-10T09:30:00.000Z');
    expect(lastMeetingAt([], undefined)).toBeNull();
    expect(lastMeetingAt(held.slice(0, 1), held[0])).toBeNull();
  });

  it('finds the meeting still open', () => {
    expect(openMeeting(held)?.id).toBe('c');
    expect(openMeeting(held.slice(0, 2))).toBeUndefined();
  });
});

describe('agenda entries', () => {
  it('lists every section in meeting order with keys distinct per section, a new call once', () => {
    const c = { ...validCall(), id: ID.call } as Call;
    const fresh = { ...validCall(), id: ID.person } as Call;
    const entries = agendaEntries(
      {
        newCalls: [fresh],
        overdueByAgency: [
          {
            agencyId: 'kent-police',
            items: [{ call: c, action: { ...VALID.actions() } as never }],
          },
        ],
        updatesDue: [c, fresh],
        groupItemsDue: [
          { group: VALID.groups() as never, item: VALID.groupItems() as never, overdue: true },
        ],
      },
      [{ kind: 'location', subjectId: ID.location }],
    );
    expect(entries).toEqual([
      { key: `newCall:${ID.person}`, kind: 'newCall', id: ID.person, callId: ID.person },
      { key: `overdueAction:${ID.action}`, kind: 'overdueAction', id: ID.action, callId: ID.call },
      { key: `updateDue:${ID.call}`, kind: 'updateDue', id: ID.call, callId: ID.call },
      {
        key: `suggestion:location:${ID.location}`,
        kind: 'suggestion',
        id: `location:${ID.location}`,
      },
      { key: `groupItem:${ID.groupItem}`, kind: 'groupItem', id: ID.groupItem },
    ]);
  });
});
