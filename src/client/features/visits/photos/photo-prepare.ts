/**
 * A chosen photo made ready to keep on the phone: checked (type, size),
 * decoded the right way up, scaled so its long edge is at most 1600 px,
 * re-encoded as JPEG at quality 0.8 and named by the SHA-256 of the result.
 * Re-encoding through a canvas drops every EXIF field, the GPS position
 * among them; when the person chose to keep where it was taken, the position
 * read from the original is returned beside the photo instead.
 */
import {
  MAX_PHOTO_BYTES,
  PHOTO_LONG_EDGE,
  type PhotoType,
} from '../../../../domain/schemas/visits';
import { readExifLocation } from './exif-location';

/** Types a phone's camera or gallery gives that every supported browser can decode. */
export const ACCEPTED_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** The largest original accepted (a 12-megapixel phone photo is 3 to 8 MB). */
export const MAX_ORIGINAL_BYTES = 30 * 1024 * 1024;
export const PHOTO_QUALITY = 0.8;
const STORED_TYPE: PhotoType = 'image/jpeg';
/** EXIF sits at the start of a JPEG; reading this much finds it. */
const EXIF_WINDOW = 256 * 1024;

export type PhotoProblemKind = 'type' | 'size' | 'unreadable';

/** A photo this app cannot take, with the message shown at the field. */
export class PhotoProblem extends Error {
  constructor(
    readonly kind: PhotoProblemKind,
    message: string,
  ) {
    super(message);
    this.name = 'PhotoProblem';
  }
}

export interface DecodedImage {
  width: number;
  height: number;
  close(): void;
}

/** Decoding and drawing, which only a browser does; tests pass their own. */
export interface ImageCodec<I extends DecodedImage = DecodedImage> {
  decode(file: Blob): Promise<I>;
  encode(image: I, width: number, height: number, type: string, quality: number): Promise<Blob>;
}

export interface PreparedPhoto {
  blob: Blob;
  type: PhotoType;
  bytes: number;
  width: number;
  height: number;
  sha256: string;
  location?: { lat: number; lng: number };
}

/** The size that fits `max` on its long edge, never enlarged. */
export function fitLongEdge(
  width: number,
  height: number,
  max: number = PHOTO_LONG_EDGE,
): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

const megabytes = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

export async function sha256Hex(blob: Blob): Promise<string> {
  // A view rather than the buffer itself: some test DOMs hand back a buffer from another realm.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(await blob.arrayBuffer()));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Checks and converts one chosen file; throws PhotoProblem with a message naming it. */
export async function preparePhoto<I extends DecodedImage>(
  file: File,
  keepLocation: boolean,
  codec: ImageCodec<I>,
): Promise<PreparedPhoto> {
  const name = file.name || 'The photo';
  if (!(ACCEPTED_PHOTO_TYPES as readonly string[]).includes(file.type))
    throw new PhotoProblem(
      'type',
      `${name} is not a photo this app can use. Choose a JPEG, PNG or WebP image.`,
    );
  if (file.size > MAX_ORIGINAL_BYTES)
    throw new PhotoProblem(
      'size',
      `${name} is larger than ${megabytes(MAX_ORIGINAL_BYTES)}. Choose a smaller photo.`,
    );
  let image: I;
  try {
    image = await codec.decode(file);
  } catch {
    throw new PhotoProblem('unreadable', `${name} could not be opened as a photo. Try another.`);
  }
  let blob: Blob;
  let size: { width: number; height: number };
  try {
    size = fitLongEdge(image.width, image.height);
    blob = await codec.encode(image, size.width, size.height, STORED_TYPE, PHOTO_QUALITY);
  } catch {
    throw new PhotoProblem('unreadable', `${name} could not be made smaller on this phone.`);
  } finally {
    image.close();
  }
  if (blob.type !== STORED_TYPE)
    throw new PhotoProblem('unreadable', `${name} could not be made smaller on this phone.`);
  if (blob.size > MAX_PHOTO_BYTES)
    throw new PhotoProblem(
      'size',
      `${name} is still larger than ${megabytes(MAX_PHOTO_BYTES)} after making it smaller. Choose another photo.`,
    );
  const location =
    keepLocation && file.type === 'image/jpeg'
      ? readExifLocation(await file.slice(0, EXIF_WINDOW).arrayBuffer())
      : undefined;
  return {
    blob,
    type: STORED_TYPE,
    bytes: blob.size,
    ...size,
    sha256: await sha256Hex(blob),
    ...(location ? { location } : {}),
  };
}

interface BitmapImage extends DecodedImage {
  bitmap: ImageBitmap;
}

/** The browser's codec: createImageBitmap (EXIF orientation applied) and an (Offscreen)Canvas. */
export const browserCodec: ImageCodec<BitmapImage> = {
  async decode(file) {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
  },
  async encode({ bitmap }, width, height, type, quality) {
    if (typeof OffscreenCanvas !== 'undefined') {
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('No 2D canvas');
      ctx.drawImage(bitmap, 0, 0, width, height);
      return canvas.convertToBlob({ type, quality });
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    ctx.drawImage(bitmap, 0, 0, width, height);
    return new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('No image'))), type, quality),
    );
  },
};
