/**
 * SQLite half of the account store: `users` (scrypt hashes only),
 * `sessions` (SHA-256 of the session token, never the token), `devices`
 * `client_bindings` (which user a device database's clientId belongs to)
 * and `login_counters` (failed sign-ins per account and per address).
 */
import type Database from 'better-sqlite3';
import type { AccountStore, LoginCounter, SessionRow, UserRow } from './types';
import {
  toBinding,
  toDevice,
  toSession,
  toLoginCounter,
  toUser,
  userParams,
  type BindingSqlRow,
  type DeviceSqlRow,
  type LoginCounterSqlRow,
  type SessionSqlRow,
  type UserSqlRow,
} from './account-rows';

const sqliteUserParams = (u: UserRow) => ({ ...userParams(u), active: u.active ? 1 : 0 });

export function sqliteAccountStore(db: Database.Database): AccountStore {
  const s = {
    getUser: db.prepare('SELECT * FROM users WHERE id = ?'),
    getUserByName: db.prepare('SELECT * FROM users WHERE username = ?'),
    listUsers: db.prepare('SELECT * FROM users ORDER BY username'),
    insertUser: db.prepare(`INSERT INTO users
      (id, username, name, agency_id, roles, wards, active, password_hash, scope_epoch, created_at, updated_at)
      VALUES (@id, @username, @name, @agencyId, @roles, @wards, @active, @passwordHash, @scopeEpoch, @createdAt, @updatedAt)`),
    updateUser:
      db.prepare(`UPDATE users SET username = @username, name = @name, agency_id = @agencyId,
      roles = @roles, wards = @wards, active = @active, password_hash = @passwordHash,
      scope_epoch = @scopeEpoch, updated_at = @updatedAt WHERE id = @id`),
    insertSession: db.prepare(
      'INSERT INTO sessions (token_hash, user_id, device_id, created_at, last_seen_at, scope_epoch) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    getSession: db.prepare('SELECT * FROM sessions WHERE token_hash = ?'),
    touchSession: db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
    deleteUserSessions: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
    insertDevice: db.prepare(
      'INSERT INTO devices (id, user_id, name, created_at, last_seen_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    getDevice: db.prepare('SELECT * FROM devices WHERE id = ?'),
    listDevices: db.prepare('SELECT * FROM devices ORDER BY last_seen_at DESC'),
    updateDevice: db.prepare(
      'UPDATE devices SET name = ?, last_seen_at = ?, revoked_at = ? WHERE id = ?',
    ),
    getBinding: db.prepare('SELECT * FROM client_bindings WHERE client_id = ?'),
    bind: db.prepare(
      'INSERT INTO client_bindings (client_id, user_id, device_id, bound_at) VALUES (?, ?, ?, ?)',
    ),
    getCounter: db.prepare('SELECT * FROM login_counters WHERE key = ?'),
    putCounter:
      db.prepare(`INSERT INTO login_counters (key, failures, window_start, last_failure_at)
      VALUES (@key, @failures, @windowStart, @lastFailureAt)
      ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
        window_start = excluded.window_start, last_failure_at = excluded.last_failure_at`),
    deleteCounter: db.prepare('DELETE FROM login_counters WHERE key = ?'),
    pruneCounters: db.prepare('DELETE FROM login_counters WHERE last_failure_at < ?'),
  };

  return {
    async getUser(id) {
      const row = s.getUser.get(id) as UserSqlRow | undefined;
      return row ? toUser(row) : undefined;
    },
    async getUserByUsername(username) {
      const row = s.getUserByName.get(username) as UserSqlRow | undefined;
      return row ? toUser(row) : undefined;
    },
    async listUsers() {
      return (s.listUsers.all() as UserSqlRow[]).map(toUser);
    },
    async insertUser(user) {
      s.insertUser.run(sqliteUserParams(user));
    },
    async updateUser(user) {
      s.updateUser.run(sqliteUserParams(user));
    },
    async insertSession(x: SessionRow) {
      s.insertSession.run(
        x.tokenHash,
        x.userId,
        x.deviceId,
        x.createdAt,
        x.lastSeenAt,
        x.scopeEpoch,
      );
    },
    async getSession(tokenHash) {
      const row = s.getSession.get(tokenHash) as SessionSqlRow | undefined;
      return row ? toSession(row) : undefined;
    },
    async touchSession(tokenHash, at) {
      s.touchSession.run(at, tokenHash);
    },
    async deleteSession(tokenHash) {
      s.deleteSession.run(tokenHash);
    },
    async deleteSessionsForUser(userId) {
      s.deleteUserSessions.run(userId);
    },
    async insertDevice(d) {
      s.insertDevice.run(d.id, d.userId, d.name, d.createdAt, d.lastSeenAt, d.revokedAt);
    },
    async getDevice(id) {
      const row = s.getDevice.get(id) as DeviceSqlRow | undefined;
      return row ? toDevice(row) : undefined;
    },
    async listDevices() {
      return (s.listDevices.all() as DeviceSqlRow[]).map(toDevice);
    },
    async updateDevice(d) {
      s.updateDevice.run(d.name, d.lastSeenAt, d.revokedAt, d.id);
    },
    async getClientBinding(clientId) {
      const row = s.getBinding.get(clientId) as BindingSqlRow | undefined;
      return row ? toBinding(row) : undefined;
    },
    async bindClient(b) {
      s.bind.run(b.clientId, b.userId, b.deviceId, b.boundAt);
    },
    async getLoginCounter(key): Promise<LoginCounter | undefined> {
      const row = s.getCounter.get(key) as LoginCounterSqlRow | undefined;
      return row ? toLoginCounter(row) : undefined;
    },
    async putLoginCounter(counter) {
      s.putCounter.run(counter);
    },
    async deleteLoginCounter(key) {
      s.deleteCounter.run(key);
    },
    async pruneLoginCounters(before) {
      return s.pruneCounters.run(before).changes;
    },
  };
}
