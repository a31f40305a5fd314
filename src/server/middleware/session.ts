/** Resolves the `csu_session` cookie to the signed-in user for the routes behind it. */
import type { MiddlewareHandler } from 'hono';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Role } from '../../domain/roles';
import type { AppEnv, ServerDeps } from '../deps';
import { forbidden } from '../errors';
import { isHttps } from '../http';
import { resolveSession } from '../services/auth';

export const SESSION_COOKIE = 'csu_session';

const cookieOptions = (c: Context) =>
  ({ httpOnly: true, sameSite: 'Strict', path: '/', secure: isHttps(c) }) as const;

export const readSessionToken = (c: Context) => getCookie(c, SESSION_COOKIE);
export const setSessionCookie = (c: Context, token: string) =>
  setCookie(c, SESSION_COOKIE, token, cookieOptions(c));
export const clearSessionCookie = (c: Context) => deleteCookie(c, SESSION_COOKIE, cookieOptions(c));

export function requireSession(deps: ServerDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const auth = await resolveSession(deps, readSessionToken(c));
    c.set('auth', auth);
    if (auth.rotatedToken) setSessionCookie(c, auth.rotatedToken);
    await next();
  };
}

export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('auth').actor.roles.includes(role)) throw forbidden();
    await next();
  };
}
