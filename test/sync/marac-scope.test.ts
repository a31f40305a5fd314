// sync.md test 8 and the MARAC receipt rule: a user removed from `marac` loses every MARAC
// record at the next pull, and their pending MARAC edit is refused and shown.
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import { TABLE_NAMES, TABLES } from '../../src/domain/tables';
import type { CsuDb } from '../../src/client/local-store/db';
import { createRecord, patchRecord } from '../../src/client/local-store/record-writes';
import { withWrite } from '../../src/client/local-store/write';
import { listReviewItems } from '../../src/client/sync/review';
import { updateUserAccount } from '../../src/server/services/admin';
import { referralData } from '../server/fixtures';
import type { TestServer } from '../server/helpers';
import { serverRecords, serverWith, signedInDevice } from './harness';

const MARAC_TABLES = TABLE_NAMES.filter((t) => TABLES[t].scope === 'marac');

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

async function refer(db: CsuDb, overrides: Record<string, unknown> = {}): Promise<string> {
  const id = uuidv7();
  await withWrite(db, ['maracReferrals'], () =>
    createRecord(db, 'maracReferrals', { id, ...referralData(overrides) }, []),
  );
  return id;
}

async function editReason(db: CsuDb, id: string, reason: string): Promise<void> {
  await withWrite(db, ['maracReferrals'], async () => {
    const current = (await db.recordTable('maracReferrals').get(id)) as Record<string, unknown> & {
      id: string;
    };
    await patchRecord(db, 'maracReferrals', current, { ...current, reason }, ['reason'], []);
  });
}

async function maracRowsOn(db: CsuDb): Promise<number> {
  let n = 0;
  for (const t of MARAC_TABLES) n += await db.recordTable(t).count();
  return n;
}

describe('MARAC scope', () => {
  it('removing the marac role clears MARAC records from the device and refuses the pending edit, visibly', async () => {
    server = await serverWith([{ username: 'member', roles: ['marac', 'field'] }]);
    const phone = await signedInDevice(server, 'member');
    const referralId = await refer(phone.db);
    expect(await phone.sync()).toEqual({ kind: 'ok' });
    expect(await phone.db.recordTable('maracReferrals').count()).toBe(1);

    // Offline edit; meanwhile an admin takes the role away.
    await editReason(phone.db, referralId, 'Updated reason with new concerns');
    const member = (await server.storage.transaction((tx) => tx.getUserByUsername('member')))!;
    await updateUserAccount(
      server.deps,
      member.id,
      { roles: ['field'] },
      { userId: null, deviceId: null },
    );

    expect(await phone.sync()).toEqual({ kind: 'ok' });
    expect(await maracRowsOn(phone.db)).toBe(0);
    expect(phone.user.roles).toEqual(['field']);
    // The server kept its value; the edit is refused on the device and listed for the person.
    expect((await serverRecords(server, 'maracReferrals')).get(referralId)?.data.reason).toBe(
      'Repeated incidents',
    );
    const [row] = await phone.db.outbox.toArray();
    expect(row).toMatchObject({ status: 'rejected', payload: {} });
    const review = await listReviewItems(phone.db);
    expect(review.refused).toEqual([
      expect.objectContaining({ table: 'maracReferrals', kind: 'patch', recordLabel: undefined }),
    ]);
    expect(review.refused[0]?.message).not.toBe('');
    // Reference data and the user's other records came back after the reset.
    expect(await phone.db.recordTable('wards').count()).toBeGreaterThan(0);
  });

  it('a referral from a non-member is replaced, on acceptance, by a receipt in the same transaction', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    const phone = await signedInDevice(server, 'pcso');
    const id = await refer(phone.db, { subjectName: 'Someone Private' });
    expect(await phone.sync()).toEqual({ kind: 'ok' });
    expect((await serverRecords(server, 'maracReferrals')).has(id)).toBe(true);
    const local = await phone.db.recordTable('maracReferrals').get(id);
    expect(local).toEqual({
      id,
      receipt: true,
      status: 'received',
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      _sync: { state: 'sent' },
    });
    expect(JSON.stringify(local)).not.toContain('Someone Private');
    // A later scope reset (new wards) keeps the receipt: it is the author's only trace of the referral.
    await updateUserAccount(
      server.deps,
      phone.user.id,
      { wards: ['E05005008'] },
      { userId: null, deviceId: null },
    );
    const before = phone.transport.log.length;
    expect(await phone.sync()).toEqual({ kind: 'ok' });
    expect(phone.transport.log.slice(before).some((l) => l.path === '/api/auth/me')).toBe(true);
    expect(await phone.db.recordTable('maracReferrals').count()).toBe(1);
  });
});
