"""An index that lets a match read its 30 candidate cases by id within the org.

`visible_rows` asks for `org_id = ? AND id IN (30 ids)`. With only the primary key on `id` and
`cases_org (org_id, updated_at)`, SQLite's planner, which has no statistics, judges the org index
cheaper than 30 key lookups and walks every case of the org: 140 ms of a 180 ms match at 100k cases
(bench/case_match.py --speed). On `(org_id, id)` both terms use the index: 0.6 ms.
"""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0008_case_outcomes", "0008_usage_vectors_timezone", "0008_user_scoped_ids", "0009_learning_tasks"}

SCHEMA = """
CREATE INDEX cases_org_id ON cases (org_id, id)
"""

steps = [step(portable(SCHEMA))]
