/**
 * Checks that a call's ward, source agency and categories are ones the
 * district has: active rows of the synced reference tables, or, before the
 * first sync has brought any, the seeds in src/domain/reference. Reads only
 * the rows named (not whole tables), inside the caller's transaction, so a
 * save stays close to the cost of its own writes.
 */
import { SEED_AGENCIES } from '../../domain/reference/agencies';
import { SEED_CATEGORIES } from '../../domain/reference/categories';
import { SEVENOAKS_WARDS } from '../../domain/reference/wards';
import type { TableName } from '../../domain/tables';
import type { CsuDb } from './db';
import type { FieldErrors } from './validate';

export const REFERENCE_CHECK_TABLES = ['wards', 'agencies', 'categories'] as const;

const SEED_IDS: Record<(typeof REFERENCE_CHECK_TABLES)[number], ReadonlySet<string>> = {
  wards: new Set(SEVENOAKS_WARDS.map((w) => w.code)),
  agencies: new Set(SEED_AGENCIES.map((a) => a.id)),
  categories: new Set(SEED_CATEGORIES.map((c) => c.id)),
};

async function allKnown(
  db: CsuDb,
  table: (typeof REFERENCE_CHECK_TABLES)[number],
  ids: readonly string[],
): Promise<boolean> {
  const store = db.recordTable(table as TableName);
  const rows = await store.bulkGet([...ids]);
  if (rows.every((r) => r !== undefined && r.active !== false)) return true;
  if ((await store.count()) > 0) return false;
  return ids.every((id) => SEED_IDS[table].has(id));
}

export async function checkCallReferences(
  db: CsuDb,
  input: { location: { wardCode: string }; sourceAgencyId: string; categoryIds: readonly string[] },
  fields: FieldErrors,
): Promise<void> {
  const [ward, agency, categories] = await Promise.all([
    allKnown(db, 'wards', [input.location.wardCode]),
    allKnown(db, 'agencies', [input.sourceAgencyId]),
    allKnown(db, 'categories', input.categoryIds),
  ]);
  if (!ward) fields['location.wardCode'] = 'Select a ward from the list';
  if (!agency) fields.sourceAgencyId = 'Select the source agency from the list';
  if (!categories) fields.categoryIds = 'Select categories from the list';
}
