import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullAll } from './fixtures';
import { makeTestServer, TEST_PASSWORD, type TestServer } from './helpers';

let s: TestServer;
let admin: string;
let chair: string;
beforeEach(async () => {
  s = await makeTestServer();
  await s.createUser({ username: 'admin', roles: ['admin'] });
  await s.createUser({ username: 'chair', roles: ['chair'] });
  admin = await s.login('admin');
  chair = await s.login('chair');
});
afterEach(async () => {
  await s.close();
});

const ADMIN_CALLS: [string, string, unknown?][] = [
  ['GET', '/api/admin/users'],
  [
    'POST',
    '/api/admin/users',
    { username: 'x1', name: 'X', agencyId: 'sdc-csu', roles: [], password: 'long-enough-1' },
  ],
  ['PATCH', '/api/admin/users/some-id', { roles: ['admin'] }],
  ['POST', '/api/admin/users/some-id/password', { password: 'long-enough-1' }],
  ['GET', '/api/admin/devices'],
  ['POST', '/api/admin/devices/some-id/revoke', {}],
  ['GET', '/api/admin/audit'],
];

describe('admin API', () => {
  it.each(ADMIN_CALLS)(
    '%s %s refuses non-admins (403) and anonymous callers (401)',
    async (method, path, json) => {
      const asChair = await s.request(path, { method, json }, chair);
      expect(asChair.status).toBe(403);
      expect(await asChair.json()).toMatchObject({ code: 'forbidden' });
      const anon = await s.request(path, { method, json });
      expect(anon.status).toBe(401);
    },
  );

  it('adds a user who can then sign in, and lists users without password hashes', async () => {
    const res = await s.request(
      '/api/admin/users',
      {
        method: 'POST',
        json: {
          username: 'pcso',
          name: 'PCSO Fletcher',
          agencyId: 'kent-police',
          roles: ['field'],
          wards: ['E05005019'],
          password: 'a-new-password',
        },
      },
      admin,
    );
    expect(res.status).toBe(201);
    await s.login('pcso', 'a-new-password');
    const list = await s.request('/api/admin/users', {}, admin);
    const text = await list.text();
    expect(text).toContain('"username":"pcso"');
    expect(text).not.toContain('scrypt');
    const dup = await s.request(
      '/api/admin/users',
      {
        method: 'POST',
        json: {
          username: 'PCSO',
          name: 'Other',
          agencyId: 'kent-police',
          roles: [],
          password: 'a-new-password',
        },
      },
      admin,
    );
    expect(dup.status).toBe(409);
  });

  it('puts users in the synced directory without roles or credentials', async () => {
    const pulled = await pullAll(s, chair);
    const directory = pulled.changes.filter((c) => c.table === 'users');
    expect(directory).toHaveLength(2);
    expect(Object.keys(directory[0]?.record ?? {}).sort()).toEqual(
      ['active', 'agencyId', 'fieldSeqs', 'id', 'name', 'updatedAt', 'wards'].sort(),
    );
  });

  it('changing roles starts a new scope epoch; other edits do not', async () => {
    const user = (await s.storage.transaction((tx) => tx.getUserByUsername('chair')))!;
    await s.request(
      `/api/admin/users/${user.id}`,
      { method: 'PATCH', json: { name: 'Helen M' } },
      admin,
    );
    expect((await s.storage.transaction((tx) => tx.getUser(user.id)))?.scopeEpoch).toBe(
      user.scopeEpoch,
    );
    const res = await s.request(
      `/api/admin/users/${user.id}`,
      { method: 'PATCH', json: { roles: ['chair', 'marac'] } },
      admin,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ user: { roles: ['chair', 'marac'] } });
    expect((await s.storage.transaction((tx) => tx.getUser(user.id)))?.scopeEpoch).toBe(
      user.scopeEpoch + 1,
    );
  });

  it('resets a password: the old one stops working and sessions end', async () => {
    const user = (await s.storage.transaction((tx) => tx.getUserByUsername('chair')))!;
    const res = await s.request(
      `/api/admin/users/${user.id}/password`,
      { method: 'POST', json: { password: 'brand-new-pass' } },
      admin,
    );
    expect(res.status).toBe(200);
    expect((await s.request('/api/auth/me', {}, chair)).status).toBe(401);
    await expect(s.login('chair', TEST_PASSWORD)).rejects.toThrow();
    await s.login('chair', 'brand-new-pass');
  });

  it('deactivating a user ends their sessions', async () => {
    const user = (await s.storage.transaction((tx) => tx.getUserByUsername('chair')))!;
    await s.request(
      `/api/admin/users/${user.id}`,
      { method: 'PATCH', json: { active: false } },
      admin,
    );
    expect((await s.request('/api/auth/me', {}, chair)).status).toBe(401);
  });

  it('a revoked device gets 401 device_revoked on its next request; other devices carry on', async () => {
    const phone = await s.login('chair');
    const me = (await (await s.request('/api/auth/me', {}, phone)).json()) as { deviceId: string };
    const list = (await (await s.request('/api/admin/devices', {}, admin)).json()) as {
      devices: { id: string; userId: string }[];
    };
    expect(list.devices.some((d) => d.id === me.deviceId)).toBe(true);
    const revoke = await s.request(
      `/api/admin/devices/${me.deviceId}/revoke`,
      { method: 'POST', json: {} },
      admin,
    );
    expect(revoke.status).toBe(200);
    const next = await s.request('/api/sync/pull', {}, phone);
    expect(next.status).toBe(401);
    expect(await next.json()).toEqual({ code: 'device_revoked', message: expect.any(String) });
    expect((await s.request('/api/auth/me', {}, chair)).status).toBe(200);
  });

  it('answers 404 for an unknown user or device, and 400 for a bad body', async () => {
    expect(
      (await s.request('/api/admin/devices/nope/revoke', { method: 'POST', json: {} }, admin))
        .status,
    ).toBe(404);
    expect(
      (await s.request('/api/admin/users/nope', { method: 'PATCH', json: { name: 'x' } }, admin))
        .status,
    ).toBe(404);
    const bad = await s.request(
      '/api/admin/users',
      { method: 'POST', json: { username: 'a b', roles: ['king'] } },
      admin,
    );
    expect(bad.status).toBe(400);
  });

  it('audits admin actions by id only', async () => {
    const user = (await s.storage.transaction((tx) => tx.getUserByUsername('chair')))!;
    await s.request(
      `/api/admin/users/${user.id}`,
      { method: 'PATCH', json: { name: 'Secret Name' } },
      admin,
    );
    const rows = await s.storage.transaction((tx) => tx.listAudit({ action: 'admin.user.update' }));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.ids).toEqual([user.id]);
    expect(JSON.stringify(rows)).not.toContain('Secret Name');
  });
});
