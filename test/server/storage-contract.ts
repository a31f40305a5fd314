/**
 * The contract every storage implementation must pass (SQLite today,
 * PostgreSQL later). Call `storageContract(name, factory)` from a test file;
 * the factory returns a fresh, empty, migrated storage.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditFilter, Storage, StoredRecord, UserRow } from '../../src/server/storage/types';
import { attachmentContract } from './storage-contract-attachments';
import { seqOrderContract } from './storage-contract-order';

const AT = '2026-03-02T10:00:00.000Z';

function record(id: string, seq: number, extra: Partial<StoredRecord> = {}): StoredRecord {
  return {
    table: 'calls',
    id,
    data: { id, summary: `call ${id}` },
    fieldSeqs: { summary: seq },
    seq,
    deleted: false,
    keys: { scope: 'case', assigneeUserId: null, assigneeAgencyId: null },
    parentId: null,
    ...extra,
  };
}

function user(id: string, username: string): UserRow {
  return {
    id,
    username,
    name: 'Test User',
    agencyId: 'sdc-csu',
    roles: ['chair'],
    wards: ['E05005008'],
    active: true,
    passwordHash: 'scrypt$x',
    scopeEpoch: 1,
    createdAt: AT,
    updatedAt: AT,
  };
}

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

    it('keeps users, devices, sessions and client bindings', async () => {
      await storage.transaction(async (tx) => {
        await tx.insertUser(user('u1', 'helen'));
        await tx.insertDevice({
          id: 'd1',
          userId: 'u1',
          name: 'Phone',
          createdAt: AT,
          lastSeenAt: AT,
          revokedAt: null,
        });
        await tx.insertSession({
          tokenHash: 'h1',
          userId: 'u1',
          deviceId: 'd1',
          createdAt: AT,
          lastSeenAt: AT,
          scopeEpoch: 3,
        });
        await tx.bindClient({ clientId: 'c1', userId: 'u1', deviceId: 'd1', boundAt: AT });
      });
      await expect(
        storage.transaction((tx) => tx.insertUser(user('u2', 'helen'))),
      ).rejects.toThrow();
      const found = await storage.transaction(async (tx) => ({
        byName: await tx.getUserByUsername('helen'),
        session: await tx.getSession('h1'),
        binding: await tx.getClientBinding('c1'),
      }));
      expect(found.byName).toMatchObject({
        id: 'u1',
        roles: ['chair'],
        wards: ['E05005008'],
        active: true,
      });
      expect(found.session).toMatchObject({ userId: 'u1', deviceId: 'd1', scopeEpoch: 3 });
      expect(found.binding).toMatchObject({ userId: 'u1' });
      await storage.transaction(async (tx) => {
        await tx.updateUser({ ...user('u1', 'helen'), roles: ['field'], scopeEpoch: 2 });
        await tx.updateDevice({
          id: 'd1',
          userId: 'u1',
          name: 'Phone',
          createdAt: AT,
          lastSeenAt: AT,
          revokedAt: AT,
        });
        await tx.deleteSessionsForUser('u1');
      });
      const after = await storage.transaction(async (tx) => ({
        user: await tx.getUser('u1'),
        device: await tx.getDevice('d1'),
        session: await tx.getSession('h1'),
      }));
      expect(after.user).toMatchObject({ roles: ['field'], scopeEpoch: 2 });
      expect(after.device?.revokedAt).toBe(AT);
      expect(after.session).toBeUndefined();
    });

    it('keeps sign-in failure counters by key and prunes stale ones', async () => {
      await storage.transaction(async (tx) => {
        await tx.putLoginCounter({
          key: 'account:helen',
          failures: 1,
          windowStart: AT,
          lastFailureAt: AT,
        });
        await tx.putLoginCounter({
          key: 'account:helen',
          failures: 2,
          windowStart: AT,
          lastFailureAt: '2026-03-02T10:05:00.000Z',
        });
        await tx.putLoginCounter({
          key: 'address:192.0.2.1',
          failures: 7,
          windowStart: AT,
          lastFailureAt: AT,
        });
      });
      expect(await storage.transaction((tx) => tx.getLoginCounter('account:helen'))).toEqual({
        key: 'account:helen',
        failures: 2,
        windowStart: AT,
        lastFailureAt: '2026-03-02T10:05:00.000Z',
      });
      const pruned = await storage.transaction((tx) =>
        tx.pruneLoginCounters('2026-03-02T10:01:00.000Z'),
      );
      expect(pruned).toBe(1);
      expect(
        await storage.transaction((tx) => tx.getLoginCounter('address:192.0.2.1')),
      ).toBeUndefined();
      await storage.transaction((tx) => tx.deleteLoginCounter('account:helen'));
      expect(
        await storage.transaction((tx) => tx.getLoginCounter('account:helen')),
      ).toBeUndefined();
    });

    it('counts live records by a data field, without deleted ones or other tables', async () => {
      await storage.transaction(async (tx) => {
        const put = async (
          id: string,
          table: StoredRecord['table'],
          data: object,
          deleted = false,
        ) =>
          tx.putRecord(
            record(id, await tx.nextSeq(), { table, data: { id, ...data }, deleted }),
            AT,
          );
        await put('r1', 'maracReferrals', { status: 'submitted' });
        await put('r2', 'maracReferrals', { status: 'submitted' });
        await put('r3', 'maracReferrals', { status: 'accepted' });
        await put('r4', 'maracReferrals', { status: 'accepted' }, true);
        await put('r5', 'maracReferrals', {});
        await put('c1', 'calls', { status: 'submitted' });
      });
      const counts = await storage.transaction((tx) =>
        tx.countRecordsBy('maracReferrals', 'status'),
      );
      expect([...counts].sort((a, b) => String(a.value).localeCompare(String(b.value)))).toEqual([
        { value: 'accepted', count: 1 },
        { value: null, count: 1 },
        { value: 'submitted', count: 2 },
      ]);
      await expect(
        storage.transaction((tx) => tx.countRecordsBy('calls', "status') --")),
      ).rejects.toThrow();
      const groups = await storage.transaction((tx) =>
        tx.countRecordsByFields('maracReferrals', ['status', 'outcome']),
      );
      expect(
        [...groups].sort((a, b) => String(a.values.status).localeCompare(String(b.values.status))),
      ).toEqual([
        { values: { status: 'accepted', outcome: null }, count: 1 },
        { values: { status: null, outcome: null }, count: 1 },
        { values: { status: 'submitted', outcome: null }, count: 2 },
      ]);
      await expect(
        storage.transaction((tx) => tx.countRecordsByFields('calls', ['status', "x') --"])),
      ).rejects.toThrow();
      await expect(
        storage.transaction((tx) => tx.countRecordsByFields('calls', ["location.x'}"])),
      ).rejects.toThrow();
    });

    it('groups counts by fields nested in a record (a call’s ward, its reporter’s anonymity)', async () => {
      await storage.transaction(async (tx) => {
        for (const [id, ward, anonymous] of [
          ['n1', 'E05005031', true],
          ['n2', 'E05005031', true],
          ['n3', 'E05005021', false],
        ] as const)
          await tx.putRecord(
            record(id, await tx.nextSeq(), {
              table: 'calls',
              data: {
                id,
                location: { wardCode: ward },
                reporter: { anonymous },
                categoryIds: ['noise', 'dog'],
              },
            }),
            AT,
          );
      });
      const groups = await storage.transaction((tx) =>
        tx.countRecordsByFields('calls', [
          'location.wardCode',
          'reporter.anonymous',
          'categoryIds',
        ]),
      );
      const seen = groups
        .map((g) => ({
          ward: g.values['location.wardCode'],
          anonymous: ['1', 'true'].includes(String(g.values['reporter.anonymous'])),
          categories: JSON.parse(String(g.values.categoryIds)) as string[],
          count: g.count,
        }))
        .sort((a, b) => String(a.ward).localeCompare(String(b.ward)));
      expect(seen).toEqual([
        { ward: 'E05005021', anonymous: false, categories: ['noise', 'dog'], count: 1 },
        { ward: 'E05005031', anonymous: true, categories: ['noise', 'dog'], count: 2 },
      ]);
    });

    it('reads audit rows by user, action, table and time, in pages either way', async () => {
      const at = (m: number) => `2026-03-02T10:0${m}:00.000Z`;
      await storage.transaction(async (tx) => {
        for (let i = 0; i < 6; i++)
          await tx.appendAudit({
            id: `a${i}`,
            at: at(i),
            userId: i % 2 === 0 ? 'u1' : 'u2',
            deviceId: null,
            action: i < 3 ? 'login' : 'sync.create',
            table: i < 3 ? null : 'calls',
            ids: [],
          });
      });
      const ids = async (filter: AuditFilter) =>
        (await storage.transaction((tx) => tx.listAudit(filter))).map((r) => r.id);
      expect(await ids({ userId: 'u1' })).toEqual(['a0', 'a2', 'a4']);
      expect(await ids({ action: 'sync.create', table: 'calls' })).toEqual(['a3', 'a4', 'a5']);
      expect(await ids({ from: at(2), to: at(4) })).toEqual(['a2', 'a3']);
      expect(await ids({ limit: 2 })).toEqual(['a0', 'a1']);
      expect(await ids({ limit: 2, after: { at: at(1), id: 'a1' } })).toEqual(['a2', 'a3']);
      expect(await ids({ newestFirst: true, limit: 2 })).toEqual(['a5', 'a4']);
      expect(await ids({ newestFirst: true, limit: 2, after: { at: at(4), id: 'a4' } })).toEqual([
        'a3',
        'a2',
      ]);
    });

    it('appends audit rows and keeps meta values', async () => {
      await storage.transaction(async (tx) => {
        await tx.appendAudit({
          id: 'a1',
          at: AT,
          userId: 'u1',
          deviceId: 'd1',
          action: 'sync.create',
          table: 'calls',
          ids: ['x'],
        });
        await tx.appendAudit({
          id: 'a2',
          at: AT,
          userId: 'u2',
          deviceId: null,
          action: 'login',
          table: null,
          ids: [],
        });
        await tx.setMeta('k', 'v1');
        await tx.setMeta('k', 'v2');
      });
      const rows = await storage.transaction((tx) => tx.listAudit({ userId: 'u1' }));
      expect(rows).toEqual([
        {
          id: 'a1',
          at: AT,
          userId: 'u1',
          deviceId: 'd1',
          action: 'sync.create',
          table: 'calls',
          ids: ['x'],
        },
      ]);
      expect(await storage.transaction((tx) => tx.getMeta('k'))).toBe('v2');
      await expect(
        storage.transaction((tx) =>
          tx.appendAudit({
            id: 'a1',
            at: AT,
            userId: null,
            deviceId: null,
            action: 'x',
            table: null,
            ids: [],
          }),
        ),
      ).rejects.toThrow();
    });
  });
}
