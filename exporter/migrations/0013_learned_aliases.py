"""The queries the AI helper ran beside each question, and the aliases learned from them.

`query_executions.executed` keeps a summary's executed queries (redacted JSON, `[{datasource, query}]`): their label
values name an org's things canonically where the question names them as people do ("passbook" =
permit-gateway). `learned_aliases` holds what the learning pass proposes from them, apart from the admin's table,
with the admin's decision on each (proposed, accepted, rejected).
"""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0012_org_aliases"}

SCHEMA = """
ALTER TABLE query_executions ADD COLUMN executed TEXT NOT NULL DEFAULT '[]';
CREATE TABLE learned_aliases (
  org_id TEXT NOT NULL,
  alias TEXT NOT NULL,
  canonical TEXT NOT NULL,
  kind TEXT NOT NULL,
  questions INTEGER NOT NULL DEFAULT 0,
  people INTEGER NOT NULL DEFAULT 0,
  share {float} NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'proposed',
  learned_at {float} NOT NULL,
  PRIMARY KEY (org_id, alias, canonical)
)
"""

steps = [step(portable(SCHEMA))]
