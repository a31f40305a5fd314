import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordMerge } from '../../src/domain/schemas/merges';
import type { TableName } from '../../src/domain/tables';
import { importRecords } from '../../src/server/services/import';
import { callData, command, newId, pullAll, pushOne, referralData } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';
import { TABLE_FIXTURES, newParentIds } from './table-fixtures';

/**
 * Merging duplicate people and locations through buildApp: every link
 * follows the survivor on the server, in every table (MARAC links too,
 * though the chair cannot read them), the merge records what moved, and
 * only an admin undoes it, restoring both records and those links. A
 * field user cannot merge.
 */
let s: TestServer;
const cookies: Record<string, string> = {};
const ids = {
  survivor: newId(),
  dup: newId(),
  place: newId(),
  dupPlace: newId(),
  call1: newId(),
  call2: newId(),
  group: newId(),
  enforcement: newId(),
  referral: newId(),
  link: newId(),
  visit: newId(),
};
const WARD = 'E05005019';

beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-20T10:00:00.000Z' });
  for (const [username, roles] of [
    ['chair', ['chair']],
    ['pcso', ['field']],
    ['admin', ['admin']],
  ] as const) {
    await s.createUser({ username, roles: [...roles], agencyId: 'sdc-csu' });
    cookies[username] = await s.login(username);
  }
  const person = (id: string, name: string) => ({ id, name, aliases: [], flags: [] });
  const place = (id: string, address: string) => ({ id, address, wardCode: WARD });
  const at = (locationId: string) => ({ locationId, address: '4 Caxton Close', wardCode: WARD });
  await importRecords(
    s.storage,
    {
      people: [person(ids.survivor, 'Callum Reeves'), person(ids.dup, 'Cal Reeves')],
      locations: [place(ids.place, '4 Caxton Close'), place(ids.dupPlace, '4 Caxton Cl')],
      calls: [
        callData({
          id: ids.call1,
          location: at(ids.dupPlace),
          people: [
            { personId: ids.survivor, role: 'victim' },
            { personId: ids.dup, role: 'subject' },
          ],
        }),
        callData({
          id: ids.call2,
          location: at(ids.place),
          people: [{ personId: ids.dup, role: 'subject' }],
        }),
      ],
      groups: [
        {
          ...TABLE_FIXTURES.groups.data(newParentIds()),
          id: ids.group,
          subjectType: 'person',
          personId: ids.dup,
        },
      ],
      enforcements: [
        {
          ...TABLE_FIXTURES.enforcements.data(newParentIds()),
          id: ids.enforcement,
          recipientType: 'person',
          personId: ids.dup,
        },
      ],
      maracReferrals: [{ ...referralData(), id: ids.referral }],
      maracSubjectLinks: [{ id: ids.link, referralId: ids.referral, personId: ids.dup }],
      visits: [{ ...TABLE_FIXTURES.visits.data(newParentIds()), id: ids.visit, personId: ids.dup }],
    },
    s.clock.now(),
    new Map(),
    null,
  );
});
afterEach(async () => {
  await s.close();
});

const as_ = (who: string, m: unknown) => pushOne(s, cookies[who]!, m, who);
const data = async (table: TableName, id: string) =>
  (await s.storage.transaction((tx) => tx.getRecord(table, id)))!.data as Record<string, unknown>;
const callPeople = async (id: string) =>
  ((await data('calls', id)).people as { personId: string }[]).map((p) => p.personId);
const merges = async () =>
  (await s.storage.transaction((tx) => tx.listRecords('recordMerges'))).map(
    (r) => r.data as RecordMerge,
  );

describe('person.merge and merge.undo on the server', () => {
  it('a field user cannot merge', async () => {
    const r = await as_(
      'pcso',
      command('people', ids.dup, 'person.merge', { survivorId: ids.survivor }),
    );
    expect(r).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect((await data('people', ids.dup)).mergedInto).toBeUndefined();
    expect(await callPeople(ids.call2)).toEqual([ids.dup]);
  });

  it('moves every link to the survivor, records them, and an admin undo puts them all back', async () => {
    const r = await as_(
      'chair',
      command('people', ids.dup, 'person.merge', { survivorId: ids.survivor }),
    );
    expect(r.status).toBe('applied');
    expect((await data('people', ids.dup)).mergedInto).toBe(ids.survivor);
    expect(await callPeople(ids.call1)).toEqual([ids.survivor, ids.survivor]);
    expect(await callPeople(ids.call2)).toEqual([ids.survivor]);
    expect((await data('groups', ids.group)).personId).toBe(ids.survivor);
    expect((await data('enforcements', ids.enforcement)).personId).toBe(ids.survivor);
    expect((await data('maracSubjectLinks', ids.link)).personId).toBe(ids.survivor);
    // Append-only: the visit keeps the id it was written with and follows the tombstone.
    expect((await data('visits', ids.visit)).personId).toBe(ids.dup);
    const [merge] = await merges();
    expect(merge).toMatchObject({ kind: 'person', survivorId: ids.survivor, mergedId: ids.dup });
    expect(merge!.moved.map((m) => `${m.table}:${m.id}:${m.index ?? ''}`).sort()).toEqual(
      [
        `calls:${ids.call1}:1`,
        `calls:${ids.call2}:0`,
        `enforcements:${ids.enforcement}:`,
        `groups:${ids.group}:`,
        `maracSubjectLinks:${ids.link}:`,
      ].sort(),
    );
    // The chair's device learns of the merge (ids only), never of the MARAC link.
    const pulled = await pullAll(s, cookies.chair!);
    expect(pulled.changes.some((c) => c.table === 'recordMerges')).toBe(true);
    expect(pulled.changes.some((c) => c.table === 'maracSubjectLinks')).toBe(false);

    const undoByChair = await as_('chair', command('recordMerges', merge!.id, 'merge.undo', {}));
    expect(undoByChair).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    const undo = await as_('admin', command('recordMerges', merge!.id, 'merge.undo', {}));
    expect(undo.status).toBe('applied');
    expect((await data('people', ids.dup)).mergedInto).toBeUndefined();
    expect(await callPeople(ids.call1)).toEqual([ids.survivor, ids.dup]);
    expect(await callPeople(ids.call2)).toEqual([ids.dup]);
    expect((await data('groups', ids.group)).personId).toBe(ids.dup);
    expect((await data('enforcements', ids.enforcement)).personId).toBe(ids.dup);
    expect((await data('maracSubjectLinks', ids.link)).personId).toBe(ids.dup);
    expect((await merges())[0]?.undoneAt).toBe('2026-03-20T10:00:00.000Z');
    const again = await as_('admin', command('recordMerges', merge!.id, 'merge.undo', {}));
    expect(again).toMatchObject({ status: 'rejected', error: { code: 'illegal_transition' } });
  });

  it('merges locations: the calls and groups there follow the survivor', async () => {
    const r = await as_(
      'chair',
      command('locations', ids.dupPlace, 'location.merge', { survivorId: ids.place }),
    );
    expect(r.status).toBe('applied');
    expect(((await data('calls', ids.call1)).location as { locationId: string }).locationId).toBe(
      ids.place,
    );
    expect((await merges())[0]?.moved).toEqual([
      { table: 'calls', id: ids.call1, field: 'location' },
    ]);
  });

  it('refuses a survivor that is not there, or that was itself merged, and changes nothing', async () => {
    const missing = await as_(
      'chair',
      command('people', ids.dup, 'person.merge', { survivorId: newId() }),
    );
    expect(missing).toMatchObject({ status: 'rejected', error: { code: 'not_found' } });
    await as_('chair', command('people', ids.survivor, 'person.merge', { survivorId: ids.dup }));
    const chained = await as_(
      'chair',
      command('people', ids.dup, 'person.merge', { survivorId: ids.survivor }),
    );
    expect(chained).toMatchObject({ status: 'rejected', error: { code: 'illegal_transition' } });
    const self = await as_(
      'chair',
      command('people', ids.dup, 'person.merge', { survivorId: ids.dup }),
    );
    expect(self).toMatchObject({ status: 'rejected', error: { code: 'invalid' } });
  });
});
