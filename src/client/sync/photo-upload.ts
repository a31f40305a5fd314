/**
 * Uploads visit photos (issue 10) after the visit record has been applied:
 * each one by itself to `PUT /api/attachments/<sha256>?visit=<id>`, never in
 * a push. The name is the hash of the bytes, so sending a photo again is
 * harmless: a connection that drops mid-upload is resumed by sending the
 * whole photo again next round (no partial ranges). local-store chooses what
 * is ready and records each answer; this file only moves the bytes.
 */
import { attachmentPath } from '../../domain/sync-protocol';
import type { CsuDb } from '../local-store/db';
import {
  markPhotoFailed,
  markPhotoUploaded,
  photosReadyToUpload,
} from '../local-store/photos-repo';
import { ApiError, apiPutBytes, type Transport } from './transport';

export const PHOTO_UPLOAD_TIMEOUT_MS = 120_000;

/** Answers that will be the same however often the photo is sent: kept as failed, with the reason. */
const FINAL_CODES = new Set(['too_large', 'unsupported_type', 'forbidden', 'not_found']);
const RETRY_CODES = new Set(['not_synced', 'hash_mismatch']);

export interface PhotoUploadSummary {
  uploaded: number;
  failed: number;
}

/**
 * Sends every ready photo, one at a time. A photo the server refuses for
 * good is marked failed with its message; one it cannot take yet (the visit
 * not there, damaged in transit) waits for the next round; no connection or
 * an expired session ends the round (throws ApiError), leaving the rest.
 */
export async function uploadPhotos(db: CsuDb, transport: Transport): Promise<PhotoUploadSummary> {
  const summary: PhotoUploadSummary = { uploaded: 0, failed: 0 };
  for (const photo of await photosReadyToUpload(db)) {
    try {
      await apiPutBytes(
        transport,
        attachmentPath(photo.sha256, photo.visitId),
        photo.blob,
        photo.type,
        AbortSignal.timeout(PHOTO_UPLOAD_TIMEOUT_MS),
      );
      await markPhotoUploaded(db, photo.id);
      summary.uploaded += 1;
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      const code = err.serverCode ?? err.code;
      // Not there yet, or damaged on the way: the same photo goes again next round.
      if (RETRY_CODES.has(code)) continue;
      // No connection, the session, or server trouble: end the round and leave the rest.
      if (err.code !== 'bad_request' && !FINAL_CODES.has(code)) throw err;
      await markPhotoFailed(db, photo.id, err.message);
      summary.failed += 1;
    }
  }
  return summary;
}
