/**
 * The first contents of every reference table, as records: what a new
 * database (production or demo) starts with before an admin edits it.
 * Reference rows use readable ids (ward codes, agency slugs) and are all
 * active.
 */
import type { TableName } from '../tables';
import { DEFAULT_THRESHOLDS } from '../schemas/reference';
import { SEED_AGENCIES } from './agencies';
import { SEED_CATEGORIES, SEED_CLOSING_CODES } from './categories';
import { SEED_LETTER_TEMPLATES } from './letter-templates';
import { SEED_POWERS } from './powers';
import { SEVENOAKS_WARDS } from './wards';

export function referenceSeed() {
  return {
    wards: SEVENOAKS_WARDS.map((w) => ({ id: w.code, active: true, code: w.code, name: w.name })),
    agencies: SEED_AGENCIES.map((a) => ({ ...a, active: true })),
    categories: SEED_CATEGORIES.map((c) => ({ ...c, active: true })),
    closingCodes: SEED_CLOSING_CODES.map((c) => ({ id: c.code, active: true, ...c })),
    powers: SEED_POWERS.map((p) => ({ ...p, active: true })),
    thresholds: [{ id: 'thresholds', active: true, ...DEFAULT_THRESHOLDS }],
    letterTemplates: SEED_LETTER_TEMPLATES.map((t) => ({ ...t, active: true })),
  } satisfies Partial<Record<TableName, Record<string, unknown>[]>>;
}
