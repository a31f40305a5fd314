/**
 * The storage interface the server's services use. It is shaped so that a
 * PostgreSQL implementation can follow the SQLite one: every method is async
 * and every read or write happens inside `transaction(fn)`, which commits
 * when `fn` resolves and rolls back when it throws. Never call
 * `transaction` from inside another transaction (the SQLite implementation
 * serialises transactions and would wait for itself), and never await slow
 * non-database work (password hashing) inside one.
 *
 * What is stored where:
 *  - records: the current state of every synced record (data JSON, per-field
 *    seqs, last seq, deleted flag, scope keys that decide who may read it)
 *  - changes: the pull log: one upsert/delete row per record (the latest)
 *    plus revoke rows for scope changes, each with a seq
 *  - applied_mutations: one row per mutationId seen, with its result (status,
 *    seq, error code, conflicting field names; never payload values)
 *  - counters: the seq counter row and per-year call reference counters
 *  - users, sessions (SHA-256 of the token only), devices, client_bindings
 *  - login_counters: sign-in failure counts per account and per address, so
 *    that the slowing of guessed passwords survives a restart
 *  - audit: append-only (user, device, action, table, ids; never values)
 *  - disposed: ids disposed of under retention, never accepted again
 *  - meta: small key/value facts (tombstone horizon, last prune time)
 *  - attachments: photo bytes named by their SHA-256 (content-addressed:
 *    the same bytes are stored once, and the first copy is never replaced)
 */
import type { Role } from '../../domain/roles';
import type { AuditEntryView } from '../../domain/sync-protocol';
import type { Scope, TableName } from '../../domain/tables';

/** What decides who may read a record; children carry their parent's keys. */
export interface ScopeKeys {
  scope: Scope;
  assigneeUserId: string | null;
  assigneeAgencyId: string | null;
}

export interface StoredRecord {
  table: TableName;
  id: string;
  data: Record<string, unknown>;
  fieldSeqs: Record<string, number>;
  /** Seq of the last change to this record. */
  seq: number;
  deleted: boolean;
  keys: ScopeKeys;
  parentId: string | null;
  /**
   * The record as pull sends it (data plus fieldSeqs) as JSON text, when the
   * storage can build it without parsing (pull pages are mostly this).
   */
  wireJson?: string;
}

export type ChangeRowOp = 'upsert' | 'delete' | 'revoke';

/** A pull-log row joined with the record's current state. */
export interface ChangeRow {
  seq: number;
  table: TableName;
  id: string;
  op: ChangeRowOp;
  at: string;
  purge: boolean;
  /** For revoke rows: the scope keys the record had before it moved. */
  oldKeys: ScopeKeys | null;
  record: StoredRecord | null;
}

export type AppliedStatus = 'applied' | 'conflict' | 'rejected';

/** The stored result of one mutation: status and seq, never payload values. */
export interface AppliedMutation {
  mutationId: string;
  clientId: string;
  userId: string;
  table: string;
  recordId: string;
  status: AppliedStatus;
  seq: number | null;
  result: {
    error?: { code: string; message: string };
    conflictFields?: string[];
  };
  at: string;
}

export interface UserRow {
  id: string;
  username: string;
  name: string;
  agencyId: string;
  roles: Role[];
  wards: string[];
  active: boolean;
  passwordHash: string;
  /** Bumped when roles, agency or wards change: older pull cursors are reset. */
  scopeEpoch: number;
  createdAt: string;
  updatedAt: string;
}

export interface SessionRow {
  tokenHash: string;
  userId: string;
  deviceId: string;
  /** When the user signed in; a rotated token keeps it, so the absolute lifetime holds. */
  createdAt: string;
  lastSeenAt: string;
  /** The user's scopeEpoch when this token was issued: a role change rotates the token. */
  scopeEpoch: number;
}

/** Failed sign-ins counted under one key (`account:<username>` or `address:<ip>`). */
export interface LoginCounter {
  key: string;
  failures: number;
  /** Start of the counting window (per-address limits count failures inside it). */
  windowStart: string;
  lastFailureAt: string;
}

export interface DeviceRow {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  lastSeenAt: string;
  revokedAt: string | null;
}

export interface ClientBinding {
  clientId: string;
  userId: string;
  deviceId: string;
  boundAt: string;
}

/** One `value` of a record field and how many live (not deleted) records hold it. */
export interface FieldCount {
  value: string | null;
  count: number;
}

/** One combination of field values and how many live records hold it. */
export interface GroupCount {
  values: Record<string, string | null>;
  count: number;
}

/** Where an audit page starts: after this row, in the page's order. */
export interface AuditCursor {
  at: string;
  id: string;
}

export interface AuditFilter {
  userId?: string;
  action?: string;
  table?: string;
  /** Rows whose ids include this record id. */
  recordId?: string;
  /** ISO instants; `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
  after?: AuditCursor;
  /** Default 1000. */
  limit?: number;
  /** Newest first (the admin screen) rather than oldest first. */
  newestFirst?: boolean;
}

/** An audit row is stored exactly as the admin API returns it (sync-protocol.ts). */
export type AuditRow = AuditEntryView;

export interface RecordStore {
  /** Takes the next seq from the counter row (inside this transaction). */
  nextSeq(): Promise<number>;
  currentSeq(): Promise<number>;
  getRecord(table: TableName, id: string): Promise<StoredRecord | undefined>;
  /** Upserts the record and makes its change row the latest for it. */
  putRecord(record: StoredRecord, at: string): Promise<void>;
  /** Records that a record left `oldKeys` (revoked for users who matched only those). */
  addRevoke(
    table: TableName,
    id: string,
    seq: number,
    oldKeys: ScopeKeys,
    at: string,
  ): Promise<void>;
  listChildren(table: TableName, parentId: string): Promise<StoredRecord[]>;
  listRecords(table: TableName): Promise<StoredRecord[]>;
  /**
   * Live (not deleted) records of `table` counted by the string value of a
   * top-level data field (null when absent), for reports: the database
   * counts, nothing is parsed in JS. `field` must be a plain identifier.
   */
  countRecordsBy(table: TableName, field: string): Promise<FieldCount[]>;
  /**
   * The same, grouped by several top-level fields at once (a report that
   * needs a status and a date together). Plain identifiers only, or a dotted
   * path of them into a nested object (`location.wardCode`). A boolean reads
   * as "1"/"0" on SQLite and "true"/"false" on PostgreSQL, an array as its
   * JSON text.
   */
  countRecordsByFields(table: TableName, fields: readonly string[]): Promise<GroupCount[]>;
  changesAfter(seq: number, limit: number): Promise<ChangeRow[]>;
  /** Drops delete/revoke rows written before `before`; returns the highest seq dropped (0 if none). */
  pruneChanges(before: string): Promise<number>;
  getAppliedMutation(mutationId: string): Promise<AppliedMutation | undefined>;
  putAppliedMutation(m: AppliedMutation): Promise<void>;
  /** Takes the next call reference number for a London year. */
  nextCallRef(year: number): Promise<number>;
  /** Makes the year's counter continue above an imported reference number. */
  noteCallRef(year: number, n: number): Promise<void>;
  isDisposed(table: TableName, id: string): Promise<boolean>;
  /** Erases a record's values, remembers its id and logs a purge with `seq`. */
  disposeRecord(table: TableName, id: string, seq: number, at: string): Promise<void>;
}

export interface AccountStore {
  getUser(id: string): Promise<UserRow | undefined>;
  getUserByUsername(username: string): Promise<UserRow | undefined>;
  listUsers(): Promise<UserRow[]>;
  insertUser(user: UserRow): Promise<void>;
  updateUser(user: UserRow): Promise<void>;
  insertSession(session: SessionRow): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRow | undefined>;
  touchSession(tokenHash: string, at: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessionsForUser(userId: string): Promise<void>;
  insertDevice(device: DeviceRow): Promise<void>;
  getDevice(id: string): Promise<DeviceRow | undefined>;
  listDevices(): Promise<DeviceRow[]>;
  updateDevice(device: DeviceRow): Promise<void>;
  getClientBinding(clientId: string): Promise<ClientBinding | undefined>;
  bindClient(binding: ClientBinding): Promise<void>;
  getLoginCounter(key: string): Promise<LoginCounter | undefined>;
  putLoginCounter(counter: LoginCounter): Promise<void>;
  deleteLoginCounter(key: string): Promise<void>;
  /** Forgets counters whose last failure is before `before`; returns how many. */
  pruneLoginCounters(before: string): Promise<number>;
}

export interface AuditStore {
  appendAudit(row: AuditRow): Promise<void>;
  /** Audit rows matching every filter given, ordered by (at, id). */
  listAudit(filter?: AuditFilter): Promise<AuditRow[]>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
}

/** A stored attachment's facts; `data` is read only when the bytes are served. */
export interface AttachmentMeta {
  sha256: string;
  contentType: string;
  bytes: number;
  createdAt: string;
  createdBy: string;
}

export interface AttachmentStore {
  /**
   * Stores bytes under their hash (the caller has checked the hash). A hash
   * already stored keeps its first bytes and facts: returns false then.
   */
  putAttachment(meta: AttachmentMeta, data: Uint8Array): Promise<boolean>;
  getAttachmentMeta(sha256: string): Promise<AttachmentMeta | undefined>;
  getAttachment(sha256: string): Promise<{ meta: AttachmentMeta; data: Uint8Array } | undefined>;
}

export interface SavepointStore {
  /**
   * Runs `fn` inside a nested savepoint of the current transaction: if it
   * throws, only its own writes are undone. A push applies a whole batch in
   * one transaction (one queue slot, one commit) with a savepoint per
   * mutation, so one mutation's failure never undoes another's.
   */
  savepoint<T>(fn: () => Promise<T>): Promise<T>;
}

export type StorageTx = RecordStore & AccountStore & AuditStore & AttachmentStore & SavepointStore;

export interface TransactionOptions {
  /**
   * The transaction makes no read-then-write decision that a transaction
   * running beside it could invalidate (it reads, appends audit rows, or
   * updates a row it alone owns), so a store may run it alongside others.
   * Without it, transactions run one at a time, on every store and across
   * every server process. On SQLite it changes nothing; on PostgreSQL it
   * skips the lock that serialises transactions. Seqs stay in commit order
   * either way.
   */
  concurrent?: boolean;
}

export interface Storage {
  transaction<T>(fn: (tx: StorageTx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}
