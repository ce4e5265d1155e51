"""Troubleshooting memory: outcome counters on cases, case uses per session, index versions, runbooks."""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0001_initial"}

SCHEMA = """
-- the owner of a user-scoped case, so scoping.visible() applies to cases like to every table
ALTER TABLE cases ADD COLUMN user_id TEXT;
ALTER TABLE cases ADD COLUMN helpful_count {bigint} NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN partial_count {bigint} NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN not_helpful_count {bigint} NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN resolution_count {bigint} NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN resolution_seconds_total {float} NOT NULL DEFAULT 0;

CREATE TABLE case_uses (
  id {pk},
  org_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  session_id TEXT,
  kind TEXT NOT NULL,
  ts {float} NOT NULL
);
CREATE INDEX case_uses_session ON case_uses (org_id, session_id);
CREATE INDEX case_uses_ts ON case_uses (ts);

CREATE TABLE case_index_versions (
  org_id TEXT PRIMARY KEY,
  version {bigint} NOT NULL DEFAULT 0
);

CREATE TABLE runbook_versions (
  org_id TEXT NOT NULL,
  runbook_key TEXT NOT NULL,
  version INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  content TEXT NOT NULL,
  case_ids TEXT NOT NULL DEFAULT '[]',
  created_at {float} NOT NULL,
  PRIMARY KEY (org_id, runbook_key, version)
)
"""

steps = [step(portable(SCHEMA))]
