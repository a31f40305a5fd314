-- As SQLite's 0002. Sign-in failure counters kept in the database, so that the slowing of
-- guessed passwords survives a restart and holds across server processes
-- (keys: account:<username>, address:<ip>).
CREATE TABLE login_counters (
  key text PRIMARY KEY,
  failures integer NOT NULL,
  window_start text COLLATE "C" NOT NULL,
  last_failure_at text COLLATE "C" NOT NULL
);
CREATE INDEX login_counters_last ON login_counters (last_failure_at);

-- The user's scope epoch a session token was issued under: a role change rotates the token.
ALTER TABLE sessions ADD COLUMN scope_epoch integer NOT NULL DEFAULT 0;

-- Reports count live records by status in the database.
CREATE INDEX records_status ON records (table_name, ((data::jsonb) ->> 'status')) WHERE NOT deleted;

-- The admin audit reader filters by user, action or table, in time order.
CREATE INDEX audit_user_at ON audit (user_id, at, id);
CREATE INDEX audit_action_at ON audit (action, at, id);
CREATE INDEX audit_table_at ON audit (table_name, at, id);
