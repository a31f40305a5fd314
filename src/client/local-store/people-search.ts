/**
 * Searching people and locations on the device, offline: the forms'
 * type-ahead (findPeople, findLocations) and the people search screen
 * (searchPeopleAndPlaces). Every query starts from a word index
 * (db.ts, derived.ts), so it answers while typing over 50,000 people.
 * Merged-away records are never offered.
 */
import type { Table } from 'dexie';
import { SEVENOAKS_WARDS } from '../../domain/reference/wards';
import type { CsuDb } from './db';
import { nameKey } from './derived';
import { searchWords } from './search-words';
import type { LocalLocation, LocalPerson } from './types';

export const LOOKUP_LIMIT = 20;
/** Rows the search screen shows; typing more narrows a longer list. */
export const SEARCH_LIMIT = 30;

/** Every typed word starts one of the record's words. */
function covers(typed: readonly string[], words: readonly string[]): boolean {
  return typed.every((w) => words.some((s) => s.startsWith(w)));
}

const longestOf = (words: readonly string[]) =>
  words.reduce((a, b) => (b.length > a.length ? b : a));

async function searchByWords<T extends { searchWords: string[]; mergedInto?: string }>(
  table: Table<T, string>,
  text: string,
  limit: number,
  keep: (row: T) => boolean = () => true,
): Promise<T[]> {
  const words = searchWords(text);
  if (words.length === 0) return [];
  // The longest word narrows the index scan most; the rest are checked on the rows found.
  return table
    .where('searchWords')
    .startsWith(longestOf(words))
    .distinct()
    .filter((row) => !row.mergedInto && keep(row) && covers(words, row.searchWords))
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

/** People whose name or alias words start with the words typed (the forms' type-ahead). */
export async function findPeople(
  db: CsuDb,
  text: string,
  limit = LOOKUP_LIMIT,
): Promise<LocalPerson[]> {
  const rows = await searchByWords(db.people, text, limit);
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/**
 * Why a record matched, best first: the whole name as typed, words of the
 * name, then of an alias, of an address or postcode, and last of the ward's
 * name. A record ranks by the weakest field it needed.
 */
export const SEARCH_TIERS = ['exact-name', 'name', 'alias', 'address', 'ward'] as const;
export type SearchTier = (typeof SEARCH_TIERS)[number];

export type SearchHit =
  | { kind: 'person'; tier: SearchTier; person: LocalPerson }
  | { kind: 'location'; tier: SearchTier; location: LocalLocation };

export interface SearchResult {
  hits: SearchHit[];
  /** More records match than were returned. */
  more: boolean;
}

interface Query {
  words: string[];
  key: string;
  /** Ward code → the words of its name, for wards any typed word starts. */
  wards: Map<string, string[]>;
}

function personTier(p: LocalPerson, q: Query): SearchTier | undefined {
  if (p.mergedInto) return undefined;
  if (p.nameKey === q.key) return 'exact-name';
  if (covers(q.words, p.nameWords)) return 'name';
  const named = [...p.nameWords, ...p.aliasWords];
  if (covers(q.words, named)) return 'alias';
  const placed = [...named, ...p.placeWords];
  if (covers(q.words, placed)) return 'address';
  const ward = p.wardCode ? q.wards.get(p.wardCode) : undefined;
  if (ward && covers(q.words, [...placed, ...ward])) return 'ward';
  return undefined;
}

function locationTier(l: LocalLocation, q: Query): SearchTier | undefined {
  if (l.mergedInto) return undefined;
  if (covers(q.words, l.searchWords)) return 'address';
  const ward = q.wards.get(l.wardCode);
  if (ward && covers(q.words, [...l.searchWords, ...ward])) return 'ward';
  return undefined;
}

async function matchingWards(db: CsuDb, words: readonly string[]): Promise<Map<string, string[]>> {
  // Withdrawn wards too: older records still name them. The seeds stand in before the first sync.
  const stored = (await db.table('wards').toArray()) as { code: string; name: string }[];
  const wards = stored.length ? stored : SEVENOAKS_WARDS;
  const found = new Map<string, string[]>();
  for (const w of wards) {
    const own = searchWords(w.name);
    if (words.some((t) => own.some((s) => s.startsWith(t)))) found.set(w.code, own);
  }
  return found;
}

/**
 * People and locations matching every typed word, ranked by SEARCH_TIERS
 * and by name or address within a tier. Each tier is read from the index of
 * its own field and stops as soon as the list is full, so a short prefix
 * costs no more than a long one.
 */
export async function searchPeopleAndPlaces(
  db: CsuDb,
  text: string,
  limit = SEARCH_LIMIT,
): Promise<SearchResult> {
  const words = searchWords(text);
  if (words.length === 0) return { hits: [], more: false };
  const q: Query = { words, key: nameKey(text), wards: await matchingWards(db, words) };
  const want = limit + 1;
  const seen = new Set<string>();
  const byTier = new Map<SearchTier, SearchHit[]>(SEARCH_TIERS.map((t) => [t, []]));
  let count = 0;
  const left = () => want - count;
  const take = (hit: SearchHit, id: string) => {
    if (seen.has(id) || count >= want) return;
    seen.add(id);
    byTier.get(hit.tier)!.push(hit);
    count++;
  };
  const scanPeople = async (index: string, value: string, tier: SearchTier, exact = false) => {
    if (left() <= 0) return;
    const where = db.people.where(index);
    const rows = await (exact ? where.equals(value) : where.startsWith(value).distinct())
      .filter((p) => !seen.has(p.id) && personTier(p, q) === tier)
      .limit(left())
      .toArray();
    for (const person of rows) take({ kind: 'person', tier, person }, person.id);
  };
  const scanLocations = async (index: string, value: string, tier: SearchTier, exact = false) => {
    if (left() <= 0) return;
    const where = db.locations.where(index);
    const rows = await (exact ? where.equals(value) : where.startsWith(value).distinct())
      .filter((l) => !seen.has(l.id) && locationTier(l, q) === tier)
      .limit(left())
      .toArray();
    for (const location of rows) take({ kind: 'location', tier, location }, location.id);
  };

  if (q.key) await scanPeople('nameKey', q.key, 'exact-name', true);
  await scanPeople('nameWords', longestOf(words), 'name');
  // A record in a later tier has some word only that field holds: scanning
  // that field's index for each typed word finds every one of them.
  for (const w of words) await scanPeople('aliasWords', w, 'alias');
  for (const w of words) {
    await scanPeople('placeWords', w, 'address');
    await scanLocations('searchWords', w, 'address');
  }
  if (q.wards.size > 0) {
    const wardWords = [...q.wards.values()].flat();
    const rest = words.filter((w) => !wardWords.some((s) => s.startsWith(w)));
    if (rest.length === 0) {
      for (const code of q.wards.keys()) {
        await scanPeople('wardCode', code, 'ward', true);
        await scanLocations('wardCode', code, 'ward', true);
      }
    } else {
      // The words the ward does not explain are in the record's own fields.
      const r = longestOf(rest);
      for (const index of ['nameWords', 'aliasWords', 'placeWords'])
        await scanPeople(index, r, 'ward');
      await scanLocations('searchWords', r, 'ward');
    }
  }

  const label = (h: SearchHit) => (h.kind === 'person' ? h.person.name : h.location.address);
  const hits = SEARCH_TIERS.flatMap((t) =>
    byTier.get(t)!.sort((a, b) => label(a).localeCompare(label(b), 'en-GB')),
  );
  return { hits: hits.slice(0, limit), more: hits.length > limit };
}
