/**
 * Figures P1 and P2 in Chromium: person search while typing over 50,000
 * people (the people screen's one search, people-search.ts) and the chair's
 * repeat suggestions over 50,000 calls computed on the device
 * (group-queries.ts). Driven from ../people-device.ts through
 * `window.csuPeopleBench`.
 */
import { blindIndexOf, openUserDb } from '../../../src/client/local-store/db';
import { withDerived } from '../../../src/client/local-store/derived';
import { groupSuggestions } from '../../../src/client/local-store/group-queries';
import { searchPeopleAndPlaces } from '../../../src/client/local-store/people-search';
import { addDays } from '../../../src/domain/dates';
import { uuidv7 } from '../../../src/domain/ids';
import { SEVENOAKS_WARDS } from '../../../src/domain/reference/wards';

const db = openUserDb(uuidv7());
const FIRST = [
  'Sandra',
  'Callum',
  'Jordan',
  'Margaret',
  'Samuel',
  'Kim',
  'Priya',
  'Tom',
  'Helen',
  'Dev',
  'Aisha',
  'Gary',
  'Lucy',
  'Mark',
  'Olu',
  'Rachel',
  'Steve',
  'Zoe',
  'Ben',
  'Sean',
];
const LAST = [
  'Whitlock',
  'Reeves',
  'Price',
  'Ellis',
  'Smith',
  'Jones',
  'Patel',
  'Brown',
  'Taylor',
  'Wilson',
  'Evans',
  'Hughes',
  'Marsh',
  'Walker',
  'Hart',
  'Green',
  'Khan',
  'Wood',
  'Cook',
  'Bell',
  'Shaw',
  'Mills',
  'Stone',
  'Cole',
  'Fox',
];
const STREETS = [
  'High Street',
  'Station Road',
  'Caxton Close',
  'London Road',
  'Church Street',
  'Main Road',
  'Mill Lane',
  'Wellingtonia Way',
  'Otford Road',
  'Swanley Lane',
];

/** `count` people (a fifth with an alias, most with an address and ward) and as many places. */
async function seed(people: number, calls: number): Promise<void> {
  const persons: Record<string, unknown>[] = [];
  for (let i = 0; i < people; i++) {
    const ward = SEVENOAKS_WARDS[i % 26]!;
    const n = Math.floor(i / FIRST.length);
    persons.push(
      withDerived('people', {
        id: uuidv7(),
        name: `${FIRST[i % FIRST.length]} ${LAST[n % LAST.length]}${n >= LAST.length ? `-${LAST[(n * 7) % LAST.length]}` : ''}`,
        aliases: i % 5 === 0 ? [`${FIRST[(i + 3) % FIRST.length]!.slice(0, 3)}`] : [],
        flags: [],
        ...(i % 4 !== 0
          ? {
              address: `${(i % 90) + 1} ${STREETS[i % STREETS.length]}, ${ward.name}`,
              wardCode: ward.code,
            }
          : {}),
      }),
    );
  }
  const places = persons.slice(0, Math.min(people, 20_000)).map((_, i) =>
    withDerived('locations', {
      id: uuidv7(),
      address: `${(i % 120) + 1} ${STREETS[i % STREETS.length]}`,
      wardCode: SEVENOAKS_WARDS[i % 26]!.code,
    }),
  );
  await db.open();
  const index = blindIndexOf(db);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < calls; i++) {
    const day = addDays('2025-01-01', i % 700);
    const place = places[(i * 7919) % places.length]!;
    const person = persons[(i * 104729) % persons.length]!;
    rows.push(
      withDerived(
        'calls',
        {
          id: uuidv7(),
          receivedAt: `${day}T10:00:00.000Z`,
          incidentDate: day,
          sourceAgencyId: 'kent-police',
          reporter: { anonymous: true },
          location: { locationId: place.id, address: place.address, wardCode: place.wardCode },
          people: [{ personId: person.id, role: i % 2 ? 'victim' : 'subject' }],
          categoryIds: ['noise'],
          riskLevel: 'standard',
          vulnerabilityFlags: [],
          summary: 'Bench call',
          status: 'open',
        },
        index,
      ),
    );
  }
  await db.recordTable('people').bulkPut(persons as never[]);
  await db.recordTable('locations').bulkPut(places as never[]);
  await db.recordTable('calls').bulkPut(rows as never[]);
}

/** Types each name a letter at a time; one timing per keystroke, as the screen searches. */
async function typing(names: readonly string[]): Promise<{ ms: number[]; hits: number }> {
  const ms: number[] = [];
  let hits = 0;
  for (const name of names)
    for (let n = 1; n <= name.length; n++) {
      const t = performance.now();
      const result = await searchPeopleAndPlaces(db, name.slice(0, n));
      ms.push(performance.now() - t);
      hits += result.hits.length;
    }
  return { ms, hits };
}

async function suggestions(runs: number): Promise<{ ms: number[]; found: number }> {
  const ms: number[] = [];
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    found = (await groupSuggestions(db)).length;
    ms.push(performance.now() - t);
  }
  return { ms, found };
}

const peopleBench = { seed, typing, suggestions };
export type CsuPeopleBench = typeof peopleBench;
(window as unknown as { csuPeopleBench: CsuPeopleBench }).csuPeopleBench = peopleBench;
