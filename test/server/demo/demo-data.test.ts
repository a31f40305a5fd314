import { beforeAll, describe, expect, it } from 'vitest';
import { londonDate } from '../../../src/domain/dates';
import { UUID_PATTERN } from '../../../src/domain/ids';
import { findRepeats, type RepeatCall } from '../../../src/domain/rules/repeats';
import { suggestGroups, suggestionAnswers } from '../../../src/domain/rules/group-suggestions';
import type { Group, GroupDismissal } from '../../../src/domain/schemas/groups';
import { TABLES, type TableName } from '../../../src/domain/tables';
import { buildDemoData, DEMO_TABLE_ORDER, type DemoData } from '../../../src/server/demo/demo-data';

const NOW = new Date('2026-05-15T09:30:00.000Z');
type Row = Record<string, unknown>;

let demo: DemoData;
beforeAll(() => {
  demo = buildDemoData(NOW);
});
const rows = (table: TableName): Row[] => demo.records[table] ?? [];

describe('buildDemoData', () => {
  it('is deterministic for a fixed now', () => {
    expect(buildDemoData(new Date(NOW))).toEqual(demo);
  });

  it('moves with now, so the data always looks recent', () => {
    const later = buildDemoData(new Date('2026-11-02T16:00:00Z'));
    const latest = (d: DemoData) =>
      (d.records.calls ?? [])
        .map((c) => String(c.receivedAt))
        .sort()
        .at(-1) ?? '';
    expect(latest(later) > '2026-10-30').toBe(true);
    expect(latest(demo) > '2026-05-12').toBe(true);
  });

  it('has one sign-in per role with the agreed usernames', () => {
    expect(demo.users.map((u) => u.username).sort()).toEqual([
      'admin',
      'asbofficer',
      'chair',
      'marac',
      'pcso',
      'warden',
    ]);
    const byName = Object.fromEntries(demo.users.map((u) => [u.username, u]));
    expect(byName.chair).toMatchObject({ agencyId: 'sdc-csu', roles: ['chair'] });
    expect(byName.pcso).toMatchObject({ agencyId: 'kent-police', roles: ['field'] });
    expect(byName.pcso?.wards.length).toBeGreaterThan(0);
    expect(byName.warden).toMatchObject({ agencyId: 'kcc-wardens', roles: ['field'] });
    expect(byName.asbofficer).toMatchObject({ agencyId: 'sdc-asb', roles: ['asb_officer'] });
    expect(byName.marac?.roles).toContain('marac');
    expect(byName.admin?.roles).toEqual(['admin']);
    for (const u of demo.users) expect(u.id).toMatch(UUID_PATTERN);
  });

  it('lists tables in apply order and only known tables', () => {
    expect(Object.keys(demo.records)).toEqual([...DEMO_TABLE_ORDER]);
    for (const t of DEMO_TABLE_ORDER) expect(rows(t).length, t).toBeGreaterThan(0);
  });

  it('every record passes its table schema and carries no server-managed fields', () => {
    const serverFields = [
      'createdAt',
      'createdBy',
      'createdByAgency',
      'updatedAt',
      'updatedBy',
      'fieldSeqs',
      'reference',
    ];
    for (const table of DEMO_TABLE_ORDER) {
      for (const row of rows(table)) {
        const r = TABLES[table].schema.safeParse(row);
        expect(r.success, `${table} ${String(row.id)}: ${JSON.stringify(r.error?.issues)}`).toBe(
          true,
        );
        for (const f of serverFields) expect(row, `${table}.${f}`).not.toHaveProperty(f);
      }
    }
  });

  it('gives case records unique version-7 ids', () => {
    const ids = DEMO_TABLE_ORDER.filter((t) => TABLES[t].scope !== 'reference').flatMap((t) =>
      rows(t).map((r) => String(r.id)),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('has about 150 calls across all 26 wards, busiest where the assessment says', () => {
    const calls = rows('calls');
    expect(calls.length).toBe(150);
    const wards = calls.map((c) => (c.location as { wardCode: string }).wardCode);
    expect(new Set(wards).size).toBeGreaterThanOrEqual(26);
    const count = (code: string) => wards.filter((w) => w === code).length;
    // Sevenoaks Eastern and Edenbridge North and East outnumber a quiet rural ward.
    expect(count('E05005026')).toBeGreaterThan(count('E05005009'));
    expect(count('E05005013')).toBeGreaterThan(count('E05005022'));
  });

  it('mixes new, open and closed calls; closed ones carry a closure and no open actions', () => {
    const calls = rows('calls');
    const statuses = new Set(calls.map((c) => c.status));
    expect(statuses).toEqual(new Set(['new', 'open', 'closed']));
    const openActionCallIds = new Set(
      rows('actions')
        .filter((a) => a.status === 'open')
        .map((a) => a.callId),
    );
    for (const c of calls) {
      if (c.status === 'closed') {
        expect(c.closure).toMatchObject({ reason: expect.any(String) });
        expect(openActionCallIds.has(c.id)).toBe(false);
      } else expect(c.closure).toBeUndefined();
    }
  });

  it('has overdue actions relative to now, and done and cancelled ones', () => {
    const today = londonDate(NOW);
    const actions = rows('actions');
    expect(
      actions.filter((a) => a.status === 'open' && String(a.dueDate) < today).length,
    ).toBeGreaterThanOrEqual(5);
    expect(actions.some((a) => a.status === 'done')).toBe(true);
    expect(actions.some((a) => a.status === 'cancelled')).toBe(true);
  });

  it('never updates anonymous reporters, and updates named ones after the last action or says why not', () => {
    const updatesByCall = new Map<unknown, Row[]>();
    for (const u of rows('residentUpdates'))
      updatesByCall.set(u.callId, [...(updatesByCall.get(u.callId) ?? []), u]);
    const actionsByCall = new Map<unknown, Row[]>();
    for (const a of rows('actions'))
      actionsByCall.set(a.callId, [...(actionsByCall.get(a.callId) ?? []), a]);
    for (const c of rows('calls')) {
      const reporter = c.reporter as { anonymous: boolean };
      const updates = updatesByCall.get(c.id) ?? [];
      if (reporter.anonymous) expect(updates).toEqual([]);
      if (c.status !== 'closed' || reporter.anonymous) continue;
      const closure = c.closure as { closedAt: string; noUpdateReason?: string };
      const lastAction = Math.max(
        ...(actionsByCall.get(c.id) ?? []).map((a) =>
          Date.parse(String(a.completedAt ?? a.cancelledAt)),
        ),
      );
      const lastUpdate = Math.max(...updates.map((u) => Date.parse(String(u.at))), -Infinity);
      expect(lastUpdate >= lastAction || Boolean(closure.noUpdateReason), String(c.id)).toBe(true);
      expect(lastUpdate <= Date.parse(closure.closedAt)).toBe(true);
    }
  });

  it('finds repeats at a hotspot location and for a person, following merges', () => {
    const mergedInto = new Map<string, string>();
    for (const p of rows('people'))
      if (p.mergedInto) mergedInto.set(String(p.id), String(p.mergedInto));
    const resolve = (id: string) => mergedInto.get(id) ?? id;
    const repeatCalls: RepeatCall[] = rows('calls').map((c) => ({
      id: String(c.id),
      receivedAt: String(c.receivedAt),
      locationId: (c.location as { locationId: string }).locationId,
      personIds: (c.people as { personId: string }[]).map((p) => p.personId),
    }));
    const matches = repeatCalls.flatMap((view) =>
      findRepeats(view, repeatCalls, undefined, resolve),
    );
    const locations = new Map(rows('locations').map((l) => [l.id, String(l.address)]));
    const repeatPlaces = new Set(
      matches
        .filter((m) => m.kind === 'location' && m.isRepeat)
        .map((m) => locations.get(m.subjectId)),
    );
    expect(repeatPlaces).toContain('Caxton Close, Hartley');
    expect(repeatPlaces).toContain('Wellingtonia Way, Edenbridge');
    const names = new Map(rows('people').map((p) => [p.id, String(p.name)]));
    const repeatPeople = new Set(
      matches.filter((m) => m.kind === 'person' && m.isRepeat).map((m) => names.get(m.subjectId)),
    );
    expect(repeatPeople).toContain('Margaret Ellis');
    expect(repeatPeople).toContain('Callum Reeves');
  });

  it("holds one chair's dismissal: it answers a suggestion the calls raise, and the newer ones still show", () => {
    const merged = new Map(
      rows('people').flatMap((p) => (p.mergedInto ? [[String(p.id), String(p.mergedInto)]] : [])),
    );
    const resolve = (id: string) => merged.get(id) ?? id;
    const calls = rows('calls').map((c) => {
      const call = c as { id: string; receivedAt: string; location: { locationId: string } };
      return {
        id: call.id,
        receivedAt: call.receivedAt,
        locationId: call.location.locationId,
        personIds: (c.people as { personId: string }[]).map((p) => p.personId),
      };
    });
    const groups = rows('groups') as unknown as Group[];
    const dismissals = rows('groupDismissals') as unknown as GroupDismissal[];
    expect(dismissals).toHaveLength(1);
    const before = suggestGroups(calls, { resolve, ...suggestionAnswers(groups, [], resolve) });
    const after = suggestGroups(calls, {
      resolve,
      ...suggestionAnswers(groups, dismissals, resolve),
    });
    const d = dismissals[0]!;
    expect(before.map((s) => [s.subjectId, s.callIds])).toContainEqual([d.subjectId, d.callIds]);
    expect(after.map((s) => s.subjectId)).not.toContain(d.subjectId);
    expect(after.length).toBe(before.length - 1);
    expect(after.length).toBeGreaterThan(0);
  });

  it('holds yesterday’s closed tasking meeting (a Friday before a Monday), minuting open calls', () => {
    const meetings = rows('taskingMeetings');
    expect(meetings).toHaveLength(1);
    const m = meetings[0]!;
    expect(m).toMatchObject({ date: '2026-05-14', status: 'closed' });
    expect(String(m.startedAt) < String(m.closedAt)).toBe(true);
    expect(m.attendingAgencyIds).toEqual(expect.arrayContaining(['kent-police', 'wkha']));
    const calls = new Map(rows('calls').map((c) => [c.id, c]));
    const items = m.items as { callId: string; note: string }[];
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) {
      expect(calls.get(i.callId)).toMatchObject({ status: 'open' });
      expect(i.note.length).toBeGreaterThan(0);
    }
    const monday = buildDemoData(new Date('2026-05-18T09:00:00.000Z')).records.taskingMeetings;
    expect(monday?.[0]).toMatchObject({ date: '2026-05-15' });
  });

  it('puts no date or instant more than 24 hours after now', () => {
    const limitMs = NOW.getTime() + 24 * 3_600_000;
    const limitDate = londonDate(limitMs);
    const late: string[] = [];
    const walk = (value: unknown, path: string) => {
      // An agreement's end date is planned ahead by definition (ABA: six months from issue).
      if (path.endsWith('.endDate')) return;
      if (typeof value === 'string') {
        if (/^\d{4}-\d{2}-\d{2}$/.test(value) && value > limitDate) late.push(`${path}=${value}`);
        if (/^\d{4}-\d{2}-\d{2}T/.test(value) && Date.parse(value) > limitMs)
          late.push(`${path}=${value}`);
        if (
          UUID_PATTERN.test(value) &&
          parseInt(value.replace(/-/g, '').slice(0, 12), 16) > limitMs
        )
          late.push(`${path} id`);
      } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    for (const t of DEMO_TABLE_ORDER) rows(t).forEach((r, i) => walk(r, `${t}.${i}`));
    expect(late).toEqual([]);
    // And the calls really do span about six months.
    const oldest =
      rows('calls')
        .map((c) => String(c.receivedAt))
        .sort()[0] ?? '';
    expect(Date.parse(oldest)).toBeLessThan(NOW.getTime() - 150 * 86_400_000);
  });
});
