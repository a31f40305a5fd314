/** Rows the storage contract's parts (storage-contract*.ts) store and compare. */
import type { StoredRecord, UserRow } from '../../src/server/storage/types';

export const AT = '2026-03-02T10:00:00.000Z';

export function record(id: string, seq: number, extra: Partial<StoredRecord> = {}): StoredRecord {
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

export function user(id: string, username: string): UserRow {
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
