import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestServer, TEST_PASSWORD, type TestServer } from './helpers';

let s: TestServer;
beforeEach(async () => {
  s = await makeTestServer();
  await s.createUser({
    username: 'helen',
    name: 'Helen Marsh',
    roles: ['chair'],
    agencyId: 'sdc-csu',
    wards: ['E05005008'],
  });
});
afterEach(async () => {
  await s.close();
});

const login = (username: string, password: string, url = '/api/auth/login') =>
  s.request(url, { method: 'POST', json: { username, password, deviceName: 'Phone' } });

describe('health', () => {
  it('answers without sign-in', async () => {
    const res = await s.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: 'test', protocolVersion: 1 });
  });
});

describe('sign-in', () => {
  it('returns the user and a device id, and sets an httpOnly SameSite=Strict cookie', async () => {
    const res = await login('Helen', TEST_PASSWORD);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: Record<string, unknown>; deviceId: string };
    expect(body.user).toMatchObject({
      name: 'Helen Marsh',
      username: 'helen',
      agencyId: 'sdc-csu',
      roles: ['chair'],
      wards: ['E05005008'],
    });
    expect(body.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^csu_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
  });

  it('marks the cookie Secure over https', async () => {
    const res = await login('helen', TEST_PASSWORD, 'https://csu.example/api/auth/login');
    expect(res.headers.get('set-cookie')).toContain('Secure');
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await s.login('helen');
    const token = cookie.split('=')[1] ?? '';
    const stored = await s.storage.transaction((tx) => tx.getSession(token));
    expect(stored).toBeUndefined();
  });

  it('gives one generic answer for a wrong password and an unknown user', async () => {
    const wrong = await login('helen', 'not-the-password');
    const unknown = await login('nobody', TEST_PASSWORD);
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const a = await wrong.json();
    const b = await unknown.json();
    expect(a).toEqual(b);
    expect(a).toMatchObject({ code: 'bad_credentials' });
  });

  it('refuses an unreadable or incomplete sign-in with 400, never 500', async () => {
    const bad = await s.request('/api/auth/login', {
      method: 'POST',
      body: '{"username":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    const missing = await s.request('/api/auth/login', {
      method: 'POST',
      json: { username: 'helen' },
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      code: 'bad_request',
      fields: { password: expect.any(String) },
    });
  });

  it('slows an account with a growing delay after 3 failures, and never locks it', async () => {
    for (let i = 0; i < 3; i++) expect((await login('helen', 'wrong-password')).status).toBe(401);
    const slowed = await login('helen', TEST_PASSWORD);
    expect(slowed.status).toBe(429);
    expect(await slowed.json()).toMatchObject({ code: 'rate_limited' });
    expect(slowed.headers.get('retry-after')).toBe('1');
    s.clock.advance(1000);
    expect((await login('helen', 'wrong-password')).status).toBe(401);
    expect((await login('helen', TEST_PASSWORD)).headers.get('retry-after')).toBe('2');
    // However many failures, the wait is capped at a minute.
    for (let i = 0; i < 12; i++) {
      s.clock.advance(60 * 1000);
      expect((await login('helen', 'wrong-password')).status).toBe(401);
    }
    expect((await login('helen', TEST_PASSWORD)).headers.get('retry-after')).toBe('60');
    s.clock.advance(60 * 1000);
    expect((await login('helen', TEST_PASSWORD)).status).toBe(200);
    // A correct password starts the account's count again.
    expect((await login('helen', 'wrong-password')).status).toBe(401);
    expect((await login('helen', TEST_PASSWORD)).status).toBe(200);
  });

  it('rate-limits an address after 20 failures across accounts', async () => {
    for (let i = 0; i < 20; i++)
      expect((await login(`user${i}`, 'wrong-password')).status).toBe(401);
    const res = await login('helen', TEST_PASSWORD);
    expect(res.status).toBe(429);
  });

  it('refuses a deactivated user with the same generic answer', async () => {
    const user = await s.storage.transaction((tx) => tx.getUserByUsername('helen'));
    await s.storage.transaction((tx) => tx.updateUser({ ...user!, active: false }));
    const res = await login('helen', TEST_PASSWORD);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'bad_credentials' });
  });
});

describe('session', () => {
  it('me answers for a signed-in user and 401 without a cookie', async () => {
    const cookie = await s.login('helen');
    const me = await s.request('/api/auth/me', {}, cookie);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { username: 'helen', roles: ['chair'] } });
    const anon = await s.request('/api/auth/me');
    expect(anon.status).toBe(401);
    expect(await anon.json()).toMatchObject({ code: 'session_expired' });
  });

  it('logout ends the session', async () => {
    const cookie = await s.login('helen');
    const out = await s.request('/api/auth/logout', { method: 'POST' }, cookie);
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/csu_session=;/);
    expect((await s.request('/api/auth/me', {}, cookie)).status).toBe(401);
  });

  it('expires after 12 hours idle but not while in use', async () => {
    const cookie = await s.login('helen');
    for (let i = 0; i < 3; i++) {
      s.clock.advance(11 * 60 * 60 * 1000);
      expect((await s.request('/api/auth/me', {}, cookie)).status).toBe(200);
    }
    s.clock.advance(12 * 60 * 60 * 1000 + 1);
    const res = await s.request('/api/auth/me', {}, cookie);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'session_expired' });
  });

  it('needs the protocol header on every state-changing request', async () => {
    const cookie = await s.login('helen');
    const res = await s.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { Cookie: cookie },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'protocol_header_missing' });
    const push = await s.app.request('/api/sync/push', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ clientId: 'c', schemaVersion: 1, mutations: [] }),
    });
    expect(push.status).toBe(400);
    expect((await s.request('/api/auth/me', {}, cookie)).status).toBe(200);
  });

  it('answers 426 for an older protocol and 503 with Retry-After for a newer one', async () => {
    const old = await s.request('/api/auth/login', {
      method: 'POST',
      headers: { 'X-Protocol-Version': '0' },
      json: {},
    });
    expect(old.status).toBe(426);
    const newer = await s.request('/api/auth/login', {
      method: 'POST',
      headers: { 'X-Protocol-Version': '2' },
      json: {},
    });
    expect(newer.status).toBe(503);
    expect(newer.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('answers 404 with a code for an unknown API path', async () => {
    const res = await s.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
  });
});
