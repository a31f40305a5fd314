import { describe, expect, it } from 'vitest';
import { SEVENOAKS_WARDS } from '../../../src/domain/reference/wards';
import { SEED_CATEGORIES } from '../../../src/domain/reference/categories';
import {
  monitoringReport,
  type MonitoringAction,
  type MonitoringCall,
  type MonitoringInput,
} from '../../../src/domain/rules/monitoring-report';
import { publishMonitoring } from '../../../src/domain/rules/monitoring-publication';
import { QUARTER_SIZES, TOP, YEAR_CALLS, yearOfCalls } from '../monitoring-fixtures';

const FY = { from: '2025-04-01', to: '2026-03-31' };
const NOW = new Date('2026-04-15T09:00:00Z');
const names = {
  wards: new Map(SEVENOAKS_WARDS.map((w) => [w.code, w.name])),
  categories: new Map(SEED_CATEGORIES.map((c) => [c.id, c.name])),
};
const withCalls = (
  calls: MonitoringCall[],
  more: Partial<NonNullable<MonitoringInput['calls']>> = {},
) => ({
  calls: { calls, actions: [], residentUpdates: [], ...more },
  names,
});

const call = (over: Partial<MonitoringCall>): MonitoringCall => ({
  id: 'c1',
  receivedAt: '2025-05-01T10:00:00.000Z',
  wardCode: TOP.stMarys,
  categoryIds: ['noise'],
  anonymous: false,
  status: 'open',
  ...over,
});

describe('monitoring report: calls', () => {
  const report = monitoringReport(withCalls(yearOfCalls()), FY, NOW);

  it('counts the year of 538 calls and names the top three wards', () => {
    expect(report.calls?.total).toBe(YEAR_CALLS);
    expect(report.calls?.topWards).toEqual([
      { id: TOP.stMarys, name: "Swanley St Mary's", count: 80 },
      { id: TOP.whiteOak, name: 'Swanley White Oak', count: 64 },
      { id: TOP.edenbridgeNE, name: 'Edenbridge North and East', count: 51 },
    ]);
    expect(report.calls?.byWard).toHaveLength(26);
    expect(report.calls?.byWard.reduce((n, w) => n + w.count, 0)).toBe(YEAR_CALLS);
  });

  it('counts a call once in each of its categories, never twice in one', () => {
    const byId = Object.fromEntries(report.calls!.byCategory.map((c) => [c.id, c.count]));
    expect(byId).toEqual({ rowdy: 135, neighbour: 135, noise: 134, 'fly-tipping': 134, drugs: 54 });
    expect(report.calls?.topCategories.map((c) => c.name)).toEqual([
      'Neighbour nuisance or dispute',
      'Rowdy behaviour',
      'Fly-tipping', // ties with Noise at 134, named in alphabetical order
    ]);
  });

  it('splits the financial year into its quarters, April to March', () => {
    expect(report.calls?.byQuarter).toEqual([
      { label: 'Q1 2025/26', from: '2025-04-01', to: '2025-06-30', count: QUARTER_SIZES[0] },
      { label: 'Q2 2025/26', from: '2025-07-01', to: '2025-09-30', count: QUARTER_SIZES[1] },
      { label: 'Q3 2025/26', from: '2025-10-01', to: '2025-12-31', count: QUARTER_SIZES[2] },
      { label: 'Q4 2025/26', from: '2026-01-01', to: '2026-03-31', count: QUARTER_SIZES[3] },
    ]);
  });

  it('counts anonymous calls in every table', () => {
    expect(report.calls?.anonymous).toBe(77);
  });

  it('takes the London date of receipt, both ends of the range inclusive', () => {
    const calls = [
      // 23:30 UTC on 31 March 2026 is 00:30 BST on 1 April: the next financial year.
      call({ id: 'a', receivedAt: '2026-03-31T23:30:00.000Z' }),
      call({ id: 'b', receivedAt: '2026-03-31T22:59:00.000Z' }),
      call({ id: 'c', receivedAt: '2025-04-01T00:00:00.000Z' }), // 01:00 BST, 1 April
      call({ id: 'd', receivedAt: '2025-03-31T22:30:00.000Z' }), // 23:30 BST, 31 March
    ];
    const r = monitoringReport(withCalls(calls), FY, NOW);
    expect(r.calls?.total).toBe(2);
    expect(r.calls?.byQuarter.map((q) => q.count)).toEqual([1, 0, 0, 1]);
    const next = monitoringReport(withCalls(calls), { from: '2026-04-01', to: '2026-04-01' }, NOW);
    expect(next.calls?.total).toBe(1);
    expect(next.calls?.byQuarter).toEqual([
      { label: 'Q1 2026/27', from: '2026-04-01', to: '2026-04-01', count: 1 },
    ]);
  });

  it('a range across two financial years lists the quarters it touches, cut to the range', () => {
    const r = monitoringReport(withCalls([]), { from: '2026-02-15', to: '2026-05-10' }, NOW);
    expect(r.calls?.byQuarter.map((q) => [q.label, q.from, q.to])).toEqual([
      ['Q4 2025/26', '2026-02-15', '2026-03-31'],
      ['Q1 2026/27', '2026-04-01', '2026-05-10'],
    ]);
    expect(r.calls?.total).toBe(0);
    expect(r.calls?.topWards).toEqual([]);
  });
});

describe('monitoring report: residents updated', () => {
  const closedAt = '2026-02-10T12:00:00.000Z';
  const action = (callId: string, completedAt: string): MonitoringAction => ({
    callId,
    agencyId: 'kent-police',
    status: 'done',
    dueDate: '2026-02-01',
    createdAt: '2026-01-20T09:00:00.000Z',
    completedAt,
  });

  it('is the share of named callers closed in the range updated after the last action', () => {
    const calls = [
      call({ id: 'updated', status: 'closed', closedAt }),
      call({ id: 'stale', status: 'closed', closedAt }),
      call({ id: 'none', status: 'closed', closedAt }),
      call({ id: 'anon', status: 'closed', closedAt, anonymous: true }),
      call({ id: 'open', status: 'open' }),
      call({ id: 'earlier', status: 'closed', closedAt: '2025-03-01T12:00:00.000Z' }),
    ];
    const r = monitoringReport(
      withCalls(calls, {
        actions: [
          action('updated', '2026-02-01T10:00:00.000Z'),
          action('stale', '2026-02-05T10:00:00.000Z'),
        ],
        residentUpdates: [
          { callId: 'updated', at: '2026-02-02T10:00:00.000Z' },
          { callId: 'stale', at: '2026-02-04T10:00:00.000Z' },
        ],
      }),
      FY,
      NOW,
    );
    // "none" has no action and no update: its resident never heard.
    expect(r.residentUpdated).toEqual({
      count: 1,
      of: 3,
      share: 1 / 3,
      target: 1,
      meetsTarget: false,
    });
  });

  it('with every named caller updated it meets the 100% target; with none closed there is nothing to measure', () => {
    const calls = [call({ id: 'x', status: 'closed', closedAt })];
    const r = monitoringReport(
      withCalls(calls, { residentUpdates: [{ callId: 'x', at: '2026-02-09T10:00:00.000Z' }] }),
      FY,
      NOW,
    );
    expect(r.residentUpdated).toMatchObject({ count: 1, of: 1, share: 1, meetsTarget: true });
    expect(monitoringReport(withCalls([]), FY, NOW).residentUpdated).toMatchObject({
      of: 0,
      share: null,
      meetsTarget: null,
    });
  });
});

describe('monitoring report: groups, MARAC, enforcement, overdue actions', () => {
  const input: MonitoringInput = {
    calls: {
      calls: [],
      residentUpdates: [],
      actions: [
        { callId: 'a', agencyId: 'kent-police', status: 'open', dueDate: '2026-03-01' },
        { callId: 'a', agencyId: 'kent-police', status: 'open', dueDate: '2026-04-14' },
        { callId: 'a', agencyId: 'wkha', status: 'open', dueDate: '2025-12-01' },
        { callId: 'a', agencyId: 'wkha', status: 'done', dueDate: '2025-12-01' },
        { callId: 'a', agencyId: 'wkha', status: 'open', dueDate: '2025-03-31' },
      ],
    },
    groups: {
      groups: [
        { id: 'g1', title: 'Caxton Close, Hartley' },
        { id: 'g2', title: 'Kemsing Recreation Ground' },
        { id: 'g3', title: 'Modern Slavery' },
      ],
      meetings: [
        { groupId: 'g1', date: '2025-07-03' },
        { groupId: 'g1', date: '2025-08-03' },
        { groupId: 'g2', date: '2026-03-31' },
        { groupId: 'g3', date: '2026-04-01' },
      ],
    },
    enforcements: [
      { stepId: 'warning-1', status: 'active', issuedDate: '2025-06-01', count: 20 },
      { stepId: 'warning-2', status: 'complied', issuedDate: '2025-09-01', count: 10 },
      { stepId: 'warning-1', status: 'draft', issuedDate: '2025-09-01', count: 3 },
      { stepId: 'aba', status: 'active', issuedDate: '2026-03-31', count: 15 },
      { stepId: 'aba', status: 'active', issuedDate: '2026-04-01' },
      { stepId: 'cpw', status: 'active', issuedDate: '2025-10-01' },
    ],
    marac: [
      {
        referredOn: '2025-05-01',
        status: 'closed',
        decidedOn: '2025-05-10',
        closedOn: '2025-09-01',
        outcome: 'improved',
        count: 8,
      },
      {
        referredOn: '2025-05-01',
        status: 'closed',
        decidedOn: '2025-05-10',
        closedOn: '2025-09-01',
        outcome: 'worse',
        count: 2,
      },
    ],
    names: {
      agencies: new Map([
        ['kent-police', 'Kent Police'],
        ['wkha', 'West Kent Housing'],
      ]),
    },
  };
  const r = monitoringReport(input, FY, NOW);

  it('counts each group with a meeting in the range once, by name', () => {
    expect(r.groupsHeld).toEqual({
      count: 2,
      titles: ['Caxton Close, Hartley', 'Kemsing Recreation Ground'],
    });
  });

  it('counts warning letters (first and second) and ABAs issued, never drafts', () => {
    expect(r.enforcement).toEqual({ warningLetters: 30, abas: 15 });
  });

  it('takes the MARAC figures from the one MARAC rule', () => {
    expect(r.marac).toMatchObject({
      referrals: 10,
      acceptances: 10,
      closures: 10,
      shareImproved: 0.8,
      meetsTarget: true,
    });
  });

  it('counts open actions due in the range and before today, by agency', () => {
    expect(r.overdueActions).toEqual({
      total: 2,
      byAgency: [
        { id: 'kent-police', name: 'Kent Police', count: 1 },
        { id: 'wkha', name: 'West Kent Housing', count: 1 },
      ],
    });
  });

  it('leaves out a section whose records the reader may not see', () => {
    const only = monitoringReport({ marac: input.marac }, FY, NOW);
    expect(only).toMatchObject({
      calls: null,
      residentUpdated: null,
      groupsHeld: null,
      enforcement: null,
      overdueActions: null,
    });
    expect(only.marac?.closures).toBe(10);
  });
});

describe('monitoring report for publication', () => {
  it('shows counts under five as *, keeps five and over, and hides a share of under five cases', () => {
    const calls = [
      ...Array.from({ length: 5 }, (_, i) => call({ id: `w${i}`, wardCode: TOP.whiteOak })),
      ...Array.from({ length: 4 }, (_, i) =>
        call({ id: `s${i}`, status: 'closed', closedAt: '2025-06-01T10:00:00.000Z' }),
      ),
    ];
    const r = monitoringReport(withCalls(calls), FY, NOW);
    const p = publishMonitoring(r, true);
    expect(p.calls?.total).toBe(9);
    expect(p.calls?.byWard).toEqual([
      { id: TOP.whiteOak, name: 'Swanley White Oak', count: 5 },
      { id: TOP.stMarys, name: "Swanley St Mary's", count: '*' },
    ]);
    expect(p.calls?.anonymous).toBe('*');
    expect(p.residentUpdated).toMatchObject({ count: '*', of: '*', share: '*', meetsTarget: null });
    expect(p.calls?.byQuarter.map((q) => q.count)).toEqual([9, '*', '*', '*']);
    const open = publishMonitoring(r, false);
    expect(open.calls?.byWard.map((w) => w.count)).toEqual([5, 4]);
    expect(open.residentUpdated).toMatchObject({ count: 0, of: 4, share: 0 });
  });
});
