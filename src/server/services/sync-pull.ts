/**
 * GET /api/sync/pull: the changes after a cursor that this user may read,
 * in seq order. The cursor is opaque to the device (base64url JSON of the
 * last seq scanned and the user's scope epoch). A cursor from an older
 * epoch (roles, agency or wards changed) or older than the tombstone
 * horizon answers `reset`, and the device starts again from nothing.
 */
import {
  PULL_DEFAULT_LIMIT,
  PULL_MAX_LIMIT,
  TOMBSTONE_TTL_DAYS,
  type Change,
  type PullResponse,
} from '../../domain/sync-protocol';
import { MS_PER_DAY } from '../../domain/dates';
import type { AuthContext, ServerDeps } from '../deps';
import { badRequest } from '../errors';
import type { ChangeRow, StorageTx, StoredRecord } from '../storage/types';
import { writeAudit } from './audit';
import { childTablesOf, keysReadable, wireRecord } from './records';

/**
 * A record already serialised by storage travels as text (see pullBody in
 * routes/sync.ts), saving a parse and a stringify per record on every page.
 */
export class RawJson {
  constructor(readonly text: string) {}
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

function wireRecordOrText(record: StoredRecord): Record<string, unknown> {
  return (record.wireJson !== undefined
    ? new RawJson(record.wireJson)
    : wireRecord(record)) as unknown as Record<string, unknown>;
}

interface Cursor {
  s: number;
  e: number;
}

/** Rows looked at per request at most, so one pull by a user who may read little stays bounded. */
const MAX_SCAN_ROWS = 20_000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
const HORIZON_KEY = 'tombstone_horizon_seq';
const PRUNED_AT_KEY = 'tombstones_pruned_at';

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(text: string | undefined): Cursor | null {
  if (text === undefined || text === '') return null;
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (Number.isSafeInteger(c.s) && Number.isSafeInteger(c.e) && (c.s as number) >= 0)
      return { s: c.s as number, e: c.e as number };
  } catch (_err) {
    // Falls through to the 400 below.
  }
  throw badRequest('The sync cursor is not readable. Sync again from the start.');
}

export function parseLimit(text: string | undefined): number {
  if (text === undefined || text === '') return PULL_DEFAULT_LIMIT;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw badRequest('limit must be a whole number from 1.');
  return Math.min(n, PULL_MAX_LIMIT);
}

/** Drops tombstones and revokes older than the TTL, at most hourly; returns the horizon seq. */
async function tombstoneHorizon(tx: StorageTx, now: Date): Promise<number> {
  const prunedAt = await tx.getMeta(PRUNED_AT_KEY);
  let horizon = Number((await tx.getMeta(HORIZON_KEY)) ?? '0');
  if (!prunedAt || now.getTime() - Date.parse(prunedAt) >= PRUNE_EVERY_MS) {
    const dropped = await tx.pruneChanges(
      new Date(now.getTime() - TOMBSTONE_TTL_DAYS * MS_PER_DAY).toISOString(),
    );
    if (dropped > horizon) {
      horizon = dropped;
      await tx.setMeta(HORIZON_KEY, String(horizon));
    }
    await tx.setMeta(PRUNED_AT_KEY, now.toISOString());
  }
  return horizon;
}

async function changesFor(tx: StorageTx, auth: AuthContext, row: ChangeRow): Promise<Change[]> {
  const { actor } = auth;
  const record = row.record;
  if (!record) return [];
  if (row.op === 'upsert')
    return keysReadable(actor, record.keys)
      ? [
          {
            seq: row.seq,
            table: row.table,
            id: row.id,
            op: 'upsert',
            record: wireRecordOrText(record),
          },
        ]
      : [];
  if (row.op === 'delete')
    return keysReadable(actor, record.keys)
      ? [
          {
            seq: row.seq,
            table: row.table,
            id: row.id,
            op: 'delete',
            ...(row.purge ? { purge: true } : {}),
          },
        ]
      : [];
  // A revoke matters to users who could read the record before and cannot now: the record and its children go.
  if (!row.oldKeys || !keysReadable(actor, row.oldKeys) || keysReadable(actor, record.keys))
    return [];
  const out: Change[] = [{ seq: row.seq, table: row.table, id: row.id, op: 'revoke' }];
  for (const childTable of childTablesOf(row.table))
    for (const child of await tx.listChildren(childTable, row.id))
      out.push({ seq: row.seq, table: childTable, id: child.id, op: 'revoke' });
  return out;
}

export async function pull(
  deps: ServerDeps,
  auth: AuthContext,
  cursorText: string | undefined,
  limit: number,
): Promise<PullResponse> {
  const cursor = decodeCursor(cursorText);
  const now = deps.clock.now();
  return deps.storage.transaction(
    async (tx) => {
      const user = await tx.getUser(auth.user.id);
      const epoch = user?.scopeEpoch ?? auth.user.scopeEpoch;
      const horizon = await tombstoneHorizon(tx, now);
      if (cursor && (cursor.e !== epoch || (cursor.s > 0 && cursor.s < horizon)))
        return {
          changes: [],
          cursor: encodeCursor({ s: 0, e: epoch }),
          hasMore: true,
          reset: true,
        };

      const changes: Change[] = [];
      let position = cursor?.s ?? 0;
      let scanned = 0;
      let full = false;
      let reachedEnd = false;
      while (!full && !reachedEnd && scanned < MAX_SCAN_ROWS) {
        const want = Math.min(Math.max(limit * 2, 100), MAX_SCAN_ROWS - scanned);
        const batch = await tx.changesAfter(position, want);
        let used = 0;
        for (const row of batch) {
          const out = await changesFor(tx, auth, row);
          // Never split one row's changes across pages: the cursor moves past whole rows.
          if (changes.length > 0 && changes.length + out.length > limit) {
            full = true;
            break;
          }
          changes.push(...out);
          position = row.seq;
          scanned += 1;
          used += 1;
          if (changes.length >= limit) {
            full = true;
            break;
          }
        }
        if (batch.length < want && used === batch.length) reachedEnd = true;
      }
      const hasMore = !reachedEnd;

      const idsByTable = new Map<string, string[]>();
      for (const c of changes) idsByTable.set(c.table, [...(idsByTable.get(c.table) ?? []), c.id]);
      for (const [table, ids] of idsByTable)
        await writeAudit(tx, now, {
          userId: auth.user.id,
          deviceId: auth.deviceId,
          action: 'sync.pull',
          table,
          ids,
        });

      return { changes, cursor: encodeCursor({ s: position, e: epoch }), hasMore };
      // Concurrent: a pull reads a committed prefix of the seq order and appends audit rows;
      // two pruning at once delete the same old rows and agree on the horizon.
    },
    { concurrent: true },
  );
}
