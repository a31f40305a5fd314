/**
 * People and locations in the user's database (`people`, `locations` tables):
 * creation, each create queued in the outbox in the same transaction.
 * Searching them lives in people-search.ts.
 */
import { uuidv7 } from '../../domain/ids';
import {
  locationSchema,
  normaliseAddress,
  personSchema,
  type Location,
  type Person,
} from '../../domain/schemas/people';
import type { CsuDb } from './db';
import { createRecord, localStamp } from './record-writes';
import type { LocalLocation } from './types';
import { checkPastDates, collect, throwIfAny, type FieldErrors } from './validate';
import { withWrite } from './write';

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
