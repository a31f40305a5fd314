import type { FieldError } from '../../components/error-summary';
import type { SaveFailure } from '../../forms/form-errors';
import { adminErrorMessage } from '../../sync/admin-client';
import { ApiError } from '../../sync/transport';

/** A 400's field errors from the admin API as error-summary entries, in the order the fields appear. */
export function serverFieldErrors(err: unknown, order: readonly string[]): FieldError[] {
  if (!(err instanceof ApiError) || !err.fields) return [];
  return Object.entries(err.fields)
    .map(([path, message]) => ({ id: path.split('.')[0] ?? path, message }))
    .filter((e) => order.includes(e.id))
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/**
 * The admin forms' `mapError` (forms/use-submit.ts): the server's field
 * errors at their fields, anything else (offline, signed out) as one
 * message at `mainField`.
 */
export function adminFailure(
  order: readonly string[],
  mainField: string,
  messageOf: (err: unknown) => string = adminErrorMessage,
): (err: unknown) => SaveFailure {
  return (err) => {
    const fields = serverFieldErrors(err, order);
    return {
      kind: 'fields',
      errors: fields.length ? fields : [{ id: mainField, message: messageOf(err) }],
    };
  };
}
