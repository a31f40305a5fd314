/** /api/reports: server-computed figures (counts only, never records). */
import { Hono } from 'hono';
import type { AppEnv, ServerDeps } from '../deps';
import { requireSession } from '../middleware/session';
import { maracCounts } from '../services/reports';

export function reportRoutes(deps: ServerDeps) {
  return new Hono<AppEnv>().use('*', requireSession(deps)).get('/marac', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await maracCounts(deps));
  });
}
