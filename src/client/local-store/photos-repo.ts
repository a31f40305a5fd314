/**
 * Visit photos on the device (`photos`, never synced as records): the
 * resized bytes as a Blob with their hash and upload state. A photo is
 * attached to a visit's draft, becomes part of the visit when it is saved
 * (logVisit lists it in the record and marks it stored, in the visit's
 * transaction), and is uploaded by the sync engine through its own endpoint
 * once the visit is on the server. The bytes never enter the outbox.
 */
import type { VisitPhoto } from '../../domain/schemas/visits';
import type { CsuDb } from './db';
import type { PhotoRow, SyncState } from './types';
import { guardStorage } from './write';

export type NewPhoto = Omit<PhotoRow, 'state' | 'error' | 'addedAt'>;

/** Attaches a prepared photo to a visit being drafted; a full device throws StorageError('quota'). */
export async function attachPhoto(db: CsuDb, photo: NewPhoto): Promise<void> {
  const row: PhotoRow = { ...photo, state: 'attached', addedAt: new Date().toISOString() };
  await guardStorage(db, () => db.photos.put(row));
}

/** Removes a photo from a draft (a saved visit's photos are part of its record and stay). */
export async function removeDraftPhoto(db: CsuDb, id: string): Promise<void> {
  await guardStorage(db, () =>
    db.transaction('rw', db.photos, async () => {
      const row = await db.photos.get(id);
      if (row?.state === 'attached') await db.photos.delete(id);
    }),
  );
}

/** A visit's photos on this device, in the order they were added. */
export async function photosOfVisit(db: CsuDb, visitId: string): Promise<PhotoRow[]> {
  const rows = await db.photos.where('visitId').equals(visitId).toArray();
  return rows.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
}

/** Drops a discarded draft's photos. */
export async function discardDraftPhotos(db: CsuDb, visitId: string): Promise<void> {
  await guardStorage(db, () =>
    db.photos
      .where('visitId')
      .equals(visitId)
      .and((p) => p.state === 'attached')
      .delete(),
  );
}

/**
 * Inside logVisit's transaction: the draft's photos become the visit's. The
 * record lists them (hash, type, size, kept location) and they wait to be sent.
 */
export async function takeDraftPhotos(db: CsuDb, visitId: string): Promise<VisitPhoto[]> {
  const rows = (await photosOfVisit(db, visitId)).filter((p) => p.state === 'attached');
  for (const row of rows) await db.photos.update(row.id, { state: 'stored' });
  return rows.map((p) => ({
    sha256: p.sha256,
    type: p.type as VisitPhoto['type'],
    bytes: p.bytes,
    width: p.width,
    height: p.height,
    ...(p.keptLocation && p.location ? { location: p.location } : {}),
  }));
}

/**
 * Where a saved photo stands, the one rule for its line on the visit page and
 * the header's count: sent, refused itself (`failed`), held because the
 * server refused its visit (`visit_refused`: it can never go up, so it is not
 * waiting), waiting to send (its visit is on the server), or kept on the
 * phone until its visit gets there (`held`). `visitState` is the visit's badge.
 */
export type PhotoSendState = 'sent' | 'failed' | 'visit_refused' | 'waiting' | 'held';
export function photoSendState(
  photo: Pick<PhotoRow, 'state'>,
  visitState: SyncState | undefined,
): PhotoSendState {
  if (photo.state === 'uploaded') return 'sent';
  if (photo.state === 'failed') return 'failed';
  if (visitState === 'rejected') return 'visit_refused';
  return visitState === 'sent' ? 'waiting' : 'held';
}

/** Saved photos not yet sent, each with where it stands by its visit's badge. */
async function unsentPhotos(db: CsuDb): Promise<{ photo: PhotoRow; state: PhotoSendState }[]> {
  const stored = await db.photos.where('state').equals('stored').toArray();
  const visitIds = [...new Set(stored.map((p) => p.visitId))];
  const visits = await db.visits.bulkGet(visitIds);
  const badge = new Map(visitIds.map((id, i) => [id, visits[i]?._sync?.state]));
  return stored.map((photo) => ({ photo, state: photoSendState(photo, badge.get(photo.visitId)) }));
}

/** Photos waiting to be sent whose visit the server has applied (its badge says sent). */
export async function photosReadyToUpload(db: CsuDb): Promise<PhotoRow[]> {
  return (await unsentPhotos(db))
    .filter((p) => p.state === 'waiting')
    .map((p) => p.photo)
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

/**
 * How many saved photos still wait to be sent (the header's count includes
 * them). A refused visit's photos are not among them: they stand with the
 * refused visit under "needs review", as part of that one change.
 */
export async function photosWaiting(db: CsuDb): Promise<number> {
  return (await unsentPhotos(db)).filter((p) => p.state !== 'visit_refused').length;
}

export async function markPhotoUploaded(db: CsuDb, id: string): Promise<void> {
  await guardStorage(db, () => db.photos.update(id, { state: 'uploaded', error: undefined }));
}

/** The server refused the photo for good (too large, wrong type): kept, with its reason. */
export async function markPhotoFailed(db: CsuDb, id: string, error: string): Promise<void> {
  await guardStorage(db, () => db.photos.update(id, { state: 'failed', error }));
}
