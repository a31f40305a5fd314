import type { FieldError } from '../../components/error-summary';
import { ApiError } from '../../sync/transport';

/** A 400's field errors from the admin API as error-summary entries, in the order the fields appear. */
export function serverFieldErrors(err: unknown, order: readonly string[]): FieldError[] {
  if (!(err instanceof ApiError) || !err.fields) return [];
  return Object.entries(err.fields)
    .map(([path, message]) => ({ id: path.split('.')[0] ?? path, message }))
    .filter((e) => order.includes(e.id))
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
