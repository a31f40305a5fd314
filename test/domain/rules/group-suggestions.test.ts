import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/dates';
import { suggestGroups, subjectKey } from '../../../src/domain/rules/group-suggestions';
import type { RepeatCall } from '../../../src/domain/rules/repeats';

const LAST_DAY = '2026-06-30';
let n = 0;
function call(daysBefore: number, over: Partial<RepeatCall> = {}): RepeatCall {
  n += 1;
  return {
    id: `c${n}`,
    receivedAt: `${addDays(LAST_DAY, -daysBefore)}T12:00:00.000Z`,
    locationId: 'loc-caxton',
    personIds: [],
    ...over,
  };
}

describe('suggestGroups: the repeat rule over every subject', () => {
  it('suggests a location with 3 calls when the first is exactly 90 days before the last', () => {
    const calls = [call(90), call(40), call(0)];
    expect(suggestGroups(calls)).toEqual([
      {
        kind: 'location',
        subjectId: 'loc-caxton',
        callIds: calls.map((c) => c.id),
        from: addDays(LAST_DAY, -90),
        to: LAST_DAY,
      },
    ]);
  });

  it('does not suggest when the first call is one day past the window', () => {
    expect(suggestGroups([call(91), call(40), call(0)])).toEqual([]);
  });

  it('keeps the same address in different wards apart: they are different location records', () => {
    const calls = [
      call(10, { locationId: 'high-st-edenbridge' }),
      call(5, { locationId: 'high-st-sevenoaks' }),
      call(0, { locationId: 'high-st-edenbridge' }),
    ];
    expect(suggestGroups(calls)).toEqual([]);
  });

  it('counts anonymous calls: repeats are about places and people, any reporter', () => {
    // RepeatCall carries no reporter: an anonymous call is a call at the location like any other.
    expect(suggestGroups([call(20), call(10), call(0)])).toHaveLength(1);
  });

  it('suggests a person across locations, and follows merges for people and locations', () => {
    const resolve = (id: string) => ({ 'p-alias': 'p1', 'loc-dup': 'loc-caxton' })[id] ?? id;
    const calls = [
      call(30, { locationId: 'a', personIds: ['p1'] }),
      call(20, { locationId: 'loc-dup', personIds: ['p-alias'] }),
      call(10, { locationId: 'loc-caxton', personIds: ['p1'] }),
      call(5, { locationId: 'loc-caxton', personIds: [] }),
    ];
    const found = suggestGroups(calls, { resolve });
    expect(found.map((s) => [s.kind, s.subjectId, s.callIds.length])).toEqual([
      ['location', 'loc-caxton', 3],
      ['person', 'p1', 3],
    ]);
    expect(suggestGroups(calls)).toEqual([]);
  });

  it('uses the configured threshold and window', () => {
    const calls = [call(40), call(0)];
    expect(suggestGroups(calls, { settings: { calls: 2, windowDays: 40 } })).toHaveLength(1);
    expect(suggestGroups(calls, { settings: { calls: 2, windowDays: 39 } })).toHaveLength(0);
  });

  it('picks the latest window that reaches the threshold', () => {
    const old = [call(300), call(290), call(280)];
    const recent = [call(20), call(0)];
    const [s] = suggestGroups([...old, ...recent]);
    expect(s!.callIds).toEqual(old.map((c) => c.id));
    const newer = call(10);
    expect(suggestGroups([...old, ...recent, newer])[0]!.callIds).toEqual([
      recent[0]!.id,
      newer.id,
      recent[1]!.id,
    ]);
  });

  it('uses London dates across the spring clock change', () => {
    // 29 March 2026 clocks go forward; 23:30 UTC on 28 June is 00:30 on 29 June in London.
    const at = (id: string, receivedAt: string): RepeatCall => ({
      id,
      receivedAt,
      locationId: 'L',
      personIds: [],
    });
    const last = at('last', '2026-06-28T23:30:00Z'); // London 2026-06-29
    const mid = at('mid', '2026-05-01T12:00:00Z');
    // 90 days before 2026-06-29 is 2026-03-31 (BST): 23:30 UTC on 30 March is 00:30 on 31 March.
    const edge = at('edge', '2026-03-30T23:30:00Z');
    expect(suggestGroups([edge, mid, last])).toHaveLength(1);
    const past = at('past', '2026-03-30T22:30:00Z'); // London 23:30 on 30 March: day 91
    expect(suggestGroups([past, mid, last])).toHaveLength(0);
  });
});

describe('suggestGroups: answers are remembered', () => {
  const calls = [call(20), call(10), call(0)];
  const ids = calls.map((c) => c.id);

  it('does not suggest the same set of calls again once dismissed', () => {
    const answers = [{ kind: 'location' as const, subjectId: 'loc-caxton', callIds: ids }];
    expect(suggestGroups(calls, { answers })).toEqual([]);
  });

  it('a new qualifying call raises it again', () => {
    const answers = [{ kind: 'location' as const, subjectId: 'loc-caxton', callIds: ids }];
    const later = call(-1);
    const [s] = suggestGroups([...calls, later], { answers });
    expect(s!.callIds).toEqual([...ids, later.id]);
  });

  it('a dismissal of another subject does not hide this one', () => {
    const answers = [{ kind: 'person' as const, subjectId: 'loc-caxton', callIds: ids }];
    expect(suggestGroups(calls, { answers })).toHaveLength(1);
  });

  it('a dismissal recorded against a record later merged away still counts', () => {
    const resolve = (id: string) => (id === 'loc-old' ? 'loc-caxton' : id);
    const answers = [{ kind: 'location' as const, subjectId: 'loc-old', callIds: ids }];
    expect(suggestGroups(calls, { answers, resolve })).toEqual([]);
  });

  it('an open group on the subject stops suggestions while it runs', () => {
    const openGroupSubjects = new Set([subjectKey('location', 'loc-caxton')]);
    expect(suggestGroups([...calls, call(-2)], { openGroupSubjects })).toEqual([]);
  });
});
