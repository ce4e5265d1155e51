"""An org's alias table: what its services, teams and other things are also called ("Birch" = ehr-web).

One row per org that declared one; query memory reads an alias as its canonical name.
"""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0011_keep_private_addresses"}

SCHEMA = """
CREATE TABLE org_aliases (
  org_id TEXT PRIMARY KEY,
  aliases TEXT NOT NULL DEFAULT '{{}}',
  updated_at {float} NOT NULL
)
"""

steps = [step(portable(SCHEMA))]
