import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callData, create, newId, pullAll, pushOne } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

const HEADER =
  'reference,received date,ward,categories,anonymous,status,closed date,resident updated date,summary';
let s: TestServer;
let chair: string;

beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-02T10:00:00.000Z' });
  await s.createUser({ username: 'chair', roles: ['chair'] });
  await s.createUser({ username: 'pcso', roles: ['field'], agencyId: 'kent-police' });
  await s.createUser({ username: 'admin', roles: ['admin'] });
  chair = await s.login('chair');
});
afterEach(() => s.close());

const send = (body: string | Uint8Array<ArrayBuffer>, mode = 'preview', cookie = chair) =>
  s.request(
    `/api/import/calls?mode=${mode}`,
    { method: 'POST', body, headers: { 'Content-Type': 'text/csv' } },
    cookie,
  );
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n');
const callCount = async () =>
  (await s.storage.transaction((tx) => tx.countRecordsBy('calls', 'status'))).reduce(
    (n, r) => n + r.count,
    0,
  );

const GOOD = [
  'DT-2025-0041,2025-06-01,Kemsing,Noise;Rowdy behaviour,no,closed,2025-06-20,2025-06-19,Music from the recreation ground',
  'DT-2025-0042,03/07/2025,E05005031,fly-tipping,yes,open,,,"Mattresses dumped, again"',
];

describe('POST /api/import/calls', () => {
  it('previews a file without writing, naming the row and column of each error', async () => {
    const res = await send(
      csv(
        GOOD[0]!,
        'DT-2025-0043,2025-02-30,Narnia,Noise;Juggling,maybe,shut,,,',
        'DT-2025-0041,2025-06-01,Kemsing,Noise,no,closed,,,Same reference again',
      ),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ rows: 3, validRows: 1, invalidRows: 2, imported: 0 });
    expect(body.errors).toEqual([
      {
        row: 3,
        column: 'received date',
        message: 'Enter the received date as YYYY-MM-DD or DD/MM/YYYY',
      },
      {
        row: 3,
        column: 'ward',
        message: '“Narnia” is not a ward name or ONS code of the district',
      },
      { row: 3, column: 'categories', message: '“Juggling” is not a call category' },
      { row: 3, column: 'anonymous', message: 'Enter yes or no' },
      { row: 3, column: 'status', message: 'Enter new, open or closed' },
      { row: 3, column: 'summary', message: 'Enter a summary' },
      { row: 4, column: 'reference', message: 'DT-2025-0041 is also on row 2' },
      { row: 4, column: 'closed date', message: 'A closed call needs its closed date' },
    ]);
    expect(await callCount()).toBe(0);
  });

  it('imports nothing from a file with errors unless asked for only the valid rows', async () => {
    const file = csv(GOOD[0]!, GOOD[1]!, 'bad-ref,2025-06-01,Kemsing,Noise,no,open,,,x');
    const all = await send(file, 'all');
    expect(all.status).toBe(422);
    expect(await all.json()).toMatchObject({ code: 'import_invalid', imported: 0, invalidRows: 1 });
    expect(await callCount()).toBe(0);
    const valid = await send(file, 'valid');
    expect(await valid.json()).toMatchObject({ imported: 2, invalidRows: 1 });
    expect(await callCount()).toBe(2);
  });

  it('keeps references, continues the counter above them, and the calls reach devices by pull', async () => {
    const file = csv(
      'DT-2026-0500,2026-01-05,Hextable,Noise,no,open,,,Dog barking all night',
      GOOD[0]!,
    );
    expect(await (await send(file, 'all')).json()).toMatchObject({ imported: 2 });
    const pcso = await s.login('pcso');
    const { changes } = await pullAll(s, pcso);
    const calls = changes
      .filter((c) => c.table === 'calls')
      .map((c) => c.record as Record<string, unknown>);
    expect(calls.map((c) => c.reference).sort()).toEqual(['DT-2025-0041', 'DT-2026-0500']);
    const kemsing = calls.find((c) => c.reference === 'DT-2025-0041')!;
    expect(kemsing).toMatchObject({
      receivedAt: '2025-06-01T12:00:00.000Z',
      categoryIds: ['noise', 'rowdy'],
      status: 'closed',
      location: { wardCode: 'E05005021' },
    });
    const updates = changes.filter((c) => c.table === 'residentUpdates');
    expect(updates).toHaveLength(1);
    const fresh = await pushOne(s, pcso, create('calls', newId(), callData()));
    expect(fresh.record).toMatchObject({ reference: 'DT-2026-0501' });
    // The same references again are refused: they are already in the app.
    const again = await (await send(file)).json();
    expect(again.errors.map((e: { message: string }) => e.message)).toEqual([
      'DT-2026-0500 is already used by a call in the app',
      'DT-2025-0041 is already used by a call in the app',
    ]);
  });

  it('reads semicolons, quoted fields with line breaks, a BOM, and keeps formula-like text as text', async () => {
    const file =
      '\uFEFFreference;received date;ward;categories;anonymous;status;closed date;resident updated date;summary\n' +
      'DT-2025-0100;2025-05-01;Swanley White Oak;"Noise;Graffiti";no;open;;;"First line\nsecond line; with a semicolon"\n' +
      'DT-2025-0101;2025-05-02;Swanley White Oak;Graffiti;yes;new;;;=HYPERLINK("http://example.com")\n';
    const res = await send(file, 'all');
    expect(await res.json()).toMatchObject({ imported: 2, errorCount: 0 });
    const rows = await s.storage.transaction((tx) => tx.listRecords('calls'));
    const summaries = rows.map((r) => r.data.summary).sort();
    expect(summaries).toEqual([
      '=HYPERLINK("http://example.com")',
      'First line\nsecond line; with a semicolon',
    ]);
  });

  it('refuses a file that is not UTF-8, and an empty one, saying what to do', async () => {
    const text = new TextEncoder().encode(
      `${HEADER}\nDT-2025-0001,2025-05-01,Kemsing,Noise,no,open,,,Caf`,
    );
    const latin1 = new Uint8Array(new ArrayBuffer(text.length + 1));
    latin1.set(text);
    latin1[text.length] = 0xe9; // "é" in Latin-1, not UTF-8
    const res = await send(latin1);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'not_utf8',
      message: expect.stringContaining('CSV UTF-8'),
    });
    const empty = await (await send(HEADER)).json();
    expect(empty.errors).toEqual([
      { row: 0, column: 'file', message: 'The file has no rows of calls' },
    ]);
    const noColumns = await (await send('reference,summary\nDT-2025-0001,x')).json();
    expect(noColumns.errors.map((e: { column: string }) => e.column)).toContain('ward');
  });

  it('is for the admin and the chair only', async () => {
    expect((await send(csv(GOOD[0]!), 'all', await s.login('pcso'))).status).toBe(403);
    expect((await send(csv(GOOD[0]!), 'all', await s.login('admin'))).status).toBe(200);
    expect((await send(csv(GOOD[0]!), 'all', '')).status).toBe(401);
  });

  it('imports 10,000 rows in one go', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const d = String(1 + (i % 28)).padStart(2, '0');
      return `DT-2025-${String(i + 1).padStart(4, '0')},2025-0${1 + (i % 9)}-${d},Kemsing,Noise,${i % 3 === 0 ? 'yes' : 'no'},open,,,Call ${i}`;
    });
    const res = await send(csv(...rows), 'all');
    expect(await res.json()).toMatchObject({ rows: 10_000, imported: 10_000, errorCount: 0 });
    expect(await callCount()).toBe(10_000);
  }, 120_000);
});
