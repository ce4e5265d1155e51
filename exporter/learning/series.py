"""Hourly series the detectors read, built from the store: alerts per group, and the AI helper's counts.

An alert group is alertname × severity × service. Only the top N groups of an org by volume in
the history window get a series, so the number of series (and of metric label values derived
from them) stays bounded however many distinct alerts an org has. Hours without alerts are 0,
not missing: the baselines read high otherwise.

Binning happens in SQL (one GROUP BY per org), so a 90-day window of a busy org moves a few
thousand (group, hour, count) rows rather than every alert.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from exporter.store import Store

HOUR = 3600.0
DAY_SECONDS = 24 * HOUR


@dataclass(frozen=True)
class GroupKey:
    """One alert group; `label` is the bounded string used in metrics, URLs and recommendations."""

    alertname: str
    severity: str
    service: str

    @property
    def label(self) -> str:
        return f"{self.alertname}/{self.severity}/{self.service}"

    @classmethod
    def parse(cls, label: str) -> GroupKey | None:
        parts = label.split("/")
        if len(parts) != 3 or not parts[0]:
            return None
        return cls(*parts)


@dataclass
class HourlySeries:
    """Values per hour for several groups on one shared grid: hour i covers [start + i h, start + (i+1) h)."""

    start: float
    n_hours: int
    values: dict[str, np.ndarray] = field(default_factory=dict)
    volume: dict[str, float] = field(default_factory=dict)

    def index(self) -> pd.DatetimeIndex:
        return pd.date_range(pd.Timestamp(self.start, unit="s", tz="UTC"), periods=self.n_hours, freq="h")

    def hour_of(self, t: float) -> int:
        return int((t - self.start) // HOUR)


def hour_floor(t: float) -> float:
    return math.floor(t / HOUR) * HOUR


def grid(now: float, history_days: float) -> tuple[float, int]:
    """The hourly grid ending at the last full hour before `now`."""
    end = hour_floor(now)
    start = end - history_days * 24 * HOUR
    return start, int(round((end - start) / HOUR))


def alert_orgs(store: Store, since: float) -> list[str]:
    return [r["org_id"] for r in store.query(
        "SELECT DISTINCT org_id FROM alert_events WHERE starts_at >= :t ORDER BY org_id", {"t": since}
    )]


def alert_series(
    store: Store, org: str, now: float, history_days: float, top_n: int, only: GroupKey | None = None
) -> HourlySeries:
    """Alerts started per hour for the org's top-N groups (or just `only`) over the window before `now`."""
    start, n = grid(now, history_days)
    end = start + n * HOUR
    params: dict = {"o": org, "s": start, "e": end}
    where = "org_id = :o AND starts_at >= :s AND starts_at < :e"
    if only is not None:
        where += " AND alertname = :a AND severity = :v AND service = :svc"
        params.update(a=only.alertname, v=only.severity, svc=only.service)
    rows = store.query(
        f"SELECT alertname, severity, service, {store.hour_bucket('starts_at')} AS h, COUNT(*) AS n "
        f"FROM alert_events WHERE {where} GROUP BY alertname, severity, service, h",
        params,
    )
    series = HourlySeries(start=start, n_hours=n)
    totals: dict[GroupKey, float] = {}
    for r in rows:
        key = GroupKey(r["alertname"], r["severity"], r["service"])
        totals[key] = totals.get(key, 0.0) + float(r["n"])
    top = sorted(totals, key=lambda k: (-totals[k], k.label))[:top_n]
    first = int(round(start / HOUR))
    for key in top:
        series.values[key.label] = np.zeros(n)
        series.volume[key.label] = totals[key]
    for r in rows:
        label = GroupKey(r["alertname"], r["severity"], r["service"]).label
        arr = series.values.get(label)
        i = int(r["h"]) - first
        if arr is not None and 0 <= i < n:
            arr[i] += float(r["n"])
    return series


def query_series(store: Store, org: str, now: float, history_days: float, top_n: int) -> HourlySeries:
    """The headline count the AI helper reported per intent, hourly mean (NaN where nobody asked).

    Only summaries with an intent key are comparable over time ("critical alerts in 24 h" asked
    on Monday and on Friday), so those without one are left out.
    """
    start, n = grid(now, history_days)
    rows = store.query(
        f"SELECT intent_key, {store.hour_bucket('executed_at')} AS h, AVG(headline_value) AS v, COUNT(*) AS n "
        "FROM query_executions WHERE org_id = :o AND executed_at >= :s AND executed_at < :e "
        "AND intent_key IS NOT NULL AND headline_value IS NOT NULL GROUP BY intent_key, h",
        {"o": org, "s": start, "e": start + n * HOUR},
    )
    totals: dict[str, float] = {}
    for r in rows:
        totals[r["intent_key"]] = totals.get(r["intent_key"], 0.0) + float(r["n"])
    top = set(sorted(totals, key=lambda k: (-totals[k], k))[:top_n])
    series = HourlySeries(start=start, n_hours=n)
    first = int(round(start / HOUR))
    for key in top:
        series.values[key] = np.full(n, np.nan)
        series.volume[key] = totals[key]
    for r in rows:
        arr = series.values.get(r["intent_key"])
        i = int(r["h"]) - first
        if arr is not None and 0 <= i < n:
            arr[i] = float(r["v"])
    return series
