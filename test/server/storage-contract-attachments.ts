/**
 * Part of the storage contract (storage-contract.ts runs it on every
 * backend): attachments are stored once per hash, byte for byte, and a
 * second put of the same hash keeps the first copy and says so.
 */
import { expect, it } from 'vitest';
import type { AttachmentMeta, Storage } from '../../src/server/storage/types';

const meta = (sha256: string, over: Partial<AttachmentMeta> = {}): AttachmentMeta => ({
  sha256,
  contentType: 'image/jpeg',
  bytes: 4,
  createdAt: '2026-03-02T10:00:00.000Z',
  createdBy: 'u1',
  ...over,
});

export function attachmentContract(storage: () => Storage): void {
  it('stores attachment bytes once per hash and returns them exactly', async () => {
    const sha = 'a'.repeat(64);
    const bytes = new Uint8Array([0xff, 0xd8, 0x00, 0xd9]);
    expect(await storage().transaction((tx) => tx.putAttachment(meta(sha), bytes))).toBe(true);
    const again = await storage().transaction((tx) =>
      tx.putAttachment(meta(sha, { createdBy: 'u2' }), new Uint8Array([1, 2, 3, 4])),
    );
    expect(again).toBe(false);
    const stored = await storage().transaction((tx) => tx.getAttachment(sha));
    expect(stored?.meta).toEqual(meta(sha));
    expect([...(stored?.data ?? [])]).toEqual([...bytes]);
    expect(await storage().transaction((tx) => tx.getAttachmentMeta(sha))).toEqual(meta(sha));
    expect(await storage().transaction((tx) => tx.getAttachment('b'.repeat(64)))).toBeUndefined();
    expect(
      await storage().transaction((tx) => tx.getAttachmentMeta('b'.repeat(64))),
    ).toBeUndefined();
  });

  it('an attachment put in a failed transaction is not kept', async () => {
    const sha = 'c'.repeat(64);
    await expect(
      storage().transaction(async (tx) => {
        await tx.putAttachment(meta(sha), new Uint8Array([1]));
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await storage().transaction((tx) => tx.getAttachmentMeta(sha))).toBeUndefined();
  });
}
