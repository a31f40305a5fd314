import { z } from 'zod';

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
  code: z.string().regex(/^[A-Z]\d{8}$/),
  name: z.string().min(1).max(120),
});
export const agencySchema = refBase.extend({
  name: z.string().min(1).max(200),
  shortName: z.string().min(1).max(60),
});
export const categorySchema = refBase.extend({
  name: z.string().min(1).max(120),
  qualifier: z.enum(['personal', 'nuisance', 'environmental']),
  asb: z.boolean(),
});
export const closingCodeSchema = refBase.extend({
  code: z.string().min(1).max(10),
  name: z.string().min(1).max(120),
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
export const thresholdsSchema = refBase.extend({
  repeatCalls: z.number().int().min(2).max(5),
  repeatWindowDays: z.number().int().min(30).max(180),
  caseReviewCalls: z.number().int().min(1).max(3),
  caseReviewMonths: z.number().int().min(1).max(6),
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
  name: z.string().min(1).max(120),
  body: z.string().max(20000),
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
