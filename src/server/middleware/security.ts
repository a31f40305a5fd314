/**
 * Security headers on every answer (the app, its assets and the API) and
 * an explicit Origin check on every state-changing API request.
 *
 * The CSP allows only this origin's own files: the built app has no inline
 * script or style, the service worker and Workbox load from 'self', and
 * nothing may frame the app. Camera and geolocation are allowed for this
 * origin only (photos and "use my location" on visits and calls).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, ServerDeps } from '../deps';
import { ApiError } from '../errors';
import { isHttps } from '../http';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(self), geolocation=(self), microphone=(), payment=(), usb=()',
};

/** One year; sent only over TLS, where a browser honours it. */
const HSTS = 'max-age=31536000; includeSubDomains';

export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(HEADERS)) c.res.headers.set(name, value);
  if (isHttps(c)) c.res.headers.set('Strict-Transport-Security', HSTS);
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const crossSite = () =>
  new ApiError(403, 'bad_origin', 'This request did not come from this app, so it was refused.');

/**
 * The origin the app is served from: PUBLIC_ORIGIN when set; behind trusted
 * proxies, the scheme and host they forwarded; otherwise this request's own.
 */
function expectedOrigin(c: Context<AppEnv>, deps: ServerDeps): string {
  if (deps.options.publicOrigin) return deps.options.publicOrigin;
  const url = new URL(c.req.url);
  if (deps.options.trustProxyHops > 0) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim() ?? c.req.header('host');
    if (proto && host) return `${proto}://${host}`;
  }
  return url.origin;
}

/**
 * A state-changing request from a browser must come from the app's own
 * origin. Browsers send Origin on every cross-origin POST, PATCH and
 * DELETE (and Sec-Fetch-Site where Origin is withheld), so a request
 * carrying neither is not from a browser page and cannot ride a user's
 * cookie from another site.
 */
export function requireSameOrigin(deps: ServerDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    if (origin !== undefined) {
      if (origin !== expectedOrigin(c, deps)) throw crossSite();
    } else if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      throw crossSite();
    }
    return next();
  };
}
