/** Issue 6 item 6: admins read the audit log through the API, filtered and in pages. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../src/domain/sync-protocol';
import { callData, create, newId, pushOk } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

let s: TestServer;
let admin: string;
beforeEach(async () => {
  s = await makeTestServer();
  await s.createUser({ username: 'admin', roles: ['admin'] });
  await s.createUser({ username: 'chair', roles: ['chair'] });
  admin = await s.login('admin');
});
afterEach(async () => {
  await s.close();
});

const read = async (query: string): Promise<AuditPage> => {
  const res = await s.request(`/api/admin/audit${query}`, {}, admin);
  expect(res.status).toBe(200);
  return (await res.json()) as AuditPage;
};

describe('GET /api/admin/audit', () => {
  it('pages through the log newest first, filtered by action and user', async () => {
    for (let i = 0; i < 5; i++) {
      s.clock.advance(1000);
      await s.login('chair');
    }
    const chairId = (await s.storage.transaction((tx) => tx.getUserByUsername('chair')))!.id;
    const first = await read(`?action=login&userId=${chairId}&limit=2`);
    expect(first.entries).toHaveLength(2);
    expect(first.entries.every((e) => e.action === 'login' && e.userId === chairId)).toBe(true);
    expect(first.entries[0]!.at > first.entries[1]!.at).toBe(true);
    expect(first.nextCursor).not.toBeNull();
    const second = await read(`?action=login&userId=${chairId}&limit=2&cursor=${first.nextCursor}`);
    const third = await read(`?action=login&userId=${chairId}&limit=2&cursor=${second.nextCursor}`);
    const ids = [...first.entries, ...second.entries, ...third.entries].map((e) => e.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeNull();
  });

  it('filters by time and records that the log was read', async () => {
    const start = s.clock.now().toISOString();
    s.clock.advance(60_000);
    await s.request('/api/auth/login', {
      method: 'POST',
      json: { username: 'chair', password: 'wrong-password' },
    });
    const page = await read(
      `?from=${encodeURIComponent(new Date(Date.parse(start) + 1).toISOString())}`,
    );
    expect(page.entries.map((e) => e.action)).toEqual(['login.failed']);
    const reads = await read('?action=admin.audit.read');
    expect(reads.entries).toHaveLength(1);
  });

  it('refuses unreadable filters with 400 at the field, never 500', async () => {
    for (const query of ['?limit=0', '?limit=abc', '?from=yesterday', '?cursor=%ff%fe']) {
      const res = await s.request(`/api/admin/audit${query}`, {}, admin);
      expect(res.status, query).toBe(400);
    }
    const res = await s.request('/api/admin/audit?from=yesterday', {}, admin);
    expect(await res.json()).toMatchObject({
      code: 'bad_request',
      fields: { from: expect.any(String) },
    });
  });

  it('finds every entry naming one record ("who viewed or changed this")', async () => {
    const chair = await s.login('chair');
    const callId = newId();
    await pushOk(s, chair, [create('calls', callId, callData({ reporter: { anonymous: true } }))]);
    const other = newId();
    await pushOk(s, chair, [create('calls', other, callData({ reporter: { anonymous: true } }))]);
    const page = await read(`?recordId=${callId}`);
    expect(page.entries.length).toBeGreaterThan(0);
    expect(page.entries.every((e) => e.ids.includes(callId))).toBe(true);
    expect(page.entries.some((e) => e.ids.includes(other))).toBe(false);
  });
});

describe('the audit log cannot be changed through the API', () => {
  it('has no route that writes, changes or deletes audit rows, for any role', async () => {
    const chair = await s.login('chair');
    const count = async () => (await read('?limit=500')).entries.length;
    const before = await count();
    for (const cookie of [admin, chair])
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        for (const path of ['/api/admin/audit', '/api/admin/audit/anything']) {
          const res = await s.request(path, { method, json: { action: 'login' } }, cookie);
          expect([403, 404, 405], `${method} ${path}`).toContain(res.status);
        }
      }
    // Reading adds its own row each time; nothing else changed.
    expect(await count()).toBe(before + 1);
  });

  it('refuses a push that names the audit table', async () => {
    const before = (await read('?limit=500')).entries.length;
    const [result] = await pushOk(s, admin, [
      create('audit', newId(), { action: 'login', ids: [] }),
    ]);
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'unknown_table' } });
    expect((await read('?limit=500')).entries.length).toBe(before + 1);
  });
});
