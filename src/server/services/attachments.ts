/**
 * Visit photos (issue 10): bytes named by their SHA-256, uploaded after the
 * visit that lists them has been applied, never inside a push.
 *
 * Upload: only the person who logged the visit, only a hash the visit lists,
 * only the type it lists, and only when the bytes hash to the name. A repeat
 * upload of a stored hash is answered as a success without writing, so a
 * device whose connection dropped mid-upload simply sends the whole file
 * again. Download: whoever may read the visit, nobody else; to anyone else a
 * visit that does not exist and one they may not read look the same.
 */
import { createHash } from 'node:crypto';
import { readsWholeTable } from '../../domain/access';
import { visitPhotoSchema, type VisitPhoto } from '../../domain/schemas/visits';
import type { AuthContext, ServerDeps } from '../deps';
import { ApiError, forbidden, notFound } from '../errors';
import type { AttachmentMeta, StorageTx, StoredRecord } from '../storage/types';
import { writeAudit } from './audit';
import { keysReadable } from './records';

const notVisible = () => notFound('There is no such photo, or you may not see it.');

function photosOf(visit: StoredRecord): VisitPhoto[] {
  const list = Array.isArray(visit.data.photos) ? visit.data.photos : [];
  return list.flatMap((p) => {
    const parsed = visitPhotoSchema.safeParse(p);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The visit and the photo it lists under `sha256`, when `auth` may read the visit. */
async function readablePhoto(
  tx: StorageTx,
  auth: AuthContext,
  visitId: string,
  sha256: string,
): Promise<{ visit: StoredRecord; photo: VisitPhoto | undefined } | undefined> {
  const visit = await tx.getRecord('visits', visitId);
  if (!visit || visit.deleted || !keysReadable(auth.actor, visit.keys)) return undefined;
  return { visit, photo: photosOf(visit).find((p) => p.sha256 === sha256) };
}

export interface UploadInput {
  sha256: string;
  visitId: string;
  contentType: string;
  body: Uint8Array;
}

/** Stores a photo; `created` is false when these bytes were already stored. */
export async function uploadAttachment(
  deps: ServerDeps,
  auth: AuthContext,
  input: UploadInput,
): Promise<{ created: boolean }> {
  const actual = createHash('sha256').update(input.body).digest('hex');
  if (actual !== input.sha256)
    throw new ApiError(
      422,
      'hash_mismatch',
      'The photo arrived damaged (its contents do not match its name). The app will send it again.',
    );
  const now = deps.clock.now();
  return deps.storage.transaction(async (tx) => {
    const found = await readablePhoto(tx, auth, input.visitId, input.sha256);
    if (!found) {
      // A reader of visits reads them all, so to them a missing visit is one not yet sent.
      if (readsWholeTable(auth.actor, 'visits'))
        throw new ApiError(409, 'not_synced', 'Send the visit before its photos.');
      throw notVisible();
    }
    if (found.visit.data.createdBy !== auth.user.id)
      throw forbidden('Only the person who logged the visit can add its photos.');
    if (!found.photo)
      throw new ApiError(422, 'bad_request', 'This photo is not one of the visit’s photos.');
    if (found.photo.type !== input.contentType)
      throw new ApiError(
        415,
        'unsupported_type',
        `This photo must be sent as ${found.photo.type}, as the visit lists it.`,
      );
    const meta: AttachmentMeta = {
      sha256: input.sha256,
      contentType: input.contentType,
      bytes: input.body.byteLength,
      createdAt: now.toISOString(),
      createdBy: auth.user.id,
    };
    const created = await tx.putAttachment(meta, input.body);
    if (created)
      await writeAudit(tx, now, {
        userId: auth.user.id,
        deviceId: auth.deviceId,
        action: 'attachment.upload',
        table: 'visits',
        ids: [input.visitId],
      });
    return { created };
  });
}

/** A photo's bytes for a reader of the visit that lists it. */
export async function readAttachment(
  deps: ServerDeps,
  auth: AuthContext,
  visitId: string,
  sha256: string,
): Promise<{ contentType: string; data: Uint8Array }> {
  return deps.storage.transaction(
    async (tx) => {
      const found = await readablePhoto(tx, auth, visitId, sha256);
      if (!found?.photo) throw notVisible();
      const stored = await tx.getAttachment(sha256);
      if (!stored)
        throw new ApiError(409, 'not_synced', 'This photo has not reached the server yet.');
      return { contentType: stored.meta.contentType, data: stored.data };
    },
    { concurrent: true },
  );
}
