"""The store's promises, on SQLite and on the real PostgreSQL (one parametrised suite)."""

from __future__ import annotations

import pytest

from exporter.store import SCHEMA_VERSION, from_json, migrate, open_store, to_json
from exporter.store.migrate import applied_version

TABLES = {
    "audit_events",
    "sessions",
    "query_executions",
    "learned_patterns",
    "cases",
    "case_history",
    "feedback",
    "user_profiles",
    "alert_events",
    "recommendations",
    "annotations_sent",
    "job_runs",
}


def test_migrations_create_every_table_and_are_idempotent(store, database_url):
    assert set(store.table_names()) >= TABLES
    assert migrate(database_url) == 0
    assert applied_version(store) == SCHEMA_VERSION


def test_every_table_is_scoped_by_org(store):
    for table in TABLES - {"job_runs"}:
        cols = {r["name"] for r in _columns(store, table)}
        assert "org_id" in cols, table


def _columns(store, table):
    if store.dialect == "sqlite":
        return store.query(f"PRAGMA table_info({table})")
    return store.query(
        "SELECT column_name AS name FROM information_schema.columns WHERE table_name = :t "
        "AND table_schema = current_schema()",
        {"t": table},
    )


def test_transaction_rolls_back_everything_on_error(store):
    with pytest.raises(RuntimeError), store.transaction() as conn:
        conn.execute(
            "INSERT INTO job_runs (job, started_at) VALUES (:j, :t)",
            {"j": "learn", "t": 1.0},
        )
        raise RuntimeError("boom")
    assert store.scalar("SELECT COUNT(*) AS n FROM job_runs") == 0


def test_executemany_and_conflict_do_nothing_count_new_rows_only(store):
    rows = [
        {"o": "acme", "e": f"e{i}", "u": "alice", "s": "s1", "t": float(i)}
        for i in range(5)
    ]
    sql = (
        "INSERT INTO audit_events (org_id, event_id, user_id, session_id, session_type, kind, ts, ingested_at) "
        "VALUES (:o, :e, :u, :s, 'general', 'user_query', :t, :t) ON CONFLICT (org_id, user_id, event_id) DO NOTHING"
    )
    assert store.executemany(sql, rows) == 5
    assert store.executemany(sql, rows) == 0
    assert store.scalar("SELECT COUNT(*) AS n FROM audit_events") == 5


def test_percent_signs_and_colons_in_literals_survive(store):
    store.execute(
        "INSERT INTO job_runs (job, started_at, detail) VALUES ('a%b', :t, '{\"x\": \"1:2\"}')", {"t": 2.0}
    )
    row = store.one("SELECT job, detail FROM job_runs WHERE job LIKE '%\\%%' ESCAPE '\\'")
    assert row == {"job": "a%b", "detail": '{"x": "1:2"}'}


def test_json_round_trip_is_stable():
    value = {"b": [1, 2.5, "x"], "a": None}
    assert from_json(to_json(value)) == value
    assert to_json(value) == to_json(dict(reversed(list(value.items()))))


def test_blob_round_trip(store):
    blob = bytes(range(256))
    store.execute(
        "INSERT INTO query_executions (org_id, query_text, executed_at, expires_at, embedding) "
        "VALUES ('acme', 'q', 1, 2, :b)",
        {"b": blob},
    )
    assert bytes(store.scalar("SELECT embedding FROM query_executions")) == blob


def test_job_lock_is_held_by_one_replica_at_a_time_on_postgres(pg_url):
    """SQLite serialises writers on its one file; replicas sharing PostgreSQL need the lock."""
    migrate(pg_url)
    first, second = open_store(pg_url), open_store(pg_url)  # two replicas, two pools
    try:
        with first.job_lock("learn") as a, second.job_lock("learn") as b:
            assert (a, b) == (True, False)
        with second.job_lock("learn") as c:
            assert c is True, "released when the holder's job ends"
    finally:
        first.close()
        second.close()


def test_job_lock_is_one_per_store_not_per_database_on_postgres(pg_url):
    """Two stores in one database (two schemas) run their passes side by side; their replicas still take turns."""
    from tests.conftest import private_pg_schema

    with private_pg_schema() as other_url:
        migrate(pg_url)
        migrate(other_url)
        stores = [open_store(u) for u in (pg_url, other_url, pg_url)]
        try:
            with stores[0].job_lock("learn") as a, stores[1].job_lock("learn") as b, stores[2].job_lock("learn") as c:
                assert (a, b, c) == (True, True, False)
        finally:
            for s in stores:
                s.close()


def test_insert_new_returns_only_rows_that_were_not_there(store):
    cols = ("org_id", "event_id", "user_id", "session_id", "session_type", "kind", "ts", "text", "data", "ingested_at")
    rows = [
        dict(zip(cols, ("acme", f"e{i}", "alice", "s", "general", "user_query", float(i), "t" * (i % 3),
                        "{}", 1.0), strict=True))
        for i in range(2500)
    ]
    with store.transaction() as conn:
        first = conn.insert_new("audit_events", cols, rows[:10], "(org_id, user_id, event_id)", "event_id")
    with store.transaction() as conn:
        second = conn.insert_new("audit_events", cols, rows, "(org_id, user_id, event_id)", "event_id", chunk=1000)
    assert sorted(first) == sorted(f"e{i}" for i in range(10))
    assert len(second) == 2490 and "e3" not in second
    assert store.scalar("SELECT COUNT(*) AS n FROM audit_events") == 2500
