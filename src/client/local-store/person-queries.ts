/**
 * Read side of the person and location pages: the record, the records
 * merged into it (their history is its history, domain.md), and one
 * chronology of everything linked that the viewer may read, newest first.
 * Nothing here writes.
 */
import type { PersonRole } from '../../domain/schemas/calls';
import type { Enforcement } from '../../domain/schemas/enforcement';
import type { Group } from '../../domain/schemas/groups';
import type { MaracReferral, MaracSubjectLink } from '../../domain/schemas/marac';
import type { TableName } from '../../domain/tables';
import type { CsuDb } from './db';
import { mergeResolver } from './merges';
import type { LocalCall, LocalLocation, LocalPerson, LocalVisit } from './types';

export const CHRONOLOGY_KINDS = ['call', 'visit', 'group', 'enforcement', 'referral'] as const;
export type ChronologyKind = (typeof CHRONOLOGY_KINDS)[number];

/** `at` is when it happened (an ISO instant or date), for ordering. */
export type ChronologyEntry =
  | { kind: 'call'; at: string; call: LocalCall; roles: PersonRole[] }
  | { kind: 'visit'; at: string; visit: LocalVisit }
  | { kind: 'group'; at: string; group: Group }
  | { kind: 'enforcement'; at: string; enforcement: Enforcement }
  | { kind: 'referral'; at: string; referral: MaracReferral };

/** What the viewer's roles let them read (the matrix, `canRead`); the device mirrors the server. */
export type MayRead = (table: TableName) => boolean;

export interface RecordPage<T> {
  record: T;
  /** The record this one was merged into, when it was. */
  survivor?: T;
  /** Records merged into this one. */
  merged: T[];
  chronology: ChronologyEntry[];
}

const newestFirst = (a: ChronologyEntry, b: ChronologyEntry) =>
  b.at.localeCompare(a.at) || entryId(b).localeCompare(entryId(a));

function entryId(e: ChronologyEntry): string {
  if (e.kind === 'call') return e.call.id;
  if (e.kind === 'visit') return e.visit.id;
  if (e.kind === 'group') return e.group.id;
  if (e.kind === 'enforcement') return e.enforcement.id;
  return e.referral.id;
}

/** A visit corrected by a later one shows as its latest amendment only. */
function latestVisits(visits: LocalVisit[]): LocalVisit[] {
  const unique = new Map(visits.map((v) => [v.id, v]));
  const amended = new Set([...unique.values()].map((v) => v.amendsId).filter(Boolean));
  return [...unique.values()].filter((v) => !amended.has(v.id));
}

async function groupsFor(db: CsuDb, field: 'personId' | 'locationId', ids: string[]) {
  const rows = (await db
    .recordTable('groups')
    .where(field)
    .anyOf(ids)
    .toArray()) as unknown as Group[];
  return rows
    .filter((g) => !g.archived)
    .map((group): ChronologyEntry => ({ kind: 'group', at: group.createdAt ?? '', group }));
}

/**
 * `id` and the records merged into it, directly or through others: the
 * history the record's page shows (not its own survivor's other history).
 */
function mergedUnder(
  id: string,
  rows: readonly ({ id: string; mergedInto?: string } | undefined)[],
) {
  const into = new Map(rows.filter((r) => r?.mergedInto).map((r) => [r!.id, r!.mergedInto!]));
  const under = (p: string) => {
    for (let current: string | undefined = p, hop = 0; current && hop < 10; hop++) {
      if (current === id) return true;
      current = into.get(current);
    }
    return false;
  };
  return [id, ...[...into.keys()].filter((p) => p !== id && under(p))];
}

/** A person with everything linked to them or to records merged into them. */
export async function personPage(
  db: CsuDb,
  id: string,
  mayRead: MayRead,
): Promise<RecordPage<LocalPerson> | undefined> {
  const record = await db.people.get(id);
  if (!record) return undefined;
  const scope = await mergeResolver(db, [], [id]);
  const others = await db.people.bulkGet(scope.personIds.filter((p) => p !== id));
  const ids = mergedUnder(id, [record, ...others]);
  const [calls, visits, groups, enforcements, referrals] = await Promise.all([
    mayRead('calls') ? db.calls.where('personIds').anyOf(ids).toArray() : [],
    mayRead('visits') ? db.visits.where('personId').anyOf(ids).toArray() : [],
    mayRead('groups') ? groupsFor(db, 'personId', ids) : [],
    mayRead('enforcements') ? enforcementsFor(db, ids) : [],
    mayRead('maracReferrals') ? referralsFor(db, ids) : [],
  ]);
  const mine = new Set(ids);
  const chronology: ChronologyEntry[] = [
    ...callEntries(calls, mine),
    ...latestVisits(visits).map((visit): ChronologyEntry => ({
      kind: 'visit',
      at: visit.at,
      visit,
    })),
    ...groups,
    ...enforcements,
    ...referrals,
  ].sort(newestFirst);
  const survivor = others.find((p) => p?.id === scope.resolve(id));
  return {
    record,
    ...(survivor ? { survivor } : {}),
    merged: others.filter((p): p is LocalPerson => !!p && ids.includes(p.id)),
    chronology,
  };
}

/**
 * The person's calls with the roles they had. An anonymous reporter asked
 * for their details not to be kept: a call they are linked to only as its
 * reporter is left out, so the person page cannot name who reported it.
 */
function callEntries(calls: LocalCall[], ids: ReadonlySet<string>): ChronologyEntry[] {
  const entries: ChronologyEntry[] = [];
  for (const call of new Map(calls.map((c) => [c.id, c])).values()) {
    const roles = [...new Set(call.people.filter((p) => ids.has(p.personId)).map((p) => p.role))];
    const shown = call.reporter.anonymous ? roles.filter((r) => r !== 'reporter') : roles;
    if (shown.length) entries.push({ kind: 'call', at: call.receivedAt, call, roles: shown });
  }
  return entries;
}

async function enforcementsFor(db: CsuDb, ids: string[]): Promise<ChronologyEntry[]> {
  const rows = (await db
    .recordTable('enforcements')
    .where('personId')
    .anyOf(ids)
    .toArray()) as unknown as Enforcement[];
  return rows.map((enforcement) => ({
    kind: 'enforcement',
    at: enforcement.issuedDate,
    enforcement,
  }));
}

async function referralsFor(db: CsuDb, ids: string[]): Promise<ChronologyEntry[]> {
  const links = (await db
    .recordTable('maracSubjectLinks')
    .where('personId')
    .anyOf(ids)
    .toArray()) as unknown as MaracSubjectLink[];
  const rows = await db
    .recordTable('maracReferrals')
    .bulkGet([...new Set(links.map((l) => l.referralId))]);
  return rows
    .filter((r) => r !== undefined && r.receipt !== true)
    .map((r) => {
      const referral = r as unknown as MaracReferral;
      return { kind: 'referral', at: referral.referredOn ?? referral.createdAt ?? '', referral };
    });
}

/** A location with the calls, visits and groups at it or at locations merged into it. */
export async function locationPage(
  db: CsuDb,
  id: string,
  mayRead: MayRead,
): Promise<RecordPage<LocalLocation> | undefined> {
  const record = await db.locations.get(id);
  if (!record) return undefined;
  const scope = await mergeResolver(db, [id], []);
  const others = await db.locations.bulkGet(scope.locationIds.filter((l) => l !== id));
  const ids = mergedUnder(id, [record, ...others]);
  const [calls, visits, groups] = await Promise.all([
    mayRead('calls') ? db.calls.where('location.locationId').anyOf(ids).toArray() : [],
    mayRead('visits') ? db.visits.where('locationId').anyOf(ids).toArray() : [],
    mayRead('groups') ? groupsFor(db, 'locationId', ids) : [],
  ]);
  const chronology: ChronologyEntry[] = [
    ...calls.map((call): ChronologyEntry => ({
      kind: 'call',
      at: call.receivedAt,
      call,
      roles: [],
    })),
    ...latestVisits(visits).map((visit): ChronologyEntry => ({
      kind: 'visit',
      at: visit.at,
      visit,
    })),
    ...groups,
  ].sort(newestFirst);
  const survivor = others.find((l) => l?.id === scope.resolve(id));
  return {
    record,
    ...(survivor ? { survivor } : {}),
    merged: others.filter((l): l is LocalLocation => !!l && ids.includes(l.id)),
    chronology,
  };
}
