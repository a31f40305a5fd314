import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { blindIndexFrom } from '../../src/client/local-store/blind-index';
import { editCall } from '../../src/client/local-store/call-edits';
import { textMatch } from '../../src/client/local-store/call-search';
import { logCall } from '../../src/client/local-store/calls-repo';
import {
  blindIndexOf,
  DEVICE_SCHEMA_VERSION,
  openUserDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  userDbName,
  type CsuDb,
} from '../../src/client/local-store/db';
import { hmacSha256 } from '../../src/client/local-store/hmac-sha256';
import { listCalls } from '../../src/client/local-store/queries';
import { applyServerRecords, removeRecord } from '../../src/client/local-store/server-apply';
import { uuidv7 } from '../../src/domain/ids';
import { validCallRecord } from '../factories/calls';
import { newTestDb, validCallInput } from './factories';

const NOW = new Date('2026-03-15T12:00:00.000Z');
const search = async (db: CsuDb, text: string) =>
  (await listCalls(db, { text, now: NOW })).map((r) => r.call.id).sort();

describe('HMAC-SHA-256 of the search index', () => {
  it('equals WebCrypto’s HMAC-SHA-256 for keys and messages around block boundaries', async () => {
    const sizes: [number, number][] = [
      [32, 0],
      [32, 3],
      [32, 55],
      [32, 56],
      [32, 63],
      [32, 64],
      [32, 65],
      [32, 300],
      [64, 119],
      [100, 10],
    ];
    for (const [keyBytes, messageBytes] of sizes) {
      const key = crypto.getRandomValues(new Uint8Array(keyBytes));
      const message = crypto.getRandomValues(new Uint8Array(messageBytes));
      const webKey = await crypto.subtle.importKey(
        'raw',
        key,
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['sign'],
      );
      const expected = new Uint8Array(await crypto.subtle.sign('HMAC', webKey, message));
      expect(hmacSha256(key).mac(message)).toEqual(expected);
    }
  });
});

describe('the calls search index', () => {
  it('finds a call by its reference, address, reporter, linked person and summary words', async () => {
    const db = newTestDb();
    const id = await logCall(db, validCallInput());
    const other = await logCall(
      db,
      validCallInput({
        reporter: { name: 'Sam Other' },
        location: { address: '4 Pound Lane, Kemsing' },
        people: [{ name: 'Chris Person', role: 'witness' }],
        summary: 'Fly-tipping behind the shops.',
      }),
    );
    // The server's copy brings the reference.
    const stored = await db.calls.get(id);
    await applyServerRecords(db, 'calls', [{ ...stored, reference: 'DT-2026-00042' }]);

    expect(await search(db, 'DT-2026-00042')).toEqual([id]);
    expect(await search(db, '42')).toEqual([id]);
    expect(await search(db, '12 Caxton')).toEqual([id]);
    expect(await search(db, 'caxt')).toEqual([id]);
    expect(await search(db, 'Jane Example')).toEqual([id]);
    expect(await search(db, 'alex sample')).toEqual([id]);
    expect(await search(db, 'garages')).toEqual([id]);
    expect(await search(db, 'fly tipping')).toEqual([other]);
    expect(await search(db, 'Chris')).toEqual([other]);
    // Every word typed must match.
    expect(await search(db, 'Caxton Kemsing')).toEqual([]);
    expect(await search(db, 'nobody')).toEqual([]);
  });

  it('follows edits and deletes', async () => {
    const db = newTestDb();
    const input = validCallInput();
    const id = await logCall(db, input);
    await editCall(
      db,
      id,
      {
        address: '7 Ash Road, Hartley',
        wardCode: input.location.wardCode,
        categoryIds: [...input.categoryIds],
        riskLevel: input.riskLevel,
        summary: 'Motorbikes on the playing field.',
        people: input.people,
      },
      'Address and summary changed',
    );
    expect(await search(db, 'caxton')).toEqual([]);
    expect(await search(db, 'garages')).toEqual([]);
    expect(await search(db, 'ash road')).toEqual([id]);
    expect(await search(db, 'motorbikes')).toEqual([id]);

    const pulled = validCallRecord({ id: uuidv7(), summary: 'Graffiti on the bus shelter.' });
    await applyServerRecords(db, 'calls', [pulled]);
    expect(await search(db, 'graffiti')).toEqual([pulled.id]);
    await applyServerRecords(db, 'calls', [{ ...pulled, summary: 'Broken fence.' }]);
    expect(await search(db, 'graffiti')).toEqual([]);
    expect(await search(db, 'fence')).toEqual([pulled.id]);
    await removeRecord(db, 'calls', pulled.id);
    expect(await search(db, 'fence')).toEqual([]);
  });

  it('finds common words among many calls, newest first', async () => {
    const db = newTestDb();
    const ids: string[] = [];
    for (let day = 1; day <= 5; day++)
      ids.push(await logCall(db, validCallInput({ receivedAt: `2026-03-0${day}T09:00:00.000Z` })));
    const rows = await listCalls(db, { text: 'garages', now: NOW }, 3);
    expect(rows.map((r) => r.call.id)).toEqual(ids.slice(2).reverse());
    // A word in more calls than are worth listing leaves it to a newest-first scan of the rows.
    const broad = await textMatch(db, 'garages', 2);
    expect(broad?.candidates).toBeUndefined();
    const all = await db.calls.toArray();
    expect(all.filter((c) => broad?.matches(c)).map((c) => c.id)).toEqual(ids);
  });

  it('stores keyed hashes of the words, never the words', async () => {
    const db = newTestDb();
    const id = await logCall(db, validCallInput());
    const call = await db.calls.get(id);
    expect(call?.searchHashes.length).toBeGreaterThan(10);
    expect(call?.searchHashes.every((h) => Number.isInteger(h))).toBe(true);
    const keys = await db.calls.orderBy('searchHashes').uniqueKeys();
    expect(keys.every((k) => typeof k === 'number')).toBe(true);
    const indexText = JSON.stringify(keys);
    for (const word of ['caxton', 'jane', 'example', 'garages'])
      expect(indexText).not.toContain(word);
    // Keyed: the same word hashes differently under another device's key.
    const mine = blindIndexOf(db).hash('caxton');
    expect(keys).toContain(mine);
    const another = blindIndexFrom(crypto.getRandomValues(new Uint8Array(32))).hash('caxton');
    expect(another).not.toBe(mine);
    // A second database of the same person (another device) has its own key.
    const second = newTestDb();
    await second.open();
    expect(blindIndexOf(second).hash('caxton')).not.toBe(mine);
  });
});

describe('CsuDb version 7', () => {
  it('indexes the calls of a version 4 database, keeping every row and queued outbox row', async () => {
    const userId = uuidv7();
    const old = new Dexie(userDbName(userId));
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    old.version(3).stores(SCHEMA_V3);
    old.version(4).stores(SCHEMA_V4);
    const calls = [
      validCallRecord({ id: uuidv7(), summary: 'Dog fouling on the green.' }),
      validCallRecord({ id: uuidv7(), summary: 'Noise from a party.' }),
    ].map((c) => ({
      ...c,
      personIds: [],
      wardCode: c.location.wardCode,
      _sync: { state: 'saved', pendingFields: { summary: 'm1' } },
    }));
    await old.table('calls').bulkAdd(calls);
    const outbox = calls.map((c, i) => ({
      mutationId: uuidv7(),
      kind: 'create',
      table: 'calls',
      recordId: c.id,
      payload: { summary: c.summary },
      clientTime: `2026-03-0${i + 1}T10:00:00.000Z`,
      status: 'pending',
      attempts: 0,
      dependsOn: [],
    }));
    await old.table('outbox').bulkAdd(outbox);
    await old.table('meta').add({ key: 'cursor', value: 'c-41' });
    old.close();

    const db = openUserDb(userId);
    await db.open();
    expect(db.verno).toBe(DEVICE_SCHEMA_VERSION);
    const kept = await db.calls.toArray();
    expect(kept.map(({ searchHashes: _h, ...row }) => row)).toEqual(
      expect.arrayContaining(calls.map((c) => expect.objectContaining(c))),
    );
    expect(kept).toHaveLength(2);
    expect((await db.outbox.orderBy('localSeq').toArray()).map((r) => r.mutationId)).toEqual(
      outbox.map((o) => o.mutationId),
    );
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: 'c-41' });
    expect(await search(db, 'dog fouling')).toEqual([calls[0]?.id]);
    expect(await search(db, 'party')).toEqual([calls[1]?.id]);
    // The key the upgrade made is the one later writes and searches use.
    await logCall(db, validCallInput({ summary: 'Dog barking all night.' }));
    expect((await search(db, 'dog')).length).toBe(2);
    db.close();
  });
});

describe('CsuDb version 9', () => {
  it('drops the calls indexes no query reads, keeping every row and queued outbox row', async () => {
    const userId = uuidv7();
    const old = new Dexie(userDbName(userId));
    for (const [v, schema] of [
      SCHEMA_V1,
      SCHEMA_V2,
      SCHEMA_V3,
      SCHEMA_V4,
      SCHEMA_V5,
      SCHEMA_V6,
      SCHEMA_V7,
      SCHEMA_V8,
    ].entries())
      old.version(v + 1).stores(schema);
    const call = {
      ...validCallRecord({ id: uuidv7(), summary: 'Bins set alight.', status: 'open' }),
      personIds: [],
      wardCode: 'E05005019',
      searchHashes: [1, 2, 3],
      _sync: { state: 'waiting', offered: true, pendingFields: { summary: 'm2' } },
    };
    await old.table('calls').add(call);
    const queued = {
      mutationId: uuidv7(),
      kind: 'patch',
      table: 'calls',
      recordId: call.id,
      payload: { summary: call.summary },
      clientTime: '2026-03-04T10:00:00.000Z',
      status: 'pending',
      attempts: 2,
      dependsOn: [],
    };
    const localSeq = await old.table('outbox').add(queued);
    old.close();

    const db = openUserDb(userId);
    await db.open();
    expect(db.verno).toBe(DEVICE_SCHEMA_VERSION);
    expect(await db.calls.get(call.id)).toEqual(call);
    expect(await db.outbox.toArray()).toEqual([{ ...queued, localSeq }]);
    const rows = await listCalls(db, { wardCode: 'E05005019', status: ['open'], now: NOW });
    expect(rows.map((r) => r.call.id)).toEqual([call.id]);
    db.close();
  });
});
