"""Privacy and retention: org privacy settings, the deletion journal, the archive manifest, the hot
tier's store table and versioned permanent knowledge."""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0001_initial"}

SCHEMA = """
-- one row per org that changed a default: redaction classes, PII consent, global contribution,
-- per-kind retention overrides and what happens to cases of a forgotten author
CREATE TABLE privacy_settings (
  org_id TEXT PRIMARY KEY,
  redaction_classes TEXT,
  custom_patterns TEXT NOT NULL DEFAULT '[]',
  store_pii INTEGER NOT NULL DEFAULT 0,
  contribute_global INTEGER NOT NULL DEFAULT 1,
  retention TEXT NOT NULL DEFAULT '{{}}',
  updated_at {float} NOT NULL
);

-- the journal of delete-my-data: written before anything is deleted, so a crash is resumed;
-- user_id is cleared once the request is done (only its digest stays, for the receipt)
CREATE TABLE deletion_requests (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  user_id TEXT,
  user_digest TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  counts TEXT NOT NULL DEFAULT '{{}}',
  created_at {float} NOT NULL,
  finished_at {float}
);
CREATE INDEX deletion_requests_pending ON deletion_requests (status, created_at);

-- every archive file has a row here before the file exists: 'writing' rows are leftovers of a
-- killed run (file removed, rows still live), 'committed' files hold rows no longer in the table
CREATE TABLE archive_manifest (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  source_table TEXT NOT NULL,
  path TEXT NOT NULL,
  status TEXT NOT NULL,
  row_count {bigint} NOT NULL DEFAULT 0,
  byte_count {bigint} NOT NULL DEFAULT 0,
  sha256 TEXT,
  encrypted INTEGER NOT NULL DEFAULT 0,
  min_ts {float},
  max_ts {float},
  created_at {float} NOT NULL,
  replaces TEXT
);
CREATE INDEX archive_manifest_org ON archive_manifest (org_id, source_table, max_ts);

-- which people have rows in which archive file, by digest only, so forgetting one person rewrites
-- only the files that hold them
CREATE TABLE archive_members (
  archive_id TEXT NOT NULL,
  user_digest TEXT NOT NULL,
  PRIMARY KEY (archive_id, user_digest)
);
CREATE INDEX archive_members_user ON archive_members (user_digest);

-- the hot tier when no Redis is configured: result cache and active-session context
CREATE TABLE hot_entries (
  namespace TEXT NOT NULL,
  entry_key TEXT NOT NULL,
  org_id TEXT NOT NULL,
  user_id TEXT,
  value {blob} NOT NULL,
  expires_at {float} NOT NULL,
  PRIMARY KEY (namespace, org_id, entry_key)
);
CREATE INDEX hot_entries_expiry ON hot_entries (expires_at);
CREATE INDEX hot_entries_user ON hot_entries (org_id, user_id);

-- the permanent tier: a change creates a new version, old versions stay readable
CREATE TABLE knowledge_versions (
  org_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  item_key TEXT NOT NULL,
  version INTEGER NOT NULL,
  scope TEXT NOT NULL DEFAULT 'org',
  user_id TEXT,
  content TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  created_at {float} NOT NULL,
  PRIMARY KEY (org_id, kind, item_key, version)
)
"""

steps = [step(portable(SCHEMA))]
