/**
 * A record's sync bookkeeping on this device (`_sync`, never sent), in one
 * place: the one rule for what its badge says, and every change to it.
 * Repositories, the outbox, server answers, pulls and review actions all go
 * through these functions, so the badge cannot disagree with the facts.
 *
 * The facts: which fields wait on which queued mutation (`pendingFields`),
 * whether the latest of them was offered to the server (`offered`), field
 * conflicts the person must settle (`conflicts`) and the server's reason for
 * refusing a change (`error`). `state` is derived from them and stored so
 * screens and the "needs review" count read it without recomputing.
 */
import { isTableName, type TableName } from '../../domain/tables';
import type { CsuDb } from './db';
import type { SyncMeta, SyncState } from './types';

export type SyncFacts = Omit<SyncMeta, 'state'>;
export type LocalConflict = NonNullable<SyncMeta['conflicts']>[number];
export type Refusal = NonNullable<SyncMeta['error']>;

function hasPending(facts: SyncFacts): boolean {
  return Object.keys(facts.pendingFields ?? {}).length > 0;
}

/**
 * The badge. What needs the person comes first: a conflict ("needs review"),
 * then a refusal ("rejected", with its reason), even while other fields of the
 * record still wait to be sent; only then whether anything is still unsent.
 */
export function badgeState(facts: SyncFacts): SyncState {
  if (facts.conflicts?.length) return 'review';
  if (facts.error) return 'rejected';
  if (hasPending(facts)) return facts.offered ? 'waiting' : 'saved';
  return 'sent';
}

/** The stored form: empty facts dropped, `offered` only while something is pending, state derived. */
function settle(facts: SyncFacts): SyncMeta {
  const meta: SyncMeta = { state: 'sent' };
  if (hasPending(facts)) meta.pendingFields = { ...facts.pendingFields };
  if (meta.pendingFields && facts.offered) meta.offered = true;
  if (facts.conflicts?.length) meta.conflicts = [...facts.conflicts];
  if (facts.error) meta.error = facts.error;
  meta.state = badgeState(meta);
  return meta;
}

/** `_sync` of a record as the server sent it, with nothing of this device's own pending. */
export function serverMeta(): SyncMeta {
  return settle({});
}

/** The record's bookkeeping recomputed by the rule (a pull kept its pending fields). */
export function settled(meta: SyncMeta | undefined): SyncMeta {
  return settle(meta ?? {});
}

/**
 * This device wrote `fields` under `mutationId`. They wait on it, the record
 * counts as not yet offered again, and writing a field is the person's answer
 * to a conflict on it ("use mine").
 */
export function withLocalWrite(
  meta: SyncMeta | undefined,
  mutationId: string,
  fields: readonly string[],
): SyncMeta {
  const pendingFields = { ...(meta?.pendingFields ?? {}) };
  for (const field of fields) pendingFields[field] = mutationId;
  const conflicts = (meta?.conflicts ?? []).filter((c) => !fields.includes(c.field));
  return settle({ ...meta, pendingFields, conflicts, offered: false });
}

/** A push carrying the record's pending changes went out ("waiting to send" until answered). */
export function withOffered(meta: SyncMeta | undefined): SyncMeta {
  return settle({ ...meta, offered: true });
}

/** The fields still waiting once the server answered for `mutationId` (a later write keeps its own). */
function release(meta: SyncMeta | undefined, mutationId: string): Record<string, string> {
  const pendingFields: Record<string, string> = {};
  for (const [field, mid] of Object.entries(meta?.pendingFields ?? {}))
    if (mid !== mutationId) pendingFields[field] = mid;
  return pendingFields;
}

/**
 * The server took `mutationId` (applied, duplicate or conflict). `conflicts`
 * are the fields it kept its own value for; `refusal` is the reason of a
 * change of this record still refused in the outbox, if any.
 */
export function withAnswer(
  meta: SyncMeta | undefined,
  mutationId: string,
  answer: { conflicts: readonly LocalConflict[]; refusal: Refusal | undefined },
): SyncMeta {
  const reported = new Set(answer.conflicts.map((c) => c.field));
  const conflicts = [
    ...(meta?.conflicts ?? []).filter((c) => !reported.has(c.field)),
    ...answer.conflicts,
  ];
  const facts: SyncFacts = { ...meta, pendingFields: release(meta, mutationId), conflicts };
  if (answer.refusal) facts.error = answer.refusal;
  else delete facts.error;
  return settle(facts);
}

/** The server refused `mutationId`: its values stay on screen with the reason. */
export function withRejection(
  meta: SyncMeta | undefined,
  mutationId: string,
  error: Refusal,
): SyncMeta {
  return settle({ ...meta, pendingFields: release(meta, mutationId), error });
}

/** A refused change was dismissed: `remaining` is the reason of one still refused, if any. */
export function withRefusalDismissed(
  meta: SyncMeta | undefined,
  remaining: Refusal | undefined,
): SyncMeta {
  const facts: SyncFacts = { ...meta };
  if (remaining) facts.error = remaining;
  else delete facts.error;
  return settle(facts);
}

/** "Keep theirs": the server's value is already stored, so only the conflict goes. */
export function withoutConflict(meta: SyncMeta | undefined, field: string): SyncMeta {
  return settle({ ...meta, conflicts: (meta?.conflicts ?? []).filter((c) => c.field !== field) });
}

/** The reason of the latest change of this record the server refused that is still listed for review. */
export async function standingRefusal(db: CsuDb, recordId: string): Promise<Refusal | undefined> {
  const rows = await db.outbox.where('recordId').equals(recordId).toArray();
  return rows.filter((r) => r.status === 'rejected' || r.status === 'out_of_scope').at(-1)?.error;
}

type SyncedRow = Record<string, unknown> & { id: string; _sync?: SyncMeta };

/** Reads a record, changes its `_sync` with `change` and writes it back once. Joins the caller's transaction. */
export async function updateRecordSync(
  db: CsuDb,
  table: TableName,
  id: string,
  change: (meta: SyncMeta | undefined) => SyncMeta,
): Promise<void> {
  const store = db.recordTable(table);
  const row = (await store.get(id)) as SyncedRow | undefined;
  if (!row) return;
  await store.update(id, { _sync: change(row._sync) });
}

/**
 * Marks records as offered when the batch about to be pushed carries every
 * pending write of theirs. Runs inside the caller's transaction.
 */
export async function markOffered(
  db: CsuDb,
  rows: readonly { table: string; recordId: string; mutationId: string }[],
): Promise<void> {
  const sent = new Set(rows.map((r) => r.mutationId));
  const seen = new Set<string>();
  for (const { table, recordId } of rows) {
    if (!isTableName(table)) continue;
    const key = `${table}/${recordId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const store = db.recordTable(table);
    const row = (await store.get(recordId)) as SyncedRow | undefined;
    const pending = Object.values(row?._sync?.pendingFields ?? {});
    if (!row || row._sync?.offered || pending.length === 0) continue;
    if (pending.some((mutationId) => !sent.has(mutationId))) continue;
    await store.update(recordId, { _sync: withOffered(row._sync) });
  }
}
