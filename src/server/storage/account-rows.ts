/**
 * Account row shapes shared by the SQLite and PostgreSQL stores (users,
 * devices, sessions, sign-in counters, client bindings); record, change,
 * mutation and audit rows are in rows.ts.
 */
import type { Role } from '../../domain/roles';
import { flag } from './rows';
import type { ClientBinding, DeviceRow, LoginCounter, SessionRow, UserRow } from './types';

export interface UserSqlRow {
  id: string;
  username: string;
  name: string;
  agency_id: string;
  roles: string;
  wards: string;
  active: number | boolean;
  password_hash: string;
  scope_epoch: number;
  created_at: string;
  updated_at: string;
}

export const toUser = (r: UserSqlRow): UserRow => ({
  id: r.id,
  username: r.username,
  name: r.name,
  agencyId: r.agency_id,
  roles: JSON.parse(r.roles) as Role[],
  wards: JSON.parse(r.wards) as string[],
  active: flag(r.active),
  passwordHash: r.password_hash,
  scopeEpoch: r.scope_epoch,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** A user's columns as both stores write them; `active` is a boolean here. */
export const userParams = (u: UserRow) => ({
  id: u.id,
  username: u.username,
  name: u.name,
  agencyId: u.agencyId,
  roles: JSON.stringify(u.roles),
  wards: JSON.stringify(u.wards),
  active: u.active,
  passwordHash: u.passwordHash,
  scopeEpoch: u.scopeEpoch,
  createdAt: u.createdAt,
  updatedAt: u.updatedAt,
});

export interface DeviceSqlRow {
  id: string;
  user_id: string;
  name: string;
  created_at: string;
  last_seen_at: string;
  revoked_at: string | null;
}

export const toDevice = (r: DeviceSqlRow): DeviceRow => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  revokedAt: r.revoked_at,
});

export interface SessionSqlRow {
  token_hash: string;
  user_id: string;
  device_id: string;
  created_at: string;
  last_seen_at: string;
  scope_epoch: number;
}

export const toSession = (row: SessionSqlRow): SessionRow => ({
  tokenHash: row.token_hash,
  userId: row.user_id,
  deviceId: row.device_id,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  scopeEpoch: row.scope_epoch,
});

export interface LoginCounterSqlRow {
  key: string;
  failures: number;
  window_start: string;
  last_failure_at: string;
}

export const toLoginCounter = (row: LoginCounterSqlRow): LoginCounter => ({
  key: row.key,
  failures: row.failures,
  windowStart: row.window_start,
  lastFailureAt: row.last_failure_at,
});

export interface BindingSqlRow {
  client_id: string;
  user_id: string;
  device_id: string;
  bound_at: string;
}

export const toBinding = (row: BindingSqlRow): ClientBinding => ({
  clientId: row.client_id,
  userId: row.user_id,
  deviceId: row.device_id,
  boundAt: row.bound_at,
});
