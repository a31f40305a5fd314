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

type SeededTable = keyof ReturnType<typeof referenceSeed>;

/**
 * A reference row as rules read it (both runners): the stored row unless the
 * admin has withdrawn it, or the seed's row while the store holds none for
 * that id (a device before its first sync).
 */
export function referenceRow(
  table: TableName,
  id: string,
  stored: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (stored) return stored.active === false ? undefined : stored;
  const seed = referenceSeed() as Partial<Record<SeededTable, Record<string, unknown>[]>>;
  return seed[table as SeededTable]?.find((r) => r.id === id);
}
