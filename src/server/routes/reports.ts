/** /api/reports: server-computed figures (counts only, never records). */
import { Hono } from 'hono';
import { periodSchema } from '../../domain/rules/marac-kpis';
import type { AppEnv, ServerDeps } from '../deps';
import { parseBody } from '../http';
import { requireSession } from '../middleware/session';
import { maracReport } from '../services/reports';

export function reportRoutes(deps: ServerDeps) {
  return new Hono<AppEnv>().use('*', requireSession(deps)).get('/marac', async (c) => {
    const period = parseBody(periodSchema, { from: c.req.query('from'), to: c.req.query('to') });
    const publication = c.req.query('publication') === '1';
    c.header('Cache-Control', 'no-store');
    return c.json(await maracReport(deps, period, publication));
  });
}
