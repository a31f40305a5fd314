/** /api/sync: push (outbox up) and pull (changes down). Thin: parse, call the service, reply. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  MAX_REQUEST_BYTES,
  type PullResponse,
  type PushResponse,
} from '../../domain/sync-protocol';
import type { AppEnv, ServerDeps } from '../deps';
import { ApiError, badRequest } from '../errors';
import { requireSession } from '../middleware/session';
import { pull, parseLimit, RawJson } from '../services/sync-pull';
import { push } from '../services/sync-push';

const tooLarge = () =>
  new ApiError(
    413,
    'too_large',
    'Too much to send at once. The app will send it in smaller parts.',
  );

export function syncRoutes(deps: ServerDeps) {
  return new Hono<AppEnv>()
    .use('*', requireSession(deps))
    .post(
      '/push',
      // Checks the declared Content-Length first, then counts the bytes actually streamed.
      bodyLimit({
        maxSize: MAX_REQUEST_BYTES,
        onError: () => {
          throw tooLarge();
        },
      }),
      async (c) => {
        const bytes = await c.req.arrayBuffer();
        if (bytes.byteLength > MAX_REQUEST_BYTES) throw tooLarge();
        let body: unknown;
        try {
          body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
        } catch (_err) {
          throw badRequest('The push request is not valid JSON.');
        }
        return c.json<PushResponse>(await push(deps, c.get('auth'), body));
      },
    )
    .get('/pull', async (c) => {
      const limit = parseLimit(c.req.query('limit'));
      const result = await pull(deps, c.get('auth'), c.req.query('cursor'), limit);
      c.header('Cache-Control', 'no-store');
      c.header('Content-Type', 'application/json; charset=utf-8');
      return c.body(pullBody(result));
    });
}

/** Serialises a pull page, splicing records storage already holds as JSON text. */
function pullBody(result: PullResponse): string {
  const changes = result.changes.map((change) => {
    const { record, ...rest } = change;
    if (!(record instanceof RawJson)) return JSON.stringify(change);
    return `${JSON.stringify(rest).slice(0, -1)},"record":${record.text}}`;
  });
  const { changes: _changes, ...tail } = result;
  return `{"changes":[${changes.join(',')}],${JSON.stringify(tail).slice(1)}`;
}
