"""The task ledger and per-org stages, on both stores (no broker needed): a pass is recorded once,
a task that succeeded never runs again, and one org's failure leaves the others' work in place."""

from __future__ import annotations

import pytest

from exporter.jobs import Stage, per_org, run_learning
from exporter.scaleout import ledger
from exporter.scaleout.tasks import run_task
from exporter.service import Services

INTERVAL = 900


def test_a_pass_is_recorded_once_and_a_succeeded_task_never_runs_twice(settings, store):
    svc = Services.build(settings, store)
    ran: list[str] = []
    svc.learning_stages[:] = [per_org("count", lambda s, now: ["a", "b"], lambda s, org, now: ran.append(org) or {})]
    slot = ledger.slot_of(1_800_000_123.0, INTERVAL)
    assert slot == 1_800_000_000
    assert ledger.enqueue(store, "a", ["count"], slot, 1_800_000_123.0, 1_800_000_124.0) == ["count"]
    assert ledger.enqueue(store, "a", ["count"], slot, 1_800_000_200.0, 1_800_000_201.0) == [], "a second scheduler"

    key = ledger.TaskKey("a", "count", slot)
    assert run_task(svc, key) == {"done": True}
    assert run_task(svc, key) == {"skipped": "already succeeded"}, "a redelivered message does nothing"
    assert ran == ["a"]
    row = ledger.task(store, key)
    assert row["state"] == "succeeded" and row["attempts"] == 1 and row["pass_now"] == 1_800_000_123.0


def test_progress_figures_count_states_retries_and_overdue_orgs(settings, store):
    now = 1_800_000_000.0
    old = now - 5 * INTERVAL
    for org, queued in (("fresh", now - 60), ("late", old)):
        ledger.enqueue(store, org, ["usage"], ledger.slot_of(queued, INTERVAL), queued, queued)
    fresh = ledger.TaskKey("fresh", "usage", ledger.slot_of(now - 60, INTERVAL))
    late = ledger.TaskKey("late", "usage", ledger.slot_of(old, INTERVAL))
    assert ledger.claim(store, fresh, now - 50) is not None
    ledger.finish(store, fresh, now - 40, "retrying", error="boom")
    assert ledger.claim(store, fresh, now - 30) is not None
    ledger.finish(store, fresh, now - 20, "succeeded")
    ledger.claim(store, late, old + 1)
    ledger.finish(store, late, old + 2, "failed", error="poisoned")

    counts = ledger.counts(store, now)
    assert counts[("usage", "succeeded")] == 1 and counts[("usage", "failed")] == 1
    assert counts[("usage", "retried")] == 1
    stale = ledger.stale_orgs(store, now, INTERVAL)
    assert [s["org"] for s in stale] == ["late"], "failed four intervals ago, never succeeded since"


def test_one_orgs_failure_in_process_leaves_the_other_orgs_learned(settings, store):
    svc = Services.build(settings, store)
    done: list[str] = []

    def learn(s, org, now):
        if org == "poisoned":
            raise ValueError("bad row")
        done.append(org)
        return {"ok": True}

    svc.learning_stages[:] = [per_org("signals", lambda s, now: ["a", "poisoned", "c"], learn)]
    result = run_learning(svc, 1_800_000_000.0)
    assert done == ["a", "c"]
    assert result["result"] == "failure"
    assert result["stages"]["signals"]["poisoned"] == {"error": "bad row"}
    assert result["stages"]["signals"]["a"] == {"ok": True}


@pytest.mark.parametrize("url", ["http://broker:6379", "redis:/x"])
def test_a_broker_url_of_an_unknown_kind_is_refused_at_start(url):
    from pydantic import ValidationError

    from exporter.config import Settings

    with pytest.raises(ValidationError, match="celery_broker_url"):
        Settings(celery_broker_url=url)


def test_local_stages_never_go_to_workers(settings, store):
    from exporter.scaleout.metrics import worker_stages

    svc = Services.build(settings, store)
    stages = [Stage.of(s) for s in svc.learning_stages]
    assert "query_memory" in [s.name for s in stages if s.local]
    assert "query_memory" not in worker_stages(svc)
    assert {"alert_signals", "usage_patterns", "cases"} <= set(worker_stages(svc))
