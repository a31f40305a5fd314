/**
 * PostgreSQL half of the audit store: `audit` (append-only; a trigger
 * refuses UPDATE and DELETE) and the `meta` key/value table, as in
 * sqlite-audit.ts.
 */
import type { AuditFilter, AuditStore } from './types';
import type { PgQuery } from './pg-query';
import { toAudit, type AuditSqlRow } from './rows';

export function pgAuditStore(q: PgQuery): AuditStore {
  return {
    async appendAudit(r) {
      await q(
        'audit_append',
        'INSERT INTO audit (id, at, user_id, device_id, action, table_name, ids) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [r.id, r.at, r.userId, r.deviceId, r.action, r.table, JSON.stringify(r.ids)],
      );
    },
    async listAudit(filter: AuditFilter = {}) {
      const where: string[] = [];
      const values: unknown[] = [];
      const add = (clause: (...n: string[]) => string, ...vs: unknown[]) => {
        const first = values.length + 1;
        values.push(...vs);
        where.push(clause(...vs.map((_v, i) => `$${first + i}`)));
      };
      if (filter.userId) add((p) => `user_id = ${p}`, filter.userId);
      if (filter.action) add((p) => `action = ${p}`, filter.action);
      if (filter.table) add((p) => `table_name = ${p}`, filter.table);
      // ids is a JSON array stored as text; `?` asks whether it holds the id as an element.
      if (filter.recordId) add((p) => `(ids::jsonb) ? ${p}`, filter.recordId);
      if (filter.from) add((p) => `at >= ${p}`, filter.from);
      if (filter.to) add((p) => `at < ${p}`, filter.to);
      const dir = filter.newestFirst ? 'DESC' : 'ASC';
      if (filter.after)
        add(
          (a, i) => `(at, id) ${filter.newestFirst ? '<' : '>'} (${a}, ${i})`,
          filter.after.at,
          filter.after.id,
        );
      values.push(filter.limit ?? 1000);
      // Its shape depends on the filter, so it is not a named (prepared) statement.
      const sql = `SELECT * FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY at ${dir}, id ${dir} LIMIT $${values.length}`;
      const rows = await q<AuditSqlRow>('', sql, values);
      return rows.map(toAudit);
    },
    async getMeta(key) {
      const [row] = await q<{ value: string }>(
        'meta_get',
        'SELECT value FROM meta WHERE key = $1',
        [key],
      );
      return row?.value;
    },
    async setMeta(key, value) {
      await q(
        'meta_set',
        'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, value],
      );
    },
  };
}
