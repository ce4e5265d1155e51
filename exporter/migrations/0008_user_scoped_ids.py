"""An event id names an event within its person's data, not within the whole org.

With (org_id, event_id) as the key, one user sending an id another user had already used made
the other person's event a "duplicate", silently dropped, and a feedback retry id did the same
across people. The keys now include the user (feedback's user may be NULL: '' stands for it).

SQLite cannot change a primary key or drop a table constraint in place: the two tables are
rebuilt from their own stored definitions, so columns added by other migrations come along.
"""

from __future__ import annotations

from typing import Any

from yoyo import step

from exporter.store.migrate import _dialect_of

__depends__ = {"0007_cold_tier_indexes"}

FEEDBACK_INDEX = "CREATE UNIQUE INDEX feedback_org_user_event ON feedback (org_id, (COALESCE(user_id, '')), event_id)"


def _rebuild_sqlite(cur: Any, table: str, old: str, new: str) -> None:
    sql = cur.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
    if old not in sql:
        raise RuntimeError(f"{table}: expected {old!r} in its definition")
    indexes = [r[0] for r in cur.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,))]
    body = sql.replace(old, new).replace(f"CREATE TABLE {table}", f"CREATE TABLE {table}_rebuilt", 1)
    cur.execute(body)
    cur.execute(f"INSERT INTO {table}_rebuilt SELECT * FROM {table}")
    cur.execute(f"DROP TABLE {table}")
    cur.execute(f"ALTER TABLE {table}_rebuilt RENAME TO {table}")
    for index in indexes:
        cur.execute(index)


def apply(conn: Any) -> None:
    cur = conn.cursor()
    if _dialect_of(conn) == "sqlite":
        _rebuild_sqlite(cur, "audit_events", "PRIMARY KEY (org_id, event_id)", "PRIMARY KEY (org_id, user_id, event_id)")
        _rebuild_sqlite(cur, "feedback", ",\n  UNIQUE (org_id, event_id)", "")
    else:
        cur.execute("ALTER TABLE audit_events DROP CONSTRAINT audit_events_pkey")
        cur.execute("ALTER TABLE audit_events ADD PRIMARY KEY (org_id, user_id, event_id)")
        cur.execute("ALTER TABLE feedback DROP CONSTRAINT feedback_org_id_event_id_key")
    cur.execute(FEEDBACK_INDEX)


steps = [step(apply)]
