import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/client/local-store/errors';
import {
  addLocation,
  addPerson,
  findLocationByAddress,
} from '../../src/client/local-store/people-repo';
import { findLocations, findPeople } from '../../src/client/local-store/people-search';
import { mutationsForRecord } from '../factories/outbox';
import { newTestDb, OTHER_WARD, TEST_WARD } from './factories';

describe('people and locations', () => {
  it('adds a person with a create mutation and finds them by name or alias prefix', async () => {
    const db = newTestDb();
    const id = await addPerson(db, {
      name: 'Alexandra Sample',
      aliases: ['Lexi'],
      dateOfBirth: '1990-05-01',
    });
    await addPerson(db, { name: 'Sam Other' });
    expect((await mutationsForRecord(db, id))[0]).toMatchObject({
      kind: 'create',
      table: 'people',
    });
    expect((await findPeople(db, 'alex')).map((p) => p.id)).toEqual([id]);
    expect((await findPeople(db, 'sample alexandra')).map((p) => p.id)).toEqual([id]);
    expect((await findPeople(db, 'lexi')).map((p) => p.id)).toEqual([id]);
    expect(await findPeople(db, 'nobody')).toEqual([]);
    expect(await findPeople(db, '  ')).toEqual([]);
  });

  it('hides merged-away records from lookups', async () => {
    const db = newTestDb();
    const survivor = await addPerson(db, { name: 'Jo Bloggs' });
    const merged = await addPerson(db, { name: 'Joe Bloggs' });
    await db.people.update(merged, { mergedInto: survivor });
    expect((await findPeople(db, 'bloggs')).map((p) => p.id)).toEqual([survivor]);
  });

  it('checks new people by field', async () => {
    const db = newTestDb();
    const err = await addPerson(db, { name: '', dateOfBirth: '2099-01-01' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect(Object.keys((err as ValidationError).fields).sort()).toEqual(['dateOfBirth', 'name']);
  });

  it('adds a location once per normalised address and ward, and finds it', async () => {
    const db = newTestDb();
    const id = await addLocation(db, { address: '4 Caxton Close, Hartley', wardCode: TEST_WARD });
    expect(await addLocation(db, { address: '4 caxton close hartley', wardCode: TEST_WARD })).toBe(
      id,
    );
    const other = await addLocation(db, {
      address: '4 Caxton Close, Hartley',
      wardCode: OTHER_WARD,
    });
    expect(other).not.toBe(id);
    expect((await findLocationByAddress(db, '4 CAXTON CLOSE, HARTLEY', TEST_WARD))?.id).toBe(id);
    expect((await findLocations(db, 'caxton cl')).map((l) => l.id).sort()).toEqual(
      [id, other].sort(),
    );
    expect((await findLocations(db, 'caxton', OTHER_WARD)).map((l) => l.id)).toEqual([other]);
    expect(await db.outbox.count()).toBe(2);
  });
});
