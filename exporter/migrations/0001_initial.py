"""Everything the product remembers; every row carries its org, and its user where it is a person's."""

from yoyo import step

from exporter.store.migrate import portable

__depends__: set[str] = set()

SCHEMA = """
CREATE TABLE audit_events (
  org_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  session_id TEXT NOT NULL,
  session_type TEXT NOT NULL,
  kind TEXT NOT NULL,
  ts {float} NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL DEFAULT '{{}}',
  scope TEXT NOT NULL DEFAULT 'user',
  ingested_at {float} NOT NULL,
  PRIMARY KEY (org_id, event_id)
);
CREATE INDEX audit_events_user_ts ON audit_events (org_id, user_id, ts);
CREATE INDEX audit_events_session ON audit_events (org_id, session_id, ts);
CREATE INDEX audit_events_ts ON audit_events (ts);

CREATE TABLE sessions (
  org_id TEXT NOT NULL,
  session_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  session_type TEXT NOT NULL,
  started_at {float} NOT NULL,
  last_seen_at {float} NOT NULL,
  event_count {bigint} NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, session_id)
);
CREATE INDEX sessions_user ON sessions (org_id, user_id);

CREATE TABLE query_executions (
  id {pk},
  org_id TEXT NOT NULL,
  user_id TEXT,
  scope TEXT NOT NULL DEFAULT 'org',
  external_id TEXT,
  session_id TEXT,
  query_text TEXT NOT NULL,
  intent TEXT NOT NULL DEFAULT '{{}}',
  intent_key TEXT,
  relative_expression TEXT,
  range_start {float},
  range_end {float},
  result_summary TEXT NOT NULL DEFAULT '',
  headline_value {float},
  key_insights TEXT NOT NULL DEFAULT '[]',
  data_sources TEXT NOT NULL DEFAULT '[]',
  execution_time_seconds {float},
  success INTEGER NOT NULL DEFAULT 1,
  embedding {blob},
  executed_at {float} NOT NULL,
  expires_at {float} NOT NULL,
  UNIQUE (org_id, external_id)
);
CREATE INDEX query_executions_org_time ON query_executions (org_id, executed_at);
CREATE INDEX query_executions_user ON query_executions (org_id, user_id);
CREATE INDEX query_executions_intent ON query_executions (org_id, intent_key, executed_at);

CREATE TABLE learned_patterns (
  id {pk},
  org_id TEXT NOT NULL,
  user_id TEXT NOT NULL DEFAULT '',
  scope TEXT NOT NULL DEFAULT 'org',
  type TEXT NOT NULL,
  pattern_key TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{{}}',
  evidence TEXT NOT NULL DEFAULT '{{}}',
  confidence {float} NOT NULL DEFAULT 0,
  usage_count {bigint} NOT NULL DEFAULT 0,
  last_used {float},
  created_at {float} NOT NULL,
  updated_at {float} NOT NULL,
  expires_at {float},
  UNIQUE (org_id, user_id, type, pattern_key)
);
CREATE INDEX learned_patterns_type ON learned_patterns (org_id, type);

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  author_id TEXT,
  scope TEXT NOT NULL DEFAULT 'org',
  title TEXT NOT NULL,
  problem TEXT NOT NULL DEFAULT '{{}}',
  steps TEXT NOT NULL DEFAULT '[]',
  root_cause TEXT NOT NULL DEFAULT '{{}}',
  solution TEXT NOT NULL DEFAULT '{{}}',
  outcome TEXT NOT NULL DEFAULT '{{}}',
  search_text TEXT NOT NULL DEFAULT '',
  embedding {blob},
  tags TEXT NOT NULL DEFAULT '[]',
  confidence {float} NOT NULL DEFAULT 0.5,
  reuse_count {bigint} NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'active',
  source_session_id TEXT,
  created_at {float} NOT NULL,
  updated_at {float} NOT NULL,
  last_confirmed_at {float},
  UNIQUE (org_id, source_session_id)
);
CREATE INDEX cases_org ON cases (org_id, updated_at);

CREATE TABLE case_history (
  id {pk},
  org_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  ts {float} NOT NULL,
  change TEXT NOT NULL,
  confidence_before {float},
  confidence_after {float},
  detail TEXT NOT NULL DEFAULT '{{}}'
);
CREATE INDEX case_history_case ON case_history (org_id, case_id, ts);

CREATE TABLE feedback (
  id {pk},
  org_id TEXT NOT NULL,
  user_id TEXT,
  target TEXT NOT NULL,
  target_id TEXT NOT NULL,
  rating TEXT NOT NULL,
  comment TEXT,
  event_id TEXT,
  ts {float} NOT NULL,
  UNIQUE (org_id, event_id)
);
CREATE INDEX feedback_target ON feedback (org_id, target, target_id);

CREATE TABLE user_profiles (
  org_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  data TEXT NOT NULL DEFAULT '{{}}',
  contribute INTEGER NOT NULL DEFAULT 1,
  updated_at {float} NOT NULL,
  PRIMARY KEY (org_id, user_id)
);

CREATE TABLE alert_events (
  id {pk},
  org_id TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  alertname TEXT NOT NULL,
  severity TEXT NOT NULL DEFAULT '',
  service TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  labels TEXT NOT NULL DEFAULT '{{}}',
  annotations TEXT NOT NULL DEFAULT '{{}}',
  starts_at {float} NOT NULL,
  ends_at {float},
  generator_url TEXT,
  received_at {float} NOT NULL,
  UNIQUE (org_id, fingerprint, starts_at)
);
CREATE INDEX alert_events_time ON alert_events (org_id, starts_at);

CREATE TABLE recommendations (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL,
  user_id TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  grp TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '{{}}',
  dedupe_key TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active',
  created_at {float} NOT NULL,
  expires_at {float} NOT NULL,
  UNIQUE (org_id, dedupe_key)
);
CREATE INDEX recommendations_active ON recommendations (org_id, expires_at);

CREATE TABLE annotations_sent (
  id {pk},
  org_id TEXT NOT NULL,
  dedupe_key TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  grafana_id TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at {float} NOT NULL,
  sent_at {float},
  UNIQUE (org_id, dedupe_key)
);

CREATE TABLE job_runs (
  id {pk},
  job TEXT NOT NULL,
  started_at {float} NOT NULL,
  finished_at {float},
  ok INTEGER,
  detail TEXT NOT NULL DEFAULT '{{}}'
);
CREATE INDEX job_runs_job ON job_runs (job, started_at)
"""

steps = [step(portable(SCHEMA))]
