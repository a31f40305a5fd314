import { describe, expect, it } from 'vitest';
import { readExifLocation } from '../../../../src/client/features/visits/photos/exif-location';
import {
  fitLongEdge,
  MAX_ORIGINAL_BYTES,
  PhotoProblem,
  preparePhoto,
  type DecodedImage,
  type ImageCodec,
} from '../../../../src/client/features/visits/photos/photo-prepare';

/** A JPEG start with an EXIF block holding a GPS position (little-endian TIFF), then no image. */
function jpegWithGps(
  lat: [number, number, number],
  latRef: string,
  lng: [number, number, number],
  lngRef: string,
) {
  const tiff = new DataView(new ArrayBuffer(200));
  let o = 0;
  tiff.setUint16(0, 0x4949);
  tiff.setUint16(2, 42, true);
  tiff.setUint32(4, 8, true); // IFD0 at 8
  o = 8;
  tiff.setUint16(o, 1, true); // one entry: GPS pointer
  tiff.setUint16(o + 2, 0x8825, true);
  tiff.setUint16(o + 4, 4, true);
  tiff.setUint32(o + 6, 1, true);
  tiff.setUint32(o + 10, 26, true); // GPS IFD at 26
  tiff.setUint32(o + 14, 0, true);
  o = 26;
  tiff.setUint16(o, 4, true);
  const entry = (i: number, tag: number, type: number, count: number, value: number) => {
    const e = o + 2 + i * 12;
    tiff.setUint16(e, tag, true);
    tiff.setUint16(e + 2, type, true);
    tiff.setUint32(e + 4, count, true);
    tiff.setUint32(e + 8, value, true);
  };
  entry(0, 1, 2, 2, latRef.charCodeAt(0));
  entry(1, 2, 5, 3, 100);
  entry(2, 3, 2, 2, lngRef.charCodeAt(0));
  entry(3, 4, 5, 3, 130);
  const rationals = (at: number, [d, m, s]: [number, number, number]) => {
    [d, m, s * 100].forEach((v, i) => {
      tiff.setUint32(at + i * 8, v, true);
      tiff.setUint32(at + i * 8 + 4, i === 2 ? 100 : 1, true);
    });
  };
  rationals(100, lat);
  rationals(130, lng);
  const app1Length = 2 + 6 + 200;
  const bytes = new Uint8Array(4 + app1Length + 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xffd8);
  view.setUint16(2, 0xffe1);
  view.setUint16(4, app1Length);
  bytes.set([0x45, 0x78, 0x69, 0x66, 0, 0], 6);
  bytes.set(new Uint8Array(tiff.buffer), 12);
  view.setUint16(bytes.length - 2, 0xffd9);
  return bytes;
}

interface FakeImage extends DecodedImage {
  closed: boolean;
}

function fakeCodec(width: number, height: number, over: Partial<ImageCodec<FakeImage>> = {}) {
  const calls: { width: number; height: number; type: string; quality: number }[] = [];
  const images: FakeImage[] = [];
  const codec: ImageCodec<FakeImage> = {
    async decode() {
      const image: FakeImage = {
        width,
        height,
        closed: false,
        close() {
          image.closed = true;
        },
      };
      images.push(image);
      return image;
    },
    async encode(_image, w, h, type, quality) {
      calls.push({ width: w, height: h, type, quality });
      return new Blob([new Uint8Array(Math.ceil((w * h) / 50))], { type });
    },
    ...over,
  };
  return { codec, calls, images };
}

const photoFile = (
  bytes: BlobPart[] = [new Uint8Array([0xff, 0xd8, 0xff, 0xd9])],
  type = 'image/jpeg',
) => new File(bytes, 'IMG_2041.jpg', { type });

async function problemOf(p: Promise<unknown>): Promise<PhotoProblem> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PhotoProblem) return e;
    throw e;
  }
  throw new Error('expected a PhotoProblem');
}

describe('preparePhoto', () => {
  it('scales a 12-megapixel photo to 1600 px on its long edge as JPEG 0.8, named by its SHA-256', async () => {
    const { codec, calls, images } = fakeCodec(4000, 3000);
    const ready = await preparePhoto(photoFile(), false, codec);
    expect(calls).toEqual([{ width: 1600, height: 1200, type: 'image/jpeg', quality: 0.8 }]);
    expect(ready).toMatchObject({ type: 'image/jpeg', width: 1600, height: 1200 });
    expect(ready.bytes).toBe(ready.blob.size);
    expect(ready.sha256).toMatch(/^[0-9a-f]{64}$/);
    const digest = await crypto.subtle.digest('SHA-256', await ready.blob.arrayBuffer());
    expect(ready.sha256).toBe(Buffer.from(digest).toString('hex'));
    expect(images[0]?.closed).toBe(true);
  });

  it('never enlarges, and keeps a portrait photo upright', () => {
    expect(fitLongEdge(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitLongEdge(3024, 4032)).toEqual({ width: 1200, height: 1600 });
  });

  it('drops the location unless asked to keep it, and then keeps it beside the photo', async () => {
    const file = photoFile([jpegWithGps([51, 22, 30], 'N', [0, 18, 36], 'E')]);
    const { codec } = fakeCodec(4000, 3000);
    expect((await preparePhoto(file, false, codec)).location).toBeUndefined();
    expect((await preparePhoto(file, true, codec)).location).toEqual({ lat: 51.375, lng: 0.31 });
  });

  it('refuses the wrong type, a file too large and one that is not an image, naming the file', async () => {
    const { codec } = fakeCodec(4000, 3000);
    const pdf = await problemOf(preparePhoto(photoFile(['%PDF'], 'application/pdf'), false, codec));
    expect(pdf).toMatchObject({ kind: 'type' });
    expect(pdf.message).toBe(
      'IMG_2041.jpg is not a photo this app can use. Choose a JPEG, PNG or WebP image.',
    );
    const huge = photoFile();
    Object.defineProperty(huge, 'size', { value: MAX_ORIGINAL_BYTES + 1 });
    expect((await problemOf(preparePhoto(huge, false, codec))).message).toBe(
      'IMG_2041.jpg is larger than 30 MB. Choose a smaller photo.',
    );
    const broken = fakeCodec(1, 1, {
      decode: () => Promise.reject(new Error('not an image')),
    });
    expect((await problemOf(preparePhoto(photoFile(), false, broken.codec))).message).toBe(
      'IMG_2041.jpg could not be opened as a photo. Try another.',
    );
    // A browser that cannot encode JPEG hands back PNG: refused rather than stored unshrunk.
    const png = fakeCodec(4000, 3000, {
      encode: async () => new Blob([new Uint8Array(10)], { type: 'image/png' }),
    });
    expect((await problemOf(preparePhoto(photoFile(), false, png.codec))).kind).toBe('unreadable');
  });
});

describe('readExifLocation', () => {
  it('reads south and west as negative, and finds nothing in a file without EXIF', () => {
    const bytes = jpegWithGps([33, 51, 0], 'S', [151, 12, 36], 'W');
    expect(readExifLocation(bytes.buffer)).toEqual({ lat: -33.85, lng: -151.21 });
    expect(readExifLocation(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]).buffer)).toBeUndefined();
    expect(readExifLocation(new Uint8Array([1, 2, 3]).buffer)).toBeUndefined();
  });
});
