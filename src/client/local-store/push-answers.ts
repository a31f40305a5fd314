/**
 * The server's answers to one push, applied to the outbox and the record
 * rows in one transaction. Each answer writes its record row once: the
 * outbox row goes (or is marked refused), and the record gets the server's
 * copy, its pending fields released and its badge facts (sync-state.ts) in
 * a single put.
 */
import { ACCESS_MATRIX } from '../../domain/access';
import { londonDate } from '../../domain/dates';
import type { MutationResult } from '../../domain/sync-protocol';
import { isTableName, TABLE_NAMES, TABLES, type TableName } from '../../domain/tables';
import { blindIndexOf, type CsuDb } from './db';
import { deleteOutboxRows, markDependentsParentRejected, setOutboxStatus } from './outbox-send';
import { mergeServerRecord } from './server-apply';
import {
  serverMeta,
  standingRefusal,
  withAnswer,
  withRejection,
  type LocalConflict,
} from './sync-state';
import type { OutboxRow, SyncMeta } from './types';

export interface PushSummary {
  sent: number;
  applied: number;
  conflicts: number;
  rejected: number;
}

/** A referral's author without the marac role keeps only this (domain.md "Community MARAC referral"). */
export interface ReferralReceipt {
  id: string;
  receipt: true;
  status: 'received';
  date: string;
}

/** Whether this user may read `table` (the session's roles); decides receipts. */
export type CanReadTable = (table: TableName) => boolean;

type Row = Record<string, unknown> & { id: string; _sync?: SyncMeta };

function isWriteOnlyFor(table: TableName, canReadTable: CanReadTable): boolean {
  return ACCESS_MATRIX[TABLES[table].scope].writeOnlyForNonReaders === true && !canReadTable(table);
}

/**
 * The conflicts to show, each with the value this device wanted. A refused
 * delete is one `archived` conflict: "you deleted it, someone changed it".
 */
function conflictsOf(row: OutboxRow, result: MutationResult): LocalConflict[] {
  if (!result.conflicts) return [];
  if (row.kind === 'delete') {
    const by = result.conflicts.find((c) => c.serverBy)?.serverBy;
    return [
      {
        field: 'archived',
        serverValue: false,
        ...(by ? { serverBy: by } : {}),
        serverSeq: result.seq ?? 0,
        mine: true,
      },
    ];
  }
  return result.conflicts.map((c) => ({ ...c, mine: row.payload[c.field] }));
}

async function applyAnswered(
  db: CsuDb,
  row: OutboxRow,
  result: MutationResult,
  table: TableName,
  canReadTable: CanReadTable,
): Promise<void> {
  await deleteOutboxRows(db, [row.mutationId]);
  const store = db.recordTable(table);
  const copy = result.record;
  if (copy?.archived === true || (!copy && row.kind === 'delete')) {
    // Archived on the server: the pull shows it as `delete` too, so the device drops it now.
    await store.delete(row.recordId);
    return;
  }
  if (!copy && row.kind === 'create' && isWriteOnlyFor(table, canReadTable)) {
    // Accepted from a non-member: the device keeps a receipt, never what it cannot read.
    const receipt: ReferralReceipt = {
      id: row.recordId,
      receipt: true,
      status: 'received',
      date: londonDate(Date.now()),
    };
    await store.put({ ...receipt, _sync: serverMeta() });
    return;
  }
  if (!copy && table === 'viewEvents') return;
  const existing = (await store.get(row.recordId)) as Row | undefined;
  if (!existing && !copy) return;
  const _sync = withAnswer(existing?._sync, row.mutationId, {
    conflicts: conflictsOf(row, result),
    refusal: await standingRefusal(db, row.recordId),
  });
  if (copy) {
    const base = existing ? { ...existing, _sync } : { id: row.recordId, _sync };
    const merged = mergeServerRecord(table, { ...copy, id: row.recordId }, base, blindIndexOf(db));
    await store.put(merged);
  } else {
    await store.update(row.recordId, { _sync });
  }
}

async function applyRejected(
  db: CsuDb,
  row: OutboxRow,
  result: MutationResult,
  table: TableName,
): Promise<void> {
  const error = {
    code: result.error?.code ?? 'invalid',
    message: result.error?.message ?? 'The server refused this change.',
  };
  // Its parent was refused earlier in this batch: it stays held, to go again once the parent is put right.
  const current = await db.outbox.where('mutationId').equals(row.mutationId).first();
  if (current?.status === 'parent_rejected' && error.code === 'parent_missing') return;
  await setOutboxStatus(db, row.mutationId, 'rejected', error);
  // The values stay on screen with the reason; later pulls may correct the fields again.
  const store = db.recordTable(table);
  const existing = (await store.get(row.recordId)) as Row | undefined;
  if (existing)
    await store.update(row.recordId, {
      _sync: withRejection(existing._sync, row.mutationId, error),
    });
  if (row.kind === 'create') await markDependentsParentRejected(db, row.recordId);
}

/** Applies one push response; a row without a result stays queued for the next round. */
export async function applyPushResults(
  db: CsuDb,
  rows: readonly OutboxRow[],
  results: readonly MutationResult[],
  canReadTable: CanReadTable,
): Promise<PushSummary> {
  const byId = new Map(results.map((r) => [r.mutationId, r]));
  const summary: PushSummary = { sent: rows.length, applied: 0, conflicts: 0, rejected: 0 };
  await db.transaction('rw', [...TABLE_NAMES, 'outbox'], async () => {
    for (const row of rows) {
      const result = byId.get(row.mutationId);
      if (!result) continue;
      const table = row.table;
      if (!isTableName(table)) {
        await setOutboxStatus(
          db,
          row.mutationId,
          'rejected',
          result.error ?? { code: 'unknown_table', message: 'Unknown table.' },
        );
        summary.rejected += 1;
        continue;
      }
      // A replay of a stored rejection comes back as `duplicate` with its error.
      if (result.status === 'rejected' || result.error) {
        await applyRejected(db, row, result, table);
        summary.rejected += 1;
      } else {
        await applyAnswered(db, row, result, table, canReadTable);
        if (result.conflicts?.length) summary.conflicts += 1;
        else summary.applied += 1;
      }
    }
  });
  return summary;
}
