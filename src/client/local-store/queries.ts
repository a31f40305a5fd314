/**
 * Read side for screens over the user's database: plain async functions that
 * feature hooks wrap in useLiveQuery. Nothing here writes. The calls list
 * reads newest-first from the compound indexes a page at a time, so it stays
 * fast over 50,000 calls.
 */
import { daysBetween, londonDate } from '../../domain/dates';
import type { RiskLevel } from '../../domain/reference/risk';
import { referenceSeed } from '../../domain/reference/seed';
import { compareHappened } from '../../domain/rules/calls';
import { findRepeats, type RepeatMatch, type RepeatSettings } from '../../domain/rules/repeats';
import type { CallStatus, PersonRole } from '../../domain/schemas/calls';
import { normaliseAddress } from '../../domain/schemas/people';
import {
  DEFAULT_THRESHOLDS,
  type DirectoryUser,
  type agencySchema,
  type categorySchema,
  type closingCodeSchema,
  type wardSchema,
} from '../../domain/schemas/reference';
import type { z } from 'zod';
import {
  candidateIds,
  decorate,
  DIRECT_FETCH_MAX,
  indexScans,
  overdueCallIds,
} from './call-list-scan';
import { textMatch } from './call-search';
import type { CsuDb } from './db';
import { mergeResolver } from './merges';
import type {
  LocalAction,
  LocalCall,
  LocalCallNote,
  LocalLocation,
  LocalPerson,
  LocalResidentUpdate,
  LocalVisit,
} from './types';

export type WardRow = z.infer<typeof wardSchema>;
export type AgencyRow = z.infer<typeof agencySchema>;
export type CategoryRow = z.infer<typeof categorySchema>;
export type ClosingCodeRow = z.infer<typeof closingCodeSchema>;
export type ThresholdValues = { [K in keyof typeof DEFAULT_THRESHOLDS]: number };

export interface ReferenceData {
  wards: WardRow[];
  agencies: AgencyRow[];
  categories: CategoryRow[];
  closingCodes: ClosingCodeRow[];
  thresholds: ThresholdValues;
  /**
   * Names by id of every item, deactivated ones included: a record that
   * names a retired ward or agency still shows its name.
   */
  names: {
    wards: Record<string, string>;
    agencies: Record<string, string>;
    categories: Record<string, string>;
  };
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'en-GB');

/** Every stored item, retired ones included; before the first sync the seeds stand in. */
async function rowsOrSeed<T extends { active: boolean; name: string }>(
  db: CsuDb,
  table: string,
  seed: () => T[],
): Promise<T[]> {
  const rows = (await db.table(table).toArray()) as T[];
  return (rows.length ? rows : seed()).sort(byName);
}

/** Active reference items; before the first sync the seeds stand in, so the app works from day one. */
export async function activeOrSeed<T extends { active: boolean; name: string }>(
  db: CsuDb,
  table: string,
  seed: () => T[],
): Promise<T[]> {
  return (await rowsOrSeed(db, table, seed)).filter((r) => r.active);
}

/**
 * The whole user directory, people who have left included (their names still
 * label what they did); choices filter it to the active ones.
 */
export async function userDirectory(db: CsuDb): Promise<DirectoryUser[]> {
  const rows = (await db.table('users').toArray()) as DirectoryUser[];
  return rows.sort(byName);
}

export async function readThresholds(db: CsuDb): Promise<ThresholdValues> {
  const row = (await db.table('thresholds').get('thresholds')) as
    Partial<ThresholdValues> | undefined;
  return { ...DEFAULT_THRESHOLDS, ...(row ?? {}) };
}

const namesById = (rows: readonly { id: string; name: string }[]) =>
  Object.fromEntries(rows.map((r) => [r.id, r.name]));
const activeOnly = <T extends { active: boolean }>(rows: T[]) => rows.filter((r) => r.active);

export async function referenceData(db: CsuDb): Promise<ReferenceData> {
  const seed = referenceSeed();
  const [wards, agencies, categories, closingCodes, thresholds] = await Promise.all([
    rowsOrSeed<WardRow>(db, 'wards', () => seed.wards),
    rowsOrSeed<AgencyRow>(db, 'agencies', () => seed.agencies),
    rowsOrSeed<CategoryRow>(db, 'categories', () => seed.categories),
    activeOrSeed<ClosingCodeRow>(db, 'closingCodes', () => seed.closingCodes),
    readThresholds(db),
  ]);
  return {
    wards: activeOnly(wards),
    agencies: activeOnly(agencies),
    categories: activeOnly(categories),
    closingCodes,
    thresholds,
    names: {
      wards: namesById(wards),
      agencies: namesById(agencies),
      categories: namesById(categories),
    },
  };
}

export interface CallFilters {
  status?: CallStatus[];
  wardCode?: string;
  categoryId?: string;
  riskLevel?: RiskLevel;
  /** Only calls with an open action due before today. */
  overdue?: boolean;
  /** Only calls whose resident is owed an update. */
  updateDue?: boolean;
  /** Words of the reference, summary, address or reporter's name, or of a linked person's name (call-search.ts). */
  text?: string;
  now: Date;
}

export interface CallListRow {
  call: LocalCall;
  overdueCount: number;
  updateDue: boolean;
}

export const CALL_LIST_LIMIT = 200;

const newestFirst = (a: LocalCall, b: LocalCall) => b.receivedAt.localeCompare(a.receivedAt);

/** The calls list, newest received first, with each call's overdue actions and update owed. */
export async function listCalls(
  db: CsuDb,
  filters: CallFilters,
  limit = CALL_LIST_LIMIT,
): Promise<CallListRow[]> {
  const overdue = filters.overdue ? await overdueCallIds(db, londonDate(filters.now)) : undefined;
  const text = filters.text ? await textMatch(db, filters.text, DIRECT_FETCH_MAX) : null;
  const keep = (c: LocalCall) =>
    (!filters.status?.length || filters.status.includes(c.status)) &&
    (!filters.wardCode || c.wardCode === filters.wardCode) &&
    (!filters.categoryId || c.categoryIds.includes(filters.categoryId)) &&
    (!filters.riskLevel || c.riskLevel === filters.riskLevel) &&
    (!overdue || overdue.has(c.id)) &&
    (!text || text.matches(c)) &&
    (!filters.updateDue || c.status !== 'closed');
  const candidates = await candidateIds(db, filters, overdue, text);
  let found: LocalCall[] = [];
  if (candidates && candidates.length <= DIRECT_FETCH_MAX) {
    const calls = await db.calls.bulkGet(candidates);
    found = calls.filter((c): c is LocalCall => c !== undefined && keep(c));
  } else {
    for (const scan of indexScans(db, filters)) {
      // "Update owed" depends on each call's children, so it is decided after the scan, without a page limit.
      const filtered = scan.filter(keep);
      found.push(...(await (filters.updateDue ? filtered : filtered.limit(limit)).toArray()));
    }
  }
  found.sort(newestFirst);
  if (!filters.updateDue) return decorate(db, found.slice(0, limit), filters.now);
  const rows = await decorate(db, found, filters.now);
  return rows.filter((r) => r.updateDue).slice(0, limit);
}

export interface CallBundle {
  call: LocalCall;
  actions: LocalAction[];
  notes: LocalCallNote[];
  updates: LocalResidentUpdate[];
  /** Visits linked to the call, amendments included, oldest first. */
  visits: LocalVisit[];
  location: LocalLocation | undefined;
  people: { personId: string; role: PersonRole; person: LocalPerson | undefined }[];
}

/** Everything the call page shows, or undefined when the call is not on this device. */
export async function getCallBundle(db: CsuDb, id: string): Promise<CallBundle | undefined> {
  const call = await db.calls.get(id);
  if (!call) return undefined;
  const [actions, notes, updates, visits, location, people] = await Promise.all([
    db.actions.where('callId').equals(id).toArray(),
    db.callNotes.where('callId').equals(id).toArray(),
    db.residentUpdates.where('callId').equals(id).toArray(),
    db.visits.where('callId').equals(id).toArray(),
    db.locations.get(call.location.locationId),
    db.people.bulkGet(call.people.map((p) => p.personId)),
  ]);
  actions.sort(
    (a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id),
  );
  notes.sort((a, b) => a.at.localeCompare(b.at));
  updates.sort((a, b) =>
    compareHappened({ ...a, recordedAt: a.createdAt }, { ...b, recordedAt: b.createdAt }),
  );
  visits.sort((a, b) => a.at.localeCompare(b.at));
  return {
    call,
    actions,
    notes,
    updates,
    visits,
    location,
    people: call.people.map((link, i) => ({ ...link, person: people[i] })),
  };
}

export interface RecentCallsQuery {
  /** The call in view (call page); omitted on the log-call form, where the call does not exist yet. */
  callId?: string;
  /** A chosen location, or else the typed address (normalised here) in `wardCode`. */
  locationId?: string;
  normAddress?: string;
  wardCode?: string;
  personIds?: string[];
  /** When the call in view was received (ISO instant). */
  at: string;
  /** Defaults to the synced thresholds (repeatWindowDays). */
  windowDays?: number;
}

export interface RecentCalls {
  /** Other calls linked to the same location or people within the window, newest first. */
  calls: LocalCall[];
  matches: RepeatMatch[];
  isRepeat: boolean;
  settings: RepeatSettings;
}

/** The repeat panel: linked calls around `at` and whether they make a repeat (domain.md thresholds). */
export async function recentCallsFor(db: CsuDb, q: RecentCallsQuery): Promise<RecentCalls> {
  const thresholds = await readThresholds(db);
  const settings = {
    calls: thresholds.repeatCalls,
    windowDays: q.windowDays ?? thresholds.repeatWindowDays,
  };
  let locationIds = q.locationId ? [q.locationId] : [];
  if (!q.locationId && q.normAddress) {
    const found = await db.locations
      .where('normAddress')
      .equals(normaliseAddress(q.normAddress))
      .toArray();
    locationIds = found.filter((l) => !q.wardCode || l.wardCode === q.wardCode).map((l) => l.id);
  }
  const personIds = [...new Set(q.personIds ?? [])];
  const {
    resolve,
    locationIds: allLocations,
    personIds: allPeople,
  } = await mergeResolver(db, locationIds, personIds);
  const [byLocation, byPerson] = await Promise.all([
    allLocations.length ? db.calls.where('location.locationId').anyOf(allLocations).toArray() : [],
    allPeople.length ? db.calls.where('personIds').anyOf(allPeople).toArray() : [],
  ]);
  const viewDay = londonDate(q.at);
  const near = new Map<string, LocalCall>();
  for (const c of [...byLocation, ...byPerson]) {
    if (c.id === q.callId) continue;
    if (Math.abs(daysBetween(londonDate(c.receivedAt), viewDay)) <= settings.windowDays)
      near.set(c.id, c);
  }
  const calls = [...near.values()].sort(newestFirst);
  const view = {
    id: q.callId ?? 'call-in-view',
    receivedAt: q.at,
    locationId: locationIds[0] ?? '',
    personIds,
  };
  const others = calls.map((c) => ({
    id: c.id,
    receivedAt: c.receivedAt,
    locationId: c.location.locationId,
    personIds: c.personIds,
  }));
  const matches = findRepeats(view, others, settings, resolve).filter((m) => m.subjectId !== '');
  return { calls, matches, isRepeat: matches.some((m) => m.isRepeat), settings };
}
