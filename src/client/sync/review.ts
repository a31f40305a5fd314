/**
 * The "needs review" list (sync.md "Conflicts, as the user sees them"):
 * field conflicts stored on records by push results, and queued changes the
 * server refused. Resolving writes go through local-store primitives in one
 * rw transaction with their outbox row: "keep theirs" clears the conflict
 * (the server's value is already stored); "use mine" queues a new patch
 * whose bases are the fresh server seqs. An `archived` conflict is a delete
 * racing an edit; choosing the side that deletes queues a delete.
 */
import { isTableName, TABLE_NAMES, type TableName } from '../../domain/tables';
import { blindIndexOf, type CsuDb } from '../local-store/db';
import { withDerived } from '../local-store/derived';
import { queueMutation } from '../local-store/outbox';
import {
  standingRefusal,
  updateRecordSync,
  withoutConflict,
  withRefusalDismissed,
} from '../local-store/sync-state';
import type { OutboxRow, SyncMeta } from '../local-store/types';
import { withWrite } from '../local-store/write';
import { unlockedDb } from './unlocked-db';

type Row = Record<string, unknown> & { id: string; _sync?: SyncMeta };

export interface ConflictItem {
  table: TableName;
  recordId: string;
  recordLabel: string;
  field: string;
  theirs: unknown;
  mine: unknown;
  /** Name from the user directory, or undefined when not known on this device. */
  changedBy?: string;
  changedAt?: string;
}

export interface RefusedItem {
  mutationId: string;
  /** Changes held on this device until this one is put right or discarded. */
  heldCount: number;
  table: string;
  recordId: string;
  recordLabel?: string;
  kind: OutboxRow['kind'];
  status: OutboxRow['status'];
  code: string;
  message: string;
  at: string;
}

export interface ReviewList {
  conflicts: ConflictItem[];
  refused: RefusedItem[];
}

const LABEL_FIELDS = [
  'reference',
  'summary',
  'title',
  'name',
  'subjectName',
  'address',
  'text',
  'date',
];

/** A short, recognisable name for a record (the call's reference, a person's name). */
export function recordLabel(row: Record<string, unknown> | undefined): string | undefined {
  if (!row) return undefined;
  for (const field of LABEL_FIELDS) {
    const value = row[field];
    if (typeof value === 'string' && value.trim())
      return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  }
  return undefined;
}

async function getLocalRecord(db: CsuDb, table: TableName, id: string): Promise<Row | undefined> {
  return (await db.recordTable(table).get(id)) as Row | undefined;
}

function requireDb(): CsuDb {
  const db = unlockedDb();
  if (!db) throw new Error('Unlock the app first.');
  return db;
}

async function userName(db: CsuDb, id: string | undefined): Promise<string | undefined> {
  if (!id) return undefined;
  const user = (await db.recordTable('users').get(id)) as { name?: unknown } | undefined;
  return typeof user?.name === 'string' ? user.name : undefined;
}

/** Everything the review screen lists; read inside a live query so it updates as sync runs. */
export async function listReviewItems(db: CsuDb | null = unlockedDb()): Promise<ReviewList> {
  if (!db) return { conflicts: [], refused: [] };
  const conflicts: ConflictItem[] = [];
  for (const table of TABLE_NAMES) {
    const rows = (await db
      .recordTable(table)
      .filter((r) => ((r as Row)._sync?.conflicts?.length ?? 0) > 0)
      .toArray()) as Row[];
    for (const row of rows) {
      for (const c of row._sync?.conflicts ?? []) {
        conflicts.push({
          table,
          recordId: row.id,
          recordLabel: recordLabel(row) ?? 'Untitled record',
          field: c.field,
          theirs: c.serverValue,
          mine: c.mine,
          changedBy: await userName(db, c.serverBy),
          changedAt: typeof row.updatedAt === 'string' ? row.updatedAt : undefined,
        });
      }
    }
  }
  const held = await db.outbox.where('status').anyOf(['rejected', 'out_of_scope']).toArray();
  const refused: RefusedItem[] = [];
  for (const row of held) {
    const record = isTableName(row.table)
      ? await getLocalRecord(db, row.table, row.recordId)
      : undefined;
    const heldCount =
      row.kind === 'create'
        ? await db.outbox
            .where('status')
            .equals('parent_rejected')
            .filter((r) => r.recordId === row.recordId || r.dependsOn.includes(row.recordId))
            .count()
        : 0;
    refused.push({
      mutationId: row.mutationId,
      heldCount,
      table: row.table,
      recordId: row.recordId,
      recordLabel: recordLabel(record),
      kind: row.kind,
      status: row.status,
      code: row.error?.code ?? 'rejected',
      message: row.error?.message ?? 'The server refused this change.',
      at: row.clientTime,
    });
  }
  return { conflicts, refused };
}

function latestSeq(row: Row): number {
  const seqs = Object.values((row.fieldSeqs ?? {}) as Record<string, number>);
  return seqs.length ? Math.max(...seqs) : 0;
}

async function queueDelete(db: CsuDb, table: TableName, row: Row): Promise<void> {
  await queueMutation(db, {
    kind: 'delete',
    table,
    recordId: row.id,
    payload: {},
    baseSeq: latestSeq(row),
    dependsOn: [],
  });
}

async function resolve(
  table: TableName,
  recordId: string,
  field: string,
  side: 'theirs' | 'mine',
): Promise<void> {
  const db = requireDb();
  await withWrite(db, [table], async () => {
    const row = await getLocalRecord(db, table, recordId);
    const conflict = row?._sync?.conflicts?.find((c) => c.field === field);
    if (!row || !conflict) return;
    const chosen = side === 'theirs' ? conflict.serverValue : conflict.mine;
    if (field === 'archived') {
      await updateRecordSync(db, table, recordId, (sync) => withoutConflict(sync, field));
      if (chosen === true && row.archived !== true) await queueDelete(db, table, row);
      return;
    }
    if (side === 'theirs') {
      await updateRecordSync(db, table, recordId, (sync) => withoutConflict(sync, field));
      return;
    }
    const next: Row = { ...row };
    if (chosen === undefined) delete next[field];
    else next[field] = chosen;
    await db.recordTable(table).put(withDerived(table, next, blindIndexOf(db)));
    // queueMutation computes fresh bases from the stored server seqs and clears the conflict.
    await queueMutation(db, {
      kind: 'patch',
      table,
      recordId,
      payload: { [field]: chosen ?? null },
      dependsOn: [],
    });
  });
}

/** Keep the server's value: the conflict goes, nothing is sent (unless theirs is a delete). */
export function keepTheirs(table: TableName, recordId: string, field: string): Promise<void> {
  return resolve(table, recordId, field, 'theirs');
}

/** Use this device's value: a new patch (or delete) with fresh bases. */
export function keepMine(table: TableName, recordId: string, field: string): Promise<void> {
  return resolve(table, recordId, field, 'mine');
}

/** Changes held because `recordId` was refused, and the records they would have created. */
async function discardHeldBy(db: CsuDb, table: TableName, recordId: string): Promise<void> {
  const queue: { table: string; id: string }[] = [{ table, id: recordId }];
  const seen = new Set<string>([recordId]);
  while (queue.length) {
    const next = queue.shift() as { table: string; id: string };
    if (isTableName(next.table)) await db.recordTable(next.table).delete(next.id);
    // A visit that never reached the server takes its photos with it: they can never be sent.
    if (next.table === 'visits') await db.photos.where('visitId').equals(next.id).delete();
    const held = await db.outbox
      .where('status')
      .equals('parent_rejected')
      .filter((r) => r.recordId === next.id || r.dependsOn.includes(next.id))
      .toArray();
    await db.outbox.bulkDelete(held.map((r) => r.localSeq as number));
    for (const r of held)
      if (r.kind === 'create' && !seen.has(r.recordId)) {
        seen.add(r.recordId);
        queue.push({ table: r.table, id: r.recordId });
      }
  }
}

/**
 * Dismisses a refused change. A refused create never reached the server, so
 * its local copy and the changes held because of it go too; nothing else is
 * touched.
 */
export async function discardRefused(mutationId: string): Promise<void> {
  const db = requireDb();
  const row = await db.outbox.where('mutationId').equals(mutationId).first();
  if (!row) return;
  const table = isTableName(row.table) ? row.table : null;
  await withWrite(db, table ? [...TABLE_NAMES, 'photos'] : [], async () => {
    await db.outbox.where('mutationId').equals(mutationId).delete();
    if (table && row.kind === 'create') {
      await discardHeldBy(db, table, row.recordId);
      return;
    }
    if (table) {
      const stillRefused = await standingRefusal(db, row.recordId);
      await updateRecordSync(db, table, row.recordId, (sync) =>
        withRefusalDismissed(sync, stillRefused),
      );
    }
  });
}
