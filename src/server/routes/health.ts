/** GET /api/health: answers without sign-in, for load balancers and the app's "can I reach the server?" check. */
import { Hono } from 'hono';
import { PROTOCOL_VERSION, type HealthResponse } from '../../domain/sync-protocol';
import type { AppEnv, ServerDeps } from '../deps';

export function healthRoutes(deps: ServerDeps) {
  return new Hono<AppEnv>().get('/', (c) =>
    c.json<HealthResponse>({
      ok: true,
      version: deps.options.version,
      protocolVersion: PROTOCOL_VERSION,
    }),
  );
}
