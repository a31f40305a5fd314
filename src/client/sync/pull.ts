/**
 * Pull (sync.md `GET /api/sync/pull`): pages of changes after the stored
 * cursor, each page applied in ONE Dexie transaction together with the new
 * cursor, so a tab killed mid-sync resumes from the last page it stored and
 * never applies a page twice or half. Upserts never overwrite a field with
 * a pending local change (applyServerRecord keeps them).
 */
import { PULL_DEFAULT_LIMIT, type Change, type PullResponse } from '../../domain/sync-protocol';
import { isTableName, type TableName } from '../../domain/tables';
import { getMeta, setMeta, type CsuDb } from '../local-store/db';
import { applyServerRecords, removeRecord } from '../local-store/server-apply';
import { apiJson, type Transport } from './transport';

export const PULL_TIMEOUT_MS = 60_000;

export interface PullOptions {
  limit?: number;
  timeoutMs?: number;
  /** Called after each stored page with the number of changes received so far in this pull. */
  onPage?: (received: number, hasMore: boolean) => void;
}

export type PullOutcome = { reset: false; received: number } | { reset: true };

export async function readCursor(db: CsuDb): Promise<string | undefined> {
  return getMeta<string>(db, 'cursor');
}

type ServerRow = Record<string, unknown> & { id: string };

function isServerRow(record: Record<string, unknown> | undefined): record is ServerRow {
  if (record === undefined) return false;
  if (typeof record.id !== 'string' || !record.id)
    throw new Error('A record from the server has no id.');
  return true;
}

/**
 * Applies a page's changes in order; consecutive upserts of one table go
 * in bulk. Removals (delete, revoke) keep their place in the order.
 */
async function applyChanges(db: CsuDb, changes: readonly Change[]): Promise<void> {
  let runTable: TableName | null = null;
  let runRows: ServerRow[] = [];
  const flush = async () => {
    if (runTable) await applyServerRecords(db, runTable, runRows);
    runTable = null;
    runRows = [];
  };
  for (const change of changes) {
    // A table this app version does not know (the server is newer): skip it, the cursor still moves.
    if (!isTableName(change.table)) continue;
    if (change.op === 'upsert') {
      if (!isServerRow(change.record)) continue;
      if (runTable !== change.table) await flush();
      runTable = change.table;
      runRows.push({ ...change.record, id: change.record.id });
      continue;
    }
    await flush();
    // Disposed of under retention (purge): a queued replay could never be accepted (`disposed`).
    await removeRecord(db, change.table, change.id, {
      dropOutbox: change.op === 'delete' && change.purge === true,
    });
  }
  await flush();
}

/**
 * The stores a page writes: the tables it names, the cursor's `meta`, and
 * the outbox only when a purge drops queued mutations. A transaction over
 * all ~30 stores would lock (and make every live query re-check) stores the
 * page never touches.
 */
export function pageStores(changes: readonly Change[]): string[] {
  const stores = new Set<string>(['meta']);
  for (const c of changes) {
    if (!isTableName(c.table)) continue;
    stores.add(c.table);
    if (c.op === 'delete' && c.purge === true) stores.add('outbox');
  }
  return [...stores];
}

/** Stores one page and its cursor atomically. */
export async function applyPullPage(db: CsuDb, page: PullResponse): Promise<void> {
  await db.transaction('rw', pageStores(page.changes), async () => {
    await applyChanges(db, page.changes);
    await setMeta(db, 'cursor', page.cursor);
  });
}

function pullPath(cursor: string | undefined, limit: number): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (cursor) params.set('cursor', cursor);
  return `/api/sync/pull?${params.toString()}`;
}

/**
 * Pulls until the server has no more; stops at a `reset` without applying
 * anything. Pipelined: the next page is requested (with the cursor the
 * current page carries) while the current one is written, so the server and
 * the network work while IndexedDB does. Pages are still applied strictly
 * in order, each with its cursor; when a write or a request fails, the
 * request in flight is abandoned and nothing after the last stored page is
 * applied, so the next round resumes from that page's cursor.
 */
export async function pullAll(
  db: CsuDb,
  transport: Transport,
  opts: PullOptions = {},
): Promise<PullOutcome> {
  const limit = opts.limit ?? PULL_DEFAULT_LIMIT;
  const stop = new AbortController();
  const fetchPage = (cursor: string | undefined) => {
    const timeout = AbortSignal.timeout(opts.timeoutMs ?? PULL_TIMEOUT_MS);
    const request = apiJson<PullResponse>(transport, pullPath(cursor, limit), {
      signal: AbortSignal.any([timeout, stop.signal]),
    });
    // Awaited later (or never, after a failure): no unhandled rejection meanwhile.
    request.catch(() => {});
    return request;
  };
  let received = 0;
  let next = fetchPage(await readCursor(db));
  try {
    for (;;) {
      const page = await next;
      if (page.reset) return { reset: true };
      if (page.hasMore) next = fetchPage(page.cursor);
      await applyPullPage(db, page);
      received += page.changes.length;
      opts.onPage?.(received, page.hasMore);
      if (!page.hasMore) return { reset: false, received };
    }
  } finally {
    stop.abort();
  }
}
