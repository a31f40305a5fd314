/** /api/auth: sign in (sets the session cookie), sign out, who am I. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { LoginResponse } from '../../domain/sync-protocol';
import { loginRequestSchema } from '../../domain/sync-schemas';
import type { AppEnv, ServerDeps } from '../deps';
import { ApiError } from '../errors';
import { clientAddress, parseBody, readJson } from '../http';
import {
  clearSessionCookie,
  readSessionToken,
  requireSession,
  setSessionCookie,
} from '../middleware/session';
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
        address: clientAddress(c, deps.options.trustProxyHops),
        previousToken: readSessionToken(c),
      });
      setSessionCookie(c, result.token);
      return c.json<LoginResponse>({ user: result.user, deviceId: result.deviceId });
    })
    .post('/logout', requireSession(deps), async (c) => {
      await logout(deps, c.get('auth'));
      clearSessionCookie(c);
      return c.json({ ok: true });
    })
    .get('/me', requireSession(deps), (c) => {
      const auth = c.get('auth');
      return c.json<LoginResponse>({ user: sessionUser(auth.user), deviceId: auth.deviceId });
    });
}
