import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, Call, ResidentUpdate } from '../../src/domain/schemas/calls';
import type { Enforcement } from '../../src/domain/schemas/enforcement';
import type { Group, GroupMeeting } from '../../src/domain/schemas/groups';
import type { MaracReferral } from '../../src/domain/schemas/marac';
import { monitoringInputFrom } from '../../src/domain/rules/monitoring-facts';
import { monitoringReport } from '../../src/domain/rules/monitoring-report';
import { publishMonitoring } from '../../src/domain/rules/monitoring-publication';
import type { TableName } from '../../src/domain/tables';
import { buildDemoData } from '../../src/server/demo/demo-data';
import { importRecords } from '../../src/server/services/import';
import { seedReferenceData } from '../../src/server/services/seed';
import { makeTestServer, type TestServer } from './helpers';

const NOW = '2026-05-15T09:30:00.000Z';
const PERIOD = '/api/reports/monitoring?from=2025-11-01&to=2026-05-15';
let s: TestServer;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  s = await makeTestServer({ now: NOW, seedReference: false });
  const demo = buildDemoData(new Date(NOW));
  await importRecords(s.storage, demo.records, new Date(NOW), new Map(), {
    userId: 'importer',
    agencyId: 'sdc-csu',
  });
  await seedReferenceData(s.storage, new Date(NOW));
  for (const [name, roles] of [
    ['chair', ['chair']],
    ['field', ['field']],
    ['marac', ['marac']],
    ['admin', ['admin']],
  ] as const) {
    await s.createUser({ username: name, roles: [...roles] });
    cookies[name] = await s.login(name);
  }
});
afterAll(() => s.close());

/** Every record of a table as a pull delivers it to a device. */
async function pulled<T>(table: TableName): Promise<T[]> {
  const rows = await s.storage.transaction((tx) => tx.listRecords(table));
  return rows.filter((r) => !r.deleted).map((r) => r.data as T);
}

describe('GET /api/reports/monitoring', () => {
  it('gives the chair the same figures a device computes from the same records', async () => {
    const res = await s.request(PERIOD, {}, cookies.chair);
    expect(res.status).toBe(200);
    const server = await res.json();
    const names = async (table: TableName, key: string) =>
      new Map((await pulled<Record<string, string>>(table)).map((r) => [r[key]!, r.name!]));
    const device = publishMonitoring(
      monitoringReport(
        monitoringInputFrom({
          calls: {
            calls: await pulled<Call>('calls'),
            actions: await pulled<Action>('actions'),
            residentUpdates: await pulled<ResidentUpdate>('residentUpdates'),
          },
          groups: {
            groups: await pulled<Group>('groups'),
            meetings: await pulled<GroupMeeting>('groupMeetings'),
          },
          enforcements: await pulled<Enforcement>('enforcements'),
          maracReferrals: await pulled<MaracReferral>('maracReferrals'),
          names: {
            wards: await names('wards', 'code'),
            categories: await names('categories', 'id'),
            agencies: await names('agencies', 'id'),
          },
        }),
        { from: '2025-11-01', to: '2026-05-15' },
        new Date(NOW),
      ),
      false,
    );
    expect(server).toEqual(device);
    // The demo's casework is all in the period, so every section has something to agree on.
    expect(server.calls.total).toBeGreaterThan(50);
    expect(server.residentUpdated.of).toBeGreaterThan(0);
    expect(server.enforcement.warningLetters).toBeGreaterThan(0);
    expect(server.marac.referrals).toBeGreaterThan(0);
  });

  it('gives each reader only their scope: MARAC as counts for everyone, no case figures for an admin', async () => {
    const field = await (await s.request(PERIOD, {}, cookies.field)).json();
    expect(field.calls.total).toBeGreaterThan(0);
    expect(field.enforcement).toBeNull();
    const admin = await (await s.request(PERIOD, {}, cookies.admin)).json();
    expect(admin).toMatchObject({
      calls: null,
      residentUpdated: null,
      groupsHeld: null,
      enforcement: null,
    });
    expect(typeof admin.marac.referrals).toBe('number');
    const text = JSON.stringify(await (await s.request(PERIOD, {}, cookies.marac)).json());
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('for publication shows small counts as *', async () => {
    const res = await s.request(`${PERIOD}&publication=1`, {}, cookies.chair);
    const body = await res.json();
    expect(body.publication).toBe(true);
    const counts = body.calls.byWard.map((w: { count: number | '*' }) => w.count);
    expect(counts.every((c: number | '*') => c === '*' || c >= 5)).toBe(true);
  });

  it('answers bad dates with a 400 saying what to send, and needs a session', async () => {
    for (const q of [
      'from=2026-13-01&to=2026-12-31',
      'from=2026-05-01',
      'from=2026-05-02&to=2026-05-01',
      'from=x&to=y',
    ]) {
      const res = await s.request(`/api/reports/monitoring?${q}`, {}, cookies.chair);
      expect(res.status, q).toBe(400);
      expect(JSON.stringify(await res.json())).toContain('YYYY-MM-DD');
    }
    expect((await s.request(PERIOD)).status).toBe(401);
  });
});
