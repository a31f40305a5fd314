/** Issue 7 items 5 and 8: where the server listens, security headers and the Origin check. */
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_HOST,
  readHost,
  readPublicOrigin,
  readTrustProxyHops,
} from '../../src/server/config';
import { listen } from '../../src/server/serve';
import { makeTestServer, type TestServer } from './helpers';

let s: TestServer;
beforeEach(async () => {
  s = await makeTestServer();
  await s.createUser({ username: 'helen', roles: ['chair'] });
});
afterEach(async () => {
  await s.close();
});

describe('where the server listens', () => {
  it('binds loopback unless HOST says otherwise', () => {
    expect(DEFAULT_HOST).toBe('127.0.0.1');
    expect(readHost({})).toBe('127.0.0.1');
    expect(readHost({ HOST: '  ' })).toBe('127.0.0.1');
    expect(readHost({ HOST: '0.0.0.0' })).toBe('0.0.0.0');
  });

  it('listens on the host it is given', async () => {
    const server = listen(s.app, { host: '127.0.0.1', port: 0 }, s.storage, 'test');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reads TRUST_PROXY as a hop count and PUBLIC_ORIGIN as an origin', () => {
    expect(readTrustProxyHops({})).toBe(0);
    expect(readTrustProxyHops({ TRUST_PROXY: '2' })).toBe(2);
    expect(() => readTrustProxyHops({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(readPublicOrigin({ PUBLIC_ORIGIN: 'https://csu.example/app/' })).toBe(
      'https://csu.example',
    );
    expect(readPublicOrigin({})).toBeNull();
  });
});

describe('security headers', () => {
  const expectHeaders = (res: Response) => {
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('permissions-policy')).toContain('camera=(self)');
    expect(res.headers.get('permissions-policy')).toContain('geolocation=(self)');
  };

  it('are on API answers, errors included, and HSTS only over TLS', async () => {
    const ok = await s.request('/api/health');
    expectHeaders(ok);
    expect(ok.headers.get('strict-transport-security')).toBeNull();
    expectHeaders(await s.request('/api/auth/me'));
    expectHeaders(await s.request('/api/nothing-here'));
    const tls = await s.request('https://csu.example/api/health');
    expect(tls.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});

describe('Origin check on state-changing requests', () => {
  const logout = (cookie: string, headers: Record<string, string>) =>
    s.request('/api/auth/logout', { method: 'POST', headers }, cookie);

  it('refuses another origin and changes nothing', async () => {
    const cookie = await s.login('helen');
    const res = await logout(cookie, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'bad_origin' });
    expect((await s.request('/api/auth/me', {}, cookie)).status).toBe(200);
    const push = await s.request(
      '/api/sync/push',
      {
        method: 'POST',
        headers: { 'Sec-Fetch-Site': 'cross-site' },
        json: { clientId: 'c', schemaVersion: 1, mutations: [] },
      },
      cookie,
    );
    expect(push.status).toBe(403);
  });

  it('accepts the app’s own origin, and a configured public origin', async () => {
    const cookie = await s.login('helen');
    const own = await s.request(
      '/api/auth/me',
      { method: 'GET', headers: { Origin: 'https://evil.example' } },
      cookie,
    );
    expect(own.status).toBe(200);
    expect((await logout(cookie, { Origin: 'http://localhost' })).status).toBe(200);
    s.deps.options.publicOrigin = 'https://csu.example';
    const again = await s.login('helen');
    expect((await logout(again, { Origin: 'http://localhost' })).status).toBe(403);
    expect((await logout(again, { Origin: 'https://csu.example' })).status).toBe(200);
  });
});
