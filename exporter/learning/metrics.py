"""Store-derived learning figures for /metrics, computed from the store by `SnapshotCollector`.

`aihelper_recommendation_created_timestamp_seconds` has one series per active recommendation of a
kind that raises a notice (exporter.knowledge.recommendation_kinds), labelled with its org, kind, id and
(for alert groups) group, valued with when it was first announced: the rule for that kind turns
each series into one notice carrying org and id. It is capped at the top-groups setting per
kind, newest first, so its cardinality is bounded like the group label's.

The group label is "alertname/severity/service" of the top groups by volume (the same bound the
pass uses), never an org: when two orgs share a group their figures are added up (rates and
baselines summed, the earliest next peak and latest change point kept), which is what one
deployment's dashboards and alerts need.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from prometheus_client.core import GaugeMetricFamily, Metric

from detectors.anomaly import CHOSEN_ALARM
from exporter.knowledge.recommendation_kinds import ALL_KINDS, NOTICE_KINDS, NOTICE_LABELS, NOTICE_METRIC
from exporter.learning.detect import HIGH, MEDIUM
from exporter.metrics import PREFIX
from exporter.store import from_json

if TYPE_CHECKING:
    from exporter.service import Services

BANDS = ("low", "medium", "high")


def producer(svc: Services):
    def produce() -> Iterable[Metric]:
        return families(svc.store, svc.settings.learn_top_groups, svc.snapshot.wall_clock())

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
    anomaly = GaugeMetricFamily(f"{PREFIX}_alert_anomaly_score",
                                "How unusual the last full hour's alert count is for the group, 0 to 1 (the "
                                f"benchmarked anomaly detector's score; {CHOSEN_ALARM} and above is an alarm).",
                                labels=["group"])
    active = GaugeMetricFamily(f"{PREFIX}_recommendations_active", "Unexpired proactive recommendations, by kind.",
                               labels=["kind"])
    patterns = GaugeMetricFamily(f"{PREFIX}_patterns", "Learned patterns, by type and confidence band.",
                                 labels=["type", "confidence_band"])

    groups: dict[str, dict] = {}
    for row in store.query("SELECT data FROM learned_patterns WHERE type = 'alert_baseline'"):
        d = from_json(row["data"], {})
        g = groups.setdefault(d["group"], {"volume": 0.0, "current": 0.0, "baseline": None, "expected": 0,
                                           "next": None, "cp": None, "anomaly": 0.0})
        g["volume"] += d.get("volume") or 0.0
        g["current"] += d.get("current") or 0.0
        if d.get("baseline") is not None:
            g["baseline"] = (g["baseline"] or 0.0) + d["baseline"]
        g["expected"] = max(g["expected"], 1 if d.get("peak_expected") else 0)
        g["anomaly"] = max(g["anomaly"], d.get("anomaly_score") or 0.0)
        if d.get("next_peak_ts") is not None:
            g["next"] = d["next_peak_ts"] if g["next"] is None else min(g["next"], d["next_peak_ts"])
        if d.get("last_change_ts") is not None:
            g["cp"] = d["last_change_ts"] if g["cp"] is None else max(g["cp"], d["last_change_ts"])
    for label in sorted(groups, key=lambda k: (-groups[k]["volume"], k))[:top_groups]:
        g = groups[label]
        rate.add_metric([label], g["current"])
        expected.add_metric([label], g["expected"])
        anomaly.add_metric([label], g["anomaly"])
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
    return [rate, base, ratio, anomaly, expected, next_peak, last_cp, active, patterns, notices(store, top_groups, now)]


def notices(store, cap: int, now: float) -> Metric:
    family = GaugeMetricFamily(
        NOTICE_METRIC,
        "Unix time each active recommendation was first announced, by org, kind, id and alert group "
        "(one series per recommendation a notice is raised for; capped per kind).",
        labels=list(NOTICE_LABELS),
    )
    for kind in NOTICE_KINDS:
        rows = store.query(
            "SELECT id, org_id, grp, created_at FROM recommendations WHERE kind = :k AND status = 'active' "
            "AND expires_at > :t AND user_id = '' ORDER BY created_at DESC, id LIMIT :n",
            {"k": kind.kind, "t": now, "n": cap},
        )
        for r in rows:
            group = r["grp"] if kind.group_label else ""
            family.add_metric([r["org_id"], kind.kind, r["id"], group], float(r["created_at"]))
    return family
