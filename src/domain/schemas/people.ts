import { z } from 'zod';
import { baseRecord, isoDate, latLng, optionalText, requiredText, uuid, wardCode } from './common';

/** People and locations are first-class so that repeats can be seen (domain.md). */
export const PERSON_FLAGS = ['vulnerable', 'repeat-victim', 'repeat-subject'] as const;

export const personSchema = baseRecord.extend({
  name: requiredText('Name', 120),
  aliases: z.array(z.string().max(120)).max(10),
  dateOfBirth: isoDate('Date of birth').optional(),
  address: optionalText('Address', 300),
  wardCode: wardCode.optional(),
  flags: z.array(z.enum(PERSON_FLAGS)).max(3),
  /** Set when this record was merged into another; repeats follow the survivor. */
  mergedInto: uuid('Merged person').optional(),
});
export type Person = z.infer<typeof personSchema>;

export const locationSchema = baseRecord.extend({
  address: requiredText('Address or place', 300),
  wardCode,
  gps: latLng,
  mergedInto: uuid('Merged location').optional(),
});
export type Location = z.infer<typeof locationSchema>;

/** Lower-cased, single-spaced address used to find an existing location. */
export function normaliseAddress(address: string): string {
  return address.toLowerCase().replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
}
