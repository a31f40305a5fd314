/**
 * PostgreSQL half of the account store: the same tables as SQLite's
 * (sqlite-accounts.ts): users, sessions (token hashes only), devices and
 * client bindings. Sessions live in the database, so any server process
 * answers for a session another one opened.
 */
import type { AccountStore, UserRow } from './types';
import type { PgQuery } from './pg-query';
import {
  toBinding,
  toDevice,
  toLoginCounter,
  toSession,
  toUser,
  userParams,
  type BindingSqlRow,
  type DeviceSqlRow,
  type LoginCounterSqlRow,
  type SessionSqlRow,
  type UserSqlRow,
} from './account-rows';

const userValues = (u: UserRow) => {
  const p = userParams(u);
  return [
    p.id,
    p.username,
    p.name,
    p.agencyId,
    p.roles,
    p.wards,
    p.active,
    p.passwordHash,
    p.scopeEpoch,
    p.createdAt,
    p.updatedAt,
  ];
};

export function pgAccountStore(q: PgQuery): AccountStore {
  return {
    async getUser(id) {
      const [row] = await q<UserSqlRow>('user_get', 'SELECT * FROM users WHERE id = $1', [id]);
      return row ? toUser(row) : undefined;
    },
    async getUserByUsername(username) {
      const [row] = await q<UserSqlRow>('user_by_name', 'SELECT * FROM users WHERE username = $1', [
        username,
      ]);
      return row ? toUser(row) : undefined;
    },
    async listUsers() {
      const rows = await q<UserSqlRow>('user_list', 'SELECT * FROM users ORDER BY username');
      return rows.map(toUser);
    },
    async insertUser(user) {
      await q(
        'user_insert',
        `INSERT INTO users (id, username, name, agency_id, roles, wards, active, password_hash,
          scope_epoch, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        userValues(user),
      );
    },
    async updateUser(user) {
      // created_at never changes.
      const values = userValues(user);
      values.splice(9, 1);
      await q(
        'user_update',
        `UPDATE users SET username = $2, name = $3, agency_id = $4, roles = $5, wards = $6,
          active = $7, password_hash = $8, scope_epoch = $9, updated_at = $10 WHERE id = $1`,
        values,
      );
    },
    async insertSession(x) {
      await q(
        'session_insert',
        `INSERT INTO sessions (token_hash, user_id, device_id, created_at, last_seen_at, scope_epoch)
          VALUES ($1, $2, $3, $4, $5, $6)`,
        [x.tokenHash, x.userId, x.deviceId, x.createdAt, x.lastSeenAt, x.scopeEpoch],
      );
    },
    async getSession(tokenHash) {
      const [row] = await q<SessionSqlRow>(
        'session_get',
        'SELECT * FROM sessions WHERE token_hash = $1',
        [tokenHash],
      );
      return row ? toSession(row) : undefined;
    },
    async touchSession(tokenHash, at) {
      await q('session_touch', 'UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2', [
        at,
        tokenHash,
      ]);
    },
    async deleteSession(tokenHash) {
      await q('session_delete', 'DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },
    async deleteSessionsForUser(userId) {
      await q('session_delete_user', 'DELETE FROM sessions WHERE user_id = $1', [userId]);
    },
    async insertDevice(d) {
      await q(
        'device_insert',
        'INSERT INTO devices (id, user_id, name, created_at, last_seen_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [d.id, d.userId, d.name, d.createdAt, d.lastSeenAt, d.revokedAt],
      );
    },
    async getDevice(id) {
      const [row] = await q<DeviceSqlRow>('device_get', 'SELECT * FROM devices WHERE id = $1', [
        id,
      ]);
      return row ? toDevice(row) : undefined;
    },
    async listDevices() {
      const rows = await q<DeviceSqlRow>(
        'device_list',
        'SELECT * FROM devices ORDER BY last_seen_at DESC',
      );
      return rows.map(toDevice);
    },
    async updateDevice(d) {
      await q(
        'device_update',
        'UPDATE devices SET name = $1, last_seen_at = $2, revoked_at = $3 WHERE id = $4',
        [d.name, d.lastSeenAt, d.revokedAt, d.id],
      );
    },
    async getClientBinding(clientId) {
      const [row] = await q<BindingSqlRow>(
        'binding_get',
        'SELECT * FROM client_bindings WHERE client_id = $1',
        [clientId],
      );
      return row ? toBinding(row) : undefined;
    },
    async getLoginCounter(key) {
      const [row] = await q<LoginCounterSqlRow>(
        'login_counter_get',
        'SELECT * FROM login_counters WHERE key = $1',
        [key],
      );
      return row ? toLoginCounter(row) : undefined;
    },
    async putLoginCounter(c) {
      await q(
        'login_counter_put',
        `INSERT INTO login_counters (key, failures, window_start, last_failure_at)
          VALUES ($1, $2, $3, $4)
          ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
            window_start = excluded.window_start, last_failure_at = excluded.last_failure_at`,
        [c.key, c.failures, c.windowStart, c.lastFailureAt],
      );
    },
    async deleteLoginCounter(key) {
      await q('login_counter_delete', 'DELETE FROM login_counters WHERE key = $1', [key]);
    },
    async pruneLoginCounters(before) {
      const rows = await q(
        'login_counter_prune',
        'DELETE FROM login_counters WHERE last_failure_at < $1 RETURNING key',
        [before],
      );
      return rows.length;
    },
    async bindClient(b) {
      await q(
        'binding_insert',
        'INSERT INTO client_bindings (client_id, user_id, device_id, bound_at) VALUES ($1, $2, $3, $4)',
        [b.clientId, b.userId, b.deviceId, b.boundAt],
      );
    },
  };
}
