/**
 * /api/admin/reference: the district's reference lists as the admin changes
 * them. Mounted inside the admin routes, behind their admin-only check.
 */
import { Hono } from 'hono';
import {
  isAdminReferenceTable,
  REFERENCE_ADD_SCHEMAS,
  REFERENCE_CHANGE_SCHEMAS,
  type AdminReferenceTable,
} from '../../domain/reference-admin-schemas';
import type { AppEnv, ServerDeps } from '../deps';
import { badRequest, notFound } from '../errors';
import { parseBody, readJson } from '../http';
import {
  addReference,
  changeReference,
  getReference,
  listReference,
} from '../services/reference-admin';

function tableOf(name: string): AdminReferenceTable {
  if (!isAdminReferenceTable(name)) throw notFound('There is no such reference list.');
  return name;
}

export function adminReferenceRoutes(deps: ServerDeps) {
  const adminOf = (auth: AppEnv['Variables']['auth']) => ({
    userId: auth.user.id,
    deviceId: auth.deviceId,
  });
  return new Hono<AppEnv>()
    .get('/:table', async (c) => {
      const rows = await listReference(deps, tableOf(c.req.param('table')));
      return c.json({ rows });
    })
    .get('/:table/:id', async (c) => {
      return c.json(await getReference(deps, tableOf(c.req.param('table')), c.req.param('id')));
    })
    .post('/:table', async (c) => {
      const table = tableOf(c.req.param('table'));
      if (table === 'thresholds')
        throw badRequest('The thresholds are one set of figures: change them, never add more.');
      const input = parseBody(REFERENCE_ADD_SCHEMAS[table], await readJson(c));
      const row = await addReference(deps, table, input, adminOf(c.get('auth')));
      return c.json({ row }, 201);
    })
    .patch('/:table/:id', async (c) => {
      const table = tableOf(c.req.param('table'));
      const change = parseBody(REFERENCE_CHANGE_SCHEMAS[table], await readJson(c));
      const row = await changeReference(
        deps,
        table,
        c.req.param('id'),
        change,
        adminOf(c.get('auth')),
      );
      return c.json({ row });
    });
}
