"""Seeded demo history for two organisations, shaped exactly like what the AI helper and Alertmanager send.

A demo, a screenshot or a test of a learning feature needs history with something in it to learn:
seasonality, a weekly spike with a known cause, a deploy that changes a rate, people asking the same
thing in other words, problems that come back on other hosts. Generating it from a seed instead of
committing a fixture lets the window end at any ``now``, keeps the repository small, and lets tests of
later features assert against :data:`PLANTED` rather than against hand-typed numbers.

:func:`generate_demo` is pure: no clock, no I/O, no global random state, so the same ``(now, seed,
weeks)`` always gives the same payloads, byte for byte. Only ``acme`` carries the planted alert
patterns; ``globex`` is a smaller, quieter org (other services, US working hours), which makes
cross-org leaks and per-org baselines easy to see.

"Week k" (``weeks_ago``) throughout means the half-open interval ``[now - (k+1) weeks, now - k weeks)``;
``k = 0`` is the most recent week. Weekdays are Python's (Monday is 0), hours are UTC.
"""

from __future__ import annotations

import calendar
import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np

from exporter.demo.alerts import _alert_history, _AlertIndex, _webhooks
from exporter.demo.orgs import _ORGS, _iso
from exporter.demo.planted import DEMO_ORGS, PLANTED
from exporter.demo.schedule import _knowledge_gap_sessions, _schedule
from exporter.demo.sessions import _OrgWriter, _Session


@dataclass
class OrgDemo:
    """One org's history, in the shapes the ingest API takes, so a demo loads through the real path."""

    events: list[dict] = field(default_factory=list)
    queries: list[dict] = field(default_factory=list)
    alert_webhooks: list[dict] = field(default_factory=list)


@dataclass
class DemoData:
    """Every demo org's history, plus the ``now`` it ends at (planted times are relative to it)."""

    now: datetime
    orgs: dict[str, OrgDemo]
    #: The weekly peak as planted: PLANTED["friday_peak"] with its weekday and hour (and cause
    #: text) moved when the demo was generated with ``peak_lead``.
    weekly_peak: dict = field(default_factory=lambda: dict(PLANTED["friday_peak"]))


def weekly_peak(now: datetime, lead: timedelta | None = None) -> dict:
    """The planted weekly peak's spec for a demo ending at ``now``.

    Without ``lead`` it is :data:`PLANTED`'s Friday 15:00, which fixed-clock tests assert
    against. With ``lead`` the peak's weekday and hour are those of ``now + lead`` (rounded down
    to the hour), so the demo's headline prediction, "the weekly reports run in N hours", is
    due within the learning pass's lead time whatever day the demo is loaded on.
    """
    spec = dict(PLANTED["friday_peak"])
    if lead is None:
        return spec
    at = (now.astimezone(UTC) + lead).replace(minute=0, second=0, microsecond=0)
    names = calendar.day_name
    spec["weekday"], spec["hour"] = at.weekday(), at.hour
    spec["cause"] = spec["cause"].replace(
        f"every {names[PLANTED['friday_peak']['weekday']]} at {PLANTED['friday_peak']['hour']:02d}:00",
        f"every {names[at.weekday()]} at {at.hour:02d}:00",
    )
    return spec



def _finish(org: str, sessions: list[_Session], start: float, now: float) -> tuple[list[dict], list[dict]]:
    """Drop sessions that spill outside the window, then number everything in time order."""
    kept = [
        s
        for s in sessions
        if s.events
        and s.events[0]["_t"] >= start
        and s.events[-1]["_t"] <= now
        and all(start <= float(_parse_ts(q["range_start"])) for q in s.queries)
    ]
    kept.sort(key=lambda s: s.events[0]["_t"])
    flat: list[tuple[float, int, int, dict]] = []
    queries: list[tuple[float, int, dict]] = []
    for n, s in enumerate(kept, 1):
        sid = f"demo-{org}-ses-{n:06d}"
        for i, ev in enumerate(s.events):
            ev["session_id"] = sid
            flat.append((ev["_t"], n, i, ev))
        for q in s.queries:
            q["session_id"] = sid
            queries.append((q["_t"], n, q))
    flat.sort(key=lambda f: f[:3])
    events = []
    for n, (t, _, _, ev) in enumerate(flat, 1):
        ev["id"] = f"demo-{org}-evt-{n:06d}"
        ev["timestamp"] = _iso(t)
    for _, _, _, ev in flat:
        target = ev.pop("_target", None)
        if target is not None:
            ev["target_id"] = target["id"]
    for _, _, _, ev in flat:
        ev.pop("_t")
        events.append({"id": ev.pop("id"), "timestamp": ev.pop("timestamp"), **ev})
    queries.sort(key=lambda q: q[:2])
    out = []
    for n, (_, _, q) in enumerate(queries, 1):
        q.pop("_t")
        out.append({"id": f"demo-{org}-qry-{n:06d}", **q})
    return events, out


def _parse_ts(value: str) -> float:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()



def generate_demo(now: datetime, seed: int = 42, weeks: int = 8, peak_lead: timedelta | None = None) -> DemoData:
    """Build ``weeks`` weeks of history ending at ``now`` for every org in :data:`DEMO_ORGS`.

    Parameters
    ----------
    now : datetime
        End of the window; naive values are taken as UTC, like everywhere else in the exporter.
    seed : int
        Same seed, same output. Planted patterns (see :data:`PLANTED`) are present for every seed.
    weeks : int
        Length of the window. Every timestamp, start and end lies in ``[now - weeks, now]``, except
        Alertmanager's ``0001-01-01T00:00:00Z`` marker on alerts that are still firing.
    peak_lead : timedelta, optional
        Plant the weekly peak at the weekday and hour ``peak_lead`` after ``now`` (see
        :func:`weekly_peak`) instead of Friday 15:00.

    Returns
    -------
    DemoData
        Per org: audit events and query summaries in time order, webhook payloads in send order.
    """
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    now = now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
    end = float(math.floor(now.timestamp()))
    start = float(math.ceil((now - timedelta(weeks=weeks)).timestamp()))
    orgs: dict[str, OrgDemo] = {}
    peak = weekly_peak(now, peak_lead)
    for i, name in enumerate(DEMO_ORGS):
        org = _ORGS[name]
        alerts = _alert_history(org, np.random.default_rng([seed % 2**63, i]), start, end, peak)
        writer = _OrgWriter(org, random.Random(f"{seed}:{name}"), start, end, _AlertIndex(alerts))
        _schedule(writer, weeks)
        _knowledge_gap_sessions(writer, random.Random(f"{seed}:{name}:gap"), weeks)
        events, queries = _finish(name, writer.sessions, start, end)
        orgs[name] = OrgDemo(events=events, queries=queries, alert_webhooks=_webhooks(org, alerts))
    return DemoData(now=now, orgs=orgs, weekly_peak=peak)
