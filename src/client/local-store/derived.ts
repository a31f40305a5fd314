/**
 * Device-only fields stored beside records so IndexedDB can index them, and
 * the inverse: the wire shape of a record (no `_sync`, no derived fields, no
 * server-managed fields), which is all a mutation payload may carry.
 */
import { SERVER_MANAGED_FIELDS } from '../../domain/schemas/common';
import { normaliseAddress } from '../../domain/schemas/people';
import { TABLES, type TableName } from '../../domain/tables';
import { callSearchText, searchHashes, type BlindIndex } from './blind-index';
import { searchWords } from './search-words';

export const DERIVED_FIELDS: Partial<Record<TableName, readonly string[]>> = {
  calls: ['personIds', 'wardCode', 'searchHashes'],
  locations: ['normAddress', 'searchWords'],
  people: ['searchWords', 'nameKey', 'nameWords', 'aliasWords', 'placeWords'],
};

type Row = Record<string, unknown>;

// Outward code, optional space, inward code: "TN8 5AA", "DA3 8AB", "tn85aa".
const POSTCODE = /\b([a-z]{1,2}\d[a-z\d]?)\s*(\d[a-z]{2})\b/giu;

/**
 * The words of an address, plus each postcode written without its space, so
 * "TN85" finds "Station Road, Edenbridge TN8 5AA" as well as "TN8 5" does.
 */
export function addressWords(address: unknown): string[] {
  if (typeof address !== 'string') return [];
  const words = searchWords(address);
  for (const m of address.toLowerCase().matchAll(POSTCODE)) {
    const compact = `${m[1]}${m[2]}`;
    if (!words.includes(compact)) words.push(compact);
  }
  return words;
}

/** A whole name lower-cased and single-spaced, for the exact-name match of search. */
export function nameKey(name: unknown): string {
  return searchWords(name).join(' ');
}

/**
 * Returns a copy of `record` with its table's derived fields recomputed.
 * Calls need the database's blind index (`blindIndexOf(db)`) for their
 * search hashes.
 */
export function withDerived<T extends Row>(table: string, record: T, index?: BlindIndex): T {
  const row: Row = { ...record };
  if (table === 'calls') {
    if (!index) throw new Error('A call is stored with its search hashes: pass the blind index.');
    row.searchHashes = searchHashes(index, callSearchText(row));
    const people = Array.isArray(row.people) ? (row.people as { personId?: unknown }[]) : [];
    row.personIds = [
      ...new Set(people.map((p) => p.personId).filter((id) => typeof id === 'string')),
    ];
    const location = (row.location ?? {}) as { wardCode?: unknown };
    row.wardCode = typeof location.wardCode === 'string' ? location.wardCode : '';
  } else if (table === 'locations') {
    const address = typeof row.address === 'string' ? row.address : '';
    row.normAddress = normaliseAddress(address);
    row.searchWords = addressWords(address);
  } else if (table === 'people') {
    const aliases = Array.isArray(row.aliases) ? row.aliases : [];
    // searchWords (name and aliases) serves the forms' type-ahead; the rest
    // let the people search rank a name above an alias above an address.
    row.searchWords = searchWords(row.name, ...aliases);
    row.nameKey = nameKey(row.name);
    row.nameWords = searchWords(row.name);
    row.aliasWords = searchWords(...aliases);
    row.placeWords = addressWords(row.address);
  }
  return row as T;
}

/** Fields a device never sends: its bookkeeping, derived indexes and what the server owns. */
export function isLocalOnlyField(table: string, field: string): boolean {
  if (field === '_sync') return true;
  if ((SERVER_MANAGED_FIELDS as readonly string[]).includes(field)) return true;
  const name = table as TableName;
  if (DERIVED_FIELDS[name]?.includes(field)) return true;
  const serverFields: readonly string[] =
    (TABLES[name] as { serverFields?: readonly string[] } | undefined)?.serverFields ?? [];
  return serverFields.includes(field);
}

/** The record as a mutation payload carries it. */
export function toWirePayload(table: string, record: Row): Row {
  const payload: Row = {};
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined || isLocalOnlyField(table, field)) continue;
    payload[field] = value;
  }
  return payload;
}
