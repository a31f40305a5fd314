/**
 * Every state-changing request must carry `X-Protocol-Version`. A cross-site
 * form cannot set a custom header, so together with the SameSite=Strict
 * cookie this also stops cross-site request forgery.
 */
import type { MiddlewareHandler } from 'hono';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../domain/sync-protocol';
import { ApiError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** How long a client newer than the server should wait before trying again. */
export const SERVER_TOO_OLD_RETRY_S = 300;

export const requireProtocolHeader: MiddlewareHandler = async (c, next) => {
  const value = c.req.header(PROTOCOL_HEADER);
  if (value === undefined) {
    if (!SAFE_METHODS.has(c.req.method))
      throw new ApiError(400, 'protocol_header_missing', `Send the ${PROTOCOL_HEADER} header.`);
    return next();
  }
  const version = Number(value);
  if (!Number.isInteger(version))
    throw new ApiError(
      400,
      'protocol_header_missing',
      `${PROTOCOL_HEADER} must be a whole number.`,
    );
  checkVersion(version, PROTOCOL_VERSION, PROTOCOL_VERSION);
  return next();
};

/**
 * The one version gate, for the protocol header and the push envelope's
 * schemaVersion: an app older than `oldest` must update (426), and one
 * newer than `newest` waits for the server to be updated (503, Retry-After).
 */
export function checkVersion(version: number, oldest: number, newest: number): void {
  if (version < oldest)
    throw new ApiError(
      426,
      'upgrade_required',
      'This app is out of date. Update it to keep syncing.',
    );
  if (version > newest)
    throw new ApiError(503, 'server_too_old', 'The server is being updated. Try again shortly.', {
      'Retry-After': String(SERVER_TOO_OLD_RETRY_S),
    });
}
