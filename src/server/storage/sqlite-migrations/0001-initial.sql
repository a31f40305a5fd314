-- The first schema: records, the pull log, mutation results, accounts, audit.
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT INTO counters (name, value) VALUES ('seq', 0);

CREATE TABLE records (
  table_name TEXT NOT NULL,
  id TEXT NOT NULL,
  data TEXT NOT NULL,
  field_seqs TEXT NOT NULL,
  seq INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  scope TEXT NOT NULL,
  assignee_user TEXT,
  assignee_agency TEXT,
  parent_id TEXT,
  PRIMARY KEY (table_name, id)
) WITHOUT ROWID;
CREATE INDEX records_parent ON records (table_name, parent_id);

CREATE TABLE changes (
  seq INTEGER PRIMARY KEY,
  table_name TEXT NOT NULL,
  id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'revoke')),
  at TEXT NOT NULL,
  purge INTEGER NOT NULL DEFAULT 0,
  old_scope TEXT,
  old_assignee_user TEXT,
  old_assignee_agency TEXT
);
CREATE INDEX changes_record ON changes (table_name, id);
CREATE INDEX changes_at ON changes (at);

CREATE TABLE applied_mutations (
  mutation_id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  table_name TEXT NOT NULL,
  record_id TEXT NOT NULL,
  status TEXT NOT NULL,
  seq INTEGER,
  result TEXT NOT NULL,
  at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE call_ref_counters (year INTEGER PRIMARY KEY, next INTEGER NOT NULL);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  agency_id TEXT NOT NULL,
  roles TEXT NOT NULL,
  wards TEXT NOT NULL,
  active INTEGER NOT NULL,
  password_hash TEXT NOT NULL,
  scope_epoch INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  revoked_at TEXT
) WITHOUT ROWID;

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  device_id TEXT NOT NULL REFERENCES devices (id),
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE client_bindings (
  client_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  bound_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE audit (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT,
  device_id TEXT,
  action TEXT NOT NULL,
  table_name TEXT,
  ids TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX audit_at ON audit (at);
-- Append-only: the database itself refuses to change or remove audit rows.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

CREATE TABLE disposed (
  table_name TEXT NOT NULL,
  id TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (table_name, id)
) WITHOUT ROWID;

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
