import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { logCall } from '../../src/client/local-store/calls-repo';
import { ValidationError } from '../../src/client/local-store/errors';
import { applyServerRecords } from '../../src/client/local-store/server-apply';
import { SEVENOAKS_WARDS } from '../../src/domain/reference/wards';
import { newTestDb, OTHER_WARD, TEST_WARD, validCallInput } from './factories';

const wardRows = (inactive: string[] = []) =>
  SEVENOAKS_WARDS.map((w) => ({ id: w.code, ...w, active: !inactive.includes(w.code) }));

describe('a call’s ward, agency and categories must be the district’s', () => {
  it('uses the seeds before the first sync, then the synced table, and sees it change', async () => {
    const db = newTestDb();
    await logCall(db, validCallInput());

    // A pull brings the wards with one deactivated: the next save refuses it at the field.
    await applyServerRecords(db, 'wards', wardRows([OTHER_WARD]));
    const refused = logCall(db, validCallInput({ location: { wardCode: OTHER_WARD } }));
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({
      fields: { 'location.wardCode': 'Select a ward from the list' },
    });
    expect(await db.calls.count()).toBe(1);

    // Reactivated by a later pull: accepted again without reopening anything.
    await applyServerRecords(db, 'wards', wardRows());
    await logCall(db, validCallInput({ location: { wardCode: OTHER_WARD } }));
    await logCall(db, validCallInput({ location: { wardCode: TEST_WARD } }));
    expect(await db.calls.count()).toBe(3);
  });

  it('refuses an agency or category the district does not have', async () => {
    const db = newTestDb();
    const refused = logCall(
      db,
      validCallInput({ sourceAgencyId: 'no-such-agency', categoryIds: ['no-such-category'] }),
    );
    await expect(refused).rejects.toMatchObject({
      fields: {
        sourceAgencyId: 'Select the source agency from the list',
        categoryIds: 'Select categories from the list',
      },
    });
    expect(await db.outbox.count()).toBe(0);
  });

  it('watches reference changes with one page-wide listener, not one per database', async () => {
    const event = (Dexie.on as unknown as Record<string, { subscribers: unknown[] }>)
      .storagemutated;
    await logCall(newTestDb(), validCallInput());
    const listeners = event?.subscribers.length;
    for (let i = 0; i < 3; i++) await logCall(newTestDb(), validCallInput());
    expect(event?.subscribers.length).toBe(listeners);
  });
});
