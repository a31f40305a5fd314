import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CODE_FIXED } from '../../src/domain/reference-admin-schemas';
import { CALL_WARD } from '../factories/calls';
import { callData, create, newId, pullAll, pushOne } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

let s: TestServer;
let admin: string;
let chair: string;
beforeEach(async () => {
  s = await makeTestServer();
  await s.createUser({ username: 'admin', roles: ['admin'] });
  await s.createUser({ username: 'chair', roles: ['chair'] });
  admin = await s.login('admin');
  chair = await s.login('chair');
});
afterEach(async () => {
  await s.close();
});

const send = (method: string, path: string, json: unknown, cookie = admin) =>
  s.request(`/api/admin/reference${path}`, { method, json }, cookie);

const REFERENCE_CALLS: [string, string, unknown?][] = [
  ['GET', '/wards'],
  ['GET', `/wards/${CALL_WARD}`],
  ['POST', '/wards', { code: 'E05009999', name: 'New Ash' }],
  ['PATCH', `/wards/${CALL_WARD}`, { name: 'Hartley' }],
  ['PATCH', '/thresholds/thresholds', { repeatCalls: 2 }],
];

describe('reference data admin API', () => {
  it.each(REFERENCE_CALLS)('%s %s refuses a chair (403) and changes nothing', async (m, p, j) => {
    const res = await send(m, p, j, chair);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'forbidden' });
    const ward = await s.storage.transaction((tx) => tx.getRecord('wards', CALL_WARD));
    expect(ward?.data.name).toBe('Hartley and Hodsoll Street');
  });

  it('renames a ward: devices pull the new name, calls keep the ward, one audit row', async () => {
    await pushOne(s, chair, create('calls', newId(), callData()));
    const { cursor } = await pullAll(s, chair);
    const before = await send('GET', `/wards/${CALL_WARD}`, undefined);
    expect(await before.json()).toMatchObject({
      row: { name: 'Hartley and Hodsoll Street' },
      usage: { openCalls: 1, closedCalls: 0 },
    });
    const res = await send('PATCH', `/wards/${CALL_WARD}`, { name: '  Hartley  ' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ row: { id: CALL_WARD, name: 'Hartley' } });
    const pulled = await pullAll(s, chair, cursor);
    expect(pulled.changes).toHaveLength(1);
    expect(pulled.changes[0]).toMatchObject({
      table: 'wards',
      id: CALL_WARD,
      record: { name: 'Hartley', code: CALL_WARD },
    });
    const audit = await s.storage.transaction((tx) =>
      tx.listAudit({ action: 'admin.reference.update' }),
    );
    expect(audit.map((a) => [a.table, a.ids])).toEqual([['wards', [CALL_WARD]]]);
    expect(JSON.stringify(audit)).not.toContain('Hartley');
  });

  it('adds a category with a readable id and deactivates it without deleting it', async () => {
    const res = await send('POST', '/categories', {
      name: 'Begging',
      qualifier: 'nuisance',
      asb: true,
    });
    expect(res.status).toBe(201);
    const { row } = (await res.json()) as { row: { id: string } };
    expect(row).toMatchObject({ id: 'begging', name: 'Begging', active: true });
    const again = await send('POST', '/categories', {
      name: 'begging ',
      qualifier: 'nuisance',
      asb: true,
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ fields: { name: expect.any(String) } });
    s.clock.advance(1000);
    expect((await send('PATCH', '/categories/begging', { active: false })).status).toBe(200);
    const list = (await (await send('GET', '/categories', undefined)).json()) as {
      rows: { id: string; active: boolean }[];
    };
    expect(list.rows.find((r) => r.id === 'begging')).toMatchObject({ active: false });
    const audit = await s.storage.transaction((tx) => tx.listAudit({ table: 'categories' }));
    expect(audit.map((a) => a.action)).toEqual([
      'admin.reference.create',
      'admin.reference.update',
    ]);
  });

  it('keeps codes: a change naming a code is refused at the field', async () => {
    const res = await send('PATCH', `/wards/${CALL_WARD}`, { code: 'E05000001' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'bad_request', fields: { code: CODE_FIXED } });
    const dup = await send('POST', '/wards', { code: CALL_WARD, name: 'Another' });
    expect(await dup.json()).toMatchObject({
      fields: { code: expect.stringContaining('Hartley') },
    });
  });

  it.each([
    ['POST', '/wards', { code: 'ash', name: '' }, ['code', 'name']],
    ['POST', '/categories', { name: 'X', qualifier: 'loud', asb: 'yes' }, ['qualifier', 'asb']],
    ['POST', '/closingCodes', { code: '3 61', name: 'x' }, ['code']],
    [
      'PATCH',
      '/thresholds/thresholds',
      { repeatCalls: 9, repeatWindowDays: 90, caseReviewCalls: 3, caseReviewMonths: 6 },
      ['repeatCalls'],
    ],
    ['PATCH', '/agencies/kent-police', { name: 42 }, ['name']],
    [
      'POST',
      '/letterTemplates',
      { stepId: 'cpw', name: 'CPW', body: 'Dear {{recipientNickname}}' },
      ['body'],
    ],
  ])('%s %s with a malformed body is a 400 naming the fields', async (m, p, json, fields) => {
    const res = await send(m, p, json);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields).sort()).toEqual([...fields].sort());
  });

  it('answers 400 to unreadable JSON and 404 to an unknown list or item, never 500', async () => {
    const bad = await s.request(
      '/api/admin/reference/wards',
      { method: 'POST', body: '{', headers: { 'Content-Type': 'application/json' } },
      admin,
    );
    expect(bad.status).toBe(400);
    expect((await send('GET', '/users', undefined)).status).toBe(404);
    expect((await send('PATCH', '/wards/E05000000', { name: 'Nowhere' })).status).toBe(404);
    expect((await send('POST', '/thresholds', { repeatCalls: 2 })).status).toBe(400);
  });

  it('lowers the ASB Case Review threshold but never raises it above 3 in 6 months', async () => {
    const ok = await send('PATCH', '/thresholds/thresholds', {
      repeatCalls: 2,
      repeatWindowDays: 60,
      caseReviewCalls: 2,
      caseReviewMonths: 6,
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ row: { repeatCalls: 2, caseReviewCalls: 2 } });
    const higher = await send('PATCH', '/thresholds/thresholds', {
      repeatCalls: 2,
      repeatWindowDays: 60,
      caseReviewCalls: 4,
      caseReviewMonths: 7,
    });
    expect(higher.status).toBe(400);
    expect(Object.keys(((await higher.json()) as { fields: object }).fields).sort()).toEqual([
      'caseReviewCalls',
      'caseReviewMonths',
    ]);
  });

  it('adds a letter template for a step of the ladder', async () => {
    const res = await send('POST', '/letterTemplates', {
      stepId: 'cpw',
      name: 'CPW (short form)',
      body: 'Dear {{recipientName}},\n\n{{incidents}}',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      row: { stepId: 'cpw', id: expect.stringMatching(/^tpl-/) },
    });
    const noStep = await send('POST', '/letterTemplates', {
      stepId: 'respect-order',
      name: 'Respect Order',
      body: 'Dear {{recipientName}}',
    });
    expect(await noStep.json()).toMatchObject({ fields: { stepId: expect.any(String) } });
  });
});
