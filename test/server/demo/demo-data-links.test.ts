import { beforeAll, describe, expect, it } from 'vitest';
import { TABLES, type TableName } from '../../../src/domain/tables';
import { buildDemoData, DEMO_TABLE_ORDER, type DemoData } from '../../../src/server/demo/demo-data';

const NOW = new Date('2026-01-20T08:00:00.000Z');
type Row = Record<string, unknown>;

let demo: DemoData;
beforeAll(() => {
  demo = buildDemoData(NOW);
});
const rows = (table: TableName): Row[] => demo.records[table] ?? [];
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)];

/** Every id a record points at, with the table it must be in. */
function refsOf(table: TableName, r: Row): [TableName, string][] {
  const out: [TableName, string][] = [];
  const add = (target: TableName, v: unknown) => strings(v).forEach((id) => out.push([target, id]));
  const parent = TABLES[table] as { parent?: { table: TableName; field: string } };
  if (parent.parent) add(parent.parent.table, r[parent.parent.field]);
  const loc = r.location as { locationId?: string; wardCode?: string } | undefined;
  if (table === 'calls') {
    add('locations', loc?.locationId);
    add('wards', loc?.wardCode);
    add(
      'people',
      (r.people as { personId: string }[]).map((p) => p.personId),
    );
    add('categories', r.categoryIds);
    add('agencies', r.sourceAgencyId);
  }
  if (table === 'people') add('people', r.mergedInto);
  if (table === 'callNotes') add('callNotes', r.correctsId);
  if (table === 'visits') {
    add('calls', r.callId);
    add('groups', r.groupId);
    add('people', r.personId);
    add('visits', r.amendsId);
  }
  if (table === 'groups') {
    add('locations', r.locationId);
    add('calls', r.triggerCallIds);
    add('agencies', [r.leadAgencyId, ...strings(r.memberAgencyIds)]);
  }
  if (table === 'enforcements') {
    add('people', r.personId);
    add('calls', r.linkedCallIds);
    add('enforcements', r.escalatedFromId);
    add('powers', r.stepId);
  }
  if (table === 'issuedLetters') add('letterTemplates', r.templateId);
  if (table === 'maracReferrals') add('maracMeetings', r.meetingIds);
  if (table === 'maracSubjectLinks') add('people', r.personId);
  if (['actions', 'groupItems', 'maracActions'].includes(table))
    add('agencies', r.agencyId ?? r.leadAgencyId);
  if (['locations', 'visits', 'deliveryTasks'].includes(table)) add('wards', r.wardCode);
  return out;
}

describe('demo data links', () => {
  it('names every parent and linked record before the record that points at it', () => {
    // Reference ids are readable slugs and may repeat across tables ('mental-health'), so key by table too.
    const seen = new Set<string>();
    const missing: string[] = [];
    for (const table of DEMO_TABLE_ORDER) {
      for (const r of rows(table)) {
        for (const [target, id] of refsOf(table, r)) {
          if (!seen.has(`${target}:${id}`))
            missing.push(`${table}.${String(r.id)} → ${target}.${id}`);
        }
        seen.add(`${table}:${String(r.id)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('records who did things as demo users', () => {
    const userIds = new Set(demo.users.map((u) => u.id));
    const who = [
      ...rows('actions').flatMap((a) =>
        strings(a.ownerId).concat(strings(a.completedBy), strings(a.cancelledBy)),
      ),
      ...rows('calls').flatMap((c) =>
        strings((c.closure as { closedBy?: string } | undefined)?.closedBy),
      ),
      ...rows('deliveryTasks').flatMap((d) =>
        strings(d.assigneeUserId).concat(strings(d.deliveredBy)),
      ),
    ];
    expect(who.length).toBeGreaterThan(50);
    for (const id of who) expect(userIds.has(id)).toBe(true);
  });

  it('has the four named Task and Finish Groups with RAG action plans and meetings', () => {
    const groups = rows('groups');
    expect(groups.map((g) => g.title).sort()).toEqual(
      [
        'Caxton Close, Hartley',
        'Kemsing Recreation Ground',
        'Modern Slavery',
        'Wellingtonia Way, Edenbridge',
      ].sort(),
    );
    expect(new Set(rows('groupItems').map((i) => i.rag))).toEqual(
      new Set(['green', 'amber', 'red']),
    );
    for (const g of groups) {
      expect(rows('groupItems').some((i) => i.groupId === g.id)).toBe(true);
      expect(rows('groupMeetings').some((m) => m.groupId === g.id)).toBe(true);
      if (g.subjectType === 'location')
        expect((g.triggerCallIds as string[]).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('escalates the CPN from a CPW for the same recipient, with letters and PCSO deliveries', () => {
    const enf = rows('enforcements');
    const cpn = enf.find((e) => e.stepId === 'cpn');
    const cpw = enf.find((e) => e.id === cpn?.escalatedFromId);
    expect(cpw?.stepId).toBe('cpw');
    expect(cpw?.personId).toBe(cpn?.personId);
    expect(enf.filter((e) => e.stepId === 'aba')).toHaveLength(2);
    for (const aba of enf.filter((e) => e.stepId === 'aba'))
      expect((aba.reviewDates as string[]).length).toBeGreaterThan(0);
    expect(rows('issuedLetters')).toHaveLength(enf.length);
    const pcso = demo.users.find((u) => u.username === 'pcso');
    const tasks = rows('deliveryTasks');
    expect(tasks).toHaveLength(3);
    for (const t of tasks) expect(t.assigneeUserId).toBe(pcso?.id);
  });

  it('letters quote incidents by date, area and category, never reporters, victims or summaries', () => {
    const calls = rows('calls');
    const reporterNames = calls.flatMap((c) => strings((c.reporter as { name?: string }).name));
    const people = new Map(rows('people').map((p) => [p.id, String(p.name)]));
    const victimNames = calls.flatMap((c) =>
      (c.people as { personId: string; role: string }[])
        .filter((p) => p.role === 'victim')
        .map((p) => people.get(p.personId) ?? ''),
    );
    for (const letter of rows('issuedLetters')) {
      const body = String(letter.body);
      for (const name of [...reporterNames, ...victimNames]) expect(body).not.toContain(name);
      for (const c of calls) expect(body).not.toContain(String(c.summary));
      for (const i of letter.incidents as { date: string; area: string; category: string }[]) {
        expect(Object.keys(i).sort()).toEqual(['area', 'category', 'date']);
        expect(i.area).not.toMatch(/\d/);
      }
    }
  });

  it('covers the MARAC workflow', () => {
    const statuses = new Set(rows('maracReferrals').map((r) => r.status));
    for (const s of ['submitted', 'accepted', 'declined', 'redirected', 'listed', 'closed'])
      expect(statuses).toContain(s);
    expect(rows('maracReferrals').length).toBeGreaterThanOrEqual(6);
    expect(rows('maracDecisions').length).toBeGreaterThan(0);
    expect(new Set(rows('maracActions').map((a) => a.status)).size).toBeGreaterThanOrEqual(3);
  });

  it('seeds active reference data from the domain seeds', () => {
    expect(rows('wards')).toHaveLength(26);
    expect(rows('thresholds')).toEqual([
      {
        id: 'thresholds',
        active: true,
        repeatCalls: 3,
        repeatWindowDays: 90,
        caseReviewCalls: 3,
        caseReviewMonths: 6,
      },
    ]);
    for (const t of [
      'wards',
      'agencies',
      'categories',
      'closingCodes',
      'powers',
      'letterTemplates',
    ] as const) {
      for (const r of rows(t)) expect(r.active).toBe(true);
    }
    expect(new Set(rows('letterTemplates').map((t) => t.stepId))).toEqual(
      new Set(['warning-1', 'warning-2', 'aba', 'cpw', 'cpn']),
    );
  });

  it('has about forty visits, including an amendment', () => {
    expect(rows('visits').length).toBeGreaterThanOrEqual(35);
    expect(rows('visits').some((v) => v.amendsId)).toBe(true);
  });
});
