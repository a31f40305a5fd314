/**
 * Wire protocol version 1 (sync.md): constants and types shared by the
 * device sync engine and the server. The zod schemas that parse these
 * shapes live in sync-schemas.ts, so that code which needs only a constant
 * (the app's first screen) does not load zod.
 */

import type { Role } from './roles';

export type { BaseRef, Mutation, PushRequest } from './sync-schemas';
export const PROTOCOL_VERSION = 1;
export const PROTOCOL_HEADER = 'X-Protocol-Version';
/** Bumped when a record schema changes shape; the server accepts this and the previous one. */
export const SCHEMA_VERSION = 1;

/** The shortest account password (server) and device unlock passphrase (client) accepted. */
export const MIN_SECRET_LENGTH = 8;

export const MAX_REQUEST_BYTES = 256 * 1024;

/** Where a visit photo's bytes live: named by their SHA-256, read through the visit that lists them. */
export function attachmentPath(sha256: string, visitId: string): string {
  return `/api/attachments/${sha256}?visit=${encodeURIComponent(visitId)}`;
}
export const MAX_MUTATION_BYTES = 64 * 1024;
/** Nesting allowed in one mutation (the envelope, payload and a record's own nesting fit well inside). */
export const MAX_MUTATION_DEPTH = 32;
export const MAX_MUTATIONS_PER_PUSH = 100;
export const PULL_DEFAULT_LIMIT = 500;
export const PULL_MAX_LIMIT = 2000;
/** Tombstones, revokes and scope changes live this long; older cursors are reset. */
export const TOMBSTONE_TTL_DAYS = 90;
/** A user-entered date more than this far after the server clock is rejected. */
export const MAX_FUTURE_SKEW_MS = 24 * 60 * 60 * 1000;

export const MUTATION_KINDS = ['create', 'patch', 'command', 'delete'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export const ERROR_CODES = [
  'invalid',
  'unknown_table',
  'unknown_kind',
  'too_large',
  'id_taken',
  'missing_base',
  'base_rejected',
  'not_patchable',
  'append_only',
  'illegal_transition',
  'call_closed',
  'resident_update_due',
  'open_actions',
  'unknown_command',
  'parent_missing',
  'parent_rejected',
  'not_found',
  'forbidden',
  'out_of_scope',
  'disposed',
  'future_date',
  'cpn_requires_cpw',
  'already_delivered',
] as const;
/** Why the server refused one mutation; every rule and runner refuses with one of these. */
export type MutationErrorCode = (typeof ERROR_CODES)[number];

export function isMutationErrorCode(code: string): code is MutationErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

export interface FieldConflict {
  field: string;
  serverValue: unknown;
  serverBy?: string;
  serverSeq: number;
}

export interface MutationError {
  code: MutationErrorCode;
  message: string;
  fields?: Record<string, string>;
}

/**
 * One mutation's answer, by status. Fields a status never carries are
 * typed `undefined` so a reader may test them on any result.
 *  - applied: `seq` (absent for write-only view events), the record if readable
 *  - conflict: the field-level conflicts, with the record, when it is readable
 *  - duplicate: what the first application stored (its error, if it was refused)
 *  - rejected: the coded error, never a record
 */
export type MutationResult =
  | {
      mutationId: string;
      status: 'applied';
      seq?: number;
      record?: Record<string, unknown>;
      conflicts?: undefined;
      error?: undefined;
    }
  | {
      mutationId: string;
      status: 'conflict';
      seq?: number;
      record?: Record<string, unknown>;
      conflicts?: FieldConflict[];
      error?: undefined;
    }
  | {
      mutationId: string;
      status: 'duplicate';
      seq?: number;
      record?: Record<string, unknown>;
      conflicts?: FieldConflict[];
      error?: MutationError;
    }
  | {
      mutationId: string;
      status: 'rejected';
      seq?: undefined;
      record?: undefined;
      conflicts?: undefined;
      error: MutationError;
    };

export interface PushResponse {
  results: MutationResult[];
}

export type ChangeOp = 'upsert' | 'delete' | 'revoke';
export interface Change {
  seq: number;
  table: string;
  id: string;
  op: ChangeOp;
  record?: Record<string, unknown>;
  purge?: boolean;
}

export interface PullResponse {
  changes: Change[];
  cursor: string;
  hasMore: boolean;
  reset?: boolean;
}

/** HTTP-level error codes (`{ code, message }` bodies). */
export const HTTP_ERROR_CODES = [
  'bad_request',
  'too_large',
  'session_expired',
  'device_revoked',
  'client_user_mismatch',
  'upgrade_required',
  'server_too_old',
  'rate_limited',
  'bad_credentials',
  'forbidden',
  'not_found',
  'protocol_header_missing',
  'bad_origin',
  'username_taken',
  'unsupported_type',
  'hash_mismatch',
  'not_synced',
  'not_utf8',
  'import_invalid',
] as const;
export type HttpErrorCode = (typeof HTTP_ERROR_CODES)[number];

export interface SessionUser {
  id: string;
  name: string;
  username: string;
  agencyId: string;
  roles: Role[];
  wards: string[];
}

export interface LoginResponse {
  user: SessionUser;
  deviceId: string;
}

export interface HealthResponse {
  ok: true;
  version: string;
  protocolVersion: number;
}

/** A user account as the admin API returns it (never the password hash). */
export interface AdminUser {
  id: string;
  username: string;
  name: string;
  agencyId: string;
  roles: Role[];
  wards: string[];
  active: boolean;
}

/** A signed-in device as the admin API returns it. */
export interface AdminDevice {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  lastSeenAt: string;
  revokedAt: string | null;
}

/** One audit row as the admin API returns it: who, which device, what, which ids; never values. */
export interface AuditEntryView {
  id: string;
  at: string;
  userId: string | null;
  deviceId: string | null;
  action: string;
  table: string | null;
  ids: string[];
}

/** A page of the audit log, newest first; `nextCursor` fetches the next (older) page. */
export interface AuditPage {
  entries: AuditEntryView[];
  nextCursor: string | null;
}
