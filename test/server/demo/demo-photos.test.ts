import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { visitPhotoSchema } from '../../../src/domain/schemas/visits';
import { buildDemoData } from '../../../src/server/demo/demo-data';

describe('demo visit photos', () => {
  it('every photo a demo visit lists has its bytes, named by their SHA-256', () => {
    const demo = buildDemoData(new Date('2026-03-12T10:00:00.000Z'));
    const listed = (demo.records.visits ?? []).flatMap(
      (v) => (v.photos as unknown[] | undefined) ?? [],
    );
    expect(listed.length).toBeGreaterThan(0);
    for (const p of listed) {
      const photo = visitPhotoSchema.parse(p);
      const stored = demo.attachments.find((a) => a.sha256 === photo.sha256);
      expect(stored?.contentType).toBe(photo.type);
      expect(stored?.data.byteLength).toBe(photo.bytes);
      expect(
        createHash('sha256')
          .update(stored?.data ?? new Uint8Array())
          .digest('hex'),
      ).toBe(photo.sha256);
    }
  });
});
