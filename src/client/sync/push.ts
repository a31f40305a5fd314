/**
 * One push round (sync.md `POST /api/sync/push`): the outbox in localSeq
 * order, one request in flight, packed under 100 mutations and 256 KB, and
 * each result applied to the outbox and the record in one transaction
 * (local-store/push-answers.ts: this file only moves the bytes).
 * An outbox row is deleted only after the server answered for it (rule 3);
 * a thrown ApiError leaves every row as it was, to be sent again unchanged.
 */
import {
  MAX_MUTATIONS_PER_PUSH,
  MAX_REQUEST_BYTES,
  SCHEMA_VERSION,
  type MutationError,
  type PushResponse,
} from '../../domain/sync-protocol';
import { TABLE_NAMES } from '../../domain/tables';
import { getClientId, type CsuDb } from '../local-store/db';
import { pendingBatch, recordAttempt, toWireMutation } from '../local-store/outbox-send';
import { applyPushResults, type CanReadTable, type PushSummary } from '../local-store/push-answers';
import { markOffered } from '../local-store/sync-state';
import { orderBatch } from './push-order';
import { ApiError, apiJson, type Transport } from './transport';

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
    await db.transaction('rw', [...TABLE_NAMES, 'outbox'], async () => {
      await recordAttempt(db, ids);
      await markOffered(db, rows);
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
