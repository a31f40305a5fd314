import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { uuidv7 } from '../../src/domain/ids';
import { TABLE_NAMES } from '../../src/domain/tables';
import { logCall } from '../../src/client/local-store/calls-repo';
import {
  closeActiveDb,
  deleteUserDb,
  DEVICE_SCHEMA_VERSION,
  findActiveDb,
  getActiveDb,
  getClientId,
  getMeta,
  openUserDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  setActiveUser,
  userDbName,
} from '../../src/client/local-store/db';
import { countPending } from '../../src/client/local-store/outbox-send';
import { newTestDb, validCallInput } from './factories';

afterEach(() => closeActiveDb());

function indexNames(db: ReturnType<typeof openUserDb>, table: string): string[] {
  return Array.from(db.backendDB().transaction(table).objectStore(table).indexNames);
}

describe('CsuDb schema', () => {
  it('creates every record table plus outbox, meta and drafts, keyed as designed', async () => {
    const db = newTestDb();
    await db.open();
    const stores = Array.from(db.backendDB().objectStoreNames);
    for (const name of [...TABLE_NAMES, 'outbox', 'meta', 'drafts']) expect(stores).toContain(name);
    const tx = db.backendDB().transaction(['calls', 'outbox', 'meta', 'drafts']);
    expect(tx.objectStore('calls').keyPath).toBe('id');
    expect(tx.objectStore('outbox').keyPath).toBe('localSeq');
    expect(tx.objectStore('outbox').autoIncrement).toBe(true);
    expect(tx.objectStore('meta').keyPath).toBe('key');
    expect(tx.objectStore('drafts').keyPath).toBe('formId');
  });

  it('has the indexes the screens and the sync engine query by', async () => {
    const db = newTestDb();
    await db.open();
    expect(indexNames(db, 'calls')).toEqual(
      expect.arrayContaining([
        'categoryIds',
        'receivedAt',
        'location.locationId',
        'personIds',
        'searchHashes',
        '[status+receivedAt]',
        '[wardCode+receivedAt]',
        '[wardCode+status+receivedAt]',
      ]),
    );
    // Indexes no query reads cost every write (version 9 dropped them).
    for (const unused of ['status', 'wardCode', 'riskLevel'])
      expect(indexNames(db, 'calls')).not.toContain(unused);
    const calls = db.backendDB().transaction('calls').objectStore('calls');
    expect(calls.index('categoryIds').multiEntry).toBe(true);
    expect(calls.index('personIds').multiEntry).toBe(true);
    expect(indexNames(db, 'actions')).toEqual(
      expect.arrayContaining(['callId', 'status', 'dueDate', 'agencyId', '[status+dueDate]']),
    );
    expect(indexNames(db, 'callNotes')).toContain('callId');
    expect(indexNames(db, 'residentUpdates')).toContain('callId');
    expect(indexNames(db, 'visits')).toEqual(
      expect.arrayContaining(['callId', 'at', 'wardCode', 'amendsId', 'createdBy', 'locationId']),
    );
    expect(indexNames(db, 'photos')).toEqual(expect.arrayContaining(['visitId', 'state']));
    expect(indexNames(db, 'people')).toEqual(
      expect.arrayContaining([
        'name',
        'searchWords',
        'nameKey',
        'nameWords',
        'aliasWords',
        'placeWords',
        'wardCode',
      ]),
    );
    expect(indexNames(db, 'locations')).toEqual(
      expect.arrayContaining(['wardCode', 'normAddress', 'searchWords']),
    );
    expect(indexNames(db, 'outbox')).toEqual(
      expect.arrayContaining(['mutationId', 'recordId', 'status', 'table', 'dependsOn']),
    );
    expect(
      db.backendDB().transaction('outbox').objectStore('outbox').index('mutationId').unique,
    ).toBe(true);
  });
});

describe('one database per user', () => {
  it('names the database from the user id and refuses anything that is not an id', () => {
    const id = uuidv7();
    expect(openUserDb(id).name).toBe(`csu-${id}`);
    expect(() => userDbName('local')).toThrow();
    expect(() => openUserDb('jane@example.org')).toThrow();
    expect(() => openUserDb('Jane Example')).toThrow();
  });

  it("keeps user A's calls and outbox out of user B's database", async () => {
    const a = newTestDb();
    const b = newTestDb();
    const callId = await logCall(a, validCallInput());
    expect(await a.calls.get(callId)).toBeDefined();
    expect(await countPending(a)).toBe(3);
    expect(await b.calls.get(callId)).toBeUndefined();
    expect(await b.calls.count()).toBe(0);
    expect(await countPending(b)).toBe(0);
    // Reopening A later (signing in again) finds its outbox intact.
    a.close();
    const again = openUserDb(a.userId);
    expect(await countPending(again)).toBe(3);
  });

  it('stores the owning user id in meta when the database is created', async () => {
    const db = newTestDb();
    await db.open();
    expect(await getMeta(db, 'userId')).toBe(db.userId);
  });

  it('makes one clientId per user database and keeps it', async () => {
    const a = newTestDb();
    const b = newTestDb();
    const first = await getClientId(a);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getClientId(a)).toBe(first);
    expect(await getClientId(b)).not.toBe(first);
  });
});

describe('active database', () => {
  it('has no fallback database while nobody is unlocked; switching users closes the old one', () => {
    closeActiveDb();
    expect(findActiveDb()).toBeUndefined();
    expect(() => getActiveDb()).toThrow(/nobody is unlocked/);
    const first = setActiveUser(uuidv7());
    const userId = uuidv7();
    const mine = setActiveUser(userId);
    expect(mine.userId).toBe(userId);
    expect(getActiveDb()).toBe(mine);
    expect(findActiveDb()).toBe(mine);
    expect(first.retired).toBe(true);
    expect(setActiveUser(userId)).toBe(mine);
  });

  it('deletes a user database and never reopens a retired one for writes', async () => {
    const userId = uuidv7();
    const db = setActiveUser(userId);
    await logCall(db, validCallInput());
    await deleteUserDb(userId);
    expect(db.retired).toBe(true);
    expect(await Dexie.exists(`csu-${userId}`)).toBe(false);
    await expect(logCall(db, validCallInput())).rejects.toMatchObject({ name: 'StorageError' });
    expect(await Dexie.exists(`csu-${userId}`)).toBe(false);
  });
});

describe('CsuDb versions 3 to 5', () => {
  it('adds the tasking meetings store to a version 5 database and keeps its records and outbox', async () => {
    const userId = uuidv7();
    const old = new Dexie(userDbName(userId));
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    old.version(3).stores(SCHEMA_V3);
    old.version(4).stores(SCHEMA_V4);
    old.version(5).stores(SCHEMA_V5);
    expect(Object.keys(SCHEMA_V1)).not.toContain('taskingMeetings');
    const callId = uuidv7();
    await old.table('calls').add({ id: callId, summary: 'Kept', status: 'open' });
    await old.table('outbox').add({
      mutationId: uuidv7(),
      kind: 'create',
      table: 'calls',
      recordId: callId,
      payload: { summary: 'Kept' },
      clientTime: '2026-03-01T10:00:00.000Z',
      status: 'pending',
      attempts: 0,
      dependsOn: [],
    });
    old.close();

    const db = openUserDb(userId);
    await db.open();
    expect(db.verno).toBe(DEVICE_SCHEMA_VERSION);
    expect(await db.calls.get(callId)).toMatchObject({ summary: 'Kept' });
    expect(await db.outbox.count()).toBe(1);
    await db
      .recordTable('taskingMeetings')
      .add({ id: uuidv7(), startedAt: '2026-03-02T09:30:00Z' });
    expect(await db.recordTable('taskingMeetings').orderBy('startedAt').count()).toBe(1);
    db.close();
  });

  it('adds the merges store to a version 7 database and keeps its records', async () => {
    const userId = uuidv7();
    const old = new Dexie(userDbName(userId));
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    old.version(3).stores(SCHEMA_V3);
    old.version(4).stores(SCHEMA_V4);
    old.version(5).stores(SCHEMA_V5);
    old.version(6).stores(SCHEMA_V6);
    old.version(7).stores(SCHEMA_V7);
    expect(Object.keys(SCHEMA_V1)).not.toContain('recordMerges');
    const personId = uuidv7();
    await old.table('people').add({ id: personId, name: 'Kept', aliases: [], flags: [] });
    old.close();

    const db = openUserDb(userId);
    await db.open();
    expect(db.verno).toBe(DEVICE_SCHEMA_VERSION);
    expect(await db.people.get(personId)).toMatchObject({ name: 'Kept' });
    const survivorId = uuidv7();
    await db.recordTable('recordMerges').add({ id: uuidv7(), survivorId });
    expect(
      await db.recordTable('recordMerges').where('survivorId').equals(survivorId).count(),
    ).toBe(1);
    db.close();
  });

  it('keeps every record and every queued outbox row of a version 1 database', async () => {
    const userId = uuidv7();
    const old = new Dexie(userDbName(userId));
    old.version(1).stores(SCHEMA_V1);
    const visitId = uuidv7();
    await old.table('visits').add({ id: visitId, at: '2026-03-01T10:00:00.000Z', notes: 'Kept' });
    await old.table('outbox').add({
      mutationId: uuidv7(),
      kind: 'create',
      table: 'visits',
      recordId: visitId,
      payload: { notes: 'Kept' },
      clientTime: '2026-03-01T10:00:00.000Z',
      status: 'pending',
      attempts: 0,
      dependsOn: [],
    });
    await old
      .table('drafts')
      .add({ formId: 'visit.new:x', value: { notes: 'half' }, savedAt: 'x' });
    old.close();

    const db = openUserDb(userId);
    await db.open();
    expect(db.verno).toBe(DEVICE_SCHEMA_VERSION);
    expect(await db.visits.get(visitId)).toMatchObject({ notes: 'Kept' });
    expect(await db.visits.where('amendsId').equals(visitId).count()).toBe(0);
    expect((await db.outbox.toArray()).map((r) => [r.recordId, r.status])).toEqual([
      [visitId, 'pending'],
    ]);
    expect(await db.drafts.count()).toBe(1);
    expect(await db.photos.count()).toBe(0);
    expect(await db.recordTable('groupDismissals').where('subjectId').equals(visitId).count()).toBe(
      0,
    );
    db.close();
  });
});
