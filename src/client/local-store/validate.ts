/**
 * Validation shared by the repositories: the domain schemas decide what is
 * valid, and failures become a ValidationError whose `fields` are keyed by
 * dotted path ("reporter.name", "people.0.name") for the error summary.
 */
import type { z } from 'zod';
import { londonDate } from '../../domain/dates';
import { MAX_FUTURE_SKEW_MS } from '../../domain/sync-protocol';
import { ValidationError } from './errors';

export type FieldErrors = Record<string, string>;

export function issuesToFields(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '_form';
    fields[path] ??= issue.message;
  }
  return fields;
}

export function throwIfAny(fields: FieldErrors): void {
  const first = Object.values(fields)[0];
  if (first !== undefined) throw new ValidationError(first, fields);
}

/** Parses with a domain schema, collecting errors into `fields` (under `prefix`) instead of throwing. */
export function collect<S extends z.ZodType>(
  schema: S,
  value: unknown,
  fields: FieldErrors,
  prefix = '',
): z.infer<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  Object.assign(fields, { ...issuesToFields(result.error.issues, prefix), ...fields });
  return undefined;
}

export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix = '',
): z.infer<S> {
  const fields: FieldErrors = {};
  const parsed = collect(schema, value, fields, prefix);
  throwIfAny(fields);
  return parsed as z.infer<S>;
}

/**
 * A user-entered date more than 24 hours ahead is refused, as the server
 * refuses it (sync.md rule 8). `value` is an ISO instant or a YYYY-MM-DD date.
 */
export function checkNotFuture(
  fields: FieldErrors,
  path: string,
  label: string,
  value: string | undefined,
  now: Date = new Date(),
): void {
  if (!value || fields[path]) return;
  const limit = now.getTime() + MAX_FUTURE_SKEW_MS;
  const tooLate = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? value > londonDate(limit)
    : Date.parse(value) > limit;
  if (tooLate) fields[path] = `${label} must be today or in the past`;
}
