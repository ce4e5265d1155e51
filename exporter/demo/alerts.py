"""Alert history for one org (seasonal rates, the planted peak, spike and shift) and the
Alertmanager webhooks that report it, batched and ordered as Alertmanager sends them."""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from urllib.parse import quote

import numpy as np

from exporter.demo.orgs import (
    _DIURNAL,
    _EXPR,
    _SUMMARY,
    _WEEKLY,
    _Group,
    _iso,
    _midnight,
    _Org,
    _weekday_hour,
    fingerprint,
)
from exporter.demo.planted import DAY, EXTERNAL_URL, FIRING_ENDS_AT, HOUR, PLANTED, RECEIVER, WEEK


@dataclass
class _Alert:
    start: float
    end: float | None  # None while still firing at `now`
    labels: dict[str, str]
    annotations: dict[str, str]
    expr: str

    @property
    def group(self) -> tuple[str, str]:
        return self.labels["alertname"], self.labels["service"]


def _hour_rates(org: _Org, g: _Group, hours: np.ndarray, width: np.ndarray, now: float) -> np.ndarray:
    """Expected alerts in each hourly bin: the seasonal baseline, doubled after the planted deploy."""
    wd = ((hours // DAY + 3) % 7).astype(int)
    hr = ((hours % DAY) // HOUR).astype(int)
    diurnal = np.roll(_DIURNAL, org.peak_shift)[hr]
    rate = g.rate * (1 + g.seasonality * (diurnal - 1)) * (1 + g.seasonality * (_WEEKLY[wd] - 1))
    shift = PLANTED["level_shift"]
    if org.name == shift["org"] and _key(g) == shift["group"]:
        at = now - shift["starts_before_now"].total_seconds()
        after = np.clip((hours + HOUR - at) / HOUR, 0, 1)  # share of each bin after the deploy
        rate = rate * (1 + (shift["factor"] - 1) * after)
    return rate * width / HOUR


def _key(g: _Group) -> dict[str, str]:
    return {"alertname": g.alertname, "service": g.service, "severity": g.severity}


def _spike_arrivals(
    org: _Org, g: _Group, hours: np.ndarray, now: float, rng: np.random.Generator, peak: dict
) -> np.ndarray:
    """The weekly spikes as a fixed handful of extra alerts per planted hour: no present week comes up empty."""
    wd = ((hours // DAY + 3) % 7).astype(int)
    hr = ((hours % DAY) // HOUR).astype(int)
    ago = ((now - hours) // WEEK).astype(int)
    out = []
    for spike, extra in (
        (peak, "extra_alerts"),
        (PLANTED["monday_spike"], "extra_alerts_per_hour"),
    ):
        groups = spike["groups"] if "groups" in spike else (spike["group"],)
        if org.name != spike["org"] or _key(g) not in groups:
            continue
        spike_hours = spike["hours"] if "hours" in spike else (spike["hour"],)
        hit = (wd == spike["weekday"]) & np.isin(hr, spike_hours) & ~np.isin(ago, spike["absent_weeks_ago"])
        low, high = spike[extra]
        for h in hours[hit].tolist():
            out.extend((h + rng.uniform(0, HOUR, size=int(rng.integers(low, high + 1)))).tolist())
        latest = spike.get("latest_extra_alerts_per_hour", 0)
        for h in hours[hit & (ago == 0)].tolist():
            out.extend((h + (np.arange(latest) + 0.5) * HOUR / max(latest, 1)).tolist())
    return np.array(out, dtype=float)


def _arrivals(
    rng: np.random.Generator, mass: np.ndarray, starts: np.ndarray, width: np.ndarray
) -> np.ndarray:
    """Arrival times of a gamma renewal process (shape 3) run in the bins' operational time.

    Shape 3 keeps counts less bursty than Poisson (variance about a third of the mean), which is what
    lets a planted doubling or weekly peak stand out in eight weeks of sparse alerts for any seed.
    """
    cum = np.concatenate(([0.0], np.cumsum(mass)))
    total = cum[-1]
    if total <= 0:
        return np.empty(0)
    inc = rng.gamma(3.0, 1 / 3.0, size=int(total * 1.5) + 32)
    pts = np.cumsum(inc) - rng.uniform() * inc[0]
    while pts[-1] < total:
        pts = np.concatenate((pts, pts[-1] + np.cumsum(rng.gamma(3.0, 1 / 3.0, size=64))))
    pts = pts[(pts >= 0) & (pts < total)]
    idx = np.searchsorted(cum, pts, side="right") - 1
    return starts[idx] + (pts - cum[idx]) / mass[idx] * width[idx]


def _free_labels(
    org: _Org, g: _Group, pool: list[dict], busy: dict[str, float], t: float, rng: np.random.Generator
) -> dict[str, str] | None:
    """Labels of an instance of the group not already firing at `t` (one alert per label set at a time)."""
    for j in rng.permutation(len(pool)).tolist():
        cand = {
            "alertname": g.alertname,
            "severity": g.severity,
            "service": g.service,
            **pool[j],
            "env": "prod",
            "team": org.team.get(g.service, g.service.split("-")[0]),
            "job": g.service,
        }
        if busy.get(fingerprint(cand), 0) <= t:
            return cand
    return None


def _annotations(org: _Org, g: _Group, labels: dict[str, str], reports: bool, rng: np.random.Generator) -> dict:
    """Summary, description (with a plausible value) and runbook link, as the alert rule renders them."""
    value = {
        "HighErrorRate": 0.08,
        "HighCPU": 0.95,
        "HighMemory": 0.93,
        "DiskSpaceLow": 0.06,
        "PodCrashLooping": 5,
        "KafkaConsumerLag": 25000,
        "HighLatency": 0.9,
    }.get(g.alertname, 3.5)
    value *= 1 + 0.15 * abs(rng.standard_normal())
    summary, desc = _SUMMARY[g.alertname]
    desc = desc.format(instance=labels["instance"], service=g.service, value=value)
    if reports:
        desc += (
            " Top statement from application_name weekly-reports: the weekly reports job is running."
        )
    elif g.alertname == "DBSlowQueries":
        desc += (
            " Top statement: "
            + ("autovacuum on orders" if rng.uniform() < 0.3 else "SELECT ... FROM order_items")
            + "."
        )
    return {
        "summary": summary.format(instance=labels["instance"], service=g.service),
        "description": desc,
        "runbook_url": f"https://runbooks.{org.name}.example/alerts/{g.alertname}",
    }


def _alert_history(org: _Org, rng: np.random.Generator, start: float, now: float, peak: dict) -> list[_Alert]:
    first = math.floor(start / HOUR) * HOUR
    hours = np.arange(first, now, HOUR, dtype=float)
    bin_start = np.maximum(hours, start)
    width = np.minimum(hours + HOUR, now) - bin_start
    fri = peak
    alerts: list[_Alert] = []
    for g in org.groups:
        mass = _hour_rates(org, g, hours, width, now)
        times = np.ceil(
            np.sort(
                np.concatenate(
                    (_arrivals(rng, mass, bin_start, width), _spike_arrivals(org, g, hours, now, rng, peak))
                )
            )
        )
        pool = [{"instance": i} for i in g.instances]
        if g.extra:
            pool = [{**p, k: v} for p in pool for k, v in g.extra]
        busy: dict[str, float] = {}
        per_hour: Counter = Counter()
        friday_group = org.name == fri["org"] and (g.alertname, g.service, g.severity) == tuple(
            fri["group"].values()
        )
        for t in times.tolist():
            if not start <= t <= now or per_hour[t // HOUR] >= 5:
                continue
            labels = _free_labels(org, g, pool, busy, t, rng)
            if labels is None:
                continue
            per_hour[t // HOUR] += 1
            wd, hr = _weekday_hour(t)
            reports = friday_group and (wd, hr) == (fri["weekday"], fri["hour"])
            if reports:
                end = _midnight(t) + (fri["hour"] + 1) * HOUR + float(rng.integers(60, 600))
            else:
                minutes = g.median_minutes * math.exp(0.8 * rng.standard_normal())
                end = t + float(np.clip(round(minutes * 60), 60, 8 * HOUR))
            annotations = _annotations(org, g, labels, reports, rng)
            busy[fingerprint(labels)] = end
            alerts.append(
                _Alert(
                    t,
                    end if end <= now else None,
                    labels,
                    annotations,
                    _EXPR[g.alertname].format(s=g.service),
                )
            )
    alerts.sort(key=lambda a: (a.start, a.labels["alertname"], a.labels["instance"]))
    return alerts


def _batches(alerts: list[_Alert], when) -> list[list[_Alert]]:
    """Alerts of one group within Alertmanager's group_interval (5m) of the first go out together."""
    out: list[list[_Alert]] = []
    for a in alerts:
        if out and when(a) - when(out[-1][0]) < 300:
            out[-1].append(a)
        else:
            out.append([a])
    return out


def _payload(org: _Org, status: str, batch: list[_Alert]) -> dict:
    name, service = batch[0].group
    items = []
    for a in batch:
        items.append(
            {
                "status": status,
                "labels": dict(a.labels),
                "annotations": dict(a.annotations),
                "startsAt": _iso(a.start),
                "endsAt": _iso(a.end) if status == "resolved" and a.end is not None else FIRING_ENDS_AT,
                "generatorURL": f"http://prometheus.{org.name}.example:9090/graph?g0.expr={quote(a.expr)}&g0.tab=1",
                "fingerprint": fingerprint(a.labels),
            }
        )
    common = {k: v for k, v in items[0]["labels"].items() if all(i["labels"].get(k) == v for i in items)}
    notes = {
        k: v for k, v in items[0]["annotations"].items() if all(i["annotations"].get(k) == v for i in items)
    }
    return {
        "version": "4",
        "groupKey": f'{{}}:{{alertname="{name}", service="{service}"}}',
        "truncatedAlerts": 0,
        "status": status,
        "receiver": RECEIVER,
        "groupLabels": {"alertname": name, "service": service},
        "commonLabels": common,
        "commonAnnotations": notes,
        "externalURL": EXTERNAL_URL,
        "alerts": items,
    }


def _webhooks(org: _Org, alerts: list[_Alert]) -> list[dict]:
    by_group: dict[tuple[str, str], list[_Alert]] = defaultdict(list)
    for a in alerts:
        by_group[a.group].append(a)
    sent: list[tuple[float, int, str, dict]] = []
    for key in sorted(by_group):
        group = by_group[key]
        fired_at: dict[int, float] = {}
        for batch in _batches(group, lambda a: a.start):
            fired_at.update((id(a), batch[-1].start) for a in batch)
            sent.append((batch[-1].start, 0, str(key), _payload(org, "firing", batch)))
        done = sorted((a for a in group if a.end is not None), key=lambda a: (a.end, a.start))
        for batch in _batches(done, lambda a: a.end):
            # Never before the notification that fired them: a short alert in a firing batch that
            # went out late resolves with the batch, as Alertmanager would send it.
            at = max(batch[-1].end, *(fired_at[id(a)] for a in batch))
            sent.append((at, 1, str(key), _payload(org, "resolved", batch)))
    sent.sort(key=lambda s: s[:3])
    return [s[3] for s in sent]


class _AlertIndex:
    """The org's alert history, searchable by start time, so answers quote numbers the data agrees with."""

    def __init__(self, alerts: list[_Alert]):
        self.starts = [a.start for a in alerts]
        self.alerts = alerts

    def between(self, a: float, b: float) -> list[_Alert]:
        return self.alerts[bisect.bisect_left(self.starts, a) : bisect.bisect_right(self.starts, b)]
