"""Live metrics of the query memory, plus the store-derived count of cache entries by state.

Lookups, time saved and latency are counted where the lookup happens. How many entries are live
or expired is a store figure, so it comes from a snapshot producer that the learning pass (or a
test) refreshes, never from the scrape itself.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable

from prometheus_client import Counter, Gauge, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric

from exporter.metrics import PREFIX, REGISTRY
from exporter.store import Store

DECISIONS = ("hit", "partial", "miss")

LOOKUPS = Counter(
    f"{PREFIX}_query_cache_lookups_total",
    "Query-memory lookups by decision (hit, partial, miss).",
    ["decision"],
    registry=REGISTRY,
)
HIT_RATIO = Gauge(
    f"{PREFIX}_query_cache_hit_ratio",
    "Share of lookups answered with a hit since this process started (0-1).",
    registry=REGISTRY,
)
TIME_SAVED = Counter(
    f"{PREFIX}_query_cache_time_saved_seconds_total",
    "Estimated query time saved: the recorded execution time of each cached result served as a hit.",
    registry=REGISTRY,
)
LOOKUP_SECONDS = Histogram(
    f"{PREFIX}_query_cache_lookup_duration_seconds",
    "Time to answer one lookup, embedding included.",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
    registry=REGISTRY,
)
for _d in DECISIONS:
    LOOKUPS.labels(decision=_d)

# The ratio gauge needs the totals; prometheus_client exposes no public read of a counter's value.
_tally = dict.fromkeys(DECISIONS, 0)
_tally_lock = threading.Lock()


def observe_lookup(decision: str, seconds: float, saved_seconds: float) -> None:
    LOOKUPS.labels(decision=decision).inc()
    with _tally_lock:
        _tally[decision] += 1
        total = sum(_tally.values())
        HIT_RATIO.set(_tally["hit"] / total)
    LOOKUP_SECONDS.observe(seconds)
    if saved_seconds > 0:
        TIME_SAVED.inc(saved_seconds)


def entries_producer(store: Store, clock: Callable[[], float] = time.time) -> Callable[[], Iterable[Metric]]:
    """Cache entries by state across all orgs: `live` still matchable, `expired` kept for trends only."""

    def produce() -> Iterable[Metric]:
        row = store.one(
            "SELECT SUM(CASE WHEN expires_at > :now THEN 1 ELSE 0 END) AS live, "
            "SUM(CASE WHEN expires_at <= :now THEN 1 ELSE 0 END) AS expired "
            "FROM query_executions WHERE success = 1",
            {"now": clock()},
        ) or {}
        family = GaugeMetricFamily(
            f"{PREFIX}_query_cache_entries",
            "Recorded query results by cache state (live: within TTL and matchable; expired: kept for trends).",
            labels=["state"],
        )
        for state in ("live", "expired"):
            family.add_metric([state], float(row.get(state) or 0))
        return [family]

    return produce


def learned_aliases_producer(store: Store) -> Callable[[], Iterable[Metric]]:
    """Aliases learned from executed queries across all orgs, by the admin's decision (no org or user label)."""

    def produce() -> Iterable[Metric]:
        counts = {r["state"]: int(r["n"]) for r in store.query(
            "SELECT state, COUNT(*) AS n FROM learned_aliases GROUP BY state")}
        family = GaugeMetricFamily(
            f"{PREFIX}_query_cache_learned_aliases",
            "Aliases learned from the org's executed queries, by state (proposed: used until an admin decides; "
            "accepted; rejected: never used).",
            labels=["state"],
        )
        for state in ("proposed", "accepted", "rejected"):
            family.add_metric([state], float(counts.get(state, 0)))
        return [family]

    return produce
