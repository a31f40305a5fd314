/**
 * SQLite half of the audit store: `audit` (append-only; triggers refuse
 * UPDATE and DELETE) holding who did what to which ids, never field values,
 * and `meta`, a small key/value table for server facts.
 */
import type Database from 'better-sqlite3';
import type { AuditFilter, AuditRow, AuditStore } from './types';
import { toAudit, type AuditSqlRow } from './rows';

export function sqliteAuditStore(db: Database.Database): AuditStore {
  const s = {
    append: db.prepare(
      'INSERT INTO audit (id, at, user_id, device_id, action, table_name, ids) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    getMeta: db.prepare('SELECT value FROM meta WHERE key = ?'),
    setMeta: db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
  };

  return {
    async appendAudit(r: AuditRow) {
      s.append.run(r.id, r.at, r.userId, r.deviceId, r.action, r.table, JSON.stringify(r.ids));
    },
    async listAudit(filter: AuditFilter = {}) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      const add = (clause: string, ...values: string[]) => {
        where.push(clause);
        params.push(...values);
      };
      if (filter.userId) add('user_id = ?', filter.userId);
      if (filter.action) add('action = ?', filter.action);
      if (filter.table) add('table_name = ?', filter.table);
      if (filter.recordId)
        add('EXISTS (SELECT 1 FROM json_each(audit.ids) WHERE value = ?)', filter.recordId);
      if (filter.from) add('at >= ?', filter.from);
      if (filter.to) add('at < ?', filter.to);
      const dir = filter.newestFirst ? 'DESC' : 'ASC';
      if (filter.after)
        add(`(at, id) ${filter.newestFirst ? '<' : '>'} (?, ?)`, filter.after.at, filter.after.id);
      const sql = `SELECT * FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY at ${dir}, id ${dir} LIMIT ?`;
      params.push(filter.limit ?? 1000);
      return (db.prepare(sql).all(...params) as AuditSqlRow[]).map(toAudit);
    },
    async getMeta(key) {
      return (s.getMeta.get(key) as { value: string } | undefined)?.value;
    },
    async setMeta(key, value) {
      s.setMeta.run(key, value);
    },
  };
}
