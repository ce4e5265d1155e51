"""The Celery app and its one task: run one stage of the learning pass for one org.

Why acks_late with reject_on_worker_lost: a worker killed mid-task (OOM, node drained, kill -9)
never acknowledged the message, so the broker hands it to another worker, which finds the ledger
row not yet succeeded and runs it again. Every stage writes an org's results in one transaction
and keys them by what they describe (a pattern, a recommendation's identity), so a second run of
the same (org, stage, pass) writes the same rows, never a second copy.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from celery import Celery
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_process_init

from exporter.config import Settings
from exporter.jobs import Stage
from exporter.scaleout import ledger

if TYPE_CHECKING:
    from exporter.service import Services

log = logging.getLogger(__name__)

TASK_NAME = "learning_exporter.learn_stage"
MAX_RETRIES = 3


def make_app(settings: Settings) -> Celery:
    """A Celery app for the configured broker; the API replicas use it only to send."""
    limit = settings.celery_task_time_limit_seconds
    app = Celery("learning_exporter", broker=settings.celery_broker_url, set_as_current=False)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,  # a slow org holds one message, not a prefetched queue
        task_time_limit=limit,
        task_soft_time_limit=max(1, limit - 30) if limit > 60 else max(1, int(limit * 0.8)),
        task_ignore_result=True,
        task_default_queue=settings.celery_queue,
        # Redis redelivers an unacknowledged message after the visibility timeout: longer than a
        # task may run, or a slow task would run twice at once.
        broker_transport_options={"visibility_timeout": limit + 60},
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
    )
    app.task(name=TASK_NAME, bind=True, max_retries=MAX_RETRIES, acks_late=True)(_learn_stage)
    return app


class _Worker:
    """The worker process's services, built on its first task (after the pool forked)."""

    services: Services | None = None


def _services() -> Services:
    if _Worker.services is None:
        from exporter.service import Services

        svc = Services.build(Settings())
        svc.ensure_schema()
        _Worker.services = svc
    return _Worker.services


def send(app: Celery, org: str, stages: list[str], slot: int) -> None:
    """Send the task of `stages[0]` for the org; the rest follow it, one task each."""
    app.send_task(TASK_NAME, args=[org, stages[0], slot, stages[1:]])


@worker_process_init.connect
def _warm_up(**_: Any) -> None:
    """Build the services and load the embedding model before the first task, not inside it: a task's
    time is then its org's work, and a pod short of memory fails at start, not mid-pass."""
    from exporter.text.embeddings import embed

    _services()
    embed(["warm-up"])


def _learn_stage(task: Any, org: str, stage: str, slot: int, then: list[str] | None = None) -> dict[str, Any]:
    svc = _services()
    key = ledger.TaskKey(org, stage, int(slot))
    try:
        result = run_task(svc, key)
    except SoftTimeLimitExceeded:
        ledger.finish(svc.store, key, time.time(), "failed", error="time limit exceeded")
        result = {"failed": "time limit exceeded"}
    except Exception as exc:
        retries = task.request.retries
        if retries < MAX_RETRIES:
            ledger.finish(svc.store, key, time.time(), "retrying", error=str(exc))
            raise task.retry(exc=exc, countdown=min(30, 2**retries)) from exc
        log.exception("learning task %s failed after %d attempts", key, retries + 1)
        ledger.finish(svc.store, key, time.time(), "failed", error=str(exc))
        result = {"failed": str(exc)[:500]}
    if then:  # the org's next stage runs whether this one succeeded or failed
        send(task.app, org, list(then), int(slot))
    return result


def run_task(svc: Services, key: ledger.TaskKey) -> dict[str, Any]:
    """Run one (org, stage, pass) unless it already succeeded; the ledger row records the outcome."""
    pass_now = ledger.claim(svc.store, key, time.time())
    if pass_now is None:
        log.info("learning task %s already done: skipped", key)
        return {"skipped": "already succeeded"}
    stage = stage_named(svc, key.stage)
    t0 = time.perf_counter()
    summary = stage.run(svc, pass_now) if key.org == ledger.GLOBAL else stage.run_org(svc, key.org, pass_now)
    ledger.finish(svc.store, key, time.time(), "succeeded", summary={"result": summary})
    log.info("learning task %s done in %.2fs", key, time.perf_counter() - t0)
    return {"done": True}


def stage_named(svc: Services, name: str) -> Stage:
    for stage in map(Stage.of, svc.learning_stages):
        if stage.name == name:
            return stage
    raise KeyError(f"no learning stage named {name!r}")
