/**
 * Errors that cross the wire as `{ code, message }` (architecture.md habit 6).
 * Services throw ApiError; app.onError turns it (and anything unexpected)
 * into a coded JSON reply, so a malformed request never becomes a bare 500.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { HttpErrorCode } from '../domain/sync-protocol';

export class ApiError extends Error {
  /** Per-field messages for a form, when the body failed its schema. */
  fields?: Record<string, string>;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: HttpErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new ApiError(400, 'bad_request', message);
export const forbidden = (message = 'You do not have permission to do that.') =>
  new ApiError(403, 'forbidden', message);
export const notFound = (message = 'Not found.') => new ApiError(404, 'not_found', message);

/** Zod issues as `{ 'path.to.field': 'message' }`, the first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}
