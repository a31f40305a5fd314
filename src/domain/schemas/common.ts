import { z } from 'zod';
import { UUID_PATTERN } from '../ids';

/**
 * Field builders shared by every record schema. Messages are written for
 * the person filling in the form: they say what to fix, in plain English.
 * Text is stored exactly as typed (HTML and control characters included);
 * screens render it as inert text, so nothing is stripped here.
 */
export const uuid = (label = 'Id') =>
  z
    .string({ error: `${label} is missing` })
    .regex(UUID_PATTERN, { error: `${label} is not a valid id` });

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label.toLowerCase()}` })
    .refine((v) => v.trim().length > 0, { error: `Enter ${label.toLowerCase()}` })
    .refine((v) => v.length <= max, {
      error: `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`,
    });
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .refine((v) => v.length <= max, {
      error: `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`,
    })
    .optional();
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(v: string): boolean {
  if (!DATE_RE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A calendar date, YYYY-MM-DD, that really exists (no 31 February). */
export function isoDate(label: string) {
  return z
    .string({ error: `Enter ${label.toLowerCase()}` })
    .refine(isRealDate, { error: `${label} must be a real date` });
}

/** An instant with an explicit offset, e.g. 2026-03-04T09:15:00.000Z. */
export function isoDateTime(label: string) {
  return (
    z
      .string({ error: `Enter ${label.toLowerCase()}` })
      .refine(
        (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v),
        {
          error: `${label} must be a real date and time`,
        },
      )
      // Date.parse rolls 30 February over into March, so check the calendar date too.
      .refine((v) => !Number.isNaN(Date.parse(v)) && isRealDate(v.slice(0, 10)), {
        error: `${label} must be a real date and time`,
      })
  );
}

export const wardCode = z
  .string({ error: 'Select a ward' })
  .regex(/^[A-Z]\d{8}$/, { error: 'Select a ward' });

export const agencyId = (label = 'Agency') =>
  z
    .string({ error: `Select ${label.toLowerCase()}` })
    .min(1, { error: `Select ${label.toLowerCase()}` })
    .max(64);

export const latLng = z
  .object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    accuracyM: z.number().nonnegative().optional(),
  })
  .optional();

/**
 * Fields every synced record carries. The server sets all of them except
 * `id` (made on the device) and ignores what a device sends (sync.md rule 8).
 */
export const baseRecord = z.object({
  id: uuid(),
  createdAt: z.string().optional(),
  createdBy: z.string().optional(),
  createdByAgency: z.string().optional(),
  updatedAt: z.string().optional(),
  updatedBy: z.string().optional(),
  archived: z.boolean().optional(),
  /** Per-field server seqs, as last received (sync.md "fieldSeqs"). */
  fieldSeqs: z.record(z.string(), z.number().int()).optional(),
});

/** Names of base fields a device may never set. */
export const SERVER_MANAGED_FIELDS = [
  'createdAt',
  'createdBy',
  'createdByAgency',
  'updatedAt',
  'updatedBy',
  'archived',
  'fieldSeqs',
] as const;
