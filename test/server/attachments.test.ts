import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES } from '../../src/domain/schemas/visits';
import { create, newId, pushOne } from './fixtures';
import { makeTestServer, type TestServer } from './helpers';

let s: TestServer;
let pcso: string;
let warden: string;
let marac: string;
let admin: string;

beforeEach(async () => {
  s = await makeTestServer({ now: '2026-03-12T10:00:00.000Z' });
  await s.createUser({ username: 'pcso', roles: ['field'], agencyId: 'kent-police' });
  await s.createUser({ username: 'warden', roles: ['field'], agencyId: 'kcc-wardens' });
  await s.createUser({ username: 'marac', roles: ['marac'], agencyId: 'sdc-csu' });
  await s.createUser({ username: 'admin', roles: ['admin'], agencyId: 'sdc-csu' });
  pcso = await s.login('pcso');
  warden = await s.login('warden');
  marac = await s.login('marac');
  admin = await s.login('admin');
});
afterEach(async () => {
  await s.close();
});

const jpeg = (seed: number, size = 2048) => {
  const bytes = new Uint8Array(size).map((_v, i) => (i * 31 + seed) % 256);
  bytes.set([0xff, 0xd8], 0);
  return bytes;
};
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function photo(bytes: Uint8Array, type = 'image/jpeg') {
  return { sha256: sha(bytes), type, bytes: bytes.byteLength, width: 1600, height: 1200 };
}

async function logVisit(cookie: string, photos: ReturnType<typeof photo>[]) {
  const id = newId();
  const result = await pushOne(
    s,
    cookie,
    create('visits', id, {
      at: '2026-03-12T09:00:00.000Z',
      address: 'Lay-by on Ash Road, Hartley',
      wardCode: 'E05005008',
      visitType: 'patrol',
      notes: 'Fly-tipped mattresses and a fridge in the lay-by.',
      followUpNeeded: false,
      photos,
    }),
    `device-${cookie.slice(-8)}`,
  );
  expect(result.status).toBe('applied');
  return id;
}

const put = (
  cookie: string,
  visitId: string,
  hash: string,
  body: Uint8Array,
  type = 'image/jpeg',
) =>
  s.request(
    `/api/attachments/${hash}?visit=${visitId}`,
    { method: 'PUT', headers: { 'Content-Type': type }, body: body as Uint8Array<ArrayBuffer> },
    cookie,
  );
const get = (cookie: string, visitId: string, hash: string) =>
  s.request(`/api/attachments/${hash}?visit=${visitId}`, {}, cookie);

async function uploadAudits() {
  const rows = await s.storage.transaction((tx) => tx.listAudit({ action: 'attachment.upload' }));
  return rows.length;
}

describe('PUT /api/attachments/<sha256>', () => {
  it('stores a visit’s photo once: a repeat of the same bytes succeeds without a second copy', async () => {
    const bytes = jpeg(1);
    const visitId = await logVisit(pcso, [photo(bytes)]);
    const first = await put(pcso, visitId, sha(bytes), bytes);
    expect(first.status).toBe(201);
    const again = await put(pcso, visitId, sha(bytes), bytes);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ sha256: sha(bytes), stored: true });
    expect(await uploadAudits()).toBe(1);
    const back = await get(pcso, visitId, sha(bytes));
    expect(back.status).toBe(200);
    expect(back.headers.get('content-type')).toBe('image/jpeg');
    expect(back.headers.get('cache-control')).toBe('no-store');
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(bytes);
  });

  it('refuses a body whose hash is not its name, storing nothing', async () => {
    const bytes = jpeg(2);
    const visitId = await logVisit(pcso, [photo(bytes)]);
    const damaged = bytes.slice(0, 1000);
    const res = await put(pcso, visitId, sha(bytes), damaged);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'hash_mismatch' });
    expect(await s.storage.transaction((tx) => tx.getAttachmentMeta(sha(bytes)))).toBeUndefined();
  });

  it('refuses a photo over the size limit with a clear message', async () => {
    const big = jpeg(3, MAX_PHOTO_BYTES + 1);
    const visitId = await logVisit(pcso, [photo(jpeg(3))]);
    const res = await put(pcso, visitId, sha(big), big);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      code: 'too_large',
      message: 'This photo is larger than 4 MB, so it cannot be sent.',
    });
  });

  it('takes photos only after their visit is on the server, only the ones it lists, in its type', async () => {
    const bytes = jpeg(4);
    const early = await put(pcso, newId(), sha(bytes), bytes);
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ code: 'not_synced' });
    const visitId = await logVisit(pcso, [photo(bytes)]);
    const other = jpeg(5);
    expect((await put(pcso, visitId, sha(other), other)).status).toBe(422);
    const png = await put(pcso, visitId, sha(bytes), bytes, 'image/png');
    expect(png.status).toBe(415);
    expect(await png.json()).toMatchObject({ code: 'unsupported_type' });
    const webp = await put(pcso, visitId, sha(bytes), bytes, 'image/webp');
    expect(webp.status).toBe(415);
    const badName = await put(pcso, visitId, 'not-a-hash', bytes);
    expect(badName.status).toBe(400);
    expect(await uploadAudits()).toBe(0);
  });

  it('only the person who logged the visit adds its photos; others outside the case roles see nothing', async () => {
    const bytes = jpeg(6);
    const visitId = await logVisit(pcso, [photo(bytes)]);
    const wardenPut = await put(warden, visitId, sha(bytes), bytes);
    expect(wardenPut.status).toBe(403);
    for (const cookie of [marac, admin]) {
      const res = await put(cookie, visitId, sha(bytes), bytes);
      expect(res.status).toBe(404);
    }
    expect(await uploadAudits()).toBe(0);
  });
});

describe('GET /api/attachments/<sha256>', () => {
  it('readers of the visit get the photo; nobody else, and a guessed visit is the same refusal', async () => {
    const bytes = jpeg(7);
    const visitId = await logVisit(pcso, [photo(bytes)]);
    expect((await get(warden, visitId, sha(bytes))).status).toBe(409);
    expect((await put(pcso, visitId, sha(bytes), bytes)).status).toBe(201);
    expect((await get(warden, visitId, sha(bytes))).status).toBe(200);
    const refusals = [
      await get(marac, visitId, sha(bytes)),
      await get(admin, visitId, sha(bytes)),
      await get(marac, newId(), sha(bytes)),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({
        code: 'not_found',
        message: 'There is no such photo, or you may not see it.',
      });
    }
    // A visit that does not list the photo does not open it, even to a reader.
    const otherVisit = await logVisit(warden, [photo(jpeg(8))]);
    expect((await get(warden, otherVisit, sha(bytes))).status).toBe(404);
    expect((await s.request(`/api/attachments/${sha(bytes)}?visit=${visitId}`)).status).toBe(401);
  });
});
