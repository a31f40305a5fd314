/**
 * Test helpers for the device store, shared with other suites (sync,
 * features): a fresh per-test database, and the shared valid call
 * (test/factories/calls.ts) for the suites that import it from here.
 */
import 'fake-indexeddb/auto';
import { uuidv7 } from '../../src/domain/ids';
import { openUserDb, type CsuDb } from '../../src/client/local-store/db';

export { validCallInput } from '../factories/calls';
/** Hartley and Hodsoll Street, the valid call's ward. */
export { CALL_WARD as TEST_WARD } from '../factories/calls';
export const OTHER_WARD = 'E05005021';

/** A database of its own for one test: a new user id gives a new IndexedDB name. */
export function newTestDb(userId: string = uuidv7()): CsuDb {
  return openUserDb(userId);
}
