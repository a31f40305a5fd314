/**
 * Row shapes shared by the SQLite and PostgreSQL stores: both keep the same
 * columns (JSON as text, ISO times as text), so one set of mappers turns a
 * database row into the interface's objects. Flags are 0/1 in SQLite and
 * booleans in PostgreSQL; `flag` reads either.
 */
import type { Scope, TableName } from '../../domain/tables';
import type { AppliedMutation, AuditRow, ChangeRow, ChangeRowOp, StoredRecord } from './types';

/** A field name safe to splice into SQL as a JSON path (countRecordsBy needs a literal path). */
export function plainFieldName(field: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]{0,63}$/.test(field))
    throw new Error('countRecordsBy: not a plain field name');
  return field;
}

/**
 * A dotted path of plain field names (`location.wardCode`) for grouped
 * report counts, which read fields nested in a record; each segment is
 * checked as plainFieldName does. Returns the segments.
 */
export function plainFieldPath(path: string): string[] {
  const segments = path.split('.');
  if (segments.length > 3) throw new Error('countRecordsByFields: path too deep');
  segments.forEach(plainFieldName);
  return segments;
}

/** Counts as reports get them: the value as a string, null when the field is absent. */
export const toFieldCount = (r: { value: unknown; count: number }) => ({
  value: r.value === null || r.value === undefined ? null : String(r.value),
  count: r.count,
});

/** A grouped count row (`v0`, `v1`, … and `count`) keyed back by field name. */
export function toGroupCount(fields: readonly string[], row: Record<string, unknown>) {
  const values: Record<string, string | null> = {};
  fields.forEach((f, i) => {
    const v = row[`v${i}`];
    values[f] = v === null || v === undefined ? null : String(v);
  });
  return { values, count: Number(row.count) };
}

export const flag = (v: number | boolean): boolean => v === true || v === 1;

export interface RecordSqlRow {
  table_name: string;
  id: string;
  data: string;
  field_seqs: string;
  seq: number;
  deleted: number | boolean;
  scope: string;
  assignee_user: string | null;
  assignee_agency: string | null;
  parent_id: string | null;
}

export interface ChangeSqlRow {
  c_seq: number;
  c_table: string;
  c_id: string;
  op: string;
  at: string;
  purge: number | boolean;
  old_scope: string | null;
  old_assignee_user: string | null;
  old_assignee_agency: string | null;
}

const keysOf = (row: RecordSqlRow) => ({
  scope: row.scope as Scope,
  assigneeUserId: row.assignee_user,
  assigneeAgencyId: row.assignee_agency,
});

/**
 * A pull page reads hundreds of records and usually only forwards them: the
 * JSON columns are parsed only if a caller looks at `data` or `fieldSeqs`,
 * and `wireJson` splices the stored text into the shape pull sends.
 */
export function toLazyRecord(row: RecordSqlRow): StoredRecord {
  let data: Record<string, unknown> | undefined;
  let fieldSeqs: Record<string, number> | undefined;
  const body = row.data.trim().slice(1, -1).trim();
  return {
    table: row.table_name as TableName,
    id: row.id,
    get data() {
      data ??= JSON.parse(row.data) as Record<string, unknown>;
      return data;
    },
    get fieldSeqs() {
      fieldSeqs ??= JSON.parse(row.field_seqs) as Record<string, number>;
      return fieldSeqs;
    },
    seq: row.seq,
    deleted: flag(row.deleted),
    keys: keysOf(row),
    parentId: row.parent_id,
    wireJson: `{${body}${body ? ',' : ''}"fieldSeqs":${row.field_seqs}}`,
  };
}

export function toRecord(row: RecordSqlRow): StoredRecord {
  return {
    table: row.table_name as TableName,
    id: row.id,
    data: JSON.parse(row.data) as Record<string, unknown>,
    fieldSeqs: JSON.parse(row.field_seqs) as Record<string, number>,
    seq: row.seq,
    deleted: flag(row.deleted),
    keys: keysOf(row),
    parentId: row.parent_id,
  };
}

/** The columns of a record as both stores write them, in this order. */
export function recordParams(r: StoredRecord) {
  return {
    table: r.table,
    id: r.id,
    data: JSON.stringify(r.data),
    fieldSeqs: JSON.stringify(r.fieldSeqs),
    seq: r.seq,
    deleted: r.deleted,
    scope: r.keys.scope,
    assigneeUser: r.keys.assigneeUserId,
    assigneeAgency: r.keys.assigneeAgencyId,
    parentId: r.parentId,
  };
}

/** A pull-log row joined (LEFT JOIN) with its record's columns. */
export function toChangeRow(row: ChangeSqlRow & Partial<RecordSqlRow>): ChangeRow {
  return {
    seq: row.c_seq,
    table: row.c_table as TableName,
    id: row.c_id,
    op: row.op as ChangeRowOp,
    at: row.at,
    purge: flag(row.purge),
    oldKeys: row.old_scope
      ? {
          scope: row.old_scope as Scope,
          assigneeUserId: row.old_assignee_user,
          assigneeAgencyId: row.old_assignee_agency,
        }
      : null,
    record: row.table_name ? toLazyRecord(row as RecordSqlRow) : null,
  };
}

export interface MutationSqlRow {
  mutation_id: string;
  client_id: string;
  user_id: string;
  table_name: string;
  record_id: string;
  status: string;
  seq: number | null;
  result: string;
  at: string;
}

/** A mutation result's columns, in the order both stores' INSERTs list them. */
export const mutationValues = (m: AppliedMutation) => [
  m.mutationId,
  m.clientId,
  m.userId,
  m.table,
  m.recordId,
  m.status,
  m.seq,
  JSON.stringify(m.result),
  m.at,
];

export const toAppliedMutation = (row: MutationSqlRow): AppliedMutation => ({
  mutationId: row.mutation_id,
  clientId: row.client_id,
  userId: row.user_id,
  table: row.table_name,
  recordId: row.record_id,
  status: row.status as AppliedMutation['status'],
  seq: row.seq,
  result: JSON.parse(row.result) as AppliedMutation['result'],
  at: row.at,
});

export interface AuditSqlRow {
  id: string;
  at: string;
  user_id: string | null;
  device_id: string | null;
  action: string;
  table_name: string | null;
  ids: string;
}

export const toAudit = (row: AuditSqlRow): AuditRow => ({
  id: row.id,
  at: row.at,
  userId: row.user_id,
  deviceId: row.device_id,
  action: row.action,
  table: row.table_name,
  ids: JSON.parse(row.ids) as string[],
});
