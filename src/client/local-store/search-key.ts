/**
 * The device's search key: the one home of the secret behind the calls
 * search index (blind-index.ts). Names and addresses are personal data, so
 * the index stores keyed hashes of words, never the words; without this key
 * a copy of the database cannot be searched by guessing words. The key is 32
 * random bytes made on this device for this user's database and never sent
 * anywhere. It sits in `meta` under `searchKey` for now; the device-security
 * work changes only this module to hold it (wrapped under the unlock
 * passphrase) while the user is unlocked.
 */
import type { Table } from 'dexie';
import { blindIndexFrom, type BlindIndex } from './blind-index';
import type { MetaKey, MetaRow } from './types';

export const SEARCH_KEY_BYTES = 32;

function isKey(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length === SEARCH_KEY_BYTES;
}

/**
 * The blind index under this database's search key, making the key on first
 * use. Works on the `meta` table of an open database or of an upgrade
 * transaction (the schema upgrade that indexes existing calls).
 */
export async function loadBlindIndex(meta: Table<MetaRow, MetaKey>): Promise<BlindIndex> {
  const row = await meta.get('searchKey');
  if (isKey(row?.value)) return blindIndexFrom(row.value);
  const key = crypto.getRandomValues(new Uint8Array(SEARCH_KEY_BYTES));
  await meta.put({ key: 'searchKey', value: key });
  return blindIndexFrom(key);
}
