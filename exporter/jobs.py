"""The learning pass: one schedule inside the service (and `learning-exporter learn` once).

Capabilities add stages (`svc.learning_stages`); a pass runs them in order. A stage that works
org by org says so (`Stage.orgs` and `Stage.run_org`): in process its pass is that loop, and with a
Celery broker configured (`exporter.scaleout`) each (org, stage) becomes one task on the workers,
while `local` stages (in-memory state of a serving process) run in every replica. Only one replica
runs a pass at a time when several share PostgreSQL: the pass holds a database advisory lock
(not a file), and a replica that cannot take it skips this round. Every pass is recorded in
`job_runs` so "the learning job is not running" is visible as a metric and an alert: the
last-success time is read from that table at scrape, so a pass run by a CronJob or the CLI in
another process moves every replica's /metrics.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from apscheduler.schedulers.background import BackgroundScheduler
from prometheus_client import Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric

from exporter.metrics import PREFIX, REGISTRY
from exporter.scaleout.priority import background_pass
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
LAST_SUCCESS_NAME = f"{PREFIX}_learning_last_success_timestamp_seconds"
DURATION = Histogram(
    f"{PREFIX}_learning_duration_seconds",
    "Wall time of one learning pass.",
    buckets=(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600),
    registry=REGISTRY,
)

LOCK_NAME = "learning-exporter:learn"


class Stage(NamedTuple):
    """One stage of the learning pass.

    `run(svc, now)` does the whole stage. A stage that works org by org also gives `orgs(svc, now)`
    (the orgs due) and `run_org(svc, org, now)`, and its `run` is exactly the loop over them, so
    the in-process pass and a Celery worker run the same code. `local` marks state held in the
    serving process (an in-memory index): it never runs on a worker.
    """

    name: str
    run: Callable[[Services, float], object]
    orgs: Callable[[Services, float], list[str]] | None = None
    run_org: Callable[[Services, str, float], object] | None = None
    local: bool = False

    @classmethod
    def of(cls, entry: Stage | tuple) -> Stage:
        return entry if isinstance(entry, Stage) else cls(*entry)


def per_org(
    name: str, orgs: Callable[[Services, float], list[str]], run_org: Callable[[Services, str, float], object]
) -> Stage:
    """A stage whose pass is `run_org` for each of `orgs`; one org's failure does not stop the others."""

    def run(svc: Services, now: float) -> dict[str, Any]:
        summary: dict[str, Any] = {}
        failed = []
        for org in orgs(svc, now):
            try:
                summary[org] = run_org(svc, org, now)
            except Exception as exc:
                log.exception("learning stage %s failed for org %s", name, org)
                summary[org] = {"error": str(exc)[:500]}
                failed.append(org)
        if failed:
            raise StageFailed(f"{name} failed for {len(failed)} org(s): {', '.join(failed[:10])}", summary)
        return summary

    return Stage(name, run, orgs, run_org)


class StageFailed(Exception):
    """Some orgs failed; the others' work is done and kept."""

    def __init__(self, message: str, summary: dict[str, Any]):
        super().__init__(message)
        self.summary = summary
_local_lock = threading.Lock()


def run_learning(svc: Services, now: float | None = None) -> dict[str, Any]:
    """Run every stage once; returns {"result": ..., "stages": {name: summary}}.

    With a Celery broker configured the pass is enqueued for the workers instead (the replica
    holding the lock is the scheduler) and only `local` stages run here, in every replica.
    """
    now = time.time() if now is None else now
    if svc.settings.celery_broker_url:
        from exporter.scaleout.schedule import run_distributed

        return run_distributed(svc, now)
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
    for stage in map(Stage.of, svc.learning_stages):
        ok = run_stage(svc, stage, now, summaries) and ok
    finished = time.time()
    svc.store.execute(
        "UPDATE job_runs SET finished_at = :f, ok = :ok, detail = :d WHERE id = :id",
        {"f": finished, "ok": 1 if ok else 0, "d": to_json(summaries), "id": run_id},
    )
    DURATION.observe(finished - started)
    RUNS.labels(result="success" if ok else "failure").inc()
    svc.snapshot.refresh()
    return {"result": "success" if ok else "failure", "stages": summaries}


def run_stage(svc: Services, stage: Stage, now: float, summaries: dict[str, Any]) -> bool:
    """Run one whole stage into `summaries`; False when it (or one of its orgs) failed."""
    t0 = time.perf_counter()
    try:
        summaries[stage.name] = stage.run(svc, now)
        log.info("learning stage %s done in %.2fs", stage.name, time.perf_counter() - t0)
        return True
    except StageFailed as exc:
        summaries[stage.name] = exc.summary
    except Exception as exc:  # one failing stage must not stop the others
        summaries[stage.name] = {"error": str(exc)[:500]}
        log.exception("learning stage %s failed", stage.name)
    return False


def replay_clock(svc: Services):
    """The time the scheduled passes run as of: the wall clock, or `learn_now` advancing from the start.

    With `learn_now` set, a backfilled history is learned at its own time (peaks, spikes and
    retention all judge it as of then) instead of the wall clock calling it too old.
    """
    start = svc.settings.learn_now
    if start is None:
        return time.time
    offset = start.timestamp() - time.time()
    return lambda: time.time() + offset


def _scheduled_pass(svc: Services, clock) -> dict[str, Any]:
    # The server's own pass shares the process with request threads: it runs as background work.
    with background_pass():
        return run_learning(svc, clock())


def start_scheduler(svc: Services) -> BackgroundScheduler:
    """Run a pass every `learn_interval_seconds`, the first shortly after start."""
    scheduler = BackgroundScheduler(daemon=True, job_defaults={"coalesce": True, "max_instances": 1})
    scheduler.add_job(
        _scheduled_pass,
        "interval",
        seconds=svc.settings.learn_interval_seconds,
        args=[svc, replay_clock(svc)],
        id="learn",
        next_run_time=None,
    )
    scheduler.start()
    scheduler.modify_job("learn", next_run_time=_soon())
    return scheduler


def _soon():
    from datetime import UTC, datetime, timedelta

    return datetime.now(UTC) + timedelta(seconds=5)


def last_success(store: Any) -> float:
    """When the last pass of any process (server, replica, CronJob, CLI) finished well, or, on Celery
    workers, the last task that did; 0 before one."""
    value = store.scalar(
        "SELECT MAX(t) AS t FROM (SELECT MAX(finished_at) AS t FROM job_runs WHERE job = 'learn' AND ok = 1 "
        "UNION ALL SELECT MAX(finished_at) AS t FROM learning_tasks WHERE state = 'succeeded') AS done"
    )
    return float(value or 0.0)


def job_families(svc: Services) -> list[Metric]:
    """From `job_runs`, not from this process: a pass another process ran counts on every replica."""
    family = GaugeMetricFamily(LAST_SUCCESS_NAME, "Unix time the last learning pass finished successfully (0 before the first).")
    family.add_metric([], last_success(svc.store))
    return [family]


def install(svc: Services) -> None:
    svc.background_starters.append(start_scheduler)
    svc.snapshot.register(lambda: job_families(svc))
