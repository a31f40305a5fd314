-- As SQLite's 0003. Visit photos, named by the SHA-256 of their bytes
-- (lowercase hex); who may read one is decided by the visit that lists it.
CREATE TABLE attachments (
  sha256 text COLLATE "C" PRIMARY KEY,
  content_type text NOT NULL,
  bytes integer NOT NULL,
  data bytea NOT NULL,
  created_at text COLLATE "C" NOT NULL,
  created_by text NOT NULL
);
