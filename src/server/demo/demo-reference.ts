import { SEED_AGENCIES } from '../../domain/reference/agencies';
import { SEED_CATEGORIES, SEED_CLOSING_CODES } from '../../domain/reference/categories';
import { SEED_POWERS } from '../../domain/reference/powers';
import { SEVENOAKS_WARDS } from '../../domain/reference/wards';
import { DEFAULT_THRESHOLDS } from '../../domain/schemas/reference';
import { LETTER_TEMPLATES } from './demo-letters';

/**
 * Reference rows for the demo database, from the first seeds in
 * src/domain/reference. Reference rows use readable ids (ward codes,
 * agency slugs) and are all active.
 */
export function buildReferenceRows() {
  return {
    wards: SEVENOAKS_WARDS.map((w) => ({ id: w.code, active: true, code: w.code, name: w.name })),
    agencies: SEED_AGENCIES.map((a) => ({ ...a, active: true })),
    categories: SEED_CATEGORIES.map((c) => ({ ...c, active: true })),
    closingCodes: SEED_CLOSING_CODES.map((c) => ({ id: c.code, active: true, ...c })),
    powers: SEED_POWERS.map((p) => ({ ...p, active: true })),
    thresholds: [{ id: 'thresholds', active: true, ...DEFAULT_THRESHOLDS }],
    letterTemplates: LETTER_TEMPLATES.map((t) => ({ ...t, active: true })),
  };
}
