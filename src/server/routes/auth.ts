/** /api/auth: sign in (sets the session cookie), sign out, who am I. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { LoginResponse } from '../../domain/sync-protocol';
import { loginRequestSchema } from '../../domain/sync-schemas';
import type { AppEnv, ServerDeps } from '../deps';
import { ApiError } from '../errors';
import { clientAddress, isHttps, parseBody, readJson } from '../http';
import { SESSION_COOKIE, requireSession } from '../middleware/session';
import { login, logout, sessionUser } from '../services/auth';

const MAX_LOGIN_BYTES = 4 * 1024;

export function authRoutes(deps: ServerDeps) {
  const tooLarge = () => {
    throw new ApiError(413, 'too_large', 'The request is too large.');
  };
  return new Hono<AppEnv>()
    .post('/login', bodyLimit({ maxSize: MAX_LOGIN_BYTES, onError: tooLarge }), async (c) => {
      const body = parseBody(loginRequestSchema, await readJson(c));
      const result = await login(deps, {
        ...body,
        address: clientAddress(c, deps.options.trustProxy),
      });
      setCookie(c, SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        secure: isHttps(c),
      });
      return c.json<LoginResponse>({ user: result.user, deviceId: result.deviceId });
    })
    .post('/logout', requireSession(deps), async (c) => {
      await logout(deps, c.get('auth'));
      deleteCookie(c, SESSION_COOKIE, {
        path: '/',
        secure: isHttps(c),
        httpOnly: true,
        sameSite: 'Strict',
      });
      return c.json({ ok: true });
    })
    .get('/me', requireSession(deps), (c) => {
      const auth = c.get('auth');
      return c.json<LoginResponse>({ user: sessionUser(auth.user), deviceId: auth.deviceId });
    });
}
