"""Recommendations get a scope, so scoping.visible() decides who sees them like every other table.

The learning pass writes org-wide recommendations (scope 'org'); a future per-person one would be
'user' and visible to that person only.
"""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0001_initial"}

SCHEMA = """
ALTER TABLE recommendations ADD COLUMN scope TEXT NOT NULL DEFAULT 'org';
CREATE INDEX recommendations_kind ON recommendations (org_id, kind, grp)
"""

steps = [step(portable(SCHEMA))]
