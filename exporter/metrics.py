"""The exporter's own metrics (prefix `aihelper_`).

Live counters and histograms are module-level and updated where the event happens. Figures that
come from the store are served by `SnapshotCollector` from a snapshot the learning job computes,
so a scrape is cheap and never queries the database per series. No label ever carries a user id,
org id or free text: every label value comes from a bounded enumeration or a top-N group.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info, disable_created_metrics
from prometheus_client.core import Metric
from prometheus_client.registry import Collector

from exporter.redaction import REDACTION_TYPES
from exporter.schemas import EVENT_KINDS

PREFIX = "aihelper"
# `_created` series double every counter's cardinality and no dashboard or rule here uses them.
disable_created_metrics()
REGISTRY = CollectorRegistry(auto_describe=True)

EVENTS_INGESTED = Counter(
    f"{PREFIX}_events_ingested_total", "Audit events stored, by kind.", ["kind"], registry=REGISTRY
)
EVENTS_DUPLICATE = Counter(
    f"{PREFIX}_events_duplicate_total", "Audit events skipped because their id was already stored.", registry=REGISTRY
)
REJECTED = Counter(
    f"{PREFIX}_ingest_rejected_total",
    "Items rejected at ingest, by reason (invalid, too_large, unsupported_media_type, forbidden).",
    ["reason"],
    registry=REGISTRY,
)
REDACTIONS = Counter(
    f"{PREFIX}_redactions_total", "Secrets and PII replaced before storage, by type.", ["type"], registry=REGISTRY
)
ALERTS_INGESTED = Counter(
    f"{PREFIX}_alert_events_ingested_total", "Alertmanager alerts received, by status.", ["status"], registry=REGISTRY
)
QUERIES_RECORDED = Counter(
    f"{PREFIX}_query_summaries_recorded_total", "Executed-query summaries stored.", registry=REGISTRY
)
INGEST_SECONDS = Histogram(
    f"{PREFIX}_ingest_duration_seconds",
    "Time to validate, redact and store one ingest request, by endpoint.",
    ["endpoint"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
    registry=REGISTRY,
)
STORE_UP = Gauge(f"{PREFIX}_store_up", "1 when the last store health check succeeded.", registry=REGISTRY)
SCHEMA_VERSION = Gauge(f"{PREFIX}_schema_version", "Applied schema migration count.", registry=REGISTRY)
BUILD = Info(f"{PREFIX}_build", "Build facts of the running exporter.", registry=REGISTRY)

for _kind in EVENT_KINDS:
    EVENTS_INGESTED.labels(kind=_kind)
for _reason in ("invalid", "too_large", "unsupported_media_type", "forbidden"):
    REJECTED.labels(reason=_reason)
for _type in REDACTION_TYPES:
    REDACTIONS.labels(type=_type)
for _status in ("firing", "resolved"):
    ALERTS_INGESTED.labels(status=_status)


def count_redactions(counts: Mapping[str, int]) -> None:
    for kind, n in counts.items():
        if n:
            REDACTIONS.labels(type=kind if kind in REDACTION_TYPES else "custom").inc(n)


class SnapshotCollector(Collector):
    """Serves store-derived metric families from the latest snapshot.

    Producers (the learning job, the health monitor) register a function that builds families
    from their own state; `refresh()` runs them off the scrape path and swaps the result in.
    """

    def __init__(self) -> None:
        self._producers: list[Callable[[], Iterable[Metric]]] = []
        self._families: list[Metric] = []
        self._lock = threading.Lock()

    def register(self, producer: Callable[[], Iterable[Metric]]) -> None:
        self._producers.append(producer)

    def refresh(self) -> None:
        families: list[Metric] = []
        for producer in self._producers:
            families.extend(producer())
        with self._lock:
            self._families = families

    def collect(self) -> Iterable[Metric]:
        with self._lock:
            return list(self._families)

    def describe(self) -> Iterable[Metric]:
        return []


def app_registry(snapshot: SnapshotCollector) -> CollectorRegistry:
    """A registry for one app: the process-wide live metrics plus that app's own snapshot."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Delegate(REGISTRY))
    registry.register(snapshot)
    return registry


class _Delegate(Collector):
    def __init__(self, inner: CollectorRegistry):
        self.inner = inner

    def collect(self) -> Iterable[Metric]:
        return self.inner.collect()
