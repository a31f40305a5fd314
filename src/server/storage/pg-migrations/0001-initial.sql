-- The first schema, as SQLite's 0001: records, the pull log, mutation results, accounts,
-- audit. Text columns that are ordered or compared by range use the "C" collation, so
-- they sort byte-wise as in SQLite whatever the database's locale.
CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL);
INSERT INTO counters (name, value) VALUES ('seq', 0);

CREATE TABLE records (
  table_name text NOT NULL,
  id text NOT NULL,
  data text NOT NULL,
  field_seqs text NOT NULL,
  seq bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  scope text NOT NULL,
  assignee_user text,
  assignee_agency text,
  parent_id text,
  PRIMARY KEY (table_name, id)
);
CREATE INDEX records_parent ON records (table_name, parent_id);
CREATE INDEX records_table_seq ON records (table_name, seq);

CREATE TABLE changes (
  seq bigint PRIMARY KEY,
  table_name text NOT NULL,
  id text NOT NULL,
  op text NOT NULL CHECK (op IN ('upsert', 'delete', 'revoke')),
  at text COLLATE "C" NOT NULL,
  purge boolean NOT NULL DEFAULT false,
  old_scope text,
  old_assignee_user text,
  old_assignee_agency text
);
CREATE INDEX changes_record ON changes (table_name, id);
CREATE INDEX changes_at ON changes (at);

CREATE TABLE applied_mutations (
  mutation_id text PRIMARY KEY,
  client_id text NOT NULL,
  user_id text NOT NULL,
  table_name text NOT NULL,
  record_id text NOT NULL,
  status text NOT NULL,
  seq bigint,
  result text NOT NULL,
  at text NOT NULL
);

CREATE TABLE call_ref_counters (year integer PRIMARY KEY, next integer NOT NULL);

CREATE TABLE users (
  id text PRIMARY KEY,
  username text COLLATE "C" NOT NULL UNIQUE,
  name text NOT NULL,
  agency_id text NOT NULL,
  roles text NOT NULL,
  wards text NOT NULL,
  active boolean NOT NULL,
  password_hash text NOT NULL,
  scope_epoch integer NOT NULL,
  created_at text NOT NULL,
  updated_at text NOT NULL
);

CREATE TABLE devices (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  name text NOT NULL,
  created_at text NOT NULL,
  last_seen_at text COLLATE "C" NOT NULL,
  revoked_at text
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  device_id text NOT NULL REFERENCES devices (id),
  created_at text NOT NULL,
  last_seen_at text NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE client_bindings (
  client_id text PRIMARY KEY,
  user_id text NOT NULL,
  device_id text NOT NULL,
  bound_at text NOT NULL
);

CREATE TABLE audit (
  id text COLLATE "C" PRIMARY KEY,
  at text COLLATE "C" NOT NULL,
  user_id text,
  device_id text,
  action text NOT NULL,
  table_name text,
  ids text NOT NULL
);
CREATE INDEX audit_at ON audit (at);
-- Append-only: the database itself refuses to change or remove audit rows.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit is append-only'; END $$;
CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();

CREATE TABLE disposed (
  table_name text NOT NULL,
  id text NOT NULL,
  at text NOT NULL,
  PRIMARY KEY (table_name, id)
);

CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
