import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import type { CsuDb } from '../../src/client/local-store/db';
import { getMeta, setMeta } from '../../src/client/local-store/db';
import type { OutboxRow } from '../../src/client/local-store/types';
import { OUT_OF_SCOPE_ERROR, resetLocalScope } from '../../src/client/sync/scope-reset';
import { tableAccess } from '../../src/client/sync/table-access';
import { newTestDb } from '../local-store/factories';
import { sessionUser } from '../factories/session-user';

let db: CsuDb;
afterEach(() => db?.close());

const fieldUser = sessionUser({ name: 'P', username: 'p' });

async function queue(
  table: string,
  recordId: string,
  kind: OutboxRow['kind'],
  status: OutboxRow['status'] = 'pending',
) {
  await db.outbox.add({
    mutationId: uuidv7(),
    kind,
    table,
    recordId,
    payload: { secret: 'payload text' },
    clientTime: new Date().toISOString(),
    status,
    attempts: 0,
    dependsOn: [],
  });
}

describe('resetLocalScope', () => {
  it('keeps only rows with queued mutations the user may still read, erases out-of-scope payloads, clears the cursor', async () => {
    db = newTestDb();
    await db.recordTable('calls').bulkPut([{ id: 'synced-call' }, { id: 'pending-call' }]);
    await db
      .recordTable('maracReferrals')
      .bulkPut([
        { id: 'referral' },
        { id: 'receipt', receipt: true, status: 'received', date: '2026-03-01' },
        { id: 'my-new-referral' },
      ]);
    await db.recordTable('wards').put({ id: 'E05005008' });
    await queue('calls', 'pending-call', 'patch');
    await queue('maracReferrals', 'referral', 'patch');
    await queue('maracReferrals', 'referral', 'patch', 'rejected');
    await queue('maracReferrals', 'my-new-referral', 'create');
    await setMeta(db, 'cursor', 'old-epoch-cursor');

    const summary = await resetLocalScope(db, tableAccess(fieldUser));
    expect(summary.outOfScope).toBe(2);
    expect((await db.recordTable('calls').toArray()).map((r) => r.id)).toEqual(['pending-call']);
    // A non-member's own new referral still goes up (write-only); the receipt stays.
    expect((await db.recordTable('maracReferrals').toArray()).map((r) => r.id).sort()).toEqual([
      'my-new-referral',
      'receipt',
    ]);
    expect(await db.recordTable('wards').count()).toBe(0);
    const rows = await db.outbox.toArray();
    const edits = rows.filter((r) => r.recordId === 'referral');
    expect(edits.map((r) => r.status)).toEqual(['out_of_scope', 'rejected']);
    expect(edits.every((r) => Object.keys(r.payload).length === 0)).toBe(true);
    expect(edits[0]?.error).toEqual(OUT_OF_SCOPE_ERROR);
    expect(rows.find((r) => r.recordId === 'pending-call')?.payload).toEqual({
      secret: 'payload text',
    });
    expect(await getMeta(db, 'cursor')).toBeUndefined();
  });
});
