/**
 * Historical calls from a spreadsheet (issue 14): one CSV row per call, in
 * the columns the README lists. This turns parsed rows (header name ->
 * text) into complete call records, with an error per bad cell naming the
 * row (as the spreadsheet numbers it: the header is row 1) and the column.
 * The server parses the file and applies the result in one transaction;
 * the rule stays here so the preview and the import agree.
 *
 * What a spreadsheet does not hold is recorded as not known rather than
 * invented: a named reporter becomes "Not recorded in the imported
 * spreadsheet", a missing address likewise (each such call gets its own
 * location, so imports raise no false repeats).
 */
import { uuidv7 } from '../ids';
import { normaliseAddress } from '../schemas/people';
import { callSchema, residentUpdateSchema, UPDATE_METHODS, CALL_STATUSES } from '../schemas/calls';
import { locationSchema } from '../schemas/people';

export const CALL_REFERENCE_PATTERN = /^DT-(\d{4})-(\d{1,6})$/;
export const NOT_RECORDED = 'Not recorded in the imported spreadsheet';
export const MAX_IMPORT_ROWS = 50_000;
/** Who may import calls (issue 14): the admin setting up, and the chair. */
export const IMPORT_ROLES = ['admin', 'chair'] as const;

/** Columns by their normalised header (lower case, letters only). */
export const IMPORT_COLUMNS = {
  reference: { header: 'reference', required: true },
  received: { header: 'received date', required: true },
  ward: { header: 'ward', required: true },
  categories: { header: 'categories', required: true },
  anonymous: { header: 'anonymous', required: true },
  status: { header: 'status', required: true },
  closed: { header: 'closed date', required: false },
  residentUpdated: { header: 'resident updated date', required: false },
  summary: { header: 'summary', required: true },
  address: { header: 'address', required: false },
} as const;
export type ImportColumn = keyof typeof IMPORT_COLUMNS;

const normalise = (h: string) => h.toLowerCase().replace(/[^a-z]/g, '');
const HEADER_OF = new Map(
  (Object.keys(IMPORT_COLUMNS) as ImportColumn[]).map((k) => [
    normalise(IMPORT_COLUMNS[k].header),
    k,
  ]),
);

export interface ImportRowError {
  /** The spreadsheet's row number (the header is row 1); 0 for the file as a whole. */
  row: number;
  column: string;
  message: string;
}

export interface ImportContext {
  wards: readonly { code: string; name: string }[];
  categories: readonly { id: string; name: string }[];
  /** References already held by calls on the server. */
  existingReferences: ReadonlySet<string>;
  importer: { userId: string; agencyId: string };
  now: Date;
}

export interface ImportedRow {
  row: number;
  reference: string;
  call: Record<string, unknown>;
  /** A new location for this call (absent when an earlier row made it). */
  location?: Record<string, unknown>;
  residentUpdate?: Record<string, unknown>;
}

export interface ImportPlan {
  rows: number;
  valid: ImportedRow[];
  errors: ImportRowError[];
  /** Rows with at least one error. */
  invalidRows: number;
}

/** YYYY-MM-DD or DD/MM/YYYY (how UK spreadsheets write dates) as YYYY-MM-DD, or null. */
export function importDate(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : uk
      ? [uk[3], uk[2]!.padStart(2, '0'), uk[1]!.padStart(2, '0')]
      : [];
  if (!y || !m || !d) return null;
  const date = `${y}-${m}-${d}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : null;
}

/** Header problems that stop the whole file: unknown or missing columns. */
export function headerErrors(headers: readonly string[]): ImportRowError[] {
  const seen = new Set(headers.map((h) => HEADER_OF.get(normalise(h))));
  return (Object.keys(IMPORT_COLUMNS) as ImportColumn[])
    .filter((k) => IMPORT_COLUMNS[k].required && !seen.has(k))
    .map((k) => ({
      row: 1,
      column: IMPORT_COLUMNS[k].header,
      message: `The file has no “${IMPORT_COLUMNS[k].header}” column`,
    }));
}

const lookup = <T>(items: readonly T[], keys: (t: T) => string[]) => {
  const m = new Map<string, T>();
  for (const t of items) for (const k of keys(t)) m.set(k.trim().toLowerCase(), t);
  return m;
};

// Noon UTC keeps the London calendar date whatever the season.
const noon = (date: string) => `${date}T12:00:00.000Z`;

/** Every row checked, in order; valid rows become records ready to import. */
export function planCallImport(
  rawRows: readonly Record<string, string>[],
  ctx: ImportContext,
): ImportPlan {
  const wards = lookup(ctx.wards, (w) => [w.code, w.name]);
  const categories = lookup(ctx.categories, (c) => [c.id, c.name]);
  const seenRefs = new Map<string, number>();
  const locations = new Map<string, string>();
  const errors: ImportRowError[] = [];
  const valid: ImportedRow[] = [];
  const today = ctx.now.toISOString().slice(0, 10);

  rawRows.forEach((raw, index) => {
    const row = index + 2;
    const cell: Partial<Record<ImportColumn, string>> = {};
    for (const [h, v] of Object.entries(raw)) {
      const k = HEADER_OF.get(normalise(h));
      if (k) cell[k] = (v ?? '').trim();
    }
    const rowErrors: ImportRowError[] = [];
    const bad = (column: ImportColumn, message: string) =>
      rowErrors.push({ row, column: IMPORT_COLUMNS[column].header, message });

    const reference = cell.reference ?? '';
    if (!CALL_REFERENCE_PATTERN.test(reference))
      bad('reference', 'Enter the reference as DT-YYYY-NNNN, for example DT-2025-0042');
    else if (seenRefs.has(reference))
      bad('reference', `${reference} is also on row ${seenRefs.get(reference)}`);
    else if (ctx.existingReferences.has(reference))
      bad('reference', `${reference} is already used by a call in the app`);
    seenRefs.set(reference, seenRefs.get(reference) ?? row);

    const received = importDate(cell.received ?? '');
    if (!received) bad('received', 'Enter the received date as YYYY-MM-DD or DD/MM/YYYY');
    else if (received > today) bad('received', 'The received date must not be in the future');

    const ward = wards.get((cell.ward ?? '').toLowerCase());
    if (!ward) bad('ward', `“${cell.ward ?? ''}” is not a ward name or ONS code of the district`);

    const categoryIds: string[] = [];
    for (const part of (cell.categories ?? '').split(';').map((p) => p.trim())) {
      if (!part) continue;
      const c = categories.get(part.toLowerCase());
      if (c) {
        if (!categoryIds.includes(c.id)) categoryIds.push(c.id);
      } else bad('categories', `“${part}” is not a call category`);
    }
    if (categoryIds.length === 0 && !(cell.categories ?? '').trim())
      bad('categories', 'Enter at least one category, separated by semicolons');

    const anon = (cell.anonymous ?? '').toLowerCase();
    if (!['yes', 'no', 'y', 'n'].includes(anon)) bad('anonymous', 'Enter yes or no');
    const anonymous = anon.startsWith('y');

    const status = (cell.status ?? '').toLowerCase();
    if (!(CALL_STATUSES as readonly string[]).includes(status))
      bad('status', 'Enter new, open or closed');
    const closedText = cell.closed ?? '';
    const closed = closedText ? importDate(closedText) : null;
    if (closedText && !closed) bad('closed', 'Enter the closed date as YYYY-MM-DD or DD/MM/YYYY');
    if (status === 'closed' && !closedText) bad('closed', 'A closed call needs its closed date');
    if (status !== 'closed' && closedText) bad('closed', 'Only a closed call has a closed date');
    if (closed && received && closed < received)
      bad('closed', 'The closed date must be on or after the received date');

    const updatedText = cell.residentUpdated ?? '';
    const updated = updatedText ? importDate(updatedText) : null;
    if (updatedText && !updated)
      bad('residentUpdated', 'Enter the resident updated date as YYYY-MM-DD or DD/MM/YYYY');
    if (updated && anonymous) bad('residentUpdated', 'An anonymous call has no resident to update');

    const summary = cell.summary ?? '';
    if (!summary) bad('summary', 'Enter a summary');
    else if (summary.length > 4000) bad('summary', 'The summary must be 4,000 characters or fewer');

    if (rowErrors.length > 0 || !received || !ward) {
      errors.push(...rowErrors);
      return;
    }
    const address = cell.address || NOT_RECORDED;
    const key = cell.address ? `${ward.code}|${normaliseAddress(address)}` : '';
    let locationId = key ? locations.get(key) : undefined;
    const newLocation = !locationId;
    locationId ??= uuidv7();
    if (key) locations.set(key, locationId);
    const callId = uuidv7();
    const call = callSchema.parse({
      id: callId,
      reference,
      receivedAt: noon(received),
      incidentDate: received,
      sourceAgencyId: ctx.importer.agencyId,
      reporter: anonymous
        ? { anonymous: true }
        : {
            anonymous: false,
            name: NOT_RECORDED,
            contact: NOT_RECORDED,
            updateMethod: UPDATE_METHODS[0],
          },
      location: { locationId, address, wardCode: ward.code },
      people: [],
      categoryIds,
      riskLevel: 'standard',
      vulnerabilityFlags: [],
      summary,
      status,
      closure: closed
        ? {
            reason: 'Closed before the calls were imported',
            closedAt: noon(closed),
            closedBy: ctx.importer.userId,
          }
        : null,
    });
    valid.push({
      row,
      reference,
      call,
      location: newLocation
        ? locationSchema.parse({ id: locationId, address, wardCode: ward.code })
        : undefined,
      residentUpdate: updated
        ? residentUpdateSchema.parse({
            id: uuidv7(),
            callId,
            at: noon(updated),
            method: UPDATE_METHODS[0],
            summary: 'Resident updated (date from the imported spreadsheet)',
          })
        : undefined,
    });
  });
  const invalidRows = new Set(errors.map((e) => e.row)).size;
  return { rows: rawRows.length, valid, errors, invalidRows };
}
