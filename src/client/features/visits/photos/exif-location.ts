/**
 * Where a JPEG says it was taken: the GPS latitude and longitude in its EXIF
 * block, when there is one. Used only when the person chose "keep where the
 * photo was taken"; re-encoding through a canvas drops all EXIF anyway, so
 * the location is kept as the visit photo's own metadata instead.
 */

const SOI = 0xffd8;
const APP1 = 0xffe1;
const GPS_IFD_POINTER = 0x8825;
const TAG = { latRef: 1, lat: 2, lngRef: 3, lng: 4 } as const;

interface Tiff {
  view: DataView;
  /** Offset of the TIFF header in `view`. */
  base: number;
  little: boolean;
}

function entries(t: Tiff, ifd: number): Map<number, number> {
  const out = new Map<number, number>();
  const at = t.base + ifd;
  if (at + 2 > t.view.byteLength) return out;
  const count = t.view.getUint16(at, t.little);
  for (let i = 0; i < count; i++) {
    const entry = at + 2 + i * 12;
    if (entry + 12 > t.view.byteLength) break;
    out.set(t.view.getUint16(entry, t.little), entry);
  }
  return out;
}

/** Degrees from three RATIONALs (degrees, minutes, seconds) pointed at by the entry. */
function degrees(t: Tiff, entry: number): number | undefined {
  const offset = t.base + t.view.getUint32(entry + 8, t.little);
  if (t.view.getUint32(entry + 4, t.little) !== 3 || offset + 24 > t.view.byteLength)
    return undefined;
  const part = (i: number) => {
    const den = t.view.getUint32(offset + i * 8 + 4, t.little);
    return den === 0 ? 0 : t.view.getUint32(offset + i * 8, t.little) / den;
  };
  return part(0) + part(1) / 60 + part(2) / 3600;
}

/** An ASCII reference letter (N/S/E/W) stored inline in the entry. */
function ref(t: Tiff, entry: number | undefined): string {
  return entry === undefined ? '' : String.fromCharCode(t.view.getUint8(entry + 8));
}

function tiffAt(view: DataView, base: number): Tiff | undefined {
  if (base + 8 > view.byteLength) return undefined;
  const order = view.getUint16(base);
  if (order !== 0x4949 && order !== 0x4d4d) return undefined;
  return { view, base, little: order === 0x4949 };
}

function gpsOf(t: Tiff): { lat: number; lng: number } | undefined {
  const ifd0 = entries(t, t.view.getUint32(t.base + 4, t.little));
  const pointer = ifd0.get(GPS_IFD_POINTER);
  if (pointer === undefined) return undefined;
  const gps = entries(t, t.view.getUint32(pointer + 8, t.little));
  const latEntry = gps.get(TAG.lat);
  const lngEntry = gps.get(TAG.lng);
  if (latEntry === undefined || lngEntry === undefined) return undefined;
  const lat = degrees(t, latEntry);
  const lng = degrees(t, lngEntry);
  if (lat === undefined || lng === undefined) return undefined;
  const signedLat = ref(t, gps.get(TAG.latRef)) === 'S' ? -lat : lat;
  const signedLng = ref(t, gps.get(TAG.lngRef)) === 'W' ? -lng : lng;
  if (Math.abs(signedLat) > 90 || Math.abs(signedLng) > 180) return undefined;
  return { lat: Number(signedLat.toFixed(6)), lng: Number(signedLng.toFixed(6)) };
}

/** The GPS position in a JPEG's EXIF block, or undefined (no EXIF, no GPS, not a JPEG). */
export function readExifLocation(bytes: ArrayBuffer): { lat: number; lng: number } | undefined {
  const view = new DataView(bytes);
  if (view.byteLength < 4 || view.getUint16(0) !== SOI) return undefined;
  let at = 2;
  while (at + 4 <= view.byteLength) {
    const marker = view.getUint16(at);
    const length = view.getUint16(at + 2);
    if ((marker & 0xff00) !== 0xff00 || length < 2) return undefined;
    // "Exif\0\0" then the TIFF header.
    if (marker === APP1 && view.getUint32(at + 4) === 0x45786966) {
      const tiff = tiffAt(view, at + 10);
      return tiff ? gpsOf(tiff) : undefined;
    }
    at += 2 + length;
  }
  return undefined;
}
