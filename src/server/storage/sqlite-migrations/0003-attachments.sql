-- Visit photos, named by the SHA-256 of their bytes (lowercase hex). Who may
-- read one is decided by the visit that lists it, so no scope is kept here.
CREATE TABLE attachments (
  sha256 TEXT PRIMARY KEY,
  content_type TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) WITHOUT ROWID;
