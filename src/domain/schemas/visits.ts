import { z } from 'zod';
import {
  baseRecord,
  isoDateTime,
  latLng,
  optionalText,
  requiredText,
  uuid,
  wardCode,
} from './common';
import { TEXT_MAX } from './text-limits';

export const VISIT_TYPES = [
  'reassurance',
  'welfare',
  'joint',
  'warning-letter-delivery',
  'crime-prevention',
  'speedwatch-letter',
  'patrol',
  'engagement',
] as const;
export const VISIT_TYPE_LABELS: Record<(typeof VISIT_TYPES)[number], string> = {
  reassurance: 'Reassurance visit',
  welfare: 'Welfare visit',
  joint: 'Joint visit',
  'warning-letter-delivery': 'Warning letter delivery',
  'crime-prevention': 'Crime prevention / SmartWater',
  'speedwatch-letter': 'Speedwatch letter',
  patrol: 'Patrol',
  engagement: 'Engagement',
};

/** Types a photo is stored and sent as: the device re-encodes every photo to one of these. */
export const PHOTO_TYPES = ['image/jpeg', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
/** The server's limit per photo (a resized photo is a few hundred kB). */
export const MAX_PHOTO_BYTES = 4 * 1024 * 1024;
/** The longest edge of a photo as stored, in pixels. */
export const PHOTO_LONG_EDGE = 1600;
export const MAX_VISIT_PHOTOS = 10;
/** A photo's name on the server: the SHA-256 of its bytes, lowercase hex. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/**
 * What a visit says about each of its photos. The bytes travel separately
 * (PUT /api/attachments/<sha256>), never in the record. `location` is there
 * only when the person chose to keep where the photo was taken.
 */
export const visitPhotoSchema = z.object({
  sha256: z.string().regex(SHA256_PATTERN, { error: 'A photo is not named by its hash' }),
  type: z.enum(PHOTO_TYPES, { error: 'A photo must be a JPEG or WebP image' }),
  bytes: z.number().int().positive().max(MAX_PHOTO_BYTES),
  width: z.number().int().positive().max(PHOTO_LONG_EDGE),
  height: z.number().int().positive().max(PHOTO_LONG_EDGE),
  location: latLng,
});
export type VisitPhoto = z.infer<typeof visitPhotoSchema>;

/** A visit is append-only: a correction is a new visit with `amendsId`. */
export const visitSchema = baseRecord.extend({
  at: isoDateTime('Date and time of the visit'),
  address: requiredText('Address or place', 300),
  wardCode,
  gps: latLng,
  visitType: z.enum(VISIT_TYPES, { error: 'Select the type of visit' }),
  whoSeen: optionalText('Who was seen', 500),
  callId: uuid('Call').optional(),
  groupId: uuid('Task and Finish Group').optional(),
  personId: uuid('Person').optional(),
  locationId: uuid('Location').optional(),
  notes: requiredText('Notes', TEXT_MAX.visitNotes),
  followUpNeeded: z.boolean(),
  followUpNote: optionalText('Follow-up needed', 1000),
  amendsId: uuid('Amended visit').optional(),
  photos: z
    .array(visitPhotoSchema)
    .max(MAX_VISIT_PHOTOS, { error: `A visit can have up to ${MAX_VISIT_PHOTOS} photos` })
    .optional(),
});
export type Visit = z.infer<typeof visitSchema>;
export type VisitType = (typeof VISIT_TYPES)[number];

/** A follow-up on a visit linked to a call becomes an action due this many days later. */
export const FOLLOW_UP_DUE_DAYS = 7;
