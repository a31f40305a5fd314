-- Sign-in failure counters kept in the database, so that the slowing of
-- guessed passwords survives a restart (keys: account:<username>, address:<ip>).
CREATE TABLE login_counters (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  window_start TEXT NOT NULL,
  last_failure_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX login_counters_last ON login_counters (last_failure_at);

-- The user's scope epoch a session token was issued under: a role change
-- rotates the token. Sessions from before this migration rotate on next use.
ALTER TABLE sessions ADD COLUMN scope_epoch INTEGER NOT NULL DEFAULT 0;

-- Reports count live records by status in the database.
CREATE INDEX records_status ON records (table_name, json_extract(data, '$.status')) WHERE deleted = 0;

-- The admin audit reader filters by user, action or table, in time order.
CREATE INDEX audit_user_at ON audit (user_id, at, id);
CREATE INDEX audit_action_at ON audit (action, at, id);
CREATE INDEX audit_table_at ON audit (table_name, at, id);
