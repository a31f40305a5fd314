import { z } from 'zod';
import { requiredText } from './common';

/**
 * Synced reference tables (sync.md "Reference data and the user directory").
 * Items are deactivated, never deleted. Reference rows use readable ids
 * (ward codes, agency slugs) rather than UUIDs.
 */
const refBase = z.object({
  id: z.string().min(1).max(64),
  active: z.boolean(),
  fieldSeqs: z.record(z.string(), z.number().int()).optional(),
  updatedAt: z.string().optional(),
  updatedBy: z.string().optional(),
});

export const wardSchema = refBase.extend({
  code: z.string().regex(/^[A-Z]\d{8}$/, {
    error: 'Enter the ONS ward code: a capital letter and 8 digits, like E05005031',
  }),
  name: requiredText('Name', 120),
});
export const agencySchema = refBase.extend({
  name: requiredText('Name', 200),
  shortName: requiredText('Short name', 60),
});
export const categorySchema = refBase.extend({
  name: requiredText('Name', 120),
  qualifier: z.enum(['personal', 'nuisance', 'environmental'], {
    error: 'Select Personal, Nuisance or Environmental',
  }),
  asb: z.boolean({ error: 'Say whether it counts as ASB' }),
});
export const closingCodeSchema = refBase.extend({
  code: z.string().regex(/^[A-Za-z0-9-]{1,10}$/, {
    error: 'Enter the code: up to 10 letters, digits or dashes, like 361',
  }),
  name: requiredText('Name', 120),
});
export const powerStepSchema = refBase.extend({
  name: z.string().min(1).max(120),
  order: z.number().int(),
  requires: z.string().optional(),
  defaultDurationMonths: z.number().int().optional(),
  reviewEveryDays: z.number().int().optional(),
  appealWindowDays: z.number().int().optional(),
  maxTotalMonths: z.number().int().optional(),
  court: z.boolean(),
});

/** Thresholds (single row id 'thresholds'): repeat and ASB Case Review triggers. */
const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a whole number from ${min} to ${max}` })
    .int({ error: `${label} must be a whole number from ${min} to ${max}` })
    .min(min, { error: `${label} must be a whole number from ${min} to ${max}` })
    .max(max, { error: `${label} must be a whole number from ${min} to ${max}` });

/**
 * The ASB Case Review limits are the statutory ceiling (3 calls in 6
 * months): a district may warn sooner, never later (domain.md).
 */
export const thresholdsSchema = refBase.extend({
  repeatCalls: wholeNumber('Calls for a repeat', 2, 5),
  repeatWindowDays: wholeNumber('Repeat window', 30, 180),
  caseReviewCalls: wholeNumber('Calls for an ASB Case Review', 1, 3),
  caseReviewMonths: wholeNumber('ASB Case Review window', 1, 6),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;
export const DEFAULT_THRESHOLDS = {
  repeatCalls: 3,
  repeatWindowDays: 90,
  caseReviewCalls: 3,
  caseReviewMonths: 6,
} as const;

export const letterTemplateSchema = refBase.extend({
  stepId: z.string().max(64),
  name: requiredText('Name', 120),
  body: z.string().max(20000, { error: 'The letter must be 20,000 characters or fewer' }),
});

/** The user directory as every signed-in user sees it: no credentials, no roles. */
export const directoryUserSchema = refBase.extend({
  name: z.string().min(1).max(120),
  agencyId: z.string().max(64),
  wards: z.array(z.string()).max(40),
});
export type DirectoryUser = z.infer<typeof directoryUserSchema>;

export const viewEventSchema = z.object({
  id: z.string(),
  table: z.string().max(64),
  recordId: z.string().max(64),
  at: z.string(),
  label: z.string().max(200),
});
