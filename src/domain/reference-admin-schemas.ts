/**
 * Request bodies of the reference-data admin API (/api/admin/reference),
 * parsed by the server and checked by the admin screens before a preview.
 * Field rules come from the synced tables' own schemas (schemas/reference.ts);
 * what is added here is what an admin may send: codes only when adding
 * (records name a ward, agency, category or closing code by it, so it never
 * changes afterwards), names and flags when changing.
 */
import { z } from 'zod';
import { LETTER_PLACEHOLDERS, placeholdersIn } from './rules/letters';
import {
  agencySchema,
  categorySchema,
  closingCodeSchema,
  letterTemplateSchema,
  thresholdsSchema,
  wardSchema,
} from './schemas/reference';

/** The tables these screens edit: the powers ladder has its own screen, users theirs. */
export const ADMIN_REFERENCE_TABLES = [
  'wards',
  'agencies',
  'categories',
  'closingCodes',
  'letterTemplates',
  'thresholds',
] as const;
export type AdminReferenceTable = (typeof ADMIN_REFERENCE_TABLES)[number];
/** Tables of a list of items; thresholds are one row, changed and never added. */
export type ReferenceListTable = Exclude<AdminReferenceTable, 'thresholds'>;

export function isAdminReferenceTable(name: string): name is AdminReferenceTable {
  return (ADMIN_REFERENCE_TABLES as readonly string[]).includes(name);
}

export const THRESHOLDS_ID = 'thresholds';
export const CODE_FIXED = 'A code cannot change once added: records refer to it.';

const fixedCode = z.never({ error: CODE_FIXED }).optional();
const active = z.boolean({ error: 'Say whether it is in use' }).optional();

const unknownPlaceholders = (body: string) =>
  placeholdersIn(body).filter((p) => !Object.prototype.hasOwnProperty.call(LETTER_PLACEHOLDERS, p));

/** A template may use only the details the app fills in when a letter is issued. */
const templateBody = letterTemplateSchema.shape.body
  .refine((b) => b.trim().length > 0, { error: 'Enter the wording of the letter' })
  .superRefine((body, ctx) => {
    const unknown = unknownPlaceholders(body);
    if (unknown.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: `${unknown.map((p) => `{{${p}}}`).join(', ')} is not a detail the app fills in. Use ${Object.keys(
          LETTER_PLACEHOLDERS,
        )
          .map((p) => `{{${p}}}`)
          .join(', ')}.`,
      });
  });

export const REFERENCE_ADD_SCHEMAS = {
  wards: wardSchema.pick({ code: true, name: true }).strict(),
  agencies: agencySchema.pick({ name: true, shortName: true }).strict(),
  categories: categorySchema.pick({ name: true, qualifier: true, asb: true }).strict(),
  closingCodes: closingCodeSchema.pick({ code: true, name: true }).strict(),
  letterTemplates: letterTemplateSchema
    .pick({ name: true })
    .extend({
      stepId: z.string().min(1, { error: 'Select the step of the powers ladder' }).max(64),
      body: templateBody,
    })
    .strict(),
} as const;

export const REFERENCE_CHANGE_SCHEMAS = {
  wards: wardSchema.pick({ name: true }).partial().extend({ active, code: fixedCode }).strict(),
  agencies: agencySchema
    .pick({ name: true, shortName: true })
    .partial()
    .extend({ active, code: fixedCode })
    .strict(),
  categories: categorySchema
    .pick({ name: true, qualifier: true, asb: true })
    .partial()
    .extend({ active, code: fixedCode })
    .strict(),
  closingCodes: closingCodeSchema
    .pick({ name: true })
    .partial()
    .extend({ active, code: fixedCode })
    .strict(),
  letterTemplates: letterTemplateSchema
    .pick({ name: true })
    .partial()
    .extend({ body: templateBody.optional(), active })
    .strict(),
  thresholds: thresholdsSchema
    .pick({
      repeatCalls: true,
      repeatWindowDays: true,
      caseReviewCalls: true,
      caseReviewMonths: true,
    })
    .strict(),
} as const;

export type ReferenceAdd<T extends ReferenceListTable> = z.infer<(typeof REFERENCE_ADD_SCHEMAS)[T]>;
export type ReferenceChange<T extends AdminReferenceTable> = z.infer<
  (typeof REFERENCE_CHANGE_SCHEMAS)[T]
>;

/** A readable id for an item added without a code of its own (agencies, categories). */
export function referenceSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || 'item';
}

/**
 * How many records name an item, by state, so the admin sees what a change
 * touches before saving. Counted on the server (an admin's device holds no
 * case records).
 */
export interface ReferenceUsage {
  openCalls: number;
  closedCalls: number;
  openActions: number;
  activeUsers: number;
}
export const NO_USAGE: ReferenceUsage = {
  openCalls: 0,
  closedCalls: 0,
  openActions: 0,
  activeUsers: 0,
};

/** One row as the admin API returns it: the stored data as devices receive it. */
export type ReferenceRowData = Record<string, unknown> & { id: string; active: boolean };
