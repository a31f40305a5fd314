/**
 * Issue 16 item 4: the admin sets retention periods, reviews the records
 * past them and disposes of them; devices get the purge at their next pull
 * and a replay of a disposed id is refused. Admin only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION } from '../../src/domain/rules/retention';
import { callData, command, create, newId, pullAll, pushOne } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';
import { newParentIds, TABLE_FIXTURES } from './table-fixtures';

let s: TestServer;
let admin: string;
let chair: string;
const MONTH_MS = 31 * 86_400_000;

beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-02T10:00:00.000Z' });
  await s.createUser({ username: 'admin', roles: ['admin'] });
  await s.createUser({ username: 'chair', roles: ['chair'] });
  admin = await s.login('admin');
  chair = await s.login('chair');
});
afterEach(async () => {
  await s.close();
});

const api = (path: string, init: Parameters<TestServer['request']>[1] = {}, who = admin) =>
  s.request(`/api/admin/retention${path}`, init, who);

async function closedCall(): Promise<string> {
  const id = newId();
  await pushOne(s, chair, create('calls', id, callData({ reporter: { anonymous: true } })));
  const closed = await pushOne(
    s,
    chair,
    command('calls', id, 'call.close', { reason: 'Resolved' }),
  );
  expect(closed.status).toBe('applied');
  return id;
}

/** Time passes; sessions end after hours, so both sign in again. */
async function monthsPass(months: number) {
  s.clock.advance(months * MONTH_MS);
  admin = await s.login('admin');
  chair = await s.login('chair');
}

async function queue(): Promise<{ table: string; id: string; dueOn: string }[]> {
  const res = await api('/queue');
  expect(res.status).toBe(200);
  return ((await res.json()) as { due: { table: string; id: string; dueOn: string }[] }).due;
}

describe('/api/admin/retention', () => {
  it('is for admins only', async () => {
    for (const [method, path] of [
      ['GET', ''],
      ['PUT', ''],
      ['GET', '/queue'],
      ['POST', '/dispose'],
    ] as const) {
      const res = await api(path, method === 'GET' ? {} : { method, json: {} }, chair);
      expect(res.status, `${method} ${path}`).toBe(403);
    }
  });

  it('starts from the default periods and keeps what the admin sets, refusing bad months at the field', async () => {
    const start = await (await api('')).json();
    expect(start).toEqual({ periods: DEFAULT_RETENTION });
    const bad = await api('', {
      method: 'PUT',
      json: { ...DEFAULT_RETENTION, calls: 0, visits: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      fields: { calls: expect.stringMatching(/at least 1 month/), visits: expect.any(String) },
    });
    expect(await (await api('')).json()).toEqual({ periods: DEFAULT_RETENTION });
    const ok = await api('', { method: 'PUT', json: { ...DEFAULT_RETENTION, visits: 12 } });
    expect(ok.status).toBe(200);
    expect(await (await api('')).json()).toEqual({ periods: { ...DEFAULT_RETENTION, visits: 12 } });
    const audit = await s.storage.transaction((tx) =>
      tx.listAudit({ action: 'admin.retention.update' }),
    );
    expect(audit).toHaveLength(1);
  });

  it('queues closed records once their period has run, never open ones', async () => {
    const closed = await closedCall();
    const open = newId();
    await pushOne(s, chair, create('calls', open, callData({ reporter: { anonymous: true } })));
    const visit = newId();
    await pushOne(s, chair, create('visits', visit, TABLE_FIXTURES.visits.data(newParentIds())));
    expect(await queue()).toEqual([]);

    await api('', { method: 'PUT', json: { ...DEFAULT_RETENTION, calls: 12, visits: 24 } });
    await monthsPass(13);
    expect((await queue()).map((d) => d.id)).toEqual([closed]);
    await monthsPass(12);
    expect((await queue()).map((d) => d.id).sort()).toEqual([closed, visit].sort());
  });

  it('disposes only what is due; the purge reaches devices and the id is never accepted again', async () => {
    const closed = await closedCall();
    const open = newId();
    await pushOne(s, chair, create('calls', open, callData({ reporter: { anonymous: true } })));
    await api('', { method: 'PUT', json: { ...DEFAULT_RETENTION, calls: 1 } });
    await monthsPass(2);
    const before = await pullAll(s, chair);

    const refused = await api('/dispose', {
      method: 'POST',
      json: { table: 'calls', ids: [closed, open] },
    });
    expect(refused.status).toBe(400);
    expect((await queue()).map((d) => d.id)).toEqual([closed]);
    const malformed = await api('/dispose', { method: 'POST', json: { table: 'users', ids: [] } });
    expect(malformed.status).toBe(400);

    const res = await api('/dispose', { method: 'POST', json: { table: 'calls', ids: [closed] } });
    expect(await res.json()).toEqual({ disposed: 1 });
    expect(await queue()).toEqual([]);
    const after = await pullAll(s, chair, before.cursor);
    expect(after.changes).toContainEqual(
      expect.objectContaining({ id: closed, op: 'delete', purge: true }),
    );
    const replay = await pushOne(s, chair, create('calls', closed, callData()));
    expect(replay.error?.code).toBe('disposed');
  });
});
