/** Regression tests for issue 7 items 1, 2, 3, 4 and 10, at the server through buildApp. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_MUTATION_DEPTH, type MutationResult } from '../../src/domain/sync-protocol';
import {
  callData,
  create,
  newId,
  patch,
  pullAll,
  pushOk as pushBatch,
  pushOne as pushAs,
  referralData,
  remove,
} from './fixtures';
import { makeTestServer, type TestServer } from './helpers';
import { AGENCY, TABLE_FIXTURES } from './table-fixtures';

let s: TestServer;
let chair: string;
let asb: string;
let pcso: string;
let admin: string;
let marac: string;
beforeEach(async () => {
  s = await makeTestServer();
  await s.createUser({ username: 'chair', roles: ['chair'], agencyId: AGENCY });
  await s.createUser({ username: 'asb', roles: ['asb_officer'], agencyId: AGENCY });
  await s.createUser({ username: 'pcso', roles: ['field'], agencyId: 'kent-police' });
  await s.createUser({ username: 'admin', roles: ['admin'], agencyId: 'kent-police' });
  await s.createUser({ username: 'marac', roles: ['marac'], agencyId: 'wkha' });
  [chair, asb, pcso, admin, marac] = (await Promise.all(
    ['chair', 'asb', 'pcso', 'admin', 'marac'].map((u) => s.login(u)),
  )) as [string, string, string, string, string];
});
afterEach(async () => {
  await s.close();
});

/** Each user pushes from their own device database (clientId), as in real use. */
const clientOf = (cookie: string) => `client-${cookie.slice(-12)}`;
const pushOne = (server: TestServer, cookie: string, m: unknown, clientId?: string) =>
  pushAs(server, cookie, m, clientId ?? clientOf(cookie));
const pushOk = (server: TestServer, cookie: string, ms: unknown[]) =>
  pushBatch(server, cookie, ms, clientOf(cookie));

const seqNow = () => s.storage.transaction((tx) => tx.currentSeq());
const userId = async (username: string) =>
  (await s.storage.transaction((tx) => tx.getUserByUsername(username)))!.id;

async function pushText(cookie: string, text: string): Promise<Response> {
  return s.request(
    '/api/sync/push',
    { method: 'POST', body: text, headers: { 'Content-Type': 'application/json' } },
    cookie,
  );
}

describe('item 1: a deeply nested mutation', () => {
  it('is rejected on its own as invalid and the rest of the batch applies', async () => {
    const first = create('calls', newId(), callData());
    const last = create('calls', newId(), callData());
    const deepId = newId();
    const depth = 8000;
    const deep = `{"mutationId":"${deepId}","kind":"create","table":"calls","recordId":"${newId()}","clientTime":"x","payload":{"summary":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const body = `{"clientId":"c1","schemaVersion":1,"mutations":[${JSON.stringify(first)},${deep},${JSON.stringify(last)}]}`;
    const res = await pushText(chair, body);
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: MutationResult[] };
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    expect(results[1]).toMatchObject({ mutationId: deepId, error: { code: 'invalid' } });
  });

  it('allows the nesting records need, up to the limit', async () => {
    const nested = (n: number): unknown => (n === 0 ? 'x' : [nested(n - 1)]);
    const ok = await pushOne(
      s,
      chair,
      { ...create('calls', newId(), callData()), extra: nested(MAX_MUTATION_DEPTH - 2) },
      'c1',
    );
    expect(ok.status).toBe('applied');
    const tooDeep = await pushOne(
      s,
      chair,
      { ...create('calls', newId(), callData()), extra: nested(MAX_MUTATION_DEPTH) },
      'c1',
    );
    expect(tooDeep.error?.code).toBe('invalid');
  });
});

describe('item 2: delivery tasks', () => {
  async function task(assignee: Record<string, string>) {
    const id = newId();
    const data = { ...TABLE_FIXTURES.deliveryTasks.data({ enforcements: newId() } as never) };
    delete data.assigneeAgencyId;
    const created = await pushOne(
      s,
      asb,
      create('deliveryTasks', id, { ...data, ...assignee }),
      'a',
    );
    expect(created.status).toBe('applied');
    return { id, seq: created.seq! };
  }

  it('an admin-only user of the assignee agency cannot read, patch or delete them', async () => {
    const { id, seq } = await task({ assigneeAgencyId: 'kent-police' });
    // The PCSO (a case role in that agency) reads it; the admin of the same agency does not.
    expect((await pullAll(s, pcso)).changes.some((c) => c.id === id)).toBe(true);
    expect((await pullAll(s, admin)).changes.some((c) => c.id === id)).toBe(false);
    const before = await seqNow();
    const edit = await pushOne(s, admin, patch('deliveryTasks', id, { note: 'x' }, { note: seq }));
    const gone = await pushOne(s, admin, remove('deliveryTasks', id, seq));
    expect(edit.error?.code).toBe('out_of_scope');
    expect(gone.error?.code).toBe('out_of_scope');
    expect(await seqNow()).toBe(before);
  });

  it('the assignee cannot reassign or delete a task; the ASB officer can', async () => {
    const { id, seq } = await task({ assigneeUserId: await userId('pcso') });
    const before = await seqNow();
    const reassign = await pushOne(
      s,
      pcso,
      patch(
        'deliveryTasks',
        id,
        { assigneeUserId: await userId('admin') },
        { assigneeUserId: seq },
      ),
    );
    expect(reassign.error?.code).toBe('forbidden');
    expect((await pushOne(s, pcso, remove('deliveryTasks', id, seq))).error?.code).toBe(
      'forbidden',
    );
    expect(await seqNow()).toBe(before);
    expect((await pullAll(s, admin)).changes.some((c) => c.id === id)).toBe(false);
    const byAsb = await pushOne(
      s,
      asb,
      patch('deliveryTasks', id, { note: 'Gate' }, { note: seq }),
    );
    expect(byAsb.status).toBe('applied');
  });
});

describe('item 3: no write without read', () => {
  it('an admin whose agency leads a group cannot add items or meetings under it', async () => {
    const groupId = newId();
    const group = { ...TABLE_FIXTURES.groups.data({} as never), leadAgencyId: 'kent-police' };
    expect((await pushOne(s, chair, create('groups', groupId, group))).status).toBe('applied');
    const parents = { groups: groupId } as never;
    const before = await seqNow();
    for (const table of ['groupItems', 'groupMeetings'] as const) {
      const data = { ...TABLE_FIXTURES[table].data(parents), leadAgencyId: 'kent-police' };
      const made = await pushOne(s, admin, create(table, newId(), data));
      expect(made.error?.code, table).toBe('forbidden');
    }
    expect(await seqNow()).toBe(before);
    // The same answer as for a group that does not exist: nothing is revealed.
    const ghost = { ...TABLE_FIXTURES.groupItems.data({ groups: newId() } as never) };
    expect((await pushOne(s, admin, create('groupItems', newId(), ghost))).error?.code).toBe(
      'forbidden',
    );
  });
});

describe('item 4: one id rule and replays per client', () => {
  it('refuses a mutationId that is not a canonical UUID, so a replay cannot apply twice', async () => {
    const m = create('calls', newId(), callData());
    const bare = { ...m, mutationId: m.mutationId.replace(/-/g, '').padEnd(36, '0') };
    const first = await pushOne(s, chair, bare, 'c1');
    const again = await pushOne(s, chair, bare, 'c1');
    expect(first.error?.code).toBe('invalid');
    expect(again.error?.code).toBe('invalid');
    expect(await s.storage.transaction((tx) => tx.getRecord('calls', m.recordId))).toBeUndefined();
  });

  it('another client reusing a mutationId gets id_taken, and the first client still gets its replay', async () => {
    const mine = create('calls', newId(), callData());
    const applied = await pushOne(s, chair, mine, 'chair-client');
    const theirs = { ...create('calls', newId(), callData()), mutationId: mine.mutationId };
    const taken = await pushOne(s, asb, theirs, 'asb-client');
    expect(taken).toMatchObject({ status: 'rejected', error: { code: 'id_taken' } });
    expect(
      await s.storage.transaction((tx) => tx.getRecord('calls', theirs.recordId)),
    ).toBeUndefined();
    const replay = await pushOne(s, chair, mine, 'chair-client');
    expect(replay).toMatchObject({ status: 'duplicate', seq: applied.seq });
  });
});

describe('item 10: smaller ones', () => {
  it('a non-member gets the same answer for a real MARAC id and a random one', async () => {
    const referralId = newId();
    const made = await pushOne(s, marac, create('maracReferrals', referralId, referralData()), 'm');
    const real = await pushOne(
      s,
      chair,
      patch('maracReferrals', referralId, { reason: 'x' }, { reason: made.seq! }),
    );
    const random = await pushOne(
      s,
      chair,
      patch('maracReferrals', newId(), { reason: 'x' }, { reason: made.seq! }),
    );
    expect(real.error).toEqual(random.error);
    const delReal = await pushOne(s, chair, remove('maracReferrals', referralId, made.seq!));
    const delRandom = await pushOne(s, chair, remove('maracReferrals', newId(), made.seq!));
    expect(delReal.error).toEqual(delRandom.error);
    expect(delReal.error?.code).toBe('out_of_scope');
  });

  it('an empty patch, or one naming only server fields, is not_patchable and changes nothing', async () => {
    const callId = newId();
    const made = await pushOne(s, chair, create('calls', callId, callData()));
    const before = await seqNow();
    const empty = await pushOne(s, chair, patch('calls', callId, {}, {}));
    const serverOnly = await pushOne(
      s,
      chair,
      patch(
        'calls',
        callId,
        { createdBy: 'me', updatedAt: '2026-01-01T00:00:00.000Z' },
        { createdBy: made.seq! },
      ),
    );
    expect(empty).toMatchObject({ status: 'rejected', error: { code: 'not_patchable' } });
    expect(serverOnly).toMatchObject({ status: 'rejected', error: { code: 'not_patchable' } });
    expect(await seqNow()).toBe(before);
  });

  it('a call naming an unknown category, agency or ward is refused at those fields', async () => {
    const bad = callData({
      categoryIds: ['noise', 'not-a-category'],
      sourceAgencyId: 'not-an-agency',
      location: { locationId: newId(), address: '1 High Street', wardCode: 'E09999999' },
    });
    const made = await pushOne(s, chair, create('calls', newId(), bad));
    expect(made).toMatchObject({
      status: 'rejected',
      error: {
        code: 'invalid',
        fields: {
          categoryIds: 'Select categories from the list',
          sourceAgencyId: 'Select the source agency from the list',
          'location.wardCode': 'Select a ward from the list',
        },
      },
    });
    const callId = newId();
    const ok = await pushOne(s, chair, create('calls', callId, callData()));
    const edit = await pushOne(
      s,
      chair,
      patch('calls', callId, { categoryIds: ['nope'] }, { categoryIds: ok.seq! }),
    );
    expect(edit.error?.fields).toEqual({ categoryIds: 'Select categories from the list' });
  });

  it('a batch of rejected mutations leaves the server as it was', async () => {
    const before = await seqNow();
    const results = await pushOk(s, pcso, [
      create('enforcements', newId(), TABLE_FIXTURES.enforcements.data({} as never)),
      patch('calls', newId(), { summary: 'x' }, { summary: 1 }),
    ]);
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(await seqNow()).toBe(before);
  });
});
