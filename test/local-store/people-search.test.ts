import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import {
  openUserDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  userDbName,
} from '../../src/client/local-store/db';
import { addLocation, addPerson } from '../../src/client/local-store/people-repo';
import { searchPeopleAndPlaces, type SearchHit } from '../../src/client/local-store/people-search';
import { newTestDb, OTHER_WARD, TEST_WARD } from './factories';

const label = (h: SearchHit) => (h.kind === 'person' ? h.person.name : h.location.address);
const summary = (hits: SearchHit[]) => hits.map((h) => `${h.tier}: ${label(h)}`);

describe('searching people and locations', () => {
  it('ranks the exact name, then name words, then an alias, then an address, then the ward', async () => {
    const db = newTestDb();
    // Added worst first, so index order alone would give the wrong answer.
    await addPerson(db, { name: 'Sam Brown', wardCode: TEST_WARD }); // Hartley and Hodsoll Street
    await addLocation(db, { address: "Sam's Yard, Hartley", wardCode: TEST_WARD });
    await addPerson(db, { name: 'Pat Sam', address: 'Hart Lane, Edenbridge' });
    await addPerson(db, { name: 'Jo Bloggs', aliases: ['Sammy Hartnell'] });
    await addPerson(db, { name: 'Samuel Hartley' });
    await addPerson(db, { name: 'Sam Hart' });
    await addPerson(db, { name: 'Kim Other', address: 'Caxton Close, Hartley' });

    const { hits, more } = await searchPeopleAndPlaces(db, 'Sam Hart');
    expect(summary(hits)).toEqual([
      'exact-name: Sam Hart',
      'name: Samuel Hartley',
      'alias: Jo Bloggs',
      'address: Pat Sam',
      "address: Sam's Yard, Hartley",
      'ward: Sam Brown',
    ]);
    expect(more).toBe(false);
  });

  it('finds an address by any of its words, and a person by the address they live at', async () => {
    const db = newTestDb();
    const place = await addLocation(db, {
      address: '12 Caxton Close, Hartley',
      wardCode: TEST_WARD,
    });
    const person = await addPerson(db, { name: 'Sandra Whitlock', address: 'Caxton Close' });
    const { hits } = await searchPeopleAndPlaces(db, 'caxton cl');
    expect(hits.map((h) => (h.kind === 'person' ? h.person.id : h.location.id)).sort()).toEqual(
      [place, person].sort(),
    );
    expect(hits.every((h) => h.tier === 'address')).toBe(true);
  });

  it('finds a postcode with or without its space, and part of one while typing', async () => {
    const db = newTestDb();
    const person = await addPerson(db, {
      name: 'Margaret Ellis',
      address: '3 Wellingtonia Way, Edenbridge TN8 5AA',
    });
    const place = await addLocation(db, {
      address: 'Station Road, Edenbridge, TN8 5AB',
      wardCode: 'E05005013',
    });
    for (const typed of ['TN8 5AA', 'tn85aa', 'TN85AA']) {
      const { hits } = await searchPeopleAndPlaces(db, typed);
      expect(hits.map((h) => (h.kind === 'person' ? h.person.id : ''))).toEqual([person]);
    }
    const both = await searchPeopleAndPlaces(db, 'TN8 5');
    expect(both.hits).toHaveLength(2);
    expect(
      (await searchPeopleAndPlaces(db, 'tn85ab')).hits.map((h) =>
        h.kind === 'location' ? h.location.id : h.kind,
      ),
    ).toEqual([place]);
  });

  it('finds people and places by the name of their ward, and by a name within a ward', async () => {
    const db = newTestDb();
    const inKemsing = await addLocation(db, { address: 'Recreation Ground', wardCode: OTHER_WARD });
    const jordan = await addPerson(db, { name: 'Jordan Price', wardCode: OTHER_WARD });
    await addPerson(db, { name: 'Jordan Elsewhere', wardCode: TEST_WARD });
    await addLocation(db, { address: 'Recreation Ground', wardCode: TEST_WARD });

    const ward = await searchPeopleAndPlaces(db, 'Kemsing');
    expect(
      ward.hits.map((h) => (h.kind === 'person' ? h.person.id : h.location.id)).sort(),
    ).toEqual([inKemsing, jordan].sort());
    expect(ward.hits.every((h) => h.tier === 'ward')).toBe(true);
    const named = await searchPeopleAndPlaces(db, 'jordan kems');
    expect(summary(named.hits)).toEqual(['ward: Jordan Price']);
  });

  it('never offers a merged-away record, and says when more match than it lists', async () => {
    const db = newTestDb();
    const survivor = await addPerson(db, { name: 'Callum Reeves', aliases: ['Cal'] });
    const merged = await addPerson(db, { name: 'Cal Reeves' });
    await db.people.update(merged, { mergedInto: survivor });
    const found = await searchPeopleAndPlaces(db, 'cal reeves');
    expect(found.hits.map((h) => (h.kind === 'person' ? h.person.id : ''))).toEqual([survivor]);

    for (let i = 0; i < 4; i++) await addPerson(db, { name: `Reeves ${'abcd'[i]}` });
    const limited = await searchPeopleAndPlaces(db, 'reeves', 3);
    expect(limited.hits).toHaveLength(3);
    expect(limited.more).toBe(true);
    expect((await searchPeopleAndPlaces(db, 'reeves', 10)).more).toBe(false);
    expect(await searchPeopleAndPlaces(db, '  ,, ')).toEqual({ hits: [], more: false });
  });

  it('gives people stored before version 5 their search words when the app updates', async () => {
    const userId = uuidv7();
    const old = new Dexie(userDbName(userId));
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    old.version(3).stores(SCHEMA_V3);
    old.version(4).stores(SCHEMA_V4);
    const id = uuidv7();
    await old.table('people').add({
      id,
      name: 'Alexandra Sample',
      aliases: ['Lexi'],
      address: 'High Street, Kemsing',
      flags: [],
      searchWords: ['alexandra', 'sample', 'lexi'],
    });
    old.close();

    const db = openUserDb(userId);
    const { hits } = await searchPeopleAndPlaces(db, 'high street');
    expect(summary(hits)).toEqual(['address: Alexandra Sample']);
    expect((await searchPeopleAndPlaces(db, 'alexandra sample')).hits[0]?.tier).toBe('exact-name');
  });
});
