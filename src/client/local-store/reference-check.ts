/**
 * Checks that a call's ward, source agency and categories are ones the
 * district has: active rows of the synced reference tables, or, before the
 * first sync has brought any, the seeds in src/domain/reference.
 *
 * The active ids are cached per database: saving a call is the hot path and
 * reference data changes rarely (only through a pull). Any committed change
 * to those tables, in this tab or another (Dexie's "storagemutated"), drops
 * the cache, and an id missing from the cache is looked up again before it
 * is refused.
 */
import { Dexie } from 'dexie';
import { SEED_AGENCIES } from '../../domain/reference/agencies';
import { SEED_CATEGORIES } from '../../domain/reference/categories';
import { SEVENOAKS_WARDS } from '../../domain/reference/wards';
import {
  CALL_REFERENCE_TABLES,
  callReferenceErrors,
  callReferenceIds,
  type CallReferenceInput,
  type CallReferenceTable,
} from '../../domain/rules/call-references';
import type { TableName } from '../../domain/tables';
import type { CsuDb } from './db';
import type { FieldErrors } from './validate';

export const REFERENCE_CHECK_TABLES = CALL_REFERENCE_TABLES;
type RefTable = CallReferenceTable;

const SEED_IDS: Record<RefTable, ReadonlySet<string>> = {
  wards: new Set(SEVENOAKS_WARDS.map((w) => w.code)),
  agencies: new Set(SEED_AGENCIES.map((a) => a.id)),
  categories: new Set(SEED_CATEGORIES.map((c) => c.id)),
};

const cache = new WeakMap<CsuDb, Map<RefTable, ReadonlySet<string>>>();
const listening = new WeakSet<CsuDb>();

function watch(db: CsuDb): void {
  if (listening.has(db)) return;
  listening.add(db);
  Dexie.on('storagemutated', (parts) => {
    const keys = Object.keys(parts);
    if (keys.some((k) => REFERENCE_CHECK_TABLES.some((t) => k.includes(`/${t}/`))))
      cache.delete(db);
  });
}

async function loadActiveIds(db: CsuDb, table: RefTable): Promise<ReadonlySet<string>> {
  const rows = await db.recordTable(table as TableName).toArray();
  // Before the first sync the table is empty: the seeds stand in for it.
  if (rows.length === 0) return SEED_IDS[table];
  return new Set(rows.filter((r) => r.active !== false).map((r) => r.id));
}

async function allKnown(db: CsuDb, table: RefTable, ids: readonly string[]): Promise<boolean> {
  watch(db);
  let tables = cache.get(db);
  if (!tables) cache.set(db, (tables = new Map()));
  let known = tables.get(table);
  if (known && ids.every((id) => known?.has(id))) return true;
  known = await loadActiveIds(db, table);
  tables.set(table, known);
  return ids.every((id) => known?.has(id));
}

/** The device's half of the call reference rule (domain/rules/call-references). */
export async function checkCallReferences(
  db: CsuDb,
  input: CallReferenceInput,
  fields: FieldErrors,
): Promise<void> {
  const ids = callReferenceIds(input);
  const [wards, agencies, categories] = await Promise.all(
    REFERENCE_CHECK_TABLES.map((table) => allKnown(db, table, ids[table])),
  );
  Object.assign(
    fields,
    callReferenceErrors({
      wards: wards ?? false,
      agencies: agencies ?? false,
      categories: categories ?? false,
    }),
  );
}
