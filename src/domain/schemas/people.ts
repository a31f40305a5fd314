import { z } from 'zod';
import { baseRecord, isoDate, latLng, optionalText, requiredText, uuid, wardCode } from './common';

/** People and locations are first-class so that repeats can be seen (domain.md). */
export const PERSON_FLAGS = ['vulnerable', 'repeat-victim', 'repeat-subject'] as const;
export type PersonFlag = (typeof PERSON_FLAGS)[number];
export const PERSON_FLAG_LABELS: Record<PersonFlag, string> = {
  vulnerable: 'Vulnerable',
  'repeat-victim': 'Repeat victim',
  'repeat-subject': 'Repeat subject',
};

/** A field's value before or after an edit: text, or a list (aliases, flags). */
const historyValue = z.union([z.string().max(300), z.array(z.string().max(120)).max(10)]);

/**
 * One edit of a person or location: each field that changed, from and to
 * (absent when it was or became empty), who and when. Written only by the
 * `person.update` and `location.update` commands (rules/record-edits.ts).
 */
export const recordEditSchema = z.object({
  at: z.string(),
  by: z.string(),
  changes: z
    .array(
      z.object({
        field: z.string().max(40),
        from: historyValue.optional(),
        to: historyValue.optional(),
      }),
    )
    .min(1)
    .max(10),
});
export type RecordEdit = z.infer<typeof recordEditSchema>;
const editHistory = z.array(recordEditSchema).max(1000).optional();

export const personSchema = baseRecord.extend({
  name: requiredText('Name', 120),
  aliases: z.array(z.string().max(120)).max(10),
  dateOfBirth: isoDate('Date of birth').optional(),
  address: optionalText('Address', 300),
  wardCode: wardCode.optional(),
  flags: z.array(z.enum(PERSON_FLAGS)).max(3),
  /** Set when this record was merged into another; repeats follow the survivor. */
  mergedInto: uuid('Merged person').optional(),
  history: editHistory,
});
export type Person = z.infer<typeof personSchema>;

export const locationSchema = baseRecord.extend({
  address: requiredText('Address or place', 300),
  wardCode,
  gps: latLng,
  mergedInto: uuid('Merged location').optional(),
  history: editHistory,
});
export type Location = z.infer<typeof locationSchema>;

/** Lower-cased, single-spaced address used to find an existing location. */
export function normaliseAddress(address: string): string {
  return address.toLowerCase().replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
}
