"""The learning pass: stages in order, failures isolated, one replica at a time, every run recorded."""

from __future__ import annotations

from exporter.jobs import last_success, run_learning
from exporter.service import Services


def test_stages_run_in_order_and_a_failing_stage_does_not_stop_the_rest(settings, store):
    svc = Services.build(settings, store)
    seen = []

    def ok(name):
        def stage(s, now):
            seen.append(name)
            return {"n": len(seen)}

        return stage

    def broken(s, now):
        raise ValueError("bad series")

    svc.learning_stages[:] = [("a", ok("a")), ("broken", broken), ("b", ok("b"))]
    result = run_learning(svc, now=1_800_000_000.0)
    assert seen == ["a", "b"]
    assert result["result"] == "failure"
    assert result["stages"]["broken"] == {"error": "bad series"}
    assert last_success(store) == 0, "a failed pass is not a success"
    row = store.one("SELECT ok, finished_at IS NOT NULL AS done FROM job_runs")
    assert row["ok"] == 0 and row["done"]

    svc.learning_stages[:] = [("a", ok("a"))]
    assert run_learning(svc)["result"] == "success"
    assert last_success(store) > 0


def test_a_second_replica_skips_while_the_first_holds_the_lock(pg_url, settings):
    from exporter.jobs import LOCK_NAME
    from exporter.store import migrate, open_store

    migrate(pg_url)
    first, second = open_store(pg_url), open_store(pg_url)
    try:
        svc = Services.build(settings.model_copy(update={"database_url": pg_url}), second)
        svc.learning_stages[:] = [("never", lambda s, now: 1 / 0)]
        with first.job_lock(LOCK_NAME) as got:
            assert got
            result = run_learning(svc)
        assert result["result"] == "skipped"
        assert second.scalar("SELECT COUNT(*) AS n FROM job_runs") == 0
    finally:
        first.close()
        second.close()
