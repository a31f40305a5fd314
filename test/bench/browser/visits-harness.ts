/**
 * Visit figures in Chromium (V1, V2), beside the calls harness on the same
 * bench page: the real logVisit against a bare Dexie put of the same record,
 * and a 12-megapixel photo made smaller and stored by the app's own code.
 * Driven from ../visits-device.ts through `window.csuVisitsBench`.
 */
import {
  browserCodec,
  preparePhoto,
} from '../../../src/client/features/visits/photos/photo-prepare';
import { openUserDb, type CsuDb } from '../../../src/client/local-store/db';
import { attachPhoto } from '../../../src/client/local-store/photos-repo';
import type { LocalVisit } from '../../../src/client/local-store/types';
import { logVisit, type LogVisitInput } from '../../../src/client/local-store/visits-repo';
import { uuidv7 } from '../../../src/domain/ids';
import { saveVsPutTimes } from './save-vs-put';

const now = () => performance.now();
let db: CsuDb | null = null;
let photo: File | null = null;

const visitInput = (i: number): LogVisitInput => ({
  at: new Date(Date.now() - 60_000).toISOString(),
  address: `${(i % 90) + 1} Dynes Road, Kemsing`,
  wardCode: 'E05005021',
  visitType: 'reassurance',
  whoSeen: 'Resident at the door',
  notes: `Bench visit ${i}: spoke to the resident, quieter since the last patrol; advice given.`,
  followUpNeeded: false,
  agencyId: 'kent-police',
});

const database = () => (db ??= openUserDb(uuidv7()));

/** logVisit against a bare put of the same stored visit, interleaved, after a warm-up. */
async function saveVisitVsPut(
  count: number,
  warmup: number,
): Promise<{ saves: number[]; puts: number[] }> {
  const store = database();
  const firstId = await logVisit(store, visitInput(0));
  const template = (await store.visits.get(firstId)) as LocalVisit;
  return saveVsPutTimes(count, warmup, {
    save: (i) => logVisit(store, visitInput(i)),
    record: (): LocalVisit => ({ ...template, id: uuidv7() }),
    put: (record) => store.visits.put(record),
  });
}

/** A 4000 × 3000 JPEG as a camera would hand it over (drawn here, before any throttling). */
async function makePhoto(): Promise<{ bytes: number }> {
  const canvas = new OffscreenCanvas(4000, 3000);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const gradient = ctx.createLinearGradient(0, 0, 4000, 3000);
  gradient.addColorStop(0, '#3d5a2a');
  gradient.addColorStop(1, '#d2c29a');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, 4000, 3000);
  // Detail, so the encoder has real work (a flat gradient compresses to almost nothing).
  for (let k = 0; k < 4000; k++) {
    ctx.fillStyle = `hsl(${(k * 37) % 360} 40% ${30 + (k % 40)}%)`;
    ctx.fillRect((k * 997) % 4000, (k * 613) % 3000, 20 + (k % 60), 10 + (k % 45));
  }
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  photo = new File([blob], 'IMG_0001.jpg', { type: 'image/jpeg' });
  return { bytes: blob.size };
}

/** preparePhoto (decode, scale to 1600 px, JPEG 0.8, SHA-256) plus storing it, each time. */
async function resizeAndStore(
  count: number,
): Promise<{ ms: number[]; bytes: number; width: number; height: number }> {
  const file = photo;
  if (!file) throw new Error('makePhoto first');
  const store = database();
  const visitId = uuidv7();
  const ms: number[] = [];
  let last = { bytes: 0, width: 0, height: 0 };
  for (let n = 0; n < count; n++) {
    const t = now();
    const ready = await preparePhoto(file, false, browserCodec);
    await attachPhoto(store, {
      id: uuidv7(),
      visitId,
      sha256: ready.sha256,
      blob: ready.blob,
      type: ready.type,
      bytes: ready.bytes,
      width: ready.width,
      height: ready.height,
      name: file.name,
      keptLocation: false,
    });
    ms.push(now() - t);
    last = { bytes: ready.bytes, width: ready.width, height: ready.height };
  }
  return { ms, ...last };
}

const visitsBench = { saveVisitVsPut, makePhoto, resizeAndStore };
export type CsuVisitsBench = typeof visitsBench;
(window as unknown as { csuVisitsBench: CsuVisitsBench }).csuVisitsBench = visitsBench;
