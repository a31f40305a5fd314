/**
 * Editing a person or a location (`person.update`, `location.update`):
 * the command carries the whole edited form; the rule keeps only the
 * fields that really changed and appends one history entry naming each
 * change, from and to. Run on the device and again on the server against
 * the server's copy, so two offline edits each record what they changed
 * from the record they met. A merged-away record (a tombstone) is not
 * edited: its survivor is.
 */
import type { z } from 'zod';
import {
  locationSchema,
  personSchema,
  type Location,
  type Person,
  type RecordEdit,
} from '../schemas/people';
import { fail, type RuleInput, type RuleResult } from './rule-result';

export const PERSON_EDIT_FIELDS = [
  'name',
  'aliases',
  'dateOfBirth',
  'address',
  'wardCode',
  'flags',
] as const;
export const LOCATION_EDIT_FIELDS = ['address', 'wardCode'] as const;

export const personEditArgs = personSchema.pick({
  name: true,
  aliases: true,
  dateOfBirth: true,
  address: true,
  wardCode: true,
  flags: true,
});
export type PersonEdit = z.infer<typeof personEditArgs>;
export const locationEditArgs = locationSchema.pick({ address: true, wardCode: true });
export type LocationEdit = z.infer<typeof locationEditArgs>;

type Value = string | string[] | undefined;

/** Text trimmed, lists trimmed without blanks or repeats; empty means absent. */
function tidy(value: unknown): Value {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const list = [...new Set(value.map((v) => String(v).trim()).filter(Boolean))];
    return list;
  }
  return undefined;
}

const same = (a: Value, b: Value) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function editRule<R extends { mergedInto?: string; history?: RecordEdit[] }>(
  fields: readonly (keyof R & string)[],
  what: string,
) {
  return ({
    record,
    args,
    by,
    at,
  }: RuleInput<R, Record<string, unknown>, unknown>): RuleResult<Partial<R>> => {
    if (record.mergedInto)
      return fail(
        'illegal_transition',
        `This ${what} was merged into another record: change that record instead.`,
      );
    const patch: Record<string, unknown> = {};
    const changes: RecordEdit['changes'] = [];
    for (const field of fields) {
      const before = tidy(record[field]);
      const after = tidy(args[field]);
      if (same(before, after)) continue;
      patch[field] = after;
      changes.push({
        field,
        ...(before === undefined ? {} : { from: before }),
        ...(after === undefined ? {} : { to: after }),
      });
    }
    if (changes.length === 0)
      return fail('invalid', 'Nothing has changed: change a detail, or cancel.');
    patch.history = [...(record.history ?? []), { at, by, changes }];
    return { ok: true, patch: patch as Partial<R> };
  };
}

export const updatePerson = editRule<Person>(PERSON_EDIT_FIELDS, 'person');
export const updateLocation = editRule<Location>(LOCATION_EDIT_FIELDS, 'location');
