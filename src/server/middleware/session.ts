/** Resolves the `csu_session` cookie to the signed-in user for the routes behind it. */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Role } from '../../domain/roles';
import type { AppEnv, ServerDeps } from '../deps';
import { forbidden } from '../errors';
import { resolveSession } from '../services/auth';

export const SESSION_COOKIE = 'csu_session';

export function requireSession(deps: ServerDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('auth', await resolveSession(deps, getCookie(c, SESSION_COOKIE)));
    await next();
  };
}

export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('auth').actor.roles.includes(role)) throw forbidden();
    await next();
  };
}
