/** /api/import: bringing a unit's history in from spreadsheets (admin and chair). */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { IMPORT_ROLES } from '../../domain/rules/call-import';
import type { AppEnv, ServerDeps } from '../deps';
import { ApiError, forbidden } from '../errors';
import { requireSession } from '../middleware/session';
import { importCalls, type ImportMode } from '../services/call-import';

/** A 10,000-row spreadsheet is about 2 MB; this leaves room for long summaries. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
const MODES: readonly ImportMode[] = ['preview', 'all', 'valid'];

export function importRoutes(deps: ServerDeps) {
  return new Hono<AppEnv>().use('*', requireSession(deps)).post(
    '/calls',
    async (c, next) => {
      const roles = c.get('auth').actor.roles;
      if (!IMPORT_ROLES.some((r) => roles.includes(r))) throw forbidden();
      await next();
    },
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES,
      onError: () => {
        throw new ApiError(
          413,
          'too_large',
          'The file is too large: import it in parts of up to 32 MB.',
        );
      },
    }),
    async (c) => {
      const mode = (c.req.query('mode') ?? 'preview') as ImportMode;
      if (!MODES.includes(mode))
        throw new ApiError(400, 'bad_request', 'mode must be preview, all or valid.');
      const answer = await importCalls(deps, c.get('auth'), await c.req.arrayBuffer(), mode);
      if (answer.refused)
        return c.json(
          {
            code: 'import_invalid',
            message: 'Nothing was imported: some rows have errors.',
            ...answer,
          },
          422,
        );
      return c.json(answer);
    },
  );
}
