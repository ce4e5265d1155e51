"""Store-derived learning figures for /metrics, built by `SnapshotCollector.refresh()`, never by a scrape.

The group label is "alertname/severity/service" of the top groups by volume (the same bound the
pass uses), never an org: when two orgs share a group their figures are added up (rates and
baselines summed, the earliest next peak and latest change point kept), which is what one
deployment's dashboards and alerts need.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from prometheus_client.core import GaugeMetricFamily, Metric

from exporter.learning.detect import HIGH, MEDIUM
from exporter.learning.recommend import ALL_KINDS
from exporter.metrics import PREFIX
from exporter.store import from_json

if TYPE_CHECKING:
    from exporter.service import Services

BANDS = ("low", "medium", "high")


def producer(svc: Services):
    def produce() -> Iterable[Metric]:
        return families(svc.store, svc.settings.learn_top_groups, time.time())

    return produce


def families(store, top_groups: int, now: float) -> list[Metric]:
    rate = GaugeMetricFamily(f"{PREFIX}_alert_rate_per_hour", "Alerts started in the last full hour, by alert group.",
                             labels=["group"])
    base = GaugeMetricFamily(f"{PREFIX}_alert_baseline_per_hour",
                             "Usual alerts per hour for this hour of the week, by alert group.", labels=["group"])
    ratio = GaugeMetricFamily(f"{PREFIX}_alert_rate_ratio",
                              "Last full hour's alerts divided by the usual for that hour (absent when the usual is 0).",
                              labels=["group"])
    expected = GaugeMetricFamily(f"{PREFIX}_seasonal_peak_expected",
                                 "1 when a recurring peak of the group is expected within the lead time, else 0.",
                                 labels=["group"])
    next_peak = GaugeMetricFamily(f"{PREFIX}_seasonal_peak_next_timestamp_seconds",
                                  "Unix time the group's next recurring peak is expected to start.", labels=["group"])
    last_cp = GaugeMetricFamily(f"{PREFIX}_change_point_last_timestamp_seconds",
                                "Unix time of the group's latest lasting level shift.", labels=["group"])
    active = GaugeMetricFamily(f"{PREFIX}_recommendations_active", "Unexpired proactive recommendations, by kind.",
                               labels=["kind"])
    patterns = GaugeMetricFamily(f"{PREFIX}_patterns", "Learned patterns, by type and confidence band.",
                                 labels=["type", "confidence_band"])

    groups: dict[str, dict] = {}
    for row in store.query("SELECT data FROM learned_patterns WHERE type = 'alert_baseline'"):
        d = from_json(row["data"], {})
        g = groups.setdefault(d["group"], {"volume": 0.0, "current": 0.0, "baseline": None, "expected": 0,
                                           "next": None, "cp": None})
        g["volume"] += d.get("volume") or 0.0
        g["current"] += d.get("current") or 0.0
        if d.get("baseline") is not None:
            g["baseline"] = (g["baseline"] or 0.0) + d["baseline"]
        g["expected"] = max(g["expected"], 1 if d.get("peak_expected") else 0)
        if d.get("next_peak_ts") is not None:
            g["next"] = d["next_peak_ts"] if g["next"] is None else min(g["next"], d["next_peak_ts"])
        if d.get("last_change_ts") is not None:
            g["cp"] = d["last_change_ts"] if g["cp"] is None else max(g["cp"], d["last_change_ts"])
    for label in sorted(groups, key=lambda k: (-groups[k]["volume"], k))[:top_groups]:
        g = groups[label]
        rate.add_metric([label], g["current"])
        expected.add_metric([label], g["expected"])
        if g["baseline"] is not None:
            base.add_metric([label], g["baseline"])
            if g["baseline"] > 0:
                ratio.add_metric([label], g["current"] / g["baseline"])
        if g["next"] is not None:
            next_peak.add_metric([label], g["next"])
        if g["cp"] is not None:
            last_cp.add_metric([label], g["cp"])

    counts = dict.fromkeys(ALL_KINDS, 0)
    for row in store.query(
        "SELECT kind, COUNT(*) AS n FROM recommendations WHERE status = 'active' AND expires_at > :t GROUP BY kind",
        {"t": now},
    ):
        if row["kind"] in counts:
            counts[row["kind"]] = int(row["n"])
    for kind, n in counts.items():
        active.add_metric([kind], n)

    by_band: dict[tuple[str, str], int] = {}
    for row in store.query(
        "SELECT type, CASE WHEN confidence >= :hi THEN 'high' WHEN confidence >= :mid THEN 'medium' ELSE 'low' END "
        "AS band, COUNT(*) AS n FROM learned_patterns GROUP BY type, "
        "CASE WHEN confidence >= :hi THEN 'high' WHEN confidence >= :mid THEN 'medium' ELSE 'low' END",
        {"hi": HIGH, "mid": MEDIUM},
    ):
        by_band[(row["type"], row["band"])] = int(row["n"])
    for kind in sorted({t for t, _ in by_band}):
        for b in BANDS:
            patterns.add_metric([kind, b], by_band.get((kind, b), 0))
    return [rate, base, ratio, expected, next_peak, last_cp, active, patterns]
