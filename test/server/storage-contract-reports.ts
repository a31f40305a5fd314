/**
 * Part of the storage contract (storage-contract.ts runs it on every
 * backend): the report and audit doors (counts by field, grouped counts,
 * audit pages) and meta values.
 */
import { expect, it } from 'vitest';
import type { AuditFilter, Storage, StoredRecord } from '../../src/server/storage/types';
import { AT, record } from './storage-contract-rows';

export function reportContract(storage: () => Storage): void {
  it('counts live records by a data field, without deleted ones or other tables', async () => {
    await storage().transaction(async (tx) => {
      const put = async (id: string, table: StoredRecord['table'], data: object, deleted = false) =>
        tx.putRecord(record(id, await tx.nextSeq(), { table, data: { id, ...data }, deleted }), AT);
      await put('r1', 'maracReferrals', { status: 'submitted' });
      await put('r2', 'maracReferrals', { status: 'submitted' });
      await put('r3', 'maracReferrals', { status: 'accepted' });
      await put('r4', 'maracReferrals', { status: 'accepted' }, true);
      await put('r5', 'maracReferrals', {});
      await put('c1', 'calls', { status: 'submitted' });
    });
    const counts = await storage().transaction((tx) =>
      tx.countRecordsBy('maracReferrals', 'status'),
    );
    expect([...counts].sort((a, b) => String(a.value).localeCompare(String(b.value)))).toEqual([
      { value: 'accepted', count: 1 },
      { value: null, count: 1 },
      { value: 'submitted', count: 2 },
    ]);
    await expect(
      storage().transaction((tx) => tx.countRecordsBy('calls', "status') --")),
    ).rejects.toThrow();
    const groups = await storage().transaction((tx) =>
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
      storage().transaction((tx) => tx.countRecordsByFields('calls', ['status', "x') --"])),
    ).rejects.toThrow();
    await expect(
      storage().transaction((tx) => tx.countRecordsByFields('calls', ["location.x'}"])),
    ).rejects.toThrow();
  });

  it('groups counts by fields nested in a record (a call’s ward, its reporter’s anonymity)', async () => {
    await storage().transaction(async (tx) => {
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
    const groups = await storage().transaction((tx) =>
      tx.countRecordsByFields('calls', ['location.wardCode', 'reporter.anonymous', 'categoryIds']),
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
    await storage().transaction(async (tx) => {
      for (let i = 0; i < 6; i++)
        await tx.appendAudit({
          id: `a${i}`,
          at: at(i),
          userId: i % 2 === 0 ? 'u1' : 'u2',
          deviceId: null,
          action: i < 3 ? 'login' : 'sync.create',
          table: i < 3 ? null : 'calls',
          ids: i === 4 ? ['rec-1', 'rec-2'] : i === 5 ? ['rec-2'] : [],
        });
    });
    const ids = async (filter: AuditFilter) =>
      (await storage().transaction((tx) => tx.listAudit(filter))).map((r) => r.id);
    expect(await ids({ userId: 'u1' })).toEqual(['a0', 'a2', 'a4']);
    expect(await ids({ action: 'sync.create', table: 'calls' })).toEqual(['a3', 'a4', 'a5']);
    expect(await ids({ from: at(2), to: at(4) })).toEqual(['a2', 'a3']);
    expect(await ids({ recordId: 'rec-1' })).toEqual(['a4']);
    expect(await ids({ recordId: 'rec-2', userId: 'u2' })).toEqual(['a5']);
    expect(await ids({ recordId: 'rec' })).toEqual([]);
    expect(await ids({ limit: 2 })).toEqual(['a0', 'a1']);
    expect(await ids({ limit: 2, after: { at: at(1), id: 'a1' } })).toEqual(['a2', 'a3']);
    expect(await ids({ newestFirst: true, limit: 2 })).toEqual(['a5', 'a4']);
    expect(await ids({ newestFirst: true, limit: 2, after: { at: at(4), id: 'a4' } })).toEqual([
      'a3',
      'a2',
    ]);
  });

  it('appends audit rows and keeps meta values', async () => {
    await storage().transaction(async (tx) => {
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
    const rows = await storage().transaction((tx) => tx.listAudit({ userId: 'u1' }));
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
    expect(await storage().transaction((tx) => tx.getMeta('k'))).toBe('v2');
    await expect(
      storage().transaction((tx) =>
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
}
