/**
 * Test helpers for the device store, shared with other suites (sync,
 * features): a fresh per-test database and a valid log-call input that
 * tests change one field at a time.
 */
import 'fake-indexeddb/auto';
import { uuidv7 } from '../../src/domain/ids';
import type { LogCallInput } from '../../src/client/local-store/calls-repo';
import { openUserDb, type CsuDb } from '../../src/client/local-store/db';

/** Hartley and Hodsoll Street, a seeded ward. */
export const TEST_WARD = 'E05005019';
export const OTHER_WARD = 'E05005021';

/** A database of its own for one test: a new user id gives a new IndexedDB name. */
export function newTestDb(userId: string = uuidv7()): CsuDb {
  return openUserDb(userId);
}

type LogCallOverrides = Partial<Omit<LogCallInput, 'reporter' | 'location'>> & {
  reporter?: Partial<LogCallInput['reporter']>;
  location?: Partial<LogCallInput['location']>;
};

export function validLogCallInput(overrides: LogCallOverrides = {}): LogCallInput {
  const { reporter, location, ...rest } = overrides;
  return {
    receivedAt: '2026-03-04T09:15:00.000Z',
    incidentDate: '2026-03-03',
    sourceAgencyId: 'kent-police',
    reporter: {
      anonymous: false,
      name: 'Jane Example',
      contact: '01732 000000',
      updateMethod: 'phone',
      ...reporter,
    },
    location: { address: '12 Caxton Close, Hartley', wardCode: TEST_WARD, ...location },
    people: [{ name: 'Alex Sample', role: 'subject' }],
    categoryIds: ['rowdy'],
    riskLevel: 'standard',
    vulnerabilityFlags: [],
    summary: 'Group gathering by the garages most evenings, shouting and kicking a ball at cars.',
    ...rest,
  };
}
