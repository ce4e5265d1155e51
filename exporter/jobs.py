"""The learning pass: one schedule inside the service (and `learning-exporter learn` once).

Capabilities add stages (`svc.learning_stages`); a pass runs them in order. Only one replica
runs a pass at a time when several share PostgreSQL: the pass holds a database advisory lock
(not a file), and a replica that cannot take it skips this round. Every pass is recorded in
`job_runs` so "the learning job is not running" is visible as a metric and an alert.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

from apscheduler.schedulers.background import BackgroundScheduler
from prometheus_client import Counter, Gauge, Histogram

from exporter.metrics import PREFIX, REGISTRY
from exporter.store import to_json

if TYPE_CHECKING:
    from exporter.service import Services

log = logging.getLogger(__name__)

RUNS = Counter(
    f"{PREFIX}_learning_runs_total",
    "Learning passes by result (success, failure, skipped when another replica holds the lock).",
    ["result"],
    registry=REGISTRY,
)
for _r in ("success", "failure", "skipped"):
    RUNS.labels(result=_r)
LAST_SUCCESS = Gauge(
    f"{PREFIX}_learning_last_success_timestamp_seconds",
    "Unix time the last learning pass finished successfully (0 before the first).",
    registry=REGISTRY,
)
DURATION = Histogram(
    f"{PREFIX}_learning_duration_seconds",
    "Wall time of one learning pass.",
    buckets=(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600),
    registry=REGISTRY,
)

LOCK_NAME = "learning-exporter:learn"
_local_lock = threading.Lock()


def run_learning(svc: Services, now: float | None = None) -> dict[str, Any]:
    """Run every stage once; returns {"result": ..., "stages": {name: summary}}."""
    now = time.time() if now is None else now
    if not _local_lock.acquire(blocking=False):
        RUNS.labels(result="skipped").inc()
        return {"result": "skipped", "reason": "a pass is already running in this process"}
    try:
        with svc.store.job_lock(LOCK_NAME) as got:
            if not got:
                RUNS.labels(result="skipped").inc()
                return {"result": "skipped", "reason": "another replica holds the learning lock"}
            return _run_stages(svc, now)
    finally:
        _local_lock.release()


def _run_stages(svc: Services, now: float) -> dict[str, Any]:
    started = time.time()
    run_id = svc.store.scalar(
        "INSERT INTO job_runs (job, started_at) VALUES ('learn', :t) RETURNING id", {"t": started}
    )
    summaries: dict[str, Any] = {}
    ok = True
    for name, stage in svc.learning_stages:
        t0 = time.perf_counter()
        try:
            summaries[name] = stage(svc, now)
            log.info("learning stage %s done in %.2fs", name, time.perf_counter() - t0)
        except Exception as exc:  # one failing stage must not stop the others
            ok = False
            summaries[name] = {"error": str(exc)[:500]}
            log.exception("learning stage %s failed", name)
    finished = time.time()
    svc.store.execute(
        "UPDATE job_runs SET finished_at = :f, ok = :ok, detail = :d WHERE id = :id",
        {"f": finished, "ok": 1 if ok else 0, "d": to_json(summaries), "id": run_id},
    )
    DURATION.observe(finished - started)
    RUNS.labels(result="success" if ok else "failure").inc()
    if ok:
        LAST_SUCCESS.set(finished)
    svc.snapshot.refresh()
    return {"result": "success" if ok else "failure", "stages": summaries}


def start_scheduler(svc: Services) -> BackgroundScheduler:
    """Run a pass every `learn_interval_seconds`, the first shortly after start."""
    scheduler = BackgroundScheduler(daemon=True, job_defaults={"coalesce": True, "max_instances": 1})
    scheduler.add_job(
        run_learning,
        "interval",
        seconds=svc.settings.learn_interval_seconds,
        args=[svc],
        id="learn",
        next_run_time=None,
    )
    scheduler.start()
    scheduler.modify_job("learn", next_run_time=_soon())
    return scheduler


def _soon():
    from datetime import UTC, datetime, timedelta

    return datetime.now(UTC) + timedelta(seconds=5)


def install(svc: Services) -> None:
    svc.background_starters.append(start_scheduler)
