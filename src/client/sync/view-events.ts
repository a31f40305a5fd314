/**
 * Best-effort view events (domain.md "Data protection"): opening a
 * referral, person or enforcement record queues a labelled `viewEvents`
 * create. It travels only in the outbox (no local row: nobody reads view
 * events on a device) and a failure to queue never stops the screen.
 */
import { uuidv7 } from '../../domain/ids';
import type { TableName } from '../../domain/tables';
import { queueMutation } from '../local-store/outbox';
import { withWrite } from '../local-store/write';
import { unlockedDb } from './unlocked-db';

/**
 * `label` says what was opened in words that hold no personal data
 * (e.g. "Referral opened"), since audit keeps ids, never personal data.
 */
export async function recordView(table: TableName, recordId: string, label: string): Promise<void> {
  const db = unlockedDb();
  if (!db) return;
  const id = uuidv7();
  const payload = { id, table, recordId, at: new Date().toISOString(), label: label.slice(0, 200) };
  try {
    await withWrite(db, ['viewEvents'], () =>
      queueMutation(db, {
        kind: 'create',
        table: 'viewEvents',
        recordId: id,
        payload,
        dependsOn: [],
      }),
    );
  } catch {
    // Best-effort by design: a full disk must not stop someone reading a record.
  }
}
