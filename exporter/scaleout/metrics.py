"""Learning progress on /metrics, read from the task ledger at scrape and cached briefly.

Why at scrape and not from the process's own counters: the work happens in worker processes that
Prometheus does not scrape, and every API replica must show the same figures. No label carries an
org id: how many orgs are overdue and the oldest age are enough to alert on;
`learning-exporter tasks` names them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from exporter.jobs import Stage
from exporter.metrics import PREFIX
from exporter.scaleout import ledger

if TYPE_CHECKING:
    from exporter.service import Services

STALE_INTERVALS = 3


class LedgerCollector(Collector):
    """Tasks by stage and state, and how overdue the orgs are, from `learning_tasks`."""

    def __init__(self, store: Any, interval: float, stages: Callable[[], list[str]], cache_seconds: float = 10.0):
        self.store = store
        self.interval = interval
        self.stages = stages
        self.cache_seconds = cache_seconds
        self._cached: tuple[float, list[Metric]] | None = None
        self._lock = threading.Lock()

    def describe(self) -> Iterable[Metric]:
        return self._families({}, [])

    def collect(self) -> Iterable[Metric]:
        with self._lock:
            now = time.time()
            if self._cached is None or now - self._cached[0] > self.cache_seconds:
                try:
                    families = self._families(ledger.counts(self.store, now), ledger.pass_ages(self.store, now))
                except Exception:  # the store is down: store_up says so; serve nothing stale
                    families = []
                self._cached = (now, families)
            return list(self._cached[1])

    def _families(self, counts: dict[tuple[str, str], int], ages: list[dict[str, Any]]) -> list[Metric]:
        tasks = GaugeMetricFamily(
            f"{PREFIX}_learning_tasks",
            "Learning tasks queued in the last 24 h by stage and state (queued, running, retrying, succeeded, "
            "failed; retried counts tasks that needed more than one attempt). Zero without a Celery broker.",
            labels=["stage", "state"],
        )
        stale = GaugeMetricFamily(
            f"{PREFIX}_learning_orgs_stale",
            f"Orgs whose stage has not succeeded for {STALE_INTERVALS} learning intervals (Celery mode).",
            labels=["stage"],
        )
        oldest = GaugeMetricFamily(
            f"{PREFIX}_learning_oldest_org_pass_age_seconds",
            "Seconds since the least recently learned org's last successful task, by stage (Celery mode).",
            labels=["stage"],
        )
        for stage in self.stages():
            for state in (*ledger.STATES, "retried"):
                tasks.add_metric([stage, state], counts.get((stage, state), 0))
            mine = [a["age"] for a in ages if a["stage"] == stage]
            stale.add_metric([stage], sum(a > STALE_INTERVALS * self.interval for a in mine))
            oldest.add_metric([stage], max(mine, default=0.0))
        return [tasks, stale, oldest]


def worker_stages(svc: Services) -> list[str]:
    """The stages that run as tasks (every stage but those holding a serving process's own state)."""
    return [s.name for s in map(Stage.of, svc.learning_stages) if not s.local]
