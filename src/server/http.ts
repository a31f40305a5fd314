/** Small request helpers shared by the routes. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, badRequest, fieldErrors } from './errors';

/** Reads a JSON body; an unreadable one is a 400, never a 500. */
export async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch (_err) {
    throw badRequest('The request body is not valid JSON.');
  }
}

/** Parses with a schema; a mismatch is a 400 naming the fields. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    const err = new ApiError(400, 'bad_request', 'Some fields are missing or not valid.');
    err.fields = fieldErrors(result.error);
    throw err;
  }
  return result.data;
}

/**
 * The caller's address for sign-in limits: the socket's, or behind
 * `hops` trusted proxies the X-Forwarded-For entry the outermost of them
 * appended (counting from the right). Entries further left were written by
 * the client and are never used; with too few entries the request did not
 * come through the proxies, and the socket's address is used.
 */
export function clientAddress(c: Context, hops: number): string {
  if (hops > 0) {
    const entries = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter((e) => e !== '');
    const appended = entries[entries.length - hops];
    if (appended) return appended.slice(0, 64);
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

export function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}
