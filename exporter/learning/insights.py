"""What the insights API answers: a group's learned figures, and the context sentence for an answer.

The AI helper quotes these next to its own answers ("12 alerts in the last hour, 4× the usual"),
so the sentence comes from the same baseline the learning pass uses, over the org's alert
history up to the time asked about, and "unusual" is the same anomaly detector that raises the
spike recommendations (`detectors.baseline.compare_to_baseline`).
"""

from __future__ import annotations

import time
from typing import Any

import pandas as pd

from detectors import compare_to_baseline, describe_comparison
from exporter.learning.params import LearningParams
from exporter.learning.series import HOUR, GroupKey, alert_series, hour_floor
from exporter.store import Store, from_json


def recommendations(
    store: Store, where: str, params: dict, kind: str | None, group: str | None, now: float | None = None
) -> list[dict]:
    """Unexpired recommendations visible under `where` (from `scoping.visible`), newest first."""
    sql = (
        "SELECT id, kind, grp, text, evidence, created_at, expires_at FROM recommendations r "
        f"WHERE {where} AND r.status = 'active' AND r.expires_at > :now"
    )
    args = {**params, "now": time.time() if now is None else now}
    if kind:
        sql += " AND r.kind = :kind"
        args["kind"] = kind
    if group:
        sql += " AND r.grp = :grp"
        args["grp"] = group
    rows = store.query(sql + " ORDER BY r.created_at DESC, r.id", args)
    return [
        {
            "id": r["id"],
            "kind": r["kind"],
            "group": r["grp"],
            "text": r["text"],
            "evidence": from_json(r["evidence"], {}),
            "created_at": r["created_at"],
            "expires_at": r["expires_at"],
        }
        for r in rows
    ]


def group_insight(store: Store, where: str, params: dict, group: str) -> dict | None:
    """The latest learned figures of one group, with its peaks and change points; None when unknown."""
    row = store.one(
        f"SELECT data, updated_at FROM learned_patterns p WHERE {where} AND p.type = 'alert_baseline' "
        "AND p.pattern_key = :g",
        {**params, "g": group},
    )
    if row is None:
        return None
    d = from_json(row["data"], {})
    return {
        "group": group,
        "computed_at": d.get("computed_at", row["updated_at"]),
        "current_per_hour": d.get("current"),
        "baseline_per_hour": d.get("baseline"),
        "usual_range_per_hour": [d.get("baseline_low"), d.get("baseline_high")],
        "ratio": d.get("ratio"),
        "seasonal_strength": d.get("strength"),
        "seasonal_peaks": d.get("peaks", []),
        "peak_expected": d.get("peak_expected", False),
        "change_points": d.get("shifts", []),
        "spikes": d.get("episodes", [])[-10:],
    }


def context_sentence(
    store: Store, org: str, group: str, at: float, value: float | None, params: LearningParams
) -> dict[str, Any] | None:
    """Compare `value` (alerts per hour; default: the hour before `at`) with the usual for that hour."""
    key = GroupKey.parse(group)
    if key is None:
        return None
    end = hour_floor(at)
    series = alert_series(store, org, end + HOUR, params.history_days, 1, only=key)
    values = series.values.get(group)
    if values is None:
        return None
    s = pd.Series(values, index=series.index())
    observed = float(values[-1]) if value is None else float(value)
    comparison = compare_to_baseline(s.iloc[:-1], observed, s.index[-1], tz=params.tz)
    if comparison is None:
        return None
    b = comparison.baseline
    return {
        "group": group,
        "at": end,
        "value": observed,
        "sentence": describe_comparison(comparison),
        "ratio": comparison.ratio,
        "significant": comparison.significant,
        "anomaly_score": comparison.score,
        "p_value": comparison.p_value,
        "baseline": {"expected": b.expected, "low": b.low, "high": b.high, "bucket": b.bucket, "samples": b.samples},
    }
