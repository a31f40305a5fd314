/**
 * Reference data as the admin changes it (admin role only; routes check it):
 * wards, agencies, categories, police closing codes, letter templates and
 * the thresholds, written as ordinary synced records (a new seq) so every
 * device pulls the change at its next sync. Items are deactivated, never
 * deleted, and keep their code: records name them by it. One audit row per
 * change, never values. Bodies arrive parsed by the route with the domain's
 * schemas (reference-admin-schemas.ts).
 */
import {
  NO_USAGE,
  referenceSlug,
  THRESHOLDS_ID,
  type AdminReferenceTable,
  type ReferenceListTable,
  type ReferenceRowData,
  type ReferenceUsage,
} from '../../domain/reference-admin-schemas';
import { referenceRow } from '../../domain/reference/seed';
import { uuidv7 } from '../../domain/ids';
import { TABLES } from '../../domain/tables';
import type { ServerDeps } from '../deps';
import { ApiError, notFound } from '../errors';
import type { StorageTx, StoredRecord } from '../storage/types';
import type { Admin } from './admin';
import { writeAudit } from './audit';
import { wireRecord, writeNewRecord, writeRecordChange } from './records';
import { referenceUsage } from './reference-usage';

const rowOf = (r: StoredRecord) => wireRecord(r) as ReferenceRowData;

function fieldError(field: string, message: string): ApiError {
  const err = new ApiError(400, 'bad_request', 'Some fields are missing or not valid.');
  err.fields = { [field]: message };
  return err;
}

export async function listReference(
  deps: ServerDeps,
  table: AdminReferenceTable,
): Promise<ReferenceRowData[]> {
  const rows = await deps.storage.transaction((tx) => tx.listRecords(table));
  return rows.filter((r) => !r.deleted).map(rowOf);
}

/**
 * One row with what names it. The thresholds row falls back to the seed's
 * (referenceRow) on a database seeded before it existed.
 */
export async function getReference(
  deps: ServerDeps,
  table: AdminReferenceTable,
  id: string,
): Promise<{ row: ReferenceRowData; usage: ReferenceUsage }> {
  return deps.storage.transaction(async (tx) => {
    const stored = await tx.getRecord(table, id);
    if (stored && !stored.deleted)
      return { row: rowOf(stored), usage: await referenceUsage(tx, table, id) };
    const seed = table === 'thresholds' ? referenceRow(table, id, undefined) : undefined;
    if (!seed) throw notFound('That item is not in the district’s lists.');
    return { row: seed as ReferenceRowData, usage: NO_USAGE };
  });
}

async function sameName(
  tx: StorageTx,
  table: ReferenceListTable,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const wanted = name.trim().toLowerCase();
  const rows = await tx.listRecords(table);
  return rows.some(
    (r) =>
      r.id !== exceptId &&
      !r.deleted &&
      r.data.active !== false &&
      String(r.data.name).trim().toLowerCase() === wanted,
  );
}

async function freeSlug(tx: StorageTx, table: ReferenceListTable, name: string): Promise<string> {
  const base = referenceSlug(name);
  let id = base;
  for (let n = 2; await tx.getRecord(table, id); n++) id = `${base}-${n}`;
  return id;
}

async function newId(tx: StorageTx, table: ReferenceListTable, input: Record<string, unknown>) {
  if (table === 'wards' || table === 'closingCodes') {
    const code = String(input.code);
    const existing = await tx.getRecord(table, code);
    if (existing) throw fieldError('code', `${String(existing.data.name)} already has this code.`);
    return code;
  }
  if (table === 'letterTemplates') return `tpl-${uuidv7()}`;
  return freeSlug(tx, table, String(input.name));
}

const trimmed = (input: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(input).map(([k, v]) => [
      k,
      typeof v === 'string' && k !== 'body' ? v.trim() : v,
    ]),
  );

export async function addReference(
  deps: ServerDeps,
  table: ReferenceListTable,
  parsed: Record<string, unknown>,
  admin: Admin,
): Promise<ReferenceRowData> {
  const input = trimmed(parsed);
  const now = deps.clock.now();
  return deps.storage.transaction(async (tx) => {
    if (await sameName(tx, table, String(input.name)))
      throw fieldError('name', 'An item in use already has this name. Choose another.');
    if (table === 'letterTemplates') {
      const step = await tx.getRecord('powers', String(input.stepId));
      if (!step || step.deleted) throw fieldError('stepId', 'Select the step of the powers ladder');
    }
    const id = await newId(tx, table, input);
    const data = TABLES[table].schema.parse({ ...input, id, active: true }) as Record<
      string,
      unknown
    >;
    const record = await writeNewRecord(tx, {
      table,
      id,
      data,
      by: admin.userId ? { userId: admin.userId, agencyId: '' } : null,
      now,
    });
    await writeAudit(tx, now, { ...admin, action: 'admin.reference.create', table, ids: [id] });
    return rowOf(record);
  });
}

export async function changeReference(
  deps: ServerDeps,
  table: AdminReferenceTable,
  id: string,
  parsed: Record<string, unknown>,
  admin: Admin,
): Promise<ReferenceRowData> {
  const change = trimmed(parsed);
  const now = deps.clock.now();
  return deps.storage.transaction(async (tx) => {
    let current = await tx.getRecord(table, id);
    if (!current && table === 'thresholds' && id === THRESHOLDS_ID) {
      const seed = referenceRow(table, id, undefined) as Record<string, unknown>;
      current = await writeNewRecord(tx, { table, id, data: seed, by: null, now });
    }
    if (!current || current.deleted) throw notFound('That item is not in the district’s lists.');
    if (table !== 'thresholds' && typeof change.name === 'string')
      if (await sameName(tx, table, change.name, id))
        throw fieldError('name', 'An item in use already has this name. Choose another.');
    const changed = Object.fromEntries(
      Object.entries(change).filter(
        ([k, v]) => v !== undefined && JSON.stringify(current.data[k]) !== JSON.stringify(v),
      ),
    );
    if (Object.keys(changed).length === 0) return rowOf(current);
    TABLES[table].schema.parse({ ...current.data, ...changed });
    const next = await writeRecordChange(tx, current, changed, { by: admin.userId, now });
    await writeAudit(tx, now, { ...admin, action: 'admin.reference.update', table, ids: [id] });
    return rowOf(next);
  });
}
