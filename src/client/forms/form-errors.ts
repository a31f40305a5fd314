/**
 * Form-error mapping: turns what can go wrong on save into what the form
 * shows: field errors for the error summary (each tied to a control id), or
 * one plain-English message. Nothing here clears what the user typed.
 */
import type { z } from 'zod';
import type { FieldError } from '../components/error-summary';
import { RuleViolation, StorageError, ValidationError } from '../local-store/errors';

/** A field path ("reporter.name", ["people", 0, "role"]) as the id of its control. */
export function fieldId(path: string | readonly PropertyKey[]): string {
  const parts = typeof path === 'string' ? path.split('.') : path.map(String);
  return parts.join('-');
}

export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  order: readonly string[] = [],
): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const id = fieldId(issue.path as PropertyKey[]);
    if (seen.has(id)) continue;
    seen.add(id);
    errors.push({ id, message: issue.message });
  }
  return sortByOrder(errors, order);
}

export function fieldsToErrors(
  fields: Record<string, string>,
  order: readonly string[] = [],
): FieldError[] {
  return sortByOrder(
    Object.entries(fields).map(([path, message]) => ({ id: fieldId(path), message })),
    order,
  );
}

/** Sorts errors into the order the fields appear on the page; unknown ids go last, in their own order. */
function sortByOrder(errors: FieldError[], order: readonly string[]): FieldError[] {
  const rank = (id: string) => {
    const exact = order.indexOf(id);
    if (exact >= 0) return exact;
    const prefix = order.findIndex((o) => id.startsWith(`${o}-`));
    return prefix >= 0 ? prefix + 0.5 : order.length;
  };
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e.id) - rank(b.e.id) || a.i - b.i)
    .map(({ e }) => e);
}

export function errorMap(errors: readonly FieldError[]): Record<string, string> {
  return Object.fromEntries(errors.map((e) => [e.id, e.message]));
}

export type SaveFailure =
  { kind: 'fields'; errors: FieldError[] } | { kind: 'message'; message: string };

/**
 * Maps an error thrown by a repository to what the form shows. `generalId`
 * is the control a rule violation is about (the form's main field).
 */
export function toSaveFailure(
  error: unknown,
  generalId: string,
  order: readonly string[] = [],
): SaveFailure {
  if (error instanceof ValidationError) {
    const errors = fieldsToErrors(error.fields, order);
    return errors.length > 0
      ? { kind: 'fields', errors }
      : { kind: 'message', message: error.message };
  }
  if (error instanceof RuleViolation)
    return { kind: 'fields', errors: [{ id: generalId, message: error.message }] };
  // A StorageError's message is written for the person (local-store/write.ts).
  if (error instanceof StorageError) return { kind: 'message', message: error.message };
  console.error(
    'Unexpected error while saving',
    error instanceof Error ? error.name : typeof error,
  );
  return {
    kind: 'message',
    message: 'Something went wrong, so nothing was saved. What you typed is still here: try again.',
  };
}

/**
 * A `mapError` for forms whose failures are one message at one field (a
 * server's answer to sign-in, say): `toMessage` turns the error into plain
 * English, shown at control `id`.
 */
export function failureAt(
  id: string,
  toMessage: (error: unknown) => string,
): (error: unknown) => SaveFailure {
  return (error) => ({ kind: 'fields', errors: [{ id, message: toMessage(error) }] });
}
