/**
 * SQLite half of the record store: `records` (current state), `changes`
 * (the pull log), `applied_mutations`, the `seq` counter row,
 * `call_ref_counters` and `disposed`. Methods run inside the transaction
 * that sqlite.ts opened; they are async only to match the interface.
 */
import type Database from 'better-sqlite3';
import type { ChangeRow, ChangeRowOp, FieldCount, RecordStore, ScopeKeys } from './types';
import {
  mutationValues,
  plainFieldName,
  plainFieldPath,
  recordParams,
  toAppliedMutation,
  toChangeRow,
  toFieldCount,
  toGroupCount,
  toRecord,
  type ChangeSqlRow,
  type MutationSqlRow,
  type RecordSqlRow,
} from './rows';

export function sqliteRecordStore(db: Database.Database): RecordStore {
  // One prepared count per field; the path is a literal so that the
  // expression index on status (migration 0002) matches the query.
  const countStatements = new Map<string, Database.Statement>();
  const countBy = (field: string) => {
    plainFieldName(field);
    let stmt = countStatements.get(field);
    if (!stmt) {
      stmt = db.prepare(`SELECT json_extract(data, '$.${field}') AS value, COUNT(*) AS count
        FROM records WHERE table_name = ? AND deleted = 0 GROUP BY 1 ORDER BY 1`);
      countStatements.set(field, stmt);
    }
    return stmt;
  };

  const groupStatements = new Map<string, Database.Statement>();
  const countByFields = (fields: readonly string[]) => {
    const key = fields.map((f) => plainFieldPath(f).join('.')).join(',');
    let stmt = groupStatements.get(key);
    if (!stmt) {
      const cols = fields.map((f, i) => `json_extract(data, '$.${f}') AS v${i}`).join(', ');
      const groups = fields.map((_, i) => i + 1).join(', ');
      stmt = db.prepare(`SELECT ${cols}, COUNT(*) AS count
        FROM records WHERE table_name = ? AND deleted = 0 GROUP BY ${groups}`);
      groupStatements.set(key, stmt);
    }
    return stmt;
  };

  const s = {
    bumpSeq: db.prepare("UPDATE counters SET value = value + 1 WHERE name = 'seq' RETURNING value"),
    readSeq: db.prepare("SELECT value FROM counters WHERE name = 'seq'"),
    getRecord: db.prepare('SELECT * FROM records WHERE table_name = ? AND id = ?'),
    putRecord: db.prepare(`INSERT INTO records
      (table_name, id, data, field_seqs, seq, deleted, scope, assignee_user, assignee_agency, parent_id)
      VALUES (@table, @id, @data, @fieldSeqs, @seq, @deleted, @scope, @assigneeUser, @assigneeAgency, @parentId)
      ON CONFLICT (table_name, id) DO UPDATE SET data = excluded.data, field_seqs = excluded.field_seqs,
        seq = excluded.seq, deleted = excluded.deleted, scope = excluded.scope,
        assignee_user = excluded.assignee_user, assignee_agency = excluded.assignee_agency,
        parent_id = excluded.parent_id`),
    dropOldChanges: db.prepare(
      "DELETE FROM changes WHERE table_name = ? AND id = ? AND op IN ('upsert', 'delete')",
    ),
    addChange: db.prepare(`INSERT INTO changes
      (seq, table_name, id, op, at, purge, old_scope, old_assignee_user, old_assignee_agency)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    children: db.prepare(
      'SELECT * FROM records WHERE table_name = ? AND parent_id = ? ORDER BY seq',
    ),
    list: db.prepare('SELECT * FROM records WHERE table_name = ? ORDER BY seq'),
    changesAfter:
      db.prepare(`SELECT c.seq AS c_seq, c.table_name AS c_table, c.id AS c_id, c.op, c.at, c.purge,
        c.old_scope, c.old_assignee_user, c.old_assignee_agency, r.*
      FROM changes c LEFT JOIN records r ON r.table_name = c.table_name AND r.id = c.id
      WHERE c.seq > ? ORDER BY c.seq LIMIT ?`),
    maxPrunable: db.prepare(
      "SELECT MAX(seq) AS m FROM changes WHERE at < ? AND (op = 'revoke' OR op = 'delete')",
    ),
    prune: db.prepare("DELETE FROM changes WHERE at < ? AND (op = 'revoke' OR op = 'delete')"),
    getMutation: db.prepare('SELECT * FROM applied_mutations WHERE mutation_id = ?'),
    putMutation: db.prepare(`INSERT INTO applied_mutations
      (mutation_id, client_id, user_id, table_name, record_id, status, seq, result, at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    nextRef: db.prepare(`INSERT INTO call_ref_counters (year, next) VALUES (?, 2)
      ON CONFLICT (year) DO UPDATE SET next = next + 1 RETURNING next - 1 AS n`),
    noteRef: db.prepare(`INSERT INTO call_ref_counters (year, next) VALUES (?, ?)
      ON CONFLICT (year) DO UPDATE SET next = MAX(next, excluded.next)`),
    isDisposed: db.prepare('SELECT 1 FROM disposed WHERE table_name = ? AND id = ?'),
    markDisposed: db.prepare(
      'INSERT OR IGNORE INTO disposed (table_name, id, at) VALUES (?, ?, ?)',
    ),
    eraseRecord: db.prepare(
      "UPDATE records SET data = '{}', field_seqs = '{}', deleted = 1, seq = ? WHERE table_name = ? AND id = ?",
    ),
  };

  const addChange = (
    seq: number,
    table: string,
    id: string,
    op: ChangeRowOp,
    at: string,
    purge: boolean,
    old: ScopeKeys | null,
  ) =>
    s.addChange.run(
      seq,
      table,
      id,
      op,
      at,
      purge ? 1 : 0,
      old?.scope ?? null,
      old?.assigneeUserId ?? null,
      old?.assigneeAgencyId ?? null,
    );

  return {
    async nextSeq() {
      return (s.bumpSeq.get() as { value: number }).value;
    },
    async currentSeq() {
      return (s.readSeq.get() as { value: number }).value;
    },
    async getRecord(table, id) {
      const row = s.getRecord.get(table, id) as RecordSqlRow | undefined;
      return row ? toRecord(row) : undefined;
    },
    async putRecord(r, at) {
      s.putRecord.run({ ...recordParams(r), deleted: r.deleted ? 1 : 0 });
      // One upsert/delete row per record: the latest state is all a pull needs.
      s.dropOldChanges.run(r.table, r.id);
      addChange(r.seq, r.table, r.id, r.deleted ? 'delete' : 'upsert', at, false, null);
    },
    async addRevoke(table, id, seq, oldKeys, at) {
      addChange(seq, table, id, 'revoke', at, false, oldKeys);
    },
    async listChildren(table, parentId) {
      return (s.children.all(table, parentId) as RecordSqlRow[]).map(toRecord);
    },
    async listRecords(table) {
      return (s.list.all(table) as RecordSqlRow[]).map(toRecord);
    },
    async countRecordsBy(table, field): Promise<FieldCount[]> {
      const rows = countBy(field).all(table) as { value: unknown; count: number }[];
      return rows.map(toFieldCount);
    },
    async countRecordsByFields(table, fields) {
      const rows = countByFields(fields).all(table) as Record<string, unknown>[];
      return rows.map((r) => toGroupCount(fields, r));
    },
    async changesAfter(seq, limit): Promise<ChangeRow[]> {
      const rows = s.changesAfter.all(seq, limit) as (ChangeSqlRow & RecordSqlRow)[];
      return rows.map(toChangeRow);
    },
    async pruneChanges(before) {
      const max = (s.maxPrunable.get(before) as { m: number | null }).m ?? 0;
      if (max > 0) s.prune.run(before);
      return max;
    },
    async getAppliedMutation(mutationId) {
      const row = s.getMutation.get(mutationId) as MutationSqlRow | undefined;
      return row ? toAppliedMutation(row) : undefined;
    },
    async putAppliedMutation(m) {
      s.putMutation.run(...mutationValues(m));
    },
    async nextCallRef(year) {
      return (s.nextRef.get(year) as { n: number }).n;
    },
    async noteCallRef(year, n) {
      s.noteRef.run(year, n + 1);
    },
    async isDisposed(table, id) {
      return s.isDisposed.get(table, id) !== undefined;
    },
    async disposeRecord(table, id, seq, at) {
      // Keep the row (so its scope keys still route the purge) but none of its values.
      s.markDisposed.run(table, id, at);
      s.eraseRecord.run(seq, table, id);
      s.dropOldChanges.run(table, id);
      addChange(seq, table, id, 'delete', at, true, null);
    },
  };
}
