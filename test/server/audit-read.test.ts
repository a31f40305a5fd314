/** Issue 6 item 6: admins read the audit log through the API, filtered and in pages. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../src/domain/sync-protocol';
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
});
