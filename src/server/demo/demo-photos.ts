/**
 * The demo's one visit photo: fly-tipping in a lay-by (demo-fly-tipping.jpg,
 * 640 × 480, drawn for the demo), named by its SHA-256 as a device would.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { VisitPhoto } from '../../domain/schemas/visits';

export interface DemoPhoto {
  photo: VisitPhoto;
  data: Uint8Array;
}

export function flyTippingPhoto(): DemoPhoto {
  const data = new Uint8Array(readFileSync(new URL('./demo-fly-tipping.jpg', import.meta.url)));
  return {
    photo: {
      sha256: createHash('sha256').update(data).digest('hex'),
      type: 'image/jpeg',
      bytes: data.byteLength,
      width: 640,
      height: 480,
    },
    data,
  };
}
