"""The ledger of Celery learning tasks: one row per (org, stage, pass slot).

The row is the task's identity. A scheduler inserts it before sending the message (a second
scheduler's insert of the same slot does nothing, so nothing is sent twice); a worker marks it
running, then succeeded or failed. A message redelivered after its worker died finds the row not
yet succeeded and runs again; one that finds it succeeded does nothing. Every replica's /metrics
reads its figures from here, so they agree whichever process did the work.
"""

from yoyo import step

from exporter.store.migrate import portable

__depends__ = {"0007_cold_tier_indexes"}

SCHEMA = """
CREATE TABLE learning_tasks (
  org_id TEXT NOT NULL,
  stage TEXT NOT NULL,
  pass_slot {bigint} NOT NULL,
  pass_now {float} NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  queued_at {float} NOT NULL,
  started_at {float},
  finished_at {float},
  error TEXT,
  summary TEXT,
  PRIMARY KEY (org_id, stage, pass_slot)
);
CREATE INDEX learning_tasks_queued_at ON learning_tasks (queued_at)
"""

steps = [step(portable(SCHEMA))]
