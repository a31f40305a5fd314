/**
 * /api/attachments/<sha256>?visit=<visitId>: a visit's photo bytes, named by
 * their hash. PUT stores them (idempotent: the same hash twice is one copy),
 * GET serves them to readers of the visit. Thin: parse, call the service.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { UUID_PATTERN } from '../../domain/ids';
import {
  MAX_PHOTO_BYTES,
  PHOTO_TYPES,
  SHA256_PATTERN,
  type PhotoType,
} from '../../domain/schemas/visits';
import type { AppEnv, ServerDeps } from '../deps';
import { ApiError, badRequest } from '../errors';
import { requireSession } from '../middleware/session';
import { readAttachment, uploadAttachment } from '../services/attachments';

const tooLarge = () =>
  new ApiError(
    413,
    'too_large',
    `This photo is larger than ${MAX_PHOTO_BYTES / (1024 * 1024)} MB, so it cannot be sent.`,
  );

function target(c: Context<AppEnv>): { sha256: string; visitId: string } {
  const sha256 = c.req.param('sha256') ?? '';
  const visitId = c.req.query('visit') ?? '';
  if (!SHA256_PATTERN.test(sha256))
    throw badRequest('A photo is named by the SHA-256 of its bytes, in lowercase hex.');
  if (!UUID_PATTERN.test(visitId)) throw badRequest('Name the visit the photo belongs to.');
  return { sha256, visitId };
}

const isPhotoType = (v: string): v is PhotoType => (PHOTO_TYPES as readonly string[]).includes(v);

export function attachmentRoutes(deps: ServerDeps) {
  return new Hono<AppEnv>()
    .use('*', requireSession(deps))
    .put(
      '/:sha256',
      // Checks the declared Content-Length first, then counts the bytes actually streamed.
      bodyLimit({
        maxSize: MAX_PHOTO_BYTES,
        onError: () => {
          throw tooLarge();
        },
      }),
      async (c) => {
        const { sha256, visitId } = target(c);
        const contentType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
        if (!isPhotoType(contentType))
          throw new ApiError(415, 'unsupported_type', 'A photo must be sent as JPEG or WebP.');
        const body = new Uint8Array(await c.req.arrayBuffer());
        if (body.byteLength > MAX_PHOTO_BYTES) throw tooLarge();
        if (body.byteLength === 0) throw badRequest('The photo is empty.');
        const { created } = await uploadAttachment(deps, c.get('auth'), {
          sha256,
          visitId,
          contentType,
          body,
        });
        return c.json({ sha256, stored: true }, created ? 201 : 200);
      },
    )
    .get('/:sha256', async (c) => {
      const { sha256, visitId } = target(c);
      const photo = await readAttachment(deps, c.get('auth'), visitId, sha256);
      c.header('Content-Type', photo.contentType);
      c.header('Content-Length', String(photo.data.byteLength));
      // Personal evidence: never kept in a browser or proxy cache.
      c.header('Cache-Control', 'no-store');
      return c.body(photo.data as Uint8Array<ArrayBuffer>);
    });
}
