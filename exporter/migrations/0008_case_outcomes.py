"""Case outcomes as they happened: successes and failures counted apart, with when each last happened.

`reuse_count` counts successful reuse only from here on; a failure newer than the last success
is the "unresolved contradiction" that takes a case out of the runbooks and flags it stale.
"""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0007_cold_tier_indexes"}

SCHEMA = """
ALTER TABLE cases ADD COLUMN failure_count {bigint} NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN last_success_at {float};
ALTER TABLE cases ADD COLUMN last_failed_at {float}
"""

steps = [step(portable(SCHEMA))]
