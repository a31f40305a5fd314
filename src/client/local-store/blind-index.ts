/**
 * The calls search index (a blind index): each call stores, in its
 * device-only `searchHashes` field (multi-entry indexed), keyed hashes of
 * the normalised words of its reference, reporter's name, address and
 * summary, and of each word's prefixes from MIN_PREFIX letters, so that
 * typing "Caxt" finds "Caxton Close". A search hashes the words typed the
 * same way and looks them up in the index. The hash is HMAC-SHA-256 under
 * the device's search key (search-key.ts), cut to 48 bits: a dictionary of
 * guessed words is useless without the key. Collisions at 48 bits are far
 * rarer than typos, and a match needs every word typed.
 */
import { searchWords } from './search-words';
import { hmacSha256 } from './hmac-sha256';

/** Prefixes shorter than this are not indexed: "ca" would match half the district. */
export const MIN_PREFIX = 3;
/** Words remembered per index: a sync page repeats street names and common words many times. */
const CACHE_MAX = 20_000;

export interface BlindIndex {
  /** The keyed hash of one normalised word. */
  hash(word: string): number;
}

export function blindIndexFrom(key: Uint8Array): BlindIndex {
  const mac = hmacSha256(key);
  const encoder = new TextEncoder();
  const cache = new Map<string, number>();
  return {
    hash(word) {
      let h = cache.get(word);
      if (h === undefined) {
        h = mac.mac48(encoder.encode(word));
        if (cache.size >= CACHE_MAX) cache.clear();
        cache.set(word, h);
      }
      return h;
    },
  };
}

/** What the calls list search finds a call by (linked people are found through their own index). */
export function callSearchText(call: Record<string, unknown>): unknown[] {
  const reporter = (call.reporter ?? {}) as { name?: unknown };
  const location = (call.location ?? {}) as { address?: unknown };
  return [call.reference, reporter.name, location.address, call.summary];
}

/** Each word, its prefixes from MIN_PREFIX, and a number without its leading zeros ("00042" → "42"). */
function terms(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    for (let n = MIN_PREFIX; n < w.length; n++) out.add(w.slice(0, n));
    if (/^0+\d/.test(w)) out.add(w.replace(/^0+/, ''));
  }
  return out;
}

/** The hashes a call is stored with. */
export function searchHashes(index: BlindIndex, texts: readonly unknown[]): number[] {
  return [...terms(searchWords(...texts))].map((t) => index.hash(t));
}

/** The hashes a search for `text` must all find (one per word typed); empty when nothing searchable was typed. */
export function queryHashes(index: BlindIndex, text: string): number[] {
  return [...new Set(searchWords(text).map((w) => index.hash(w)))];
}
