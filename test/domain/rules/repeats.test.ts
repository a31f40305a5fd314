import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/dates';
import {
  DEFAULT_REPEAT,
  findRepeats,
  isRepeatCall,
  type RepeatCall,
  type RepeatSettings,
} from '../../../src/domain/rules/repeats';

const VIEW_DAY = '2026-04-01';
let n = 0;
/** A call received at noon UTC `daysBefore` days before the call in view. */
function call(daysBefore: number, over: Partial<RepeatCall> = {}): RepeatCall {
  n += 1;
  return {
    id: `c${n}`,
    receivedAt: `${addDays(VIEW_DAY, -daysBefore)}T12:00:00.000Z`,
    locationId: 'loc-caxton',
    personIds: [],
    ...over,
  };
}
const locationMatch = (view: RepeatCall, others: RepeatCall[], settings?: RepeatSettings) =>
  findRepeats(view, others, settings).find((m) => m.kind === 'location')!;

describe('findRepeats: default 3 calls in 90 days', () => {
  it('uses 3 calls and 90 days by default', () => {
    expect(DEFAULT_REPEAT).toEqual({ calls: 3, windowDays: 90 });
  });

  it('counts a call exactly 90 days earlier', () => {
    const view = call(0);
    const others = [call(90), call(30)];
    const m = locationMatch(view, others);
    expect(m.isRepeat).toBe(true);
    expect(m.callIds).toEqual([others[0]!.id, others[1]!.id, view.id]);
  });

  it('does not count a call 91 days earlier', () => {
    const view = call(0);
    const m = locationMatch(view, [call(91), call(30)]);
    expect(m.isRepeat).toBe(false);
    expect(m.callIds).toHaveLength(2);
  });

  it('two calls are not a repeat', () => {
    expect(locationMatch(call(0), [call(10)]).isRepeat).toBe(false);
  });

  it('counts the call in view, and alone it is one call', () => {
    const view = call(0);
    expect(locationMatch(view, [])).toEqual({
      kind: 'location',
      subjectId: 'loc-caxton',
      callIds: [view.id],
      isRepeat: false,
    });
    // The call in view also appearing among the others is not counted twice.
    expect(locationMatch(view, [view, call(5)]).callIds).toHaveLength(2);
  });

  it('ignores calls at other locations', () => {
    const m = locationMatch(call(0), [
      call(1, { locationId: 'elsewhere' }),
      call(2, { locationId: 'elsewhere' }),
    ]);
    expect(m.isRepeat).toBe(false);
  });

  it('finds a repeat when the call in view is older than the others', () => {
    const view = call(60);
    const later = [call(20), call(0)];
    const m = locationMatch(view, later);
    expect(m.isRepeat).toBe(true);
    expect(m.callIds).toEqual([view.id, later[0]!.id, later[1]!.id]);
  });

  it('keeps windows that contain the call in view', () => {
    // Calls 100 and 95 days before view are within 90 days of each other, but not of view's window.
    const view = call(0);
    const m = locationMatch(view, [call(100), call(95), call(40)]);
    expect(m.isRepeat).toBe(false);
    expect(m.callIds).toHaveLength(2);
  });

  it('chooses the busiest window when the call in view sits between others', () => {
    const view = call(80);
    const others = [call(170), call(160), call(0), call(10), call(20)];
    const m = locationMatch(view, others);
    // Window ending 80 days back holds 170, 160, 80; window ending today holds 80, 20, 10, 0.
    expect(m.callIds).toHaveLength(4);
    expect(m.callIds[0]).toBe(view.id);
  });

  it('uses the London date, so a late summer evening counts as the next day', () => {
    const view: RepeatCall = {
      id: 'v',
      receivedAt: '2026-07-01T23:30:00Z',
      locationId: 'L',
      personIds: [],
    };
    // 2026-07-02 in London minus 90 days is 2026-04-03.
    const edge: RepeatCall = {
      id: 'e',
      receivedAt: '2026-04-03T08:00:00Z',
      locationId: 'L',
      personIds: [],
    };
    const mid: RepeatCall = {
      id: 'm',
      receivedAt: '2026-05-01T08:00:00Z',
      locationId: 'L',
      personIds: [],
    };
    expect(locationMatch(view, [edge, mid]).isRepeat).toBe(true);
    const tooOld: RepeatCall = { ...edge, id: 'o', receivedAt: '2026-04-02T08:00:00Z' };
    expect(locationMatch(view, [tooOld, mid]).isRepeat).toBe(false);
  });
});

describe('findRepeats: configurable threshold and window', () => {
  it('2 calls are a repeat when the threshold is 2', () => {
    expect(locationMatch(call(0), [call(10)], { calls: 2, windowDays: 90 }).isRepeat).toBe(true);
  });

  it('5 calls are needed when the threshold is 5', () => {
    const view = call(0);
    const four = [call(1), call(2), call(3)];
    expect(locationMatch(view, four, { calls: 5, windowDays: 90 }).isRepeat).toBe(false);
    expect(locationMatch(view, [...four, call(4)], { calls: 5, windowDays: 90 }).isRepeat).toBe(
      true,
    );
  });

  it('a 30-day window counts day 30 and not day 31', () => {
    const settings = { calls: 3, windowDays: 30 };
    expect(locationMatch(call(0), [call(30), call(15)], settings).isRepeat).toBe(true);
    expect(locationMatch(call(0), [call(31), call(15)], settings).isRepeat).toBe(false);
  });

  it('a 180-day window counts day 180 and not day 181', () => {
    const settings = { calls: 3, windowDays: 180 };
    expect(locationMatch(call(0), [call(180), call(100)], settings).isRepeat).toBe(true);
    expect(locationMatch(call(0), [call(181), call(100)], settings).isRepeat).toBe(false);
  });
});

describe('findRepeats: people and merges', () => {
  it('finds a person repeat across different locations', () => {
    const view = call(0, { locationId: 'a', personIds: ['p1', 'p2'] });
    const others = [
      call(10, { locationId: 'b', personIds: ['p1'] }),
      call(20, { locationId: 'c', personIds: ['p1', 'p3'] }),
    ];
    const matches = findRepeats(view, others);
    expect(matches.map((m) => [m.kind, m.subjectId, m.isRepeat])).toEqual([
      ['location', 'a', false],
      ['person', 'p1', true],
      ['person', 'p2', false],
    ]);
    expect(isRepeatCall(matches)).toBe(true);
  });

  it('lists each person once even if linked twice to the call', () => {
    const view = call(0, { personIds: ['p1', 'p1'] });
    expect(findRepeats(view, []).filter((m) => m.kind === 'person')).toHaveLength(1);
  });

  it('follows merged locations and people to the survivor', () => {
    const survivors: Record<string, string> = { 'loc-dup': 'loc-caxton', 'p-dup': 'p1' };
    const resolve = (id: string) => survivors[id] ?? id;
    const view = call(0, { personIds: ['p1'] });
    const others = [
      call(10, { locationId: 'loc-dup', personIds: ['p-dup'] }),
      call(20, { personIds: ['p-dup'] }),
    ];
    const merged = findRepeats(view, others, DEFAULT_REPEAT, resolve);
    expect(merged.every((m) => m.isRepeat)).toBe(true);
    expect(merged.map((m) => m.subjectId)).toEqual(['loc-caxton', 'p1']);
    const unmerged = findRepeats(view, others);
    expect(unmerged.find((m) => m.kind === 'location')!.isRepeat).toBe(false);
    expect(unmerged.find((m) => m.kind === 'person')!.isRepeat).toBe(false);
  });

  it('resolves the call in view too', () => {
    const resolve = (id: string) => (id === 'old' ? 'new' : id);
    const view = call(0, { locationId: 'old' });
    const m = findRepeats(
      view,
      [call(1, { locationId: 'new' }), call(2, { locationId: 'new' })],
      DEFAULT_REPEAT,
      resolve,
    );
    expect(m[0]).toMatchObject({ kind: 'location', subjectId: 'new', isRepeat: true });
  });

  it('isRepeatCall is false when nothing repeats', () => {
    expect(isRepeatCall(findRepeats(call(0, { personIds: ['p9'] }), []))).toBe(false);
  });
});
