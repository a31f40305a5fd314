/**
 * Issue 7 items 6, 7 and 9 at the server's door: the address used for
 * sign-in limits behind a proxy, counters that survive a restart, and
 * session lifetime and token rotation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAppWithDeps } from '../../src/server/app';
import { makeDeps } from '../../src/server/deps';
import { createUserAccount } from '../../src/server/services/admin';
import { ROTATION_GRACE_MS } from '../../src/server/services/auth';
import { createSqliteStorage } from '../../src/server/storage/sqlite';
import { fakeClock, makeTestServer, TEST_PASSWORD, type TestServer } from './helpers';

let s: TestServer | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const loginBody = (username: string, password: string) => ({
  method: 'POST',
  json: { username, password, deviceName: 'Phone' },
});

describe('sign-in address behind a trusted proxy', () => {
  it('takes the entry the proxy appended, not the ones the client wrote', async () => {
    s = await makeTestServer();
    s.deps.options.trustProxyHops = 1;
    await s.createUser({ username: 'helen', roles: ['chair'] });
    const from = (forwarded: string, username: string) =>
      s!.request('/api/auth/login', {
        ...loginBody(username, 'wrong-password'),
        headers: { 'X-Forwarded-For': forwarded },
      });
    // 20 failures from 203.0.113.9, each pretending (on the left) to be somewhere new.
    for (let i = 0; i < 20; i++)
      expect((await from(`198.51.100.${i}, 203.0.113.9`, `user${i}`)).status).toBe(401);
    expect((await from('198.51.100.200, 203.0.113.9', 'helen')).status).toBe(429);
    // Another real address is not limited.
    expect((await from('203.0.113.10', 'other')).status).toBe(401);
  });

  it('counts hops from the right when there are two proxies', async () => {
    s = await makeTestServer();
    s.deps.options.trustProxyHops = 2;
    for (let i = 0; i < 20; i++)
      await s.request('/api/auth/login', {
        ...loginBody(`user${i}`, 'wrong-password'),
        headers: { 'X-Forwarded-For': `spoof-${i}, 203.0.113.9, 10.0.0.1` },
      });
    const res = await s.request('/api/auth/login', {
      ...loginBody('someone', 'wrong-password'),
      headers: { 'X-Forwarded-For': '203.0.113.9, 10.0.0.2' },
    });
    expect(res.status).toBe(429);
  });

  it('a stranger failing from many addresses only slows the chair, who still signs in', async () => {
    s = await makeTestServer();
    s.deps.options.trustProxyHops = 1;
    await s.createUser({ username: 'chair', roles: ['chair'] });
    for (let i = 0; i < 40; i++) {
      s.clock.advance(60 * 1000);
      await s.request('/api/auth/login', {
        ...loginBody('chair', `guess-${i}`),
        headers: { 'X-Forwarded-For': `198.51.100.${i}` },
      });
    }
    s.clock.advance(60 * 1000);
    const res = await s.request('/api/auth/login', {
      ...loginBody('chair', TEST_PASSWORD),
      headers: { 'X-Forwarded-For': '203.0.113.50' },
    });
    expect(res.status).toBe(200);
  });
});

describe('sign-in counters in the database', () => {
  it('still slow an account after the server restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csu-limits-'));
    try {
      const path = join(dir, 'csu.sqlite');
      const clock = fakeClock();
      const start = async () => {
        const storage = createSqliteStorage(path);
        const deps = makeDeps(storage, clock, { scryptN: 2 ** 12 });
        return { storage, deps, app: buildAppWithDeps(deps) };
      };
      const attempt = (app: Awaited<ReturnType<typeof start>>['app'], password: string) =>
        app.request('/api/auth/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Protocol-Version': '1' },
          body: JSON.stringify({ username: 'helen', password }),
        });
      const first = await start();
      await createUserAccount(
        first.deps,
        {
          username: 'helen',
          name: 'Helen',
          agencyId: 'sdc-csu',
          roles: ['chair'],
          wards: [],
          password: TEST_PASSWORD,
        },
        { userId: null, deviceId: null },
      );
      for (let i = 0; i < 6; i++) await attempt(first.app, 'wrong-password');
      await first.storage.close();

      const second = await start();
      const res = await attempt(second.app, TEST_PASSWORD);
      expect(res.status).toBe(429);
      clock.advance(60 * 1000);
      expect((await attempt(second.app, TEST_PASSWORD)).status).toBe(200);
      await second.storage.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('session lifetime and rotation', () => {
  const me = (cookie: string) => s!.request('/api/auth/me', {}, cookie);
  const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0];

  it('ends a session 30 days after sign-in however much it is used', async () => {
    s = await makeTestServer();
    await s.createUser({ username: 'helen', roles: ['chair'] });
    const cookie = await s.login('helen');
    const hour = 60 * 60 * 1000;
    // Used every 11 hours (never idle for 12) for 715 hours...
    for (let i = 0; i < 65; i++) {
      s.clock.advance(11 * hour);
      expect((await me(cookie)).status).toBe(200);
    }
    // ...and 30 days (720 hours) after sign-in it is over.
    s.clock.advance(5 * hour + 1);
    const res = await me(cookie);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'session_expired' });
  });

  it('signing in again ends the session the browser already had', async () => {
    s = await makeTestServer();
    await s.createUser({ username: 'helen', roles: ['chair'] });
    const old = await s.login('helen');
    const res = await s.request('/api/auth/login', loginBody('helen', TEST_PASSWORD), old);
    expect(res.status).toBe(200);
    const fresh = cookieOf(res);
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(old);
    expect((await me(old)).status).toBe(401);
    expect((await me(fresh!)).status).toBe(200);
  });

  it('a role change rotates the token on the next request; the old one stops soon after', async () => {
    s = await makeTestServer();
    const admin = await s.createUser({ username: 'admin', roles: ['admin'] });
    const pcso = await s.createUser({ username: 'pcso', roles: ['field'] });
    const adminCookie = await s.login('admin');
    const old = await s.login('pcso');
    expect(cookieOf(await me(old))).toBeUndefined();
    const change = await s.request(
      `/api/admin/users/${pcso.id}`,
      { method: 'PATCH', json: { roles: ['field', 'asb_officer'] } },
      adminCookie,
    );
    expect(change.status).toBe(200);
    expect(admin.id).not.toBe(pcso.id);

    const first = await me(old);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ user: { roles: ['field', 'asb_officer'] } });
    const rotated = cookieOf(first);
    expect(rotated).toMatch(/^csu_session=/);
    expect(rotated).not.toBe(old);
    // A request already in flight with the old token still finishes...
    expect((await me(old)).status).toBe(200);
    // ...but not once the grace period is over; the new token goes on working.
    s.clock.advance(ROTATION_GRACE_MS + 1);
    expect((await me(old)).status).toBe(401);
    expect((await me(rotated!)).status).toBe(200);
  });
});
