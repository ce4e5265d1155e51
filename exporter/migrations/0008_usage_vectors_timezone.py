"""Question vectors stored once per distinct redacted text, and each org's (and person's) time zone.

`text_vectors`: the usage pass embedded every question text on every run (88% of an 80 s pass on
198k events); a vector is now computed once per (org, text digest) and read back by every pass.
Keyed by org so delete-my-data and an org's removal stay within one org's rows.
`privacy_settings.timezone` / `user_timezones`: habits, month ends and business hours are in the
org's own zone, not the server's.
"""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0007_cold_tier_indexes"}

SCHEMA = """
CREATE TABLE text_vectors (
  org_id TEXT NOT NULL,
  digest TEXT NOT NULL,
  vector {blob} NOT NULL,
  created_at {float} NOT NULL,
  PRIMARY KEY (org_id, digest)
);
ALTER TABLE privacy_settings ADD COLUMN timezone TEXT;
ALTER TABLE privacy_settings ADD COLUMN user_timezones TEXT NOT NULL DEFAULT '{{}}'
"""

steps = [step(portable(SCHEMA))]
