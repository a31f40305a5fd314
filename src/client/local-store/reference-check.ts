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

/**
 * Bumped by every committed change to a reference table, in this tab or
 * another. One listener for the page's lifetime that holds no database: a
 * listener per database was never removed and kept each database alive.
 */
let generation = 0;
let watching = false;

function watchReferenceTables(): void {
  if (watching) return;
  watching = true;
  Dexie.on('storagemutated', (parts) => {
    const keys = Object.keys(parts);
    if (keys.some((k) => REFERENCE_CHECK_TABLES.some((t) => k.includes(`/${t}/`)))) generation += 1;
  });
}

/** Active ids per database, valid while `generation` is unchanged. */
const cache = new WeakMap<
  CsuDb,
  { generation: number; tables: Map<RefTable, ReadonlySet<string>> }
>();

function cachedTables(db: CsuDb): Map<RefTable, ReadonlySet<string>> {
  watchReferenceTables();
  const entry = cache.get(db);
  if (entry && entry.generation === generation) return entry.tables;
  const tables = new Map<RefTable, ReadonlySet<string>>();
  cache.set(db, { generation, tables });
  return tables;
}

async function loadActiveIds(db: CsuDb, table: RefTable): Promise<ReadonlySet<string>> {
  const rows = await db.recordTable(table as TableName).toArray();
  // Before the first sync the table is empty: the seeds stand in for it.
  if (rows.length === 0) return SEED_IDS[table];
  return new Set(rows.filter((r) => r.active !== false).map((r) => r.id));
}

async function allKnown(db: CsuDb, table: RefTable, ids: readonly string[]): Promise<boolean> {
  const tables = cachedTables(db);
  let known = tables.get(table);
  if (known && ids.every((id) => known?.has(id))) return true;
  known = await loadActiveIds(db, table);
  tables.set(table, known);
  return ids.every((id) => known?.has(id));
}

/** Refuses a ward the district does not have, at `path`. */
export async function checkWard(
  db: CsuDb,
  wardCode: string,
  fields: FieldErrors,
  path: string,
): Promise<void> {
  if (!(await allKnown(db, 'wards', [wardCode]))) fields[path] = 'Select a ward from the list';
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
