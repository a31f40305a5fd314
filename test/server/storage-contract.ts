/**
 * The contract every storage implementation must pass (SQLite today,
 * PostgreSQL later). Call `storageContract(name, factory)` from a test file;
 * the factory returns a fresh, empty, migrated storage.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../../src/server/storage/types';
import { StorageClosedError } from '../../src/server/storage/errors';
import { accountContract } from './storage-contract-accounts';
import { attachmentContract } from './storage-contract-attachments';
import { seqOrderContract } from './storage-contract-order';
import { reportContract } from './storage-contract-reports';
import { AT, record } from './storage-contract-rows';

export function storageContract(name: string, factory: () => Promise<Storage> | Storage): void {
  describe(`storage contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await factory();
    });
    afterEach(async () => {
      await storage.close();
    });

    seqOrderContract(() => storage);
    attachmentContract(() => storage);
    accountContract(() => storage);
    reportContract(() => storage);

    it('refuses a transaction once closed, in the same words on every backend', async () => {
      const other = await factory();
      await other.close();
      await expect(other.transaction((tx) => tx.nextSeq())).rejects.toBeInstanceOf(
        StorageClosedError,
      );
    });

    it('hands out increasing seqs and rolls a failed transaction back, seq included', async () => {
      const first = await storage.transaction((tx) => tx.nextSeq());
      const second = await storage.transaction((tx) => tx.nextSeq());
      expect(second).toBe(first + 1);
      await expect(
        storage.transaction(async (tx) => {
          const seq = await tx.nextSeq();
          await tx.putRecord(record('a', seq), AT);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await storage.transaction((tx) => tx.getRecord('calls', 'a'))).toBeUndefined();
      expect(await storage.transaction((tx) => tx.currentSeq())).toBe(second);
    });

    it('runs concurrent transactions one at a time', async () => {
      const seqs = await Promise.all(
        Array.from({ length: 20 }, () =>
          storage.transaction(async (tx) => {
            const seq = await tx.nextSeq();
            await new Promise((r) => setTimeout(r, 1));
            await tx.putRecord(record(`r${seq}`, seq), AT);
            return seq;
          }),
        ),
      );
      expect(new Set(seqs).size).toBe(20);
      const changes = await storage.transaction((tx) => tx.changesAfter(0, 100));
      expect(changes.map((c) => c.seq)).toEqual([...seqs].sort((a, b) => a - b));
    });

    it('stores records and keeps one upsert/delete change row per record, in seq order', async () => {
      await storage.transaction(async (tx) => {
        await tx.putRecord(record('a', await tx.nextSeq()), AT);
        await tx.putRecord(record('b', await tx.nextSeq()), AT);
        const a = await tx.getRecord('calls', 'a');
        await tx.putRecord(
          { ...a!, data: { ...a!.data, summary: 'changed' }, seq: await tx.nextSeq() },
          AT,
        );
      });
      const rows = await storage.transaction((tx) => tx.changesAfter(0, 10));
      expect(rows.map((r) => [r.id, r.seq, r.op])).toEqual([
        ['b', 2, 'upsert'],
        ['a', 3, 'upsert'],
      ]);
      expect(rows[1]?.record?.data.summary).toBe('changed');
      expect(await storage.transaction((tx) => tx.changesAfter(2, 10))).toHaveLength(1);
    });

    it('records revokes with the old scope keys, lists children and prunes old tombstones', async () => {
      await storage.transaction(async (tx) => {
        await tx.putRecord(record('p', await tx.nextSeq()), AT);
        await tx.putRecord(
          record('c1', await tx.nextSeq(), { table: 'actions', parentId: 'p' }),
          AT,
        );
        const seq = await tx.nextSeq();
        await tx.addRevoke(
          'calls',
          'p',
          seq,
          { scope: 'delivery', assigneeUserId: 'u1', assigneeAgencyId: null },
          AT,
        );
        await tx.putRecord(
          record('d', await tx.nextSeq(), { deleted: true }),
          '2026-06-01T00:00:00.000Z',
        );
      });
      const rows = await storage.transaction((tx) => tx.changesAfter(0, 10));
      expect(rows.map((r) => r.op)).toEqual(['upsert', 'upsert', 'revoke', 'delete']);
      expect(rows[2]?.oldKeys).toEqual({
        scope: 'delivery',
        assigneeUserId: 'u1',
        assigneeAgencyId: null,
      });
      const children = await storage.transaction((tx) => tx.listChildren('actions', 'p'));
      expect(children.map((c) => c.id)).toEqual(['c1']);
      const dropped = await storage.transaction((tx) =>
        tx.pruneChanges('2026-05-01T00:00:00.000Z'),
      );
      expect(dropped).toBe(3);
      const left = await storage.transaction((tx) => tx.changesAfter(0, 10));
      expect(left.map((r) => r.op)).toEqual(['upsert', 'upsert', 'delete']);
    });

    it('disposes of a record: values erased, id remembered, purge logged', async () => {
      await storage.transaction(async (tx) => {
        await tx.putRecord(record('x', await tx.nextSeq()), AT);
        await tx.disposeRecord('calls', 'x', await tx.nextSeq(), AT);
      });
      const [row] = await storage.transaction((tx) => tx.changesAfter(0, 10));
      expect(row).toMatchObject({ op: 'delete', purge: true, id: 'x' });
      expect(row?.record?.data).toEqual({});
      expect(await storage.transaction((tx) => tx.isDisposed('calls', 'x'))).toBe(true);
      expect(await storage.transaction((tx) => tx.isDisposed('calls', 'y'))).toBe(false);
    });

    it('stores mutation results and call reference counters per year', async () => {
      await storage.transaction((tx) =>
        tx.putAppliedMutation({
          mutationId: 'm1',
          clientId: 'c',
          userId: 'u',
          table: 'calls',
          recordId: 'a',
          status: 'rejected',
          seq: null,
          result: { error: { code: 'invalid', message: 'no' } },
          at: AT,
        }),
      );
      const m = await storage.transaction((tx) => tx.getAppliedMutation('m1'));
      expect(m).toMatchObject({
        status: 'rejected',
        seq: null,
        result: { error: { code: 'invalid' } },
      });
      const refs = await storage.transaction(async (tx) => [
        await tx.nextCallRef(2026),
        await tx.nextCallRef(2026),
        await tx.nextCallRef(2027),
      ]);
      expect(refs).toEqual([1, 2, 1]);
      await storage.transaction((tx) => tx.noteCallRef(2026, 40));
      await storage.transaction((tx) => tx.noteCallRef(2026, 7));
      expect(await storage.transaction((tx) => tx.nextCallRef(2026))).toBe(41);
    });
  });
}
