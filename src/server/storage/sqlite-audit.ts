/**
 * SQLite half of the audit store: `audit` (append-only; triggers refuse
 * UPDATE and DELETE) holding who did what to which ids, never field values,
 * and `meta`, a small key/value table for server facts.
 */
import type Database from 'better-sqlite3';
import type { AuditRow, AuditStore } from './types';

interface AuditSqlRow {
  id: string;
  at: string;
  user_id: string | null;
  device_id: string | null;
  action: string;
  table_name: string | null;
  ids: string;
}

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
    async listAudit(filter = {}) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (filter.userId) {
        where.push('user_id = ?');
        params.push(filter.userId);
      }
      if (filter.action) {
        where.push('action = ?');
        params.push(filter.action);
      }
      const sql = `SELECT * FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at, id LIMIT ?`;
      params.push(filter.limit ?? 1000);
      return (db.prepare(sql).all(...params) as AuditSqlRow[]).map((row) => ({
        id: row.id,
        at: row.at,
        userId: row.user_id,
        deviceId: row.device_id,
        action: row.action,
        table: row.table_name,
        ids: JSON.parse(row.ids) as string[],
      }));
    },
    async getMeta(key) {
      return (s.getMeta.get(key) as { value: string } | undefined)?.value;
    },
    async setMeta(key, value) {
      s.setMeta.run(key, value);
    },
  };
}
