/**
 * buildApp: the whole HTTP API as a Hono app that never listens. main.ts
 * serves it on a port; tests call `app.request(...)` against an in-memory
 * SQLite storage and a fake clock.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Clock } from './clock';
import { makeDeps, type AppEnv, type ServerDeps, type ServerOptions } from './deps';
import { ApiError } from './errors';
import { requireProtocolHeader } from './middleware/protocol';
import { requireSameOrigin, securityHeaders } from './middleware/security';
import { adminRoutes } from './routes/admin';
import { attachmentRoutes } from './routes/attachments';
import { authRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/import';
import { reportRoutes } from './routes/reports';
import { syncRoutes } from './routes/sync';
import type { Storage } from './storage/types';

export interface BuildAppInput {
  storage: Storage;
  clock: Clock;
  options?: Partial<ServerOptions>;
}

export function buildApp({ storage, clock, options }: BuildAppInput): Hono<AppEnv> {
  return buildAppWithDeps(makeDeps(storage, clock, options));
}

export function buildAppWithDeps(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders);
  app.use('/api/*', requireSameOrigin(deps));
  app.use('/api/*', requireProtocolHeader);
  app.use('/api/*', async (c, next) => {
    await next();
    // API answers are personal and current: never cached by a browser or proxy.
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.route('/api/health', healthRoutes(deps));
  app.route('/api/auth', authRoutes(deps));
  app.route('/api/admin', adminRoutes(deps));
  app.route('/api/sync', syncRoutes(deps));
  app.route('/api/reports', reportRoutes(deps));
  app.route('/api/attachments', attachmentRoutes(deps));
  app.route('/api/import', importRoutes(deps));
  app.all('/api/*', (c) => c.json({ code: 'not_found', message: 'There is no such API.' }, 404));

  app.onError((err, c) => {
    if (err instanceof ApiError) {
      for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
      return c.json(
        { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) },
        err.status,
      );
    }
    if (err instanceof HTTPException && err.status < 500)
      return c.json({ code: 'bad_request', message: 'The request could not be read.' }, err.status);
    // Log the kind of failure and where, never request contents (they hold personal data).
    console.error(
      `Unhandled ${err.name} on ${c.req.method} ${c.req.routePath}:`,
      err.stack ?? err.message,
    );
    return c.json(
      { code: 'internal', message: 'Something went wrong on the server. Try again later.' },
      500,
    );
  });
  return app;
}
