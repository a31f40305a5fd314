import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { canRead } from '../../src/domain/access';
import { uuidv7 } from '../../src/domain/ids';
import type { Role } from '../../src/domain/roles';
import { logCall } from '../../src/client/local-store/calls-repo';
import type { CsuDb } from '../../src/client/local-store/db';
import { addLocation, addPerson } from '../../src/client/local-store/people-repo';
import {
  locationPage,
  personPage,
  type ChronologyEntry,
  type MayRead,
} from '../../src/client/local-store/person-queries';
import { newTestDb, TEST_WARD, validCallInput } from './factories';

const mayRead =
  (...roles: Role[]): MayRead =>
  (table) =>
    canRead({ userId: uuidv7(), name: 'T', agencyId: 'sdc-csu', roles, wards: [] }, table);

const kinds = (c: ChronologyEntry[]) => c.map((e) => e.kind);

async function seedPerson(db: CsuDb) {
  const personId = await addPerson(db, { name: 'Sandra Whitlock' });
  const call = (day: string, role: 'victim' | 'reporter' | 'subject', anonymous = false) =>
    logCall(
      db,
      validCallInput({
        receivedAt: `${day}T10:00:00.000Z`,
        incidentDate: day,
        people: [{ personId, role }],
        ...(anonymous ? { reporter: { anonymous: true } } : {}),
      }),
    );
  const older = await call('2026-01-10', 'victim');
  const newer = await call('2026-03-01', 'subject');
  const anonymousReporter = await call('2026-02-01', 'reporter', true);
  const anonymousVictim = await call('2026-02-10', 'victim', true);
  const put = (table: Parameters<CsuDb['recordTable']>[0], row: Record<string, unknown>) =>
    db.recordTable(table).put({ id: uuidv7(), ...row } as never);
  await put('visits', { personId, at: '2026-02-20T12:00:00.000Z', visitType: 'welfare' });
  await put('groups', {
    personId,
    title: 'Sandra Whitlock',
    createdAt: '2026-03-02T09:00:00.000Z',
  });
  await put('enforcements', { personId, issuedDate: '2026-02-25', stepId: 'letter-1' });
  const referralId = uuidv7();
  await put('maracReferrals', { id: referralId, status: 'accepted', referredOn: '2026-02-15' });
  await put('maracSubjectLinks', { referralId, personId });
  return { personId, older, newer, anonymousReporter, anonymousVictim };
}

describe('the person page chronology', () => {
  it('lists everything linked newest first, with the roles the person had', async () => {
    const db = newTestDb();
    const s = await seedPerson(db);
    const page = await personPage(db, s.personId, mayRead('chair', 'marac'));
    expect(kinds(page!.chronology)).toEqual([
      'group',
      'call',
      'enforcement',
      'visit',
      'referral',
      'call',
      'call',
    ]);
    const calls = page!.chronology.flatMap((e) =>
      e.kind === 'call' ? [[e.call.id, e.roles]] : [],
    );
    expect(calls).toEqual([
      [s.newer, ['subject']],
      [s.anonymousVictim, ['victim']],
      [s.older, ['victim']],
    ]);
  });

  it('never shows an anonymous call to the person who reported it', async () => {
    const db = newTestDb();
    const s = await seedPerson(db);
    const page = await personPage(db, s.personId, mayRead('chair'));
    const ids = page!.chronology.flatMap((e) => (e.kind === 'call' ? [e.call.id] : []));
    expect(ids).not.toContain(s.anonymousReporter);
    expect(ids).toContain(s.anonymousVictim);
  });

  it('shows enforcement only to roles that read it, and referrals only to MARAC members', async () => {
    const db = newTestDb();
    const s = await seedPerson(db);
    const field = await personPage(db, s.personId, mayRead('field'));
    expect(new Set(kinds(field!.chronology))).toEqual(new Set(['call', 'visit', 'group']));
    const officer = await personPage(db, s.personId, mayRead('asb_officer'));
    expect(kinds(officer!.chronology)).toContain('enforcement');
    expect(kinds(officer!.chronology)).not.toContain('referral');
    const marac = await personPage(db, s.personId, mayRead('marac'));
    expect(kinds(marac!.chronology)).toEqual(['referral']);
  });

  it('keeps the history of a record merged into this one, and points a merged one at its survivor', async () => {
    const db = newTestDb();
    const s = await seedPerson(db);
    const duplicate = await addPerson(db, { name: 'S Whitlock' });
    const dupCall = await logCall(
      db,
      validCallInput({ people: [{ personId: duplicate, role: 'victim' }] }),
    );
    await db.people.update(duplicate, { mergedInto: s.personId });
    const page = await personPage(db, s.personId, mayRead('chair'));
    expect(page!.merged.map((p) => p.id)).toEqual([duplicate]);
    expect(page!.chronology.some((e) => e.kind === 'call' && e.call.id === dupCall)).toBe(true);
    const away = await personPage(db, duplicate, mayRead('chair'));
    expect(away!.survivor?.id).toBe(s.personId);
    expect(away!.chronology.map((e) => (e.kind === 'call' ? e.call.id : e.kind))).toEqual([
      dupCall,
    ]);
    expect(await personPage(db, uuidv7(), mayRead('chair'))).toBeUndefined();
  });
});

describe('the location page chronology', () => {
  it('lists calls, visits and groups at the location, anonymous calls included', async () => {
    const db = newTestDb();
    const locationId = await addLocation(db, {
      address: '12 Caxton Close, Hartley',
      wardCode: TEST_WARD,
    });
    const call = await logCall(
      db,
      validCallInput({
        location: { locationId, address: '12 Caxton Close, Hartley', wardCode: TEST_WARD },
        reporter: { anonymous: true },
      }),
    );
    await db.recordTable('visits').put({
      id: uuidv7(),
      locationId,
      at: '2026-03-05T12:00:00.000Z',
    } as never);
    const page = await locationPage(db, locationId, mayRead('field'));
    expect(page!.chronology.map((e) => e.kind)).toEqual(['visit', 'call']);
    expect(page!.chronology[1]).toMatchObject({ kind: 'call', call: { id: call } });
  });
});
