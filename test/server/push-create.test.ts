import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importRecords } from '../../src/server/services/import';
import { actionData, callData, create, newId, pullAll, pushOk, pushOne } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

let s: TestServer;
let chair: string;
beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-02T10:00:00.000Z' });
  await s.createUser({ username: 'chair', roles: ['chair'] });
  chair = await s.login('chair');
});
afterEach(async () => {
  await s.close();
});

async function callsOnServer(cookie = chair) {
  return (await pullAll(s, cookie)).changes.filter((c) => c.table === 'calls');
}

describe('push: creating calls', () => {
  it('gives calls server-made references DT-2026-0001, then 0002', async () => {
    const a = await pushOne(s, chair, create('calls', newId(), callData()));
    const b = await pushOne(s, chair, create('calls', newId(), callData()));
    expect(a.record?.reference).toBe('DT-2026-0001');
    expect(b.record?.reference).toBe('DT-2026-0002');
    expect(b.seq).toBeGreaterThan(a.seq!);
  });

  it('numbers references per Europe/London year of the server clock', async () => {
    // Sessions expire after 12 h idle, so sign in again at the new time.
    s.clock.set('2026-12-31T23:30:00.000Z');
    chair = await s.login('chair');
    const a = await pushOne(
      s,
      chair,
      create('calls', newId(), callData({ receivedAt: '2026-12-31T23:00:00.000Z' })),
    );
    s.clock.set('2027-01-01T00:30:00.000Z');
    const b = await pushOne(
      s,
      chair,
      create('calls', newId(), callData({ receivedAt: '2027-01-01T00:10:00.000Z' })),
    );
    const c = await pushOne(
      s,
      chair,
      create('calls', newId(), callData({ receivedAt: '2027-01-01T00:10:00.000Z' })),
    );
    expect([a.record?.reference, b.record?.reference, c.record?.reference]).toEqual([
      'DT-2026-0001',
      'DT-2027-0001',
      'DT-2027-0002',
    ]);
  });

  it('ignores who/when/reference/workflow values sent by the device', async () => {
    const user = await s.storage.transaction((tx) => tx.getUserByUsername('chair'));
    const r = await pushOne(
      s,
      chair,
      create(
        'calls',
        newId(),
        callData({
          reference: 'DT-1999-9999',
          createdBy: 'someone-else',
          createdAt: '2000-01-01T00:00:00.000Z',
          createdByAgency: 'kent-police',
          status: 'closed',
          closure: { reason: 'x', closedAt: 'x', closedBy: 'x' },
          fieldSeqs: { summary: 99999 },
        }),
      ),
    );
    expect(r.status).toBe('applied');
    expect(r.record).toMatchObject({
      reference: 'DT-2026-0001',
      createdBy: user!.id,
      createdAt: '2026-03-02T10:00:00.000Z',
      createdByAgency: 'sdc-csu',
      status: 'new',
    });
    expect(r.record?.closure).toBeUndefined();
    expect((r.record?.fieldSeqs as Record<string, number>).summary).toBe(r.seq);
  });

  it('keeps imported references and continues the counter above them', async () => {
    const user = (await s.storage.transaction((tx) => tx.getUserByUsername('chair')))!;
    const id = newId();
    await importRecords(
      s.storage,
      { calls: [{ id, ...callData({ reference: 'DT-2026-0040', status: 'open' }) }] },
      s.clock.now(),
      new Map(),
      { userId: user.id, agencyId: user.agencyId },
    );
    const r = await pushOne(s, chair, create('calls', newId(), callData()));
    expect(r.record?.reference).toBe('DT-2026-0041');
    const imported = (await callsOnServer()).find((c) => c.id === id);
    expect(imported?.record).toMatchObject({ reference: 'DT-2026-0040', status: 'open' });
  });

  it('rejects a user-entered date more than 24 hours ahead of the server clock', async () => {
    const r = await pushOne(
      s,
      chair,
      create('calls', newId(), callData({ receivedAt: '2026-03-03T10:30:00.000Z' })),
    );
    expect(r).toMatchObject({
      status: 'rejected',
      error: { code: 'future_date', fields: { receivedAt: expect.any(String) } },
    });
    const ok = await pushOne(
      s,
      chair,
      create('calls', newId(), callData({ receivedAt: '2026-03-03T09:30:00.000Z' })),
    );
    expect(ok.status).toBe('applied');
    const due = await pushOne(
      s,
      chair,
      create('actions', newId(), actionData(ok.record!.id as string, { dueDate: '2026-06-01' })),
    );
    expect(due.status).toBe('applied');
  });
});

describe('push: replays', () => {
  it('a replayed mutation returns duplicate and exactly one record exists', async () => {
    const m = create('calls', newId(), callData());
    const first = await pushOne(s, chair, m);
    const again = await pushOne(s, chair, m);
    expect(first.status).toBe('applied');
    expect(again).toMatchObject({ mutationId: m.mutationId, status: 'duplicate', seq: first.seq });
    expect(again.record?.reference).toBe('DT-2026-0001');
    expect(await callsOnServer()).toHaveLength(1);
  });

  it('the same push sent twice at once is applied once', async () => {
    const batch = [create('calls', newId(), callData()), create('calls', newId(), callData())];
    const [a, b] = await Promise.all([pushOk(s, chair, batch), pushOk(s, chair, batch)]);
    const statuses = [...a, ...b].map((r) => r.status).sort();
    expect(statuses).toEqual(['applied', 'applied', 'duplicate', 'duplicate']);
    const calls = await callsOnServer();
    expect(calls).toHaveLength(2);
    expect(calls.map((c) => c.record?.reference).sort()).toEqual(['DT-2026-0001', 'DT-2026-0002']);
  });

  it('another mutation creating an existing id is rejected id_taken, with no record', async () => {
    const id = newId();
    await pushOne(s, chair, create('calls', id, callData()));
    const r = await pushOne(s, chair, create('calls', id, callData({ summary: 'Other' })));
    expect(r).toMatchObject({ status: 'rejected', error: { code: 'id_taken' } });
    expect(r.record).toBeUndefined();
  });
});

describe('push: parents', () => {
  it('rejects a child whose parent is not on the server, then accepts the same mutation once it is', async () => {
    const callId = newId();
    const child = create('actions', newId(), actionData(callId));
    expect(await pushOne(s, chair, child)).toMatchObject({
      status: 'rejected',
      error: { code: 'parent_missing' },
    });
    const results = await pushOk(s, chair, [create('calls', callId, callData()), child]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
  });
});

describe('push: malformed mutations and envelopes', () => {
  it('rejects a malformed mutation inside a 200 while the rest of the batch applies', async () => {
    const results = await pushOk(s, chair, [
      create('calls', newId(), callData()),
      { mutationId: 'not-an-id', kind: 'create' },
      create('calls', newId(), callData({ summary: '' })),
      create('nonsense', newId(), {}),
      { ...create('calls', newId(), callData()), kind: 'explode' },
      create('calls', newId(), callData({ summary: 'x'.repeat(70 * 1024) })),
      create('calls', newId(), callData()),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'applied',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'applied',
    ]);
    expect(results.map((r) => r.error?.code)).toEqual([
      undefined,
      'invalid',
      'invalid',
      'unknown_table',
      'unknown_kind',
      'too_large',
      undefined,
    ]);
    expect(results[2]?.error?.fields).toHaveProperty('summary');
  });

  const push = (
    body: string,
    cookie: string | undefined = chair,
    headers: Record<string, string> = {},
  ) =>
    s.request(
      '/api/sync/push',
      { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } },
      cookie,
    );

  it('400 for unreadable JSON or a bad envelope', async () => {
    expect((await push('{"clientId":')).status).toBe(400);
    expect((await push('[]')).status).toBe(400);
    expect((await push(JSON.stringify({ clientId: 'c', mutations: [] }))).status).toBe(400);
    const res = await push('\u0000garbage');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'bad_request' });
  });

  it('413 for a request over 256 KB, by declared length and by actual bytes', async () => {
    const big = JSON.stringify({
      clientId: 'c',
      schemaVersion: 1,
      mutations: [{ pad: 'x'.repeat(300 * 1024) }],
    });
    const byBytes = await push(big);
    expect(byBytes.status).toBe(413);
    expect(await byBytes.json()).toMatchObject({ code: 'too_large' });
    const declared = await push('{}', chair, { 'Content-Length': String(400 * 1024) });
    expect(declared.status).toBe(413);
  });

  it('401 without a session; 426 for an old schema; 503 with Retry-After for a newer one', async () => {
    const body = (v: number) => JSON.stringify({ clientId: 'c', schemaVersion: v, mutations: [] });
    expect((await push(body(1), '')).status).toBe(401);
    expect((await push(body(-1))).status).toBe(426);
    expect((await push(body(0))).status).toBe(200);
    const newer = await push(body(2));
    expect(newer.status).toBe(503);
    expect(newer.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('403 client_user_mismatch when the clientId belongs to another user', async () => {
    await s.createUser({ username: 'pcso', roles: ['field'], agencyId: 'kent-police' });
    const pcso = await s.login('pcso');
    await pushOk(s, chair, [], 'shared-client');
    const res = await s.request(
      '/api/sync/push',
      { method: 'POST', json: { clientId: 'shared-client', schemaVersion: 1, mutations: [] } },
      pcso,
    );
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'client_user_mismatch' });
  });
});
