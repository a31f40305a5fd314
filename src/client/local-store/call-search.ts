/**
 * Free-text search of the calls list as index lookups: the words typed are
 * hashed (blind-index.ts) and looked up in the calls' `searchHashes` index;
 * calls linked to a person whose name matches are found through the people
 * type-ahead's word index (people-search.ts). A call matches when it has every word typed (as a word or the
 * start of one), or is linked to a person who has.
 */
import { queryHashes } from './blind-index';
import { blindIndexOf, type CsuDb } from './db';
import { findPeople } from './people-search';
import { searchWords } from './search-words';
import type { LocalCall } from './types';

export interface TextMatch {
  /** Whether a call read from any index matches the text. */
  matches(call: LocalCall): boolean;
  /**
   * Every matching call's id, when the words are rare enough to list them
   * (at most `max`); undefined when each word is common, and a newest-first
   * index scan with `matches` fills a page sooner.
   */
  candidates: string[] | undefined;
}

export async function textMatch(db: CsuDb, text: string, max: number): Promise<TextMatch | null> {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const hashes = queryHashes(blindIndexOf(db), text);
  const [perWord, people] = await Promise.all([
    Promise.all(
      hashes.map((h) =>
        db.calls
          .where('searchHashes')
          .equals(h)
          .limit(max + 1)
          .primaryKeys(),
      ),
    ),
    findPeople(db, text, max).then((found) => new Set(found.map((p) => p.id))),
  ]);
  const matches = (c: LocalCall) =>
    hashes.every((h) => c.searchHashes?.includes(h)) || c.personIds.some((p) => people.has(p));
  const linked = people.size
    ? await db.calls
        .where('personIds')
        .anyOf([...people])
        .limit(max + 1)
        .primaryKeys()
    : [];
  const listed = perWord.filter((ids) => ids.length <= max);
  if (listed.length === 0 || linked.length > max) return { matches, candidates: undefined };
  // The rarest word bounds the calls that can have them all; `matches` checks the rest on each row.
  const rarest = listed.reduce((a, b) => (b.length < a.length ? b : a));
  return { matches, candidates: [...new Set([...rarest, ...linked])] };
}
