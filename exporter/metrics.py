"""The exporter's own metrics (prefix `aihelper_`).

Live counters and histograms are module-level and updated where the event happens. Figures that
come from the store are served by `SnapshotCollector`, which computes them from the store itself
(a few aggregate queries, cached for `SNAPSHOT_MAX_AGE_SECONDS`) rather than from the state of
whichever process ran the last learning pass: every replica, and a pass run by a CronJob or the
CLI in another process, show the same figures. No label carries a user id or free text: every
label value comes from a bounded enumeration or a top-N group; the one family with an org and a
recommendation id (`aihelper_recommendation_created_timestamp_seconds`, what a notice is raised
from) is capped per kind. The process's own figures (`process_*`, `python_*`) come from
prometheus_client's standard collectors, and every HTTP request is counted by route template.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping

from prometheus_client import (
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    disable_created_metrics,
)
from prometheus_client.core import Metric
from prometheus_client.registry import Collector

from exporter.ingest.schemas import EVENT_KINDS, RATINGS
from exporter.privacy.redaction import REDACTION_TYPES

log = logging.getLogger(__name__)

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
# Ratings arrive through two doors (the feedback API and `feedback` audit events); both count here.
FEEDBACK_TARGETS = ("case", "recommendation", "query", "answer")
FEEDBACK = Counter(
    f"{PREFIX}_feedback_total",
    "Ratings received (feedback API and feedback audit events), by target and rating.",
    ["target", "rating"],
    registry=REGISTRY,
)
HTTP_REQUESTS = Counter(
    f"{PREFIX}_http_requests_total",
    "HTTP requests answered, by route template (\"unmatched\" for none), method and status code.",
    ["route", "method", "status"],
    registry=REGISTRY,
)
HTTP_SECONDS = Histogram(
    f"{PREFIX}_http_request_duration_seconds",
    "Time to answer one HTTP request, by route template and method.",
    ["route", "method"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
    registry=REGISTRY,
)
# The standard process and runtime figures (memory against the pod's limit, open fds, GC).
for _collector in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):
    REGISTRY.register(_collector)

for _kind in EVENT_KINDS:
    EVENTS_INGESTED.labels(kind=_kind)
for _reason in ("invalid", "too_large", "unsupported_media_type", "forbidden"):
    REJECTED.labels(reason=_reason)
for _type in REDACTION_TYPES:
    REDACTIONS.labels(type=_type)
for _status in ("firing", "resolved"):
    ALERTS_INGESTED.labels(status=_status)
for _target in FEEDBACK_TARGETS:
    for _rating in RATINGS:
        FEEDBACK.labels(target=_target, rating=_rating)


def count_redactions(counts: Mapping[str, int]) -> None:
    for kind, n in counts.items():
        if n:
            REDACTIONS.labels(type=kind if kind in REDACTION_TYPES else "custom").inc(n)


#: How long a scrape may reuse store-derived figures: shorter than any scrape interval worth
#: using, long enough that several Prometheus servers (HA pairs) scraping at once query once.
SNAPSHOT_MAX_AGE_SECONDS = 10.0

Producer = Callable[[], Iterable[Metric]]


class SnapshotCollector(Collector):
    """Serves store-derived metric families, computed from the store and cached briefly.

    Producers (one per capability) build families from the store; a scrape older than
    `max_age` runs them again, one scrape at a time (the others wait and reuse the result).
    A producer that fails keeps its previous families, and while the store's health check fails
    no recompute is tried, so a store outage shows as `aihelper_store_up 0`, not as figures
    vanishing or a scrape that times out. `refresh()` forces a recompute (after a
    pass, so the server's next scrape shows it at once). `describe()` names every family, so the
    registry refuses a second collector that would serve the same name.
    """

    def __init__(self, max_age: float = SNAPSHOT_MAX_AGE_SECONDS, clock: Callable[[], float] = time.monotonic) -> None:
        #: "Now" for producers that judge what is still active (unexpired recommendations): the
        #: wall clock, except where a whole service runs on a replayed history (the e2e demo).
        self.wall_clock: Callable[[], float] = time.time
        #: Whether the store answered its last health check: while it does not, a scrape serves
        #: the previous figures at once instead of waiting out a connection timeout per producer
        #: (which would outlast Prometheus's scrape timeout and read as "exporter down").
        self.store_up: Callable[[], bool] = lambda: REGISTRY.get_sample_value(f"{PREFIX}_store_up") != 0
        self._producers: list[Producer] = []
        self._last: dict[int, list[Metric]] = {}
        self._at: float | None = None
        self.max_age = max_age
        self._clock = clock
        self._lock = threading.Lock()

    def register(self, producer: Producer) -> None:
        self._producers.append(producer)
        self._at = None

    def refresh(self) -> None:
        with self._lock:
            self._refresh()

    def _refresh(self) -> None:
        for i, producer in enumerate(self._producers):
            try:
                self._last[i] = list(producer())
            except Exception as exc:  # a scrape must not fail because one producer's store is away
                log.warning("store-derived metrics of %r failed, serving the previous ones: %s", producer, exc)
        self._at = self._clock()

    def collect(self) -> Iterable[Metric]:
        with self._lock:
            stale = self._at is None or self._clock() - self._at >= self.max_age
            if stale and self.store_up():
                self._refresh()
            return [m for i in range(len(self._producers)) for m in self._last.get(i, [])]

    def describe(self) -> Iterable[Metric]:
        """Empty families with each name this collector serves (computed once if never yet)."""
        out = []
        for family in self.collect():
            out.append(Metric(family.name, family.documentation, family.type, family.unit))
        return out


def app_registry(snapshot: SnapshotCollector) -> CollectorRegistry:
    """A registry for one app: the process-wide live metrics plus that app's store-derived ones.

    Registering both in one registry with describe() makes a name served twice (a live metric and
    a store figure of the same name) an error at start, not two clashing series in a scrape.
    """
    registry = CollectorRegistry(auto_describe=True)
    registry.register(_Delegate(REGISTRY))
    registry.register(snapshot)
    return registry


class _Delegate(Collector):
    def __init__(self, inner: CollectorRegistry):
        self.inner = inner

    def collect(self) -> Iterable[Metric]:
        return self.inner.collect()

    def describe(self) -> Iterable[Metric]:
        return [Metric(m.name, m.documentation, m.type, m.unit) for m in self.inner.collect()]


def instrument(app) -> None:
    """Count and time every request of a Flask app by its route template (bounded), method and status."""
    from flask import g, request

    @app.before_request
    def _start() -> None:
        g._aihelper_started = time.perf_counter()

    @app.after_request
    def _count(response):
        started = getattr(g, "_aihelper_started", None)
        rule = request.url_rule
        route = rule.rule if rule is not None else "unmatched"
        method = request.method if request.method in _METHODS else "other"
        HTTP_REQUESTS.labels(route=route, method=method, status=str(response.status_code)).inc()
        if started is not None:
            HTTP_SECONDS.labels(route=route, method=method).observe(time.perf_counter() - started)
        return response


_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
