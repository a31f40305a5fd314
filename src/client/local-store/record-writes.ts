/**
 * Low-level record writes used by every repository, always inside a
 * withWrite transaction: put the row (with derived index fields and `_sync`)
 * and queue its mutation in the outbox, together.
 */
import { uuidv7 } from '../../domain/ids';
import { SERVER_MANAGED_FIELDS } from '../../domain/schemas/common';
import { TABLES, type TableName } from '../../domain/tables';
import { blindIndexOf, type CsuDb } from './db';
import { toWirePayload, withDerived } from './derived';
import { RuleViolation } from './errors';
import { queueMutation } from './outbox';
import { withLocalWrite } from './sync-state';

type Row = Record<string, unknown> & { id: string };

/**
 * Who and when for the optimistic local copy. The server overwrites both
 * (sync.md rule 8); they exist so screens and rules (e.g. "resident updated
 * after the last action") work before the first sync.
 */
export function localStamp(db: CsuDb, now: Date = new Date()): { by: string; at: string } {
  return { by: db.userId, at: now.toISOString() };
}

export async function createRecord(
  db: CsuDb,
  table: TableName,
  record: Row,
  dependsOn: readonly string[],
): Promise<void> {
  const row = withDerived(table, record, blindIndexOf(db));
  const payload = toWirePayload(table, row);
  // Every field the create sends is pending under it until the server answers.
  const mutationId = uuidv7();
  const _sync = withLocalWrite(undefined, mutationId, Object.keys(payload));
  // Both requests go out at once (no read between them): IndexedDB runs them in order, and if
  // either fails the caller's transaction aborts, so the pair is still all or nothing.
  await Promise.all([
    db.recordTable(table).add({ ...row, _sync }),
    queueMutation(db, {
      kind: 'create',
      table,
      recordId: record.id,
      payload,
      dependsOn: [...dependsOn],
      created: { mutationId },
    }),
  ]);
}

/** Refuses a patch that names a workflow field, an id or a field the server owns. */
export function assertPatchable(table: TableName, fields: readonly string[]): void {
  const spec = TABLES[table] as {
    workflowFields: readonly string[];
    fixedFields?: readonly string[];
  };
  const workflow: readonly string[] = [...spec.workflowFields, ...(spec.fixedFields ?? [])];
  const serverOwned: readonly string[] =
    (TABLES[table] as { serverFields?: readonly string[] }).serverFields ?? [];
  const managed: readonly string[] = ['id', ...SERVER_MANAGED_FIELDS, '_sync'];
  const bad = fields.find(
    (f) => workflow.includes(f) || serverOwned.includes(f) || managed.includes(f),
  );
  if (bad !== undefined) {
    throw new RuleViolation(
      'not_patchable',
      workflow.includes(bad)
        ? `“${bad}” changes only through its own action (for example closing or reopening), not by editing.`
        : `“${bad}” is set by the system and cannot be edited.`,
    );
  }
}

/** Fields of `changes` whose value differs from `current` (compared as JSON). */
export function changedFields(
  current: Record<string, unknown>,
  changes: Record<string, unknown>,
): string[] {
  return Object.keys(changes).filter(
    (f) => JSON.stringify(current[f]) !== JSON.stringify(changes[f]),
  );
}

/**
 * Writes `next` (already validated) as a patch of `fields` against `current`.
 * `_sync` is carried over so the outbox writer can compute bases from it.
 */
export async function patchRecord(
  db: CsuDb,
  table: TableName,
  current: Row,
  next: Row,
  fields: readonly string[],
  dependsOn: readonly string[],
): Promise<void> {
  const row = withDerived(table, { ...next, _sync: current._sync }, blindIndexOf(db));
  await db.recordTable(table).put(row);
  const wire = toWirePayload(table, row);
  const payload: Record<string, unknown> = {};
  // An optional field cleared by the user travels as null so the server clears it too.
  for (const f of fields) payload[f] = f in wire ? wire[f] : null;
  await queueMutation(db, {
    kind: 'patch',
    table,
    recordId: current.id,
    payload,
    dependsOn: [...dependsOn],
  });
}

/** Applies a command's optimistic patch and queues the command itself. */
export async function commandRecord(
  db: CsuDb,
  table: TableName,
  current: Row,
  patch: Record<string, unknown>,
  command: { name: string; args: Record<string, unknown> },
  dependsOn: readonly string[],
): Promise<void> {
  const next: Row = { ...current, ...patch };
  for (const [f, v] of Object.entries(patch)) if (v === undefined) delete next[f];
  await db.recordTable(table).put(withDerived(table, next, blindIndexOf(db)));
  await queueMutation(db, {
    kind: 'command',
    table,
    recordId: current.id,
    payload: { name: command.name, args: command.args },
    dependsOn: [...dependsOn],
    localFields: Object.keys(patch),
  });
}
