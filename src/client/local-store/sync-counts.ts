/**
 * What the header, the navigation and the sign-out warning count: things the
 * person did, not rows. One save is one change however many records it wrote
 * (a call with its new location and people), because the outbox rows it
 * queued share a `changeId`. View events are left out: they are the app's
 * own note of what was opened (best-effort by design), not a change anyone made.
 */
import { TABLE_NAMES } from '../../domain/tables';
import type { CsuDb } from './db';
import { photosWaiting } from './photos-repo';
import type { OutboxRow, OutboxStatus } from './types';

export interface SyncCounts {
  /** Changes with something still to send. */
  waiting: number;
  /** Changes the server refused (or that left the person's access) plus records in conflict. */
  needsReview: number;
  /** Changes the server does not have yet, whatever their status (the sign-out warning). */
  unsynced: number;
}

const REFUSED: readonly OutboxStatus[] = ['rejected', 'out_of_scope'];

function changeCount(rows: readonly OutboxRow[]): number {
  return new Set(rows.map((r) => r.changeId ?? r.mutationId)).size;
}

/** Records whose badge says "needs review" (an unsettled field conflict). Reads an index only. */
async function conflictedRecords(db: CsuDb): Promise<number> {
  const counts = await Promise.all(
    TABLE_NAMES.map((t) => db.recordTable(t).where('_sync.state').equals('review').count()),
  );
  return counts.reduce((a, b) => a + b, 0);
}

export async function syncCounts(db: CsuDb): Promise<SyncCounts> {
  const rows = (await db.outbox.toArray()).filter((r) => r.table !== 'viewEvents');
  const refused = changeCount(rows.filter((r) => REFUSED.includes(r.status)));
  // A saved visit's photo still to upload is something to send, so "All changes sent" waits for it.
  const photos = await photosWaiting(db);
  return {
    waiting: changeCount(rows.filter((r) => r.status === 'pending')) + photos,
    needsReview: refused + (await conflictedRecords(db)),
    unsynced: changeCount(rows) + photos,
  };
}
