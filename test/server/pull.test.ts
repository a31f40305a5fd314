import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  callData,
  create,
  newId,
  patch,
  pullAll,
  pullPage,
  pushOk,
  pushOne,
  referralData,
  remove,
} from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

let s: TestServer;
let chair: string;
let admin: string;
beforeEach(async () => {
  s = await makeTestServer();
  await s.createUser({ username: 'chair', roles: ['chair'] });
  await s.createUser({ username: 'admin', roles: ['admin'] });
  chair = await s.login('chair');
  admin = await s.login('admin');
});
afterEach(async () => {
  await s.close();
});

async function userId(username: string) {
  return (await s.storage.transaction((tx) => tx.getUserByUsername(username)))!.id;
}

describe('pull', () => {
  it('pages in seq order with no-store, and returns every readable row once', async () => {
    const ids = Array.from({ length: 25 }, () => newId());
    await pushOk(
      s,
      chair,
      ids.map((id) => create('calls', id, callData())),
    );
    const res = await s.request('/api/sync/pull?limit=10', {}, chair);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const first = (await res.json()) as {
      changes: { seq: number }[];
      cursor: string;
      hasMore: boolean;
    };
    expect(first.changes).toHaveLength(10);
    expect(first.hasMore).toBe(true);
    const rest = await pullAll(s, chair, first.cursor, 10);
    const seqs = [...first.changes, ...rest.changes].map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    const calls = [...first.changes, ...rest.changes].filter(
      (c) => (c as { table?: string }).table === 'calls',
    );
    expect(calls).toHaveLength(25);
    const wards = [...first.changes, ...rest.changes].filter(
      (c) => (c as { table?: string }).table === 'wards',
    );
    expect(wards).toHaveLength(26);
    const end = await pullPage(s, chair, rest.cursor);
    expect(end).toMatchObject({ changes: [], hasMore: false, cursor: rest.cursor });
  });

  it('every record carries fieldSeqs', async () => {
    await pushOne(s, chair, create('calls', newId(), callData()));
    const all = await pullAll(s, chair);
    for (const c of all.changes.filter((x) => x.op === 'upsert'))
      expect(c.record).toHaveProperty('fieldSeqs');
  });

  it('gives case records only to case roles; reference data and the directory to everyone', async () => {
    await pushOne(s, chair, create('calls', newId(), callData()));
    const asAdmin = await pullAll(s, admin);
    const tables = new Set(asAdmin.changes.map((c) => c.table));
    expect(tables.has('calls')).toBe(false);
    expect([...tables].sort()).toEqual([
      'agencies',
      'categories',
      'closingCodes',
      'letterTemplates',
      'powers',
      'thresholds',
      'users',
      'wards',
    ]);
  });

  it('refuses an unreadable cursor or limit with 400, and caps limit at 2000', async () => {
    expect((await s.request('/api/sync/pull?cursor=%%%', {}, chair)).status).toBe(400);
    expect((await s.request('/api/sync/pull?cursor=eyJ4IjoxfQ', {}, chair)).status).toBe(400);
    expect((await s.request('/api/sync/pull?limit=abc', {}, chair)).status).toBe(400);
    expect((await s.request('/api/sync/pull?limit=0', {}, chair)).status).toBe(400);
    expect((await s.request('/api/sync/pull?limit=999999', {}, chair)).status).toBe(200);
    expect((await s.request('/api/sync/pull', {}, '')).status).toBe(401);
  });

  it('writes an audit row per table for each page, with ids and never values', async () => {
    const id = newId();
    await pushOne(s, chair, create('calls', id, callData({ summary: 'Very private words' })));
    await pullAll(s, chair);
    const rows = await s.storage.transaction((tx) =>
      tx.listAudit({ action: 'sync.pull', userId: undefined }),
    );
    const callRows = rows.filter((r) => r.table === 'calls');
    expect(callRows).toHaveLength(1);
    expect(callRows[0]?.ids).toEqual([id]);
    expect(callRows[0]?.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    const pushRows = await s.storage.transaction((tx) => tx.listAudit({ action: 'sync.create' }));
    expect(pushRows.map((r) => r.ids)).toEqual([[id]]);
    const all = await s.storage.transaction((tx) => tx.listAudit({ limit: 10000 }));
    expect(JSON.stringify(all)).not.toContain('private');
  });
});

describe('pull: scope changes', () => {
  it('a cursor from before a role change gets reset, and the fresh start works', async () => {
    await pushOne(s, chair, create('calls', newId(), callData()));
    const before = await pullAll(s, chair);
    await s.request(
      `/api/admin/users/${await userId('chair')}`,
      { method: 'PATCH', json: { roles: ['chair', 'asb_officer'] } },
      admin,
    );
    const page = await pullPage(s, chair, before.cursor);
    expect(page).toMatchObject({ reset: true, changes: [] });
    const fresh = await pullAll(s, chair, page.cursor);
    expect(fresh.reset).toBe(false);
    expect(fresh.changes.some((c) => c.table === 'calls')).toBe(true);
  });

  it('removing the marac role removes every MARAC record from what the user can pull', async () => {
    await s.createUser({ username: 'marac', roles: ['marac', 'field'], agencyId: 'wkha' });
    const marac = await s.login('marac');
    const referralId = newId();
    await pushOne(s, marac, create('maracReferrals', referralId, referralData()), 'm');
    await pushOne(s, chair, create('calls', newId(), callData()));
    const before = await pullAll(s, marac);
    expect(before.changes.some((c) => c.id === referralId)).toBe(true);

    await s.request(
      `/api/admin/users/${await userId('marac')}`,
      { method: 'PATCH', json: { roles: ['field'] } },
      admin,
    );
    const next = await pullPage(s, marac, before.cursor);
    expect(next.reset).toBe(true);
    const after = await pullAll(s, marac, next.cursor);
    expect(after.changes.some((c) => c.table.startsWith('marac'))).toBe(false);
    expect(after.changes.some((c) => c.table === 'calls')).toBe(true);
    const stale = await pushOne(
      s,
      marac,
      patch('maracReferrals', referralId, { reason: 'More' }, { reason: 1 }),
      'm',
    );
    expect(stale.error?.code).toBe('out_of_scope');
  });

  it('a delivery task moved to another assignee is revoked for the old one only', async () => {
    await s.createUser({ username: 'asb', roles: ['asb_officer'], agencyId: 'sdc-asb' });
    await s.createUser({ username: 'pcso', roles: ['field'], agencyId: 'kent-police' });
    await s.createUser({ username: 'warden', roles: ['field'], agencyId: 'kcc-wardens' });
    const [asb, pcso, warden] = (await Promise.all(
      ['asb', 'pcso', 'warden'].map((u) => s.login(u)),
    )) as [string, string, string];
    const taskId = newId();
    const task = {
      enforcementId: newId(),
      recipientName: 'A Person',
      address: '2 Low Road',
      wardCode: 'E05005008',
      assigneeUserId: await userId('pcso'),
      dueDate: '2026-03-10',
      status: 'open',
    };
    const created = await pushOne(s, asb, create('deliveryTasks', taskId, task), 'a');
    expect(created.status).toBe('applied');
    const pcsoBefore = await pullAll(s, pcso);
    expect(pcsoBefore.changes.find((c) => c.id === taskId)?.op).toBe('upsert');
    const wardenBefore = await pullAll(s, warden);
    expect(wardenBefore.changes.some((c) => c.id === taskId)).toBe(false);

    // The ASB officer changes a delivery task; the assignee may not reassign it by patch.
    const byPcso = await pushOne(
      s,
      pcso,
      patch(
        'deliveryTasks',
        taskId,
        { assigneeUserId: await userId('pcso') },
        { assigneeUserId: created.seq! },
      ),
      'p',
    );
    expect(byPcso.error?.code).toBe('forbidden');
    const moved = await pushOne(
      s,
      asb,
      patch(
        'deliveryTasks',
        taskId,
        { assigneeUserId: await userId('warden') },
        { assigneeUserId: created.seq! },
      ),
      'a',
    );
    expect(moved.status).toBe('applied');
    const late = await pushOne(
      s,
      pcso,
      patch('deliveryTasks', taskId, { note: 'Late' }, { note: moved.seq! }),
      'p',
    );
    expect(late.error?.code).toBe('out_of_scope');
    const pcsoAfter = await pullAll(s, pcso, pcsoBefore.cursor);
    expect(pcsoAfter.changes.filter((c) => c.id === taskId).map((c) => c.op)).toEqual(['revoke']);
    const wardenAfter = await pullAll(s, warden, wardenBefore.cursor);
    expect(wardenAfter.changes.filter((c) => c.id === taskId).map((c) => c.op)).toEqual(['upsert']);
    const asbAfter = await pullAll(s, asb);
    expect(asbAfter.changes.filter((c) => c.id === taskId).map((c) => c.op)).toEqual(['upsert']);
  });

  it('a cursor older than the 90-day tombstone horizon gets reset', async () => {
    const id = newId();
    const created = await pushOne(s, chair, create('calls', id, callData()));
    const early = await pullAll(s, chair);
    await pushOne(s, chair, remove('calls', id, created.seq!));
    await pushOne(s, chair, create('calls', newId(), callData()));
    // A device that pulled after the delete is still fine.
    const recent = await pullAll(s, chair, early.cursor);
    expect(recent.changes.find((c) => c.id === id)?.op).toBe('delete');

    s.clock.advance(91 * 24 * 60 * 60 * 1000);
    chair = await s.login('chair');
    const page = await pullPage(s, chair, early.cursor);
    expect(page.reset).toBe(true);
    const caughtUp = await pullPage(s, chair, recent.cursor);
    expect(caughtUp.reset).toBeUndefined();
  });
});
