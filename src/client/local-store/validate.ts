/**
 * Validation shared by the repositories: the domain schemas decide what is
 * valid, and failures become a ValidationError whose `fields` are keyed by
 * dotted path ("reporter.name", "people.0.name") for the error summary.
 */
import type { z } from 'zod';
import { futureDateMessage, isTooFarAhead, PAST_DATE_FIELDS } from '../../domain/rules/past-dates';
import type { TableName } from '../../domain/tables';
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
 * A user-entered date more than 24 hours ahead is refused at its field, as
 * the server refuses it (sync.md rule 8), for each past-date field of
 * `table` present in `data` (domain rules/past-dates.ts).
 */
export function checkPastDates(
  fields: FieldErrors,
  table: TableName,
  data: Record<string, unknown>,
  prefix = '',
  now: Date = new Date(),
): void {
  for (const [field, label] of Object.entries(PAST_DATE_FIELDS[table] ?? {})) {
    const path = prefix ? `${prefix}.${field}` : field;
    if (!fields[path] && isTooFarAhead(data[field], now)) fields[path] = futureDateMessage(label);
  }
}
