import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import { callSchema } from '../../src/domain/schemas/calls';
import { locationSchema, personSchema } from '../../src/domain/schemas/people';
import { logCall } from '../../src/client/local-store/calls-repo';
import { ValidationError } from '../../src/client/local-store/errors';
import { mutationsForRecord } from '../factories/outbox';
import { newTestDb, OTHER_WARD, TEST_WARD, validCallInput } from './factories';

const LOCAL_ONLY = [
  '_sync',
  'personIds',
  'wardCode',
  'normAddress',
  'searchWords',
  'createdAt',
  'createdBy',
  'reference',
];

function expectNoLocalFields(payload: Record<string, unknown>, table: string) {
  for (const f of LOCAL_ONLY) {
    // A call's own location carries a real wardCode inside `location`; top level must not.
    if (f === 'wardCode' && table === 'locations') continue;
    expect(payload, `${table} payload has ${f}`).not.toHaveProperty(f);
  }
}

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('logCall', () => {
  it('writes location, person and call with their create mutations, in that order', async () => {
    const db = newTestDb();
    const callId = await logCall(db, validCallInput());
    const rows = await db.outbox.orderBy('localSeq').toArray();
    expect(rows.map((r) => [r.kind, r.table])).toEqual([
      ['create', 'locations'],
      ['create', 'people'],
      ['create', 'calls'],
    ]);
    const [loc, person, call] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
    expect(call.recordId).toBe(callId);
    expect(call.dependsOn.sort()).toEqual([loc.recordId, person.recordId].sort());
    expect(loc.dependsOn).toEqual([]);
    for (const r of rows) {
      expect(r).toMatchObject({ status: 'pending', attempts: 0 });
      expect(r.mutationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(Number.isNaN(Date.parse(r.clientTime))).toBe(false);
      expect(r.baseSeqs).toBeUndefined();
      expectNoLocalFields(r.payload, r.table);
    }
    // Payloads are what the server validates with the shared schemas.
    expect(callSchema.safeParse(call.payload).success).toBe(true);
    expect(locationSchema.safeParse(loc.payload).success).toBe(true);
    expect(personSchema.safeParse(person.payload).success).toBe(true);
    expect(call.payload).toMatchObject({
      id: callId,
      status: 'new',
      location: {
        locationId: loc.recordId,
        address: '12 Caxton Close, Hartley',
        wardCode: TEST_WARD,
      },
      people: [{ personId: person.recordId, role: 'subject' }],
    });

    const stored = await db.calls.get(callId);
    expect(stored).toMatchObject({
      status: 'new',
      reference: null,
      wardCode: TEST_WARD,
      personIds: [person.recordId],
    });
    expect(stored?._sync).toMatchObject({ state: 'saved' });
    expect(stored?._sync?.pendingFields?.summary).toBe(call.mutationId);
    expect(await db.locations.get(loc.recordId)).toMatchObject({
      normAddress: '12 caxton close hartley',
    });
    expect(await db.people.get(person.recordId)).toMatchObject({
      name: 'Alex Sample',
      aliases: [],
      flags: [],
    });
  });

  it('reuses a location with the same normalised address and ward, and a chosen one', async () => {
    const db = newTestDb();
    const first = await logCall(db, validCallInput({ people: [] }));
    const second = await logCall(
      db,
      validCallInput({ people: [], location: { address: '12,  CAXTON CLOSE.  Hartley ' } }),
    );
    const a = await db.calls.get(first);
    const b = await db.calls.get(second);
    expect(b?.location.locationId).toBe(a?.location.locationId);
    expect(await db.locations.count()).toBe(1);
    expect((await mutationsForRecord(db, second))[0]?.dependsOn).toEqual([a?.location.locationId]);

    const otherWard = await logCall(
      db,
      validCallInput({ people: [], location: { wardCode: OTHER_WARD } }),
    );
    expect((await db.calls.get(otherWard))?.location.locationId).not.toBe(a?.location.locationId);

    const chosen = await logCall(
      db,
      validCallInput({
        people: [],
        location: { address: 'Caxton Close', locationId: a?.location.locationId },
      }),
    );
    expect((await db.calls.get(chosen))?.location.locationId).toBe(a?.location.locationId);
    expect(await db.locations.count()).toBe(2);
  });

  it('links known people without creating them again', async () => {
    const db = newTestDb();
    const first = await logCall(db, validCallInput());
    const personId = (await db.calls.get(first))?.people[0]?.personId as string;
    const second = await logCall(
      db,
      validCallInput({
        people: [
          { personId, role: 'victim' },
          { name: 'Sam New', role: 'witness' },
        ],
      }),
    );
    expect(await db.people.count()).toBe(2);
    expect((await db.calls.get(second))?.people.map((p) => p.role)).toEqual(['victim', 'witness']);
  });

  it('reports problems by dotted field path and writes nothing', async () => {
    const db = newTestDb();
    const err = await caught(
      logCall(
        db,
        validCallInput({
          reporter: { name: '' },
          location: { wardCode: 'nowhere' },
          categoryIds: [],
          people: [{ role: 'subject' }],
          summary: '   ',
        }),
      ),
    );
    expect(err).toBeInstanceOf(ValidationError);
    const fields = (err as ValidationError).fields;
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining([
        'reporter.name',
        'location.wardCode',
        'categoryIds',
        'people.0.name',
        'summary',
      ]),
    );
    expect(fields['location.wardCode']).toBe('Select a ward');
    expect(await db.calls.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses ids that are not in the reference data', async () => {
    const db = newTestDb();
    const err = await caught(
      logCall(
        db,
        validCallInput({
          location: { wardCode: 'E99999999' },
          categoryIds: ['made-up'],
          sourceAgencyId: 'acme',
        }),
      ),
    );
    expect((err as ValidationError).fields).toMatchObject({
      'location.wardCode': 'Select a ward from the list',
      categoryIds: 'Select categories from the list',
      sourceAgencyId: 'Select the source agency from the list',
    });
  });

  it('refuses a user-entered date more than 24 hours ahead at that field', async () => {
    const db = newTestDb();
    const later = new Date(Date.now() + 30 * 3_600_000);
    const err = await caught(
      logCall(
        db,
        validCallInput({
          receivedAt: later.toISOString(),
          incidentDate: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
        }),
      ),
    );
    expect((err as ValidationError).fields).toMatchObject({
      receivedAt: expect.stringContaining('today or in the past'),
      incidentDate: expect.stringContaining('today or in the past'),
    });
    // Within the allowed skew is fine (a device clock a little behind the server).
    const soon = new Date(Date.now() + 3_600_000).toISOString();
    await expect(logCall(db, validCallInput({ receivedAt: soon }))).resolves.toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it('never takes server-managed or workflow fields from the input', async () => {
    const db = newTestDb();
    const input = {
      ...validCallInput(),
      status: 'closed',
      reference: 'DT-2026-9999',
      createdBy: 'someone-else',
    };
    const id = await logCall(db, input as never);
    const call = await db.calls.get(id);
    expect(call).toMatchObject({ status: 'new', reference: null, createdBy: db.userId });
  });

  it('keeps nothing about the reporter of an anonymous call', async () => {
    const db = newTestDb();
    const id = await logCall(db, validCallInput({ reporter: { anonymous: true } }));
    expect((await db.calls.get(id))?.reporter).toEqual({ anonymous: true });
  });

  it('is atomic: if the outbox write fails, neither the records nor any mutation exist', async () => {
    const db = newTestDb();
    const realAdd = db.outbox.add.bind(db.outbox);
    let adds = 0;
    const spy = vi.spyOn(db.outbox, 'add').mockImplementation((row) => {
      adds += 1;
      // The location and person mutations are written; the call's fails after the call row was put.
      if (adds === 3) return Promise.reject(new Error('disk on fire')) as never;
      return realAdd(row);
    });
    await expect(logCall(db, validCallInput())).rejects.toThrow('disk on fire');
    spy.mockRestore();
    expect(adds).toBe(3);
    expect(await db.calls.count()).toBe(0);
    expect(await db.locations.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('is atomic when a chosen person is missing after other records were written', async () => {
    const db = newTestDb();
    const err = await caught(
      logCall(
        db,
        validCallInput({
          people: [
            { name: 'New Person', role: 'victim' },
            { personId: uuidv7(), role: 'subject' },
          ],
        }),
      ),
    );
    expect((err as ValidationError).fields).toHaveProperty(['people.1.personId']);
    expect(await db.people.count()).toBe(0);
    expect(await db.locations.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
