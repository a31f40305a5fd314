/**
 * /api/admin/retention: the retention periods, the disposal review queue
 * and disposal itself. Mounted inside the admin routes, behind their
 * admin-only check. Disposal reaches devices as `delete` with `purge: true`.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { RETENTION_TABLES, retentionPeriodsSchema } from '../../domain/rules/retention';
import type { AppEnv, ServerDeps } from '../deps';
import { badRequest } from '../errors';
import { parseBody, readJson } from '../http';
import { disposeRecords } from '../services/retention';
import {
  disposalQueue,
  getRetentionPeriods,
  setRetentionPeriods,
} from '../services/retention-schedule';

const disposeSchema = z.object({
  table: z.enum(RETENTION_TABLES, { error: 'Choose a kind of record that has a retention period' }),
  ids: z
    .array(z.string().min(1).max(64))
    .min(1, { error: 'Select at least one record to dispose of' })
    .max(500, { error: 'Dispose of 500 records or fewer at a time' }),
});

export function adminRetentionRoutes(deps: ServerDeps) {
  const adminOf = (auth: AppEnv['Variables']['auth']) => ({
    userId: auth.user.id,
    deviceId: auth.deviceId,
  });
  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ periods: await getRetentionPeriods(deps) }))
    .put('/', async (c) => {
      const periods = parseBody(retentionPeriodsSchema, await readJson(c));
      return c.json({ periods: await setRetentionPeriods(deps, periods, adminOf(c.get('auth'))) });
    })
    .get('/queue', async (c) => c.json({ due: await disposalQueue(deps) }))
    .post('/dispose', async (c) => {
      const { table, ids } = parseBody(disposeSchema, await readJson(c));
      // Only what the schedule says is due may go: a typed id is never enough on its own.
      const due = new Set(
        (await disposalQueue(deps)).filter((d) => d.table === table).map((d) => d.id),
      );
      const notDue = ids.filter((id) => !due.has(id));
      if (notDue.length > 0)
        throw badRequest(
          `${notDue.length} of these records are not due for disposal. Refresh the queue and try again.`,
        );
      const disposed = await disposeRecords(deps, table, ids, adminOf(c.get('auth')));
      return c.json({ disposed: disposed.length });
    });
}
