"""The scheduler side: the replica holding the learning lock enqueues the pass for the workers.

Why the existing leader and not Celery beat: the lock already elects exactly one scheduler among
the replicas, and a second scheduler would only find the ledger rows there and send nothing.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from exporter.jobs import LOCK_NAME, RUNS, Stage, run_stage
from exporter.scaleout import ledger

if TYPE_CHECKING:
    from exporter.service import Services

log = logging.getLogger(__name__)


def run_distributed(svc: Services, now: float) -> dict[str, Any]:
    """Run this replica's local stages, then (if this replica holds the lock) enqueue the pass."""
    summaries: dict[str, Any] = {}
    stages = [Stage.of(s) for s in svc.learning_stages]
    ok = all([run_stage(svc, s, now, summaries) for s in stages if s.local])
    with svc.store.job_lock(LOCK_NAME) as got:
        if not got:
            RUNS.labels(result="skipped").inc()
            return {"result": "skipped", "reason": "another replica holds the learning lock", "stages": summaries}
        sent = enqueue_pass(svc, now, [s for s in stages if not s.local])
    RUNS.labels(result="success" if ok else "failure").inc()
    return {"result": "enqueued" if ok else "failure", "enqueued": sent, "stages": summaries}


def enqueue_pass(svc: Services, now: float, stages: list[Stage]) -> dict[str, int]:
    """Record every (org, stage) of this pass slot that is due and send each org's first task.

    An org's stages run in their registered order, one task each (`tasks` sends the next when one
    ends, succeeded or failed): cases are assembled before the usage pass reads them, as in process,
    while different orgs run on different workers at once.
    """
    from exporter.scaleout.tasks import send

    slot = ledger.slot_of(now, svc.settings.learn_interval_seconds)
    plan: dict[str, list[str]] = {}
    for stage in stages:
        for org in stage.orgs(svc, now) if stage.orgs else [ledger.GLOBAL]:
            plan.setdefault(org, []).append(stage.name)
    sent: dict[str, int] = {}
    for org, names in plan.items():
        new = set(ledger.enqueue(svc.store, org, names, slot, now, time.time()))
        todo = [n for n in names if n in new]
        if not todo:
            continue
        try:
            send(svc.celery_app(), org, todo, slot)
        except Exception:
            # Unsent rows leave the ledger, so the next scheduler tick of this slot sends them.
            ledger.withdraw(svc.store, [ledger.TaskKey(org, n, slot) for n in todo])
            raise
        for name in todo:
            sent[name] = sent.get(name, 0) + 1
    log.info("learning pass %s enqueued: %s", slot, sent)
    return sent
