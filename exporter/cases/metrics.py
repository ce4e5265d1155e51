"""The troubleshooting memory's metrics: live ones here, store-derived ones from a snapshot producer.

Live counters and histograms are updated where the event happens (a match, an outcome, a
case assembled; ratings count with the core metrics, `exporter.knowledge.feedback`). Figures about the whole library (cases per confidence band, stale
cases, the helpful ratio, the share of troubleshooting sessions that used a past case) come from
the store and are computed when the snapshot is refreshed, never on the scrape. No label carries
an org, a user, a case id or text.
"""

from __future__ import annotations

import logging
import time
from collections import Counter as Tally
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from prometheus_client import Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric

from exporter.cases.quality import BANDS, QualityPolicy, quality
from exporter.metrics import PREFIX, REGISTRY

if TYPE_CHECKING:
    from exporter.service import Services

log = logging.getLogger(__name__)

MATCHES = Counter(
    f"{PREFIX}_case_matches_total",
    "Case match requests served, by result (hit: at least one case returned, empty: none).",
    ["result"],
    registry=REGISTRY,
)
MATCH_SECONDS = Histogram(
    f"{PREFIX}_case_match_duration_seconds",
    "Time to rank past cases for one new problem (embedding, lexical and semantic search, scoring).",
    buckets=(0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5),
    registry=REGISTRY,
)
OUTCOMES = Counter(
    f"{PREFIX}_case_outcomes_total",
    "Suggested fixes applied, by result (resolved, partially, not_resolved).",
    ["status"],
    registry=REGISTRY,
)
ASSEMBLED = Counter(
    f"{PREFIX}_cases_assembled_total",
    "Cases assembled from troubleshooting sessions by the learning job.",
    registry=REGISTRY,
)
TIME_TO_RESOLUTION = Histogram(
    f"{PREFIX}_troubleshooting_time_to_resolution_seconds",
    "Time from the problem statement to the confirmed fix, by whether a past case was suggested (yes/no).",
    ["suggested"],
    buckets=(60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 43200, 86400),
    registry=REGISTRY,
)

for _r in ("hit", "empty"):
    MATCHES.labels(result=_r)
for _s in ("resolved", "partially", "not_resolved"):
    OUTCOMES.labels(status=_s)
for _s in ("yes", "no"):
    TIME_TO_RESOLUTION.labels(suggested=_s)

USE_WINDOW_SECONDS = 30 * 86400


def snapshot_families(store: Any, policy: QualityPolicy, now: float | None = None) -> list[Metric]:
    """Store-derived families over every org (no org label): bands, stale cases, ratios."""
    now = time.time() if now is None else now
    rows = store.query(
        "SELECT confidence, reuse_count, helpful_count, partial_count, not_helpful_count, resolution_count, "
        "resolution_seconds_total, created_at, last_confirmed_at, outcome, last_success_at, last_failed_at "
        "FROM cases WHERE status = 'active'"
    )
    bands: Tally = Tally()
    stale = 0
    for row in rows:
        q = quality(row, now, policy)
        bands[q.band] += 1
        stale += q.stale
    by_band = GaugeMetricFamily(
        f"{PREFIX}_cases", "Active troubleshooting cases by confidence band of their decayed quality.", labels=["band"]
    )
    for name, _floor in BANDS:
        by_band.add_metric([name], bands[name])
    stale_g = GaugeMetricFamily(
        f"{PREFIX}_cases_stale", "Active cases not confirmed within the re-validation period, or whose fix failed since it last worked."
    )
    stale_g.add_metric([], stale)

    ratings = {r["rating"]: int(r["n"]) for r in store.query(
        "SELECT rating, COUNT(*) AS n FROM feedback WHERE target = 'case' GROUP BY rating"
    )}
    total = sum(ratings.values())
    ratio = GaugeMetricFamily(
        f"{PREFIX}_case_feedback_helpful_ratio",
        "Share of all ratings of cases that were 'helpful' (0 before the first rating).",
    )
    ratio.add_metric([], ratings.get("helpful", 0) / total if total else 0.0)

    since = now - USE_WINDOW_SECONDS
    sessions = int(store.scalar(
        "SELECT COUNT(*) AS n FROM sessions WHERE session_type = 'troubleshooting' AND started_at >= :t",
        {"t": since},
    ) or 0)
    used = int(store.scalar(
        "SELECT COUNT(*) AS n FROM sessions s WHERE s.session_type = 'troubleshooting' AND s.started_at >= :t "
        "AND EXISTS (SELECT 1 FROM case_uses u WHERE u.org_id = s.org_id AND u.session_id = s.session_id)",
        {"t": since},
    ) or 0)
    share = GaugeMetricFamily(
        f"{PREFIX}_troubleshooting_sessions_with_case_ratio",
        "Share of troubleshooting sessions started in the last 30 days that were given or applied a past case.",
    )
    share.add_metric([], used / sessions if sessions else 0.0)
    return [by_band, stale_g, ratio, share]


class SnapshotProducer:
    """Keeps the last good families, so a store outage leaves the figures as they were, not empty."""

    def __init__(self, svc: Services):
        self.svc = svc
        self.last: list[Metric] = []

    def __call__(self) -> Iterable[Metric]:
        try:
            self.last = snapshot_families(self.svc.store, QualityPolicy.from_settings(self.svc.settings))
        except Exception as exc:  # a scrape must not fail because the store is away
            log.warning("case metrics snapshot failed, keeping the previous one: %s", exc)
        return self.last
