/** /api/reports: server-computed figures (counts only, never records). */
import { Hono, type Context } from 'hono';
import { periodSchema, type Period } from '../../domain/rules/marac-kpis';
import type { AppEnv, ServerDeps } from '../deps';
import { ApiError, fieldErrors } from '../errors';
import { requireSession } from '../middleware/session';
import { monitoringReportFor } from '../services/monitoring';
import { maracReport } from '../services/reports';

/** `from` and `to` from the query; bad dates are a 400 saying what to send. */
function periodOf(c: Context<AppEnv>): Period {
  const result = periodSchema.safeParse({ from: c.req.query('from'), to: c.req.query('to') });
  if (result.success) return result.data;
  const err = new ApiError(
    400,
    'bad_request',
    'Give the period as from=YYYY-MM-DD&to=YYYY-MM-DD, with the end on or after the start.',
  );
  err.fields = fieldErrors(result.error);
  throw err;
}

export function reportRoutes(deps: ServerDeps) {
  return new Hono<AppEnv>()
    .use('*', requireSession(deps))
    .get('/marac', async (c) => {
      const period = periodOf(c);
      const publication = c.req.query('publication') === '1';
      c.header('Cache-Control', 'no-store');
      return c.json(await maracReport(deps, period, publication));
    })
    .get('/monitoring', async (c) => {
      const period = periodOf(c);
      const publication = c.req.query('publication') === '1';
      c.header('Cache-Control', 'no-store');
      return c.json(await monitoringReportFor(deps, c.get('auth').actor, period, publication));
    });
}
