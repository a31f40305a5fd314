/** Queued mutations for one record, in push order: what a test checks a write queued. */
import type { CsuDb } from '../../src/client/local-store/db';
import type { OutboxRow } from '../../src/client/local-store/types';

export function mutationsForRecord(db: CsuDb, recordId: string): Promise<OutboxRow[]> {
  return db.outbox.where('recordId').equals(recordId).sortBy('localSeq');
}
