/** Writes audit rows: who, which device, what action, which table and ids; never field values. */
import { uuidv7 } from '../../domain/ids';
import type { StorageTx } from '../storage/types';

export interface AuditEntry {
  userId: string | null;
  deviceId: string | null;
  action: string;
  table?: string | null;
  ids?: string[];
}

export async function writeAudit(tx: StorageTx, at: Date, entry: AuditEntry): Promise<void> {
  await tx.appendAudit({
    id: uuidv7(at.getTime()),
    at: at.toISOString(),
    userId: entry.userId,
    deviceId: entry.deviceId,
    action: entry.action,
    table: entry.table ?? null,
    ids: entry.ids ?? [],
  });
}
