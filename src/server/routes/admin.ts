/** /api/admin: users, devices, the audit log and reference data. Admin role only, enforced here on the server. */
import { Hono } from 'hono';
import type { AuditPage } from '../../domain/sync-protocol';
import { auditQuerySchema } from '../../domain/sync-schemas';
import type { AppEnv, ServerDeps } from '../deps';
import { parseBody, readJson } from '../http';
import { requireRole, requireSession } from '../middleware/session';
import { newUserSchema, passwordResetSchema, userChangeSchema } from '../../domain/admin-schemas';
import {
  createUserAccount,
  publicDevice,
  publicUser,
  resetUserPassword,
  revokeDevice,
  updateUserAccount,
} from '../services/admin';
import { readAudit } from '../services/audit-read';
import { adminReferenceRoutes } from './admin-reference';
import { adminRetentionRoutes } from './admin-retention';

export function adminRoutes(deps: ServerDeps) {
  const adminOf = (auth: AppEnv['Variables']['auth']) => ({
    userId: auth.user.id,
    deviceId: auth.deviceId,
  });
  return new Hono<AppEnv>()
    .use('*', requireSession(deps), requireRole('admin'))
    .get('/users', async (c) => {
      const users = await deps.storage.transaction((tx) => tx.listUsers());
      return c.json({ users: users.map(publicUser) });
    })
    .post('/users', async (c) => {
      const input = parseBody(newUserSchema, await readJson(c));
      const user = await createUserAccount(deps, input, adminOf(c.get('auth')));
      return c.json({ user: publicUser(user) }, 201);
    })
    .patch('/users/:id', async (c) => {
      const change = parseBody(userChangeSchema, await readJson(c));
      const user = await updateUserAccount(deps, c.req.param('id'), change, adminOf(c.get('auth')));
      return c.json({ user: publicUser(user) });
    })
    .post('/users/:id/password', async (c) => {
      const { password } = parseBody(passwordResetSchema, await readJson(c));
      await resetUserPassword(deps, c.req.param('id'), password, adminOf(c.get('auth')));
      return c.json({ ok: true });
    })
    .get('/audit', async (c) => {
      const query = parseBody(auditQuerySchema, c.req.query());
      return c.json<AuditPage>(await readAudit(deps, c.get('auth'), query));
    })
    .get('/devices', async (c) => {
      const devices = await deps.storage.transaction((tx) => tx.listDevices());
      return c.json({ devices: devices.map(publicDevice) });
    })
    .post('/devices/:id/revoke', async (c) => {
      const device = await revokeDevice(deps, c.req.param('id'), adminOf(c.get('auth')));
      return c.json({ device: publicDevice(device) });
    })
    .route('/reference', adminReferenceRoutes(deps))
    .route('/retention', adminRetentionRoutes(deps));
}
