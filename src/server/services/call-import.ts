/**
 * POST /api/import/calls: historical calls from a CSV spreadsheet. The file
 * must be UTF-8 (a BOM is fine); papaparse reads quoted fields, line breaks
 * inside quotes and either commas or semicolons. The domain rule
 * (rules/call-import.ts) checks every row; `preview` writes nothing, `all`
 * imports only a file with no errors, `valid` imports the good rows and
 * skips the rest. Either way the import is one transaction through the
 * record writer (services/import.ts), so the calls get seqs and reach
 * devices by pull, keep their references, and the year's counter continues
 * above them.
 */
import Papa from 'papaparse';
import {
  headerErrors,
  MAX_IMPORT_ROWS,
  planCallImport,
  type ImportPlan,
  type ImportRowError,
} from '../../domain/rules/call-import';
import type { AuthContext, ServerDeps } from '../deps';
import { ApiError } from '../errors';
import type { StorageTx } from '../storage/types';
import { writeAudit } from './audit';
import { importRecords } from './import';

export type ImportMode = 'preview' | 'all' | 'valid';
/** Errors sent back at most; the total is always given. */
export const MAX_ERRORS_SHOWN = 1000;

export interface ImportAnswer {
  rows: number;
  validRows: number;
  invalidRows: number;
  errorCount: number;
  errors: ImportRowError[];
  imported: number;
  /** Set when nothing was imported because of errors (`all` with errors, or a bad file). */
  refused?: true;
}

function decode(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ApiError(
      400,
      'not_utf8',
      'The file is not UTF-8 text. In your spreadsheet choose Save As, then “CSV UTF-8 (comma delimited)”, and try again.',
    );
  }
}

async function reference(tx: StorageTx) {
  const active = (t: 'wards' | 'categories') =>
    tx.listRecords(t).then((rows) => rows.filter((r) => !r.deleted && r.data.active !== false));
  const wards = (await active('wards')).map((r) => ({
    code: String(r.data.code),
    name: String(r.data.name),
  }));
  const categories = (await active('categories')).map((r) => ({
    id: String(r.data.id),
    name: String(r.data.name),
  }));
  const refs = await tx.countRecordsBy('calls', 'reference');
  return { wards, categories, existing: new Set(refs.flatMap((r) => (r.value ? [r.value] : []))) };
}

export function parseCallsCsv(text: string) {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    transformHeader: (h) => h.trim(),
  });
  const shapeErrors: ImportRowError[] = parsed.errors
    .filter((e) => e.row !== undefined && e.type === 'FieldMismatch')
    .map((e) => ({
      row: (e.row ?? 0) + 2,
      column: 'whole row',
      message: 'The row has a different number of columns from the header',
    }));
  return { headers: parsed.meta.fields ?? [], rows: parsed.data, shapeErrors };
}

export async function importCalls(
  deps: ServerDeps,
  auth: AuthContext,
  bytes: ArrayBuffer,
  mode: ImportMode,
): Promise<ImportAnswer> {
  const text = decode(bytes);
  const { headers, rows, shapeErrors } = parseCallsCsv(text);
  const fileErrors = headerErrors(headers);
  if (rows.length === 0)
    fileErrors.push({ row: 0, column: 'file', message: 'The file has no rows of calls' });
  if (rows.length > MAX_IMPORT_ROWS)
    fileErrors.push({
      row: 0,
      column: 'file',
      message: `Import at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows at a time`,
    });
  const now = deps.clock.now();
  const importer = { userId: auth.user.id, agencyId: auth.user.agencyId };
  const ref = await deps.storage.transaction(reference, { concurrent: true });
  let plan: ImportPlan = { rows: rows.length, valid: [], errors: fileErrors, invalidRows: 0 };
  if (fileErrors.length === 0) {
    plan = planCallImport(rows, {
      wards: ref.wards,
      categories: ref.categories,
      existingReferences: ref.existing,
      importer,
      now,
    });
    const shaped = new Set(shapeErrors.map((e) => e.row));
    plan.valid = plan.valid.filter((v) => !shaped.has(v.row));
    plan.errors = [...shapeErrors, ...plan.errors].sort((a, b) => a.row - b.row);
    plan.invalidRows = new Set(plan.errors.map((e) => e.row)).size;
  }
  const answer = (imported: number): ImportAnswer => ({
    rows: plan.rows,
    validRows: plan.valid.length,
    invalidRows: plan.invalidRows,
    errorCount: plan.errors.length,
    errors: plan.errors.slice(0, MAX_ERRORS_SHOWN),
    imported,
  });
  if (mode === 'preview') return answer(0);
  if (fileErrors.length > 0 || (mode === 'all' && plan.errors.length > 0)) {
    return { ...answer(0), refused: true };
  }
  if (plan.valid.length === 0) return answer(0);
  const records = {
    locations: plan.valid.flatMap((v) => (v.location ? [v.location] : [])),
    calls: plan.valid.map((v) => v.call),
    residentUpdates: plan.valid.flatMap((v) => (v.residentUpdate ? [v.residentUpdate] : [])),
  };
  await importRecords(deps.storage, records, now, new Map(), importer);
  await deps.storage.transaction((tx) =>
    writeAudit(tx, now, {
      userId: auth.user.id,
      deviceId: auth.deviceId,
      action: 'import.calls',
      table: 'calls',
      ids: plan.valid.map((v) => String(v.call.id)),
    }),
  );
  return answer(plan.valid.length);
}
