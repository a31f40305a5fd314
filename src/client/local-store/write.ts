/**
 * The single door for writes to the user's database: one rw transaction over
 * the record tables and the outbox, and IndexedDB failures turned into a
 * StorageError a screen can show while it keeps what the user typed
 * (sync.md "Device storage"). A lost connection is retried once after reopening.
 */
import { Dexie } from 'dexie';
import type { CsuDb } from './db';
import { StorageError, type StorageProblem } from './errors';

const QUOTA_NAMES = new Set(['QuotaExceededError']);
// Safari reports a dropped IndexedDB server as UnknownError; Chrome and Dexie as the others.
const CONNECTION_NAMES = new Set(['DatabaseClosedError', 'InvalidStateError', 'UnknownError']);

function errorChain(err: unknown): { name?: unknown }[] {
  const chain: { name?: unknown }[] = [];
  let current: unknown = err;
  while (current && typeof current === 'object' && chain.length < 5) {
    chain.push(current as { name?: unknown });
    const next =
      (current as { inner?: unknown; cause?: unknown }).inner ??
      (current as { cause?: unknown }).cause;
    current = next;
  }
  return chain;
}

/** The storage problem behind an error, or undefined for errors that are not about storage. */
export function storageProblem(err: unknown): StorageProblem | undefined {
  if (err instanceof StorageError) return err.problem;
  const chain = errorChain(err);
  if (chain.some((e) => QUOTA_NAMES.has(String(e.name)))) return 'quota';
  if (chain.some((e) => CONNECTION_NAMES.has(String(e.name)))) return 'connection';
  if (err instanceof Dexie.DexieError) return 'unknown';
  return undefined;
}

function toStorageError(err: unknown, problem: StorageProblem): StorageError {
  return err instanceof StorageError ? err : new StorageError(problem, 'save', err);
}

/**
 * Runs a storage operation, mapping IndexedDB failures to StorageError.
 * Validation and rule errors pass through untouched.
 */
export async function guardStorage<T>(db: CsuDb, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    const problem = storageProblem(err);
    if (!problem) throw err;
    if (problem !== 'connection' || db.retired) throw toStorageError(err, problem);
  }
  // Lost connection: nothing was written (the transaction died), so reopen and run it once more.
  try {
    db.close({ disableAutoOpen: false });
    await db.open();
    return await op();
  } catch (err) {
    const problem = storageProblem(err);
    throw problem ? toStorageError(err, problem) : err;
  }
}

/** One rw transaction over `tables` plus the outbox, with storage errors mapped. */
export function withWrite<T>(
  db: CsuDb,
  tables: readonly string[],
  fn: () => Promise<T>,
): Promise<T> {
  const stores = [...new Set([...tables, 'outbox'])];
  return guardStorage(db, () => db.transaction('rw', stores, fn));
}

/**
 * Opens the user's database now, so a device that cannot store records says
 * so when the person unlocks, as a StorageError in plain English, instead of
 * at the first screen that reads it.
 */
export async function openUserStore(db: CsuDb): Promise<void> {
  try {
    await db.open();
  } catch (err) {
    const problem = storageProblem(err) ?? 'unknown';
    throw new StorageError(problem, 'open', err);
  }
}
