/**
 * One push round (sync.md `POST /api/sync/push`): the outbox in localSeq
 * order, one request in flight, packed under 100 mutations and 256 KB, and
 * each result applied to the outbox and the record in one transaction.
 * An outbox row is deleted only after the server answered for it (rule 3);
 * a thrown ApiError leaves every row as it was, to be sent again unchanged.
 */
import { londonDate } from '../../domain/dates';
import {
  MAX_MUTATIONS_PER_PUSH,
  MAX_REQUEST_BYTES,
  SCHEMA_VERSION,
  type MutationError,
  type MutationResult,
  type PushResponse,
} from '../../domain/sync-protocol';
import { ACCESS_MATRIX } from '../../domain/access';
import { isTableName, TABLES, type TableName } from '../../domain/tables';
import { getClientId, type CsuDb } from '../local-store/db';
import {
  deleteOutboxRows,
  markDependentsParentRejected,
  pendingBatch,
  recordAttempt,
  setOutboxStatus,
  toWireMutation,
} from '../local-store/outbox';
import { applyServerRecord, removeRecord } from '../local-store/server-apply';
import type { OutboxRow, SyncMeta } from '../local-store/types';
import { orderBatch } from './push-order';
import { markWaiting, releasePendingFields, updateSyncMeta } from './record-sync-meta';
import { ApiError, apiJson, type Transport } from './transport';

type LocalConflict = NonNullable<SyncMeta['conflicts']>[number];

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

/** Whether this user may read `table` (the session's roles); decides receipts and resets. */
export type CanReadTable = (table: TableName) => boolean;

function isWriteOnlyFor(table: TableName, canReadTable: CanReadTable): boolean {
  return ACCESS_MATRIX[TABLES[table].scope].writeOnlyForNonReaders === true && !canReadTable(table);
}

async function outboxHasRejected(
  db: CsuDb,
  recordId: string,
): Promise<{ code: string; message: string } | undefined> {
  const rows = await db.outbox.where('recordId').equals(recordId).toArray();
  return rows.filter((r) => r.status === 'rejected' || r.status === 'out_of_scope').at(-1)?.error;
}

async function applyAnswered(
  db: CsuDb,
  row: OutboxRow,
  result: MutationResult,
  table: TableName,
  canReadTable: CanReadTable,
): Promise<void> {
  await deleteOutboxRows(db, [row.mutationId]);
  await releasePendingFields(db, table, row.recordId, row.mutationId);
  if (result.record && result.record.archived !== true) {
    await applyServerRecord(db, table, result.record);
  } else if (row.kind === 'delete' || result.record) {
    // Archived on the server: the pull shows it as `delete` too, so the device drops it now.
    await removeRecord(db, table, row.recordId);
    return;
  } else if (row.kind === 'create' && isWriteOnlyFor(table, canReadTable)) {
    // Accepted from a non-member: the device must not keep what it cannot read.
    await removeRecord(db, table, row.recordId);
    const receipt: ReferralReceipt = {
      id: row.recordId,
      receipt: true,
      status: 'received',
      date: londonDate(Date.now()),
    };
    await db.recordTable(table).put({ ...receipt, _sync: { state: 'sent' } });
    return;
  } else if (table === 'viewEvents') {
    return;
  }
  const stillRejected = await outboxHasRejected(db, row.recordId);
  await updateSyncMeta(db, table, row.recordId, (sync) => {
    if (stillRejected) sync.error = stillRejected;
    else delete sync.error;
    const reported = conflictsOf(row, result);
    if (reported.length) {
      const fields = new Set(reported.map((c) => c.field));
      sync.conflicts = [...(sync.conflicts ?? []).filter((c) => !fields.has(c.field)), ...reported];
    }
    return sync;
  });
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
  await releasePendingFields(db, table, row.recordId, row.mutationId);
  await updateSyncMeta(db, table, row.recordId, (sync) => ({ ...sync, error }));
  if (row.kind === 'create') await markDependentsParentRejected(db, row.recordId);
}

const RECORD_TABLES = Object.keys(TABLES);

/** Applies one push response; a row without a result stays queued for the next round. */
export async function applyPushResults(
  db: CsuDb,
  rows: readonly OutboxRow[],
  results: readonly MutationResult[],
  canReadTable: CanReadTable,
): Promise<PushSummary> {
  const byId = new Map(results.map((r) => [r.mutationId, r]));
  const summary: PushSummary = { sent: rows.length, applied: 0, conflicts: 0, rejected: 0 };
  await db.transaction('rw', [...RECORD_TABLES, 'outbox'], async () => {
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

export interface PushOptions {
  maxCount?: number;
  maxBytes?: number;
  /** Aborts a request that hangs (the connection dropped silently). */
  timeoutMs?: number;
  onInFlight?: (inFlight: boolean) => void;
}

export const PUSH_TIMEOUT_MS = 60_000;

/** Pushes batches until nothing sendable is left. Throws ApiError on a transport or HTTP failure. */
export async function pushAll(
  db: CsuDb,
  transport: Transport,
  canReadTable: CanReadTable,
  opts: PushOptions = {},
): Promise<PushSummary> {
  const total: PushSummary = { sent: 0, applied: 0, conflicts: 0, rejected: 0 };
  let maxCount = opts.maxCount ?? MAX_MUTATIONS_PER_PUSH;
  const clientId = await getClientId(db);
  // Bounded: every answered batch shrinks the queue; a batch the server leaves unanswered ends the round.
  for (;;) {
    const rows = await orderBatch(
      db,
      await pendingBatch(db, maxCount, opts.maxBytes ?? MAX_REQUEST_BYTES),
    );
    if (rows.length === 0) return total;
    const ids = rows.map((r) => r.mutationId);
    await db.transaction('rw', [...RECORD_TABLES, 'outbox'], async () => {
      await recordAttempt(db, ids);
      await markWaiting(db, rows);
    });
    let response: PushResponse;
    opts.onInFlight?.(true);
    try {
      response = await apiJson<PushResponse>(transport, '/api/sync/push', {
        method: 'POST',
        body: { clientId, schemaVersion: SCHEMA_VERSION, mutations: rows.map(toWireMutation) },
        signal: AbortSignal.timeout(opts.timeoutMs ?? PUSH_TIMEOUT_MS),
      });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'too_large') {
        if (rows.length > 1) {
          maxCount = Math.max(1, Math.floor(rows.length / 2));
        } else {
          // One change too big to send at all: refuse it here so it never blocks the queue.
          const tooBig: MutationError = {
            code: 'too_large',
            message: 'This change is too large to send. Shorten the text and try again.',
          };
          await applyPushResults(
            db,
            rows,
            [{ mutationId: ids[0] as string, status: 'rejected', error: tooBig }],
            canReadTable,
          );
          total.rejected += 1;
        }
        continue;
      }
      // No usable answer: the rows stay exactly as they are, to be sent again unchanged.
      throw err;
    } finally {
      opts.onInFlight?.(false);
    }
    const summary = await applyPushResults(db, rows, response.results ?? [], canReadTable);
    total.sent += summary.sent;
    total.applied += summary.applied;
    total.conflicts += summary.conflicts;
    total.rejected += summary.rejected;
    const answered = new Set((response.results ?? []).map((r) => r.mutationId));
    if (!rows.some((r) => answered.has(r.mutationId))) {
      throw new ApiError(
        'server_unavailable',
        'The server did not answer for the changes sent.',
        200,
      );
    }
  }
}
