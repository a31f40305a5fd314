// issue 10 item 5: photos go up by themselves after their visit, and a dropped upload is sent again whole.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import {
  attachPhoto,
  photoSendState,
  photosOfVisit,
} from '../../src/client/local-store/photos-repo';
import { syncCounts } from '../../src/client/local-store/sync-counts';
import { logVisit } from '../../src/client/local-store/visits-repo';
import type { CsuDb } from '../../src/client/local-store/db';
import type { TestServer } from '../server/helpers';
import { serverRecords, serverWith, signedInDevice } from './harness';

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

async function visitWithPhoto(db: CsuDb, seed: number) {
  const visitId = uuidv7();
  const bytes = new Uint8Array(3000).map((_v, i) => (i * 7 + seed) % 256);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await attachPhoto(db, {
    id: uuidv7(),
    visitId,
    sha256,
    blob: new Blob([bytes], { type: 'image/jpeg' }),
    type: 'image/jpeg',
    bytes: bytes.byteLength,
    width: 1600,
    height: 1200,
    name: `IMG_20${seed}.jpg`,
    keptLocation: false,
  });
  await logVisit(db, {
    id: visitId,
    at: '2026-03-05T09:00:00.000Z',
    address: 'Lay-by on Ash Road, Hartley',
    wardCode: 'E05005019',
    visitType: 'patrol',
    notes: 'Fly-tipping in the lay-by.',
    followUpNeeded: false,
    agencyId: 'kent-police',
  });
  return { visitId, sha256, bytes };
}

const storedOnServer = (sha256: string) =>
  server.storage.transaction((tx) => tx.getAttachment(sha256));

describe('visit photos', () => {
  it('wait for their visit, go up after it, and a lost answer means the whole photo is sent again once', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'], agencyId: 'kent-police' }]);
    const phone = await signedInDevice(server, 'pcso');
    const { visitId, sha256, bytes } = await visitWithPhoto(phone.db, 1);
    const [local] = await photosOfVisit(phone.db, visitId);
    expect(local?.state).toBe('stored');
    await phone.engine.refreshCounts();
    // The visit and its photo are two things still to send.
    expect(phone.status.state.pendingCount).toBe(2);

    // The server stores the photo, then the answer is lost on the way back.
    phone.transport.inject('/api/attachments/', 'drop-after');
    expect((await phone.sync()).kind).toBe('retry');
    expect((await serverRecords(server, 'visits')).get(visitId)?.data.photos).toEqual([
      { sha256, type: 'image/jpeg', bytes: 3000, width: 1600, height: 1200 },
    ]);
    expect((await photosOfVisit(phone.db, visitId))[0]?.state).toBe('stored');
    expect(phone.status.state.pendingCount).toBe(1);

    expect(await phone.sync()).toEqual({ kind: 'ok' });
    expect((await photosOfVisit(phone.db, visitId))[0]?.state).toBe('uploaded');
    expect(phone.status.state.pendingCount).toBe(0);
    expect([...((await storedOnServer(sha256))?.data ?? [])]).toEqual([...bytes]);
    const puts = phone.transport.log.filter((l) => l.path.startsWith('/api/attachments/'));
    expect(puts.map((l) => l.status)).toEqual(['dropped', 200]);

    // Nothing left to send: a further round sends no photo.
    await phone.sync();
    expect(phone.transport.log.filter((l) => l.path.startsWith('/api/attachments/'))).toHaveLength(
      2,
    );
  });

  it('a photo the server refuses for good is kept on the phone with the reason; the visit stands', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'], agencyId: 'kent-police' }]);
    const phone = await signedInDevice(server, 'pcso');
    const { visitId } = await visitWithPhoto(phone.db, 2);
    phone.transport.inject('/api/attachments/', { status: 413, code: 'too_large' });
    expect(await phone.sync()).toEqual({ kind: 'ok' });
    expect((await photosOfVisit(phone.db, visitId))[0]).toMatchObject({
      state: 'failed',
      error: 'Injected failure',
    });
    expect((await serverRecords(server, 'visits')).has(visitId)).toBe(true);
  });

  it('offline, nothing is sent and the photo waits with its visit', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'], agencyId: 'kent-police' }]);
    const network = { online: false };
    const phone = await signedInDevice(server, 'pcso', {
      engine: { isOnline: () => network.online },
    });
    const { visitId, sha256 } = await visitWithPhoto(phone.db, 3);
    expect(await phone.sync()).toEqual({ kind: 'offline' });
    expect(await storedOnServer(sha256)).toBeUndefined();
    network.online = true;
    expect(await phone.sync()).toEqual({ kind: 'ok' });
    expect((await photosOfVisit(phone.db, visitId))[0]?.state).toBe('uploaded');
    expect(await storedOnServer(sha256)).toBeDefined();
  });

  it('a visit the server refuses keeps its photo on the phone, not sent because of the visit and not counted as waiting', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'], agencyId: 'kent-police' }]);
    const phone = await signedInDevice(server, 'pcso');
    const { visitId, sha256 } = await visitWithPhoto(phone.db, 4);
    // The queued visit is changed on the way (as an old app version might send it): blank notes.
    const [queuedVisit] = await phone.db.outbox.where('recordId').equals(visitId).toArray();
    await phone.db.outbox.update(queuedVisit!.localSeq as number, {
      payload: { ...queuedVisit!.payload, notes: '   ' },
    });
    expect(await phone.sync()).toEqual({ kind: 'ok' });
    const visit = await phone.db.visits.get(visitId);
    expect(visit?._sync?.state).toBe('rejected');

    const [photo] = await photosOfVisit(phone.db, visitId);
    expect(photo?.state).toBe('stored');
    expect(photoSendState(photo!, visit?._sync?.state)).toBe('visit_refused');
    // One refused change (the visit with its photo), nothing waiting to send.
    expect(await syncCounts(phone.db)).toMatchObject({ waiting: 0, needsReview: 1 });
    expect(phone.status.state.pendingCount).toBe(0);
    expect(phone.status.state.reviewCount).toBe(1);
    await phone.sync();
    expect(phone.transport.log.some((l) => l.path.startsWith('/api/attachments/'))).toBe(false);
    expect(await storedOnServer(sha256)).toBeUndefined();
  });
});
