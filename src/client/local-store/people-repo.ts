/**
 * People and locations in the user's database (`people`, `locations` tables):
 * type-ahead lookup for forms, and creation, each create queued in the outbox
 * in the same transaction. Merged-away records are never offered.
 */
import type { Table } from 'dexie';
import { uuidv7 } from '../../domain/ids';
import {
  locationSchema,
  normaliseAddress,
  personSchema,
  type Location,
  type Person,
} from '../../domain/schemas/people';
import type { CsuDb } from './db';
import { searchWords } from './derived';
import { createRecord, localStamp } from './record-writes';
import type { LocalLocation, LocalPerson } from './types';
import { checkPastDates, collect, throwIfAny, type FieldErrors } from './validate';
import { withWrite } from './write';

export const LOOKUP_LIMIT = 20;

async function searchByWords<T extends { searchWords: string[]; mergedInto?: string }>(
  table: Table<T, string>,
  text: string,
  limit: number,
  keep: (row: T) => boolean = () => true,
): Promise<T[]> {
  const words = searchWords(text);
  if (words.length === 0) return [];
  // The longest word narrows the index scan most; the rest are checked on the rows found.
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  return table
    .where('searchWords')
    .startsWith(longest)
    .distinct()
    .filter(
      (row) =>
        !row.mergedInto &&
        keep(row) &&
        words.every((w) => row.searchWords.some((s) => s.startsWith(w))),
    )
    .limit(limit)
    .toArray();
}

/** Locations whose address words start with the words typed, optionally in one ward. */
export async function findLocations(
  db: CsuDb,
  text: string,
  wardCode?: string,
  limit = LOOKUP_LIMIT,
): Promise<LocalLocation[]> {
  const rows = await searchByWords(
    db.locations,
    text,
    limit,
    (l) => !wardCode || l.wardCode === wardCode,
  );
  return rows.sort((a, b) => a.address.localeCompare(b.address, 'en-GB'));
}

/** People whose name or alias words start with the words typed. */
export async function findPeople(
  db: CsuDb,
  text: string,
  limit = LOOKUP_LIMIT,
): Promise<LocalPerson[]> {
  const rows = await searchByWords(db.people, text, limit);
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** The existing location with this normalised address in this ward, if any. */
export async function findLocationByAddress(
  db: CsuDb,
  address: string,
  wardCode: string,
): Promise<LocalLocation | undefined> {
  const norm = normaliseAddress(address);
  if (!norm) return undefined;
  const rows = await db.locations.where('normAddress').equals(norm).toArray();
  return rows.find((l) => l.wardCode === wardCode && !l.mergedInto);
}

export interface NewLocationInput {
  address: string;
  wardCode: string;
  gps?: Location['gps'];
}

export interface NewPersonInput {
  name: string;
  aliases?: string[];
  dateOfBirth?: string;
  address?: string;
  wardCode?: string;
  flags?: Person['flags'];
}

/** Builds and checks a new location; errors go into `fields` under `prefix`. */
export function buildLocation(
  db: CsuDb,
  input: NewLocationInput,
  fields: FieldErrors,
  prefix = '',
): Location | undefined {
  const stamp = localStamp(db);
  const record = {
    id: uuidv7(),
    address: input.address,
    wardCode: input.wardCode,
    ...(input.gps ? { gps: input.gps } : {}),
    createdAt: stamp.at,
    createdBy: stamp.by,
  };
  return collect(locationSchema, record, fields, prefix);
}

export function buildPerson(
  db: CsuDb,
  input: NewPersonInput,
  fields: FieldErrors,
  prefix = '',
): Person | undefined {
  const stamp = localStamp(db);
  const record = {
    id: uuidv7(),
    name: input.name,
    aliases: input.aliases ?? [],
    flags: input.flags ?? [],
    ...(input.dateOfBirth ? { dateOfBirth: input.dateOfBirth } : {}),
    ...(input.address ? { address: input.address } : {}),
    ...(input.wardCode ? { wardCode: input.wardCode } : {}),
    createdAt: stamp.at,
    createdBy: stamp.by,
  };
  checkPastDates(fields, 'people', { ...input }, prefix);
  return collect(personSchema, record, fields, prefix);
}

/** Writes a built location and queues its create. Call inside a withWrite transaction. */
export async function putNewLocation(db: CsuDb, location: Location): Promise<void> {
  await createRecord(db, 'locations', location, []);
}

export async function putNewPerson(db: CsuDb, person: Person): Promise<void> {
  await createRecord(db, 'people', person, []);
}

/** Adds a person on their own (the people screens). Returns the new id. */
export async function addPerson(db: CsuDb, input: NewPersonInput): Promise<string> {
  const fields: FieldErrors = {};
  const person = buildPerson(db, input, fields);
  throwIfAny(fields);
  const built = person as Person;
  await withWrite(db, ['people'], () => putNewPerson(db, built));
  return built.id;
}

/** Adds a location, or returns the existing one with the same address and ward. */
export async function addLocation(db: CsuDb, input: NewLocationInput): Promise<string> {
  const fields: FieldErrors = {};
  const location = buildLocation(db, input, fields);
  throwIfAny(fields);
  const built = location as Location;
  return withWrite(db, ['locations'], async () => {
    const existing = await findLocationByAddress(db, built.address, built.wardCode);
    if (existing) return existing.id;
    await putNewLocation(db, built);
    return built.id;
  });
}
