/**
 * PostgreSQL half of the record store, the same tables as SQLite's
 * (sqlite-records.ts). `nextSeq` bumps the counter row, whose lock pg.ts
 * already holds for the whole transaction, so seqs are handed out in
 * commit order.
 */
import type { RecordStore, ScopeKeys } from './types';
import type { PgQuery } from './pg-query';
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

const RECORD_COLUMNS =
  'table_name, id, data, field_seqs, seq, deleted, scope, assignee_user, assignee_agency, parent_id';

export function pgRecordStore(q: PgQuery): RecordStore {
  const dropOldChanges = (table: string, id: string) =>
    q(
      'changes_drop_old',
      "DELETE FROM changes WHERE table_name = $1 AND id = $2 AND op IN ('upsert', 'delete')",
      [table, id],
    );
  const addChange = (
    seq: number,
    table: string,
    id: string,
    op: 'upsert' | 'delete' | 'revoke',
    at: string,
    purge: boolean,
    old: ScopeKeys | null,
  ) =>
    q(
      'changes_add',
      `INSERT INTO changes
        (seq, table_name, id, op, at, purge, old_scope, old_assignee_user, old_assignee_agency)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        seq,
        table,
        id,
        op,
        at,
        purge,
        old?.scope ?? null,
        old?.assigneeUserId ?? null,
        old?.assigneeAgencyId ?? null,
      ],
    );

  return {
    async nextSeq() {
      const [row] = await q<{ value: number }>(
        'seq_next',
        "UPDATE counters SET value = value + 1 WHERE name = 'seq' RETURNING value",
      );
      return row!.value;
    },
    async currentSeq() {
      const [row] = await q<{ value: number }>(
        'seq_current',
        "SELECT value FROM counters WHERE name = 'seq'",
      );
      return row!.value;
    },
    async getRecord(table, id) {
      const [row] = await q<RecordSqlRow>(
        'record_get',
        `SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = $1 AND id = $2`,
        [table, id],
      );
      return row ? toRecord(row) : undefined;
    },
    async putRecord(r, at) {
      const p = recordParams(r);
      await q(
        'record_put',
        `INSERT INTO records (${RECORD_COLUMNS})
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
          ON CONFLICT (table_name, id) DO UPDATE SET data = excluded.data,
            field_seqs = excluded.field_seqs, seq = excluded.seq, deleted = excluded.deleted,
            scope = excluded.scope, assignee_user = excluded.assignee_user,
            assignee_agency = excluded.assignee_agency, parent_id = excluded.parent_id`,
        [
          p.table,
          p.id,
          p.data,
          p.fieldSeqs,
          p.seq,
          p.deleted,
          p.scope,
          p.assigneeUser,
          p.assigneeAgency,
          p.parentId,
        ],
      );
      // One upsert/delete row per record: the latest state is all a pull needs.
      await dropOldChanges(r.table, r.id);
      await addChange(r.seq, r.table, r.id, r.deleted ? 'delete' : 'upsert', at, false, null);
    },
    async addRevoke(table, id, seq, oldKeys, at) {
      await addChange(seq, table, id, 'revoke', at, false, oldKeys);
    },
    async listChildren(table, parentId) {
      const rows = await q<RecordSqlRow>(
        'record_children',
        `SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = $1 AND parent_id = $2 ORDER BY seq`,
        [table, parentId],
      );
      return rows.map(toRecord);
    },
    async listRecords(table) {
      const rows = await q<RecordSqlRow>(
        'record_list',
        `SELECT ${RECORD_COLUMNS} FROM records WHERE table_name = $1 ORDER BY seq`,
        [table],
      );
      return rows.map(toRecord);
    },
    async countRecordsBy(table, field) {
      // A literal path (not a parameter), so the expression index on status (migration 0002) serves it.
      const name = plainFieldName(field);
      const rows = await q<{ value: string | null; count: number }>(
        `records_count_${name}`,
        `SELECT (data::jsonb) ->> '${name}' AS value, COUNT(*) AS count FROM records
          WHERE table_name = $1 AND NOT deleted GROUP BY 1 ORDER BY 1 NULLS FIRST`,
        [table],
      );
      return rows.map(toFieldCount);
    },
    async countRecordsByFields(table, fields) {
      const cols = fields
        .map((f, i) => `(data::jsonb) #>> '{${plainFieldPath(f).join(',')}}' AS v${i}`)
        .join(', ');
      const groups = fields.map((_, i) => i + 1).join(', ');
      // Unnamed: the SQL's shape follows the field list.
      const rows = await q<Record<string, unknown>>(
        '',
        `SELECT ${cols}, COUNT(*) AS count FROM records
          WHERE table_name = $1 AND NOT deleted GROUP BY ${groups}`,
        [table],
      );
      return rows.map((r) => toGroupCount(fields, r));
    },
    async changesAfter(seq, limit) {
      const rows = await q<ChangeSqlRow & RecordSqlRow>(
        'changes_after',
        `SELECT c.seq AS c_seq, c.table_name AS c_table, c.id AS c_id, c.op, c.at, c.purge,
            c.old_scope, c.old_assignee_user, c.old_assignee_agency,
            r.table_name, r.id, r.data, r.field_seqs, r.seq, r.deleted, r.scope,
            r.assignee_user, r.assignee_agency, r.parent_id
          FROM changes c LEFT JOIN records r ON r.table_name = c.table_name AND r.id = c.id
          WHERE c.seq > $1 ORDER BY c.seq LIMIT $2`,
        [seq, limit],
      );
      return rows.map(toChangeRow);
    },
    async pruneChanges(before) {
      const [row] = await q<{ m: number | null }>(
        'changes_prune',
        `WITH gone AS (DELETE FROM changes WHERE at < $1 AND op IN ('revoke', 'delete') RETURNING seq)
          SELECT MAX(seq) AS m FROM gone`,
        [before],
      );
      return row?.m ?? 0;
    },
    async getAppliedMutation(mutationId) {
      const [row] = await q<MutationSqlRow>(
        'mutation_get',
        'SELECT * FROM applied_mutations WHERE mutation_id = $1',
        [mutationId],
      );
      return row ? toAppliedMutation(row) : undefined;
    },
    async putAppliedMutation(m) {
      await q(
        'mutation_put',
        `INSERT INTO applied_mutations
          (mutation_id, client_id, user_id, table_name, record_id, status, seq, result, at)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        mutationValues(m),
      );
    },
    async nextCallRef(year) {
      const [row] = await q<{ n: number }>(
        'callref_next',
        `INSERT INTO call_ref_counters (year, next) VALUES ($1, 2)
          ON CONFLICT (year) DO UPDATE SET next = call_ref_counters.next + 1
          RETURNING next - 1 AS n`,
        [year],
      );
      return row!.n;
    },
    async noteCallRef(year, n) {
      await q(
        'callref_note',
        `INSERT INTO call_ref_counters (year, next) VALUES ($1, $2)
          ON CONFLICT (year) DO UPDATE SET next = GREATEST(call_ref_counters.next, excluded.next)`,
        [year, n + 1],
      );
    },
    async isDisposed(table, id) {
      const rows = await q(
        'disposed_get',
        'SELECT 1 FROM disposed WHERE table_name = $1 AND id = $2',
        [table, id],
      );
      return rows.length > 0;
    },
    async disposeRecord(table, id, seq, at) {
      // Keep the row (so its scope keys still route the purge) but none of its values.
      await q(
        'disposed_add',
        'INSERT INTO disposed (table_name, id, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [table, id, at],
      );
      await q(
        'record_erase',
        "UPDATE records SET data = '{}', field_seqs = '{}', deleted = true, seq = $1 WHERE table_name = $2 AND id = $3",
        [seq, table, id],
      );
      await dropOldChanges(table, id);
      await addChange(seq, table, id, 'delete', at, true, null);
    },
  };
}
