"""A habit asked in two wordings that are two subjects is still one habit: the broad group finds it."""

from __future__ import annotations

import numpy as np
import pandas as pd

from detectors.habits import local_parts
from exporter.usage.stage import UsageParams, _Run, _weekly_patterns

TZ = "Europe/Berlin"
NOW = pd.Timestamp("2026-06-01T00:00:00", tz=TZ).timestamp()  # a Monday, local midnight


def _run(rng: np.random.Generator) -> _Run:
    """One person over 8 weeks: Mondays around 09:10 about one thing in three wordings that are three
    subjects (0, 1, 2 in turn, so each alone is in 2-3 of the weeks); 300 questions about subjects
    3-6 in working hours."""
    start = pd.Timestamp(NOW, unit="s", tz="UTC").tz_convert(TZ) - pd.Timedelta(weeks=8)
    ts, subject = [], []
    for w in range(8):
        monday = start + pd.Timedelta(weeks=w)
        for _ in range(int(rng.integers(1, 3))):
            ts.append((monday + pd.Timedelta(minutes=9 * 60 + rng.uniform(0, 20))).timestamp())
            subject.append(w % 3)
    days = rng.integers(0, 56, 600)
    days = days[(start + pd.to_timedelta(days, unit="D")).day_of_week < 5][:300]
    for d in days:
        ts.append((start + pd.Timedelta(days=int(d), minutes=rng.uniform(8 * 60, 18 * 60))).timestamp())
        subject.append(int(rng.integers(3, 7)))
    subject_a = np.array(subject, dtype=np.int64)
    texts = np.array([f"question about {s}" for s in subject], dtype=object)
    zeros = np.zeros(len(ts), dtype=np.int64)
    return _Run("user", TZ, np.array(ts), subject_a, subject_a, zeros, texts, ["alice"])


def _sj(broad: list[int]) -> dict:
    info = {s: {"id": 100 + s, "label": f"question about {s}", "templates": []} for s in range(7)}
    return {"info": info, "broad": np.array(broad)}


def _found(broad: list[int]) -> list:
    run = _run(np.random.default_rng(7))
    run.broad = np.array(broad)[run.subject]
    return _weekly_patterns("acme", run, local_parts(run.ts, TZ), _sj(broad), NOW, UsageParams(), [])


def test_alternating_wordings_of_one_habit_are_found_in_their_broad_group():
    found = _found([0, 0, 0, 1, 2, 3, 4])
    assert len(found) == 1, [p.data for p in found]
    h = found[0]
    assert (h.user_id, h.data["weekday"]) == ("alice", 0) and h.data["typical_time"].startswith("09:")
    assert h.data["subject_id"] in (100, 101, 102) and h.evidence["weeks_hit"] == 8


def test_without_the_broad_group_neither_half_is_a_habit():
    """Each wording alone recurs in 2-3 of 8 weeks: as subjects they are no habit, which is why the level exists."""
    assert _found([0, 1, 2, 3, 4, 5, 6]) == []
