"""The org's confirmed matches: a report as matched in a session, the case the org then confirmed for it, and the
lexical scale those pairs choose (`exporter.cases.pairs`).

`case_reports`: a `POST /cases/match` that named a session: the redacted report as matched and, per candidate scale
of the lexical weights, the case ids the fusion ranked first then (the library as the report met it).
`case_pairs`: a resolved outcome or a helpful rating of a case in that session: the report, the case, and the case's
rank under each scale. `case_lexical_choices`: per org, the scale its pairs chose and the evidence.
"""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0014_case_embedding_version"}

SCHEMA = """
CREATE TABLE case_reports (
  id {pk},
  org_id TEXT NOT NULL,
  user_id TEXT,
  session_id TEXT NOT NULL,
  report TEXT NOT NULL,
  ranked TEXT NOT NULL DEFAULT '{{}}',
  ts {float} NOT NULL
);
CREATE INDEX case_reports_session ON case_reports (org_id, session_id, ts);
CREATE INDEX case_reports_ts ON case_reports (ts);

CREATE TABLE case_pairs (
  id {pk},
  org_id TEXT NOT NULL,
  user_id TEXT,
  session_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  report TEXT NOT NULL,
  ranks TEXT NOT NULL DEFAULT '{{}}',
  source TEXT NOT NULL,
  ts {float} NOT NULL
);
CREATE UNIQUE INDEX case_pairs_once ON case_pairs (org_id, session_id, case_id);
CREATE INDEX case_pairs_ts ON case_pairs (ts);

CREATE TABLE case_lexical_choices (
  org_id TEXT PRIMARY KEY,
  scale {float} NOT NULL,
  pairs INTEGER NOT NULL,
  evidence TEXT NOT NULL DEFAULT '{{}}',
  chosen_at {float} NOT NULL
)
"""

steps = [step(portable(SCHEMA))]
