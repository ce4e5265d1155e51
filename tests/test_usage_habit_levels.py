"""A habit asked in wordings that are different subjects is still one habit: the broad group finds it, and
where the tree does not relate the wordings, their being asked in the same weekday hour does."""

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


def test_wordings_in_unrelated_subjects_asked_in_the_same_slot_are_one_habit():
    """No broad group holds the three wordings (each alone recurs in 2-3 of 8 weeks, no habit): they are
    asked in the same weekday hour, so they are tested together, and that is a habit."""
    found = _found([0, 1, 2, 3, 4, 5, 6])
    assert len(found) == 1, [p.data for p in found]
    h = found[0]
    assert (h.user_id, h.data["weekday"]) == ("alice", 0) and h.data["typical_time"].startswith("09:")
    assert h.data["subject_id"] in (100, 101, 102) and h.evidence["weeks_hit"] == 8


def _noise(seed: int, subjects: int = 13) -> _Run:
    """Four people who ask 1-4 questions a working day about a personal mix of ``subjects`` subjects,
    in their own hours, for 8 weeks: no habit planted."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp(NOW, unit="s", tz="UTC").tz_convert(TZ) - pd.Timedelta(weeks=8)
    ts, subject, person = [], [], []
    for p in range(4):
        mix = rng.dirichlet(np.full(subjects, 0.7))
        first, span, rate = rng.uniform(7.5, 10), rng.uniform(7, 9.5), rng.uniform(1, 4)
        for day in range(56):
            if (start + pd.Timedelta(days=day)).day_of_week >= 5:
                continue
            for _ in range(rng.poisson(rate)):
                ts.append((start + pd.Timedelta(days=day, hours=first + rng.uniform(0, span))).timestamp())
                subject.append(int(rng.choice(subjects, p=mix)))
                person.append(p)
    subject_a = np.array(subject, dtype=np.int64)
    texts = np.array([f"question about {s}" for s in subject], dtype=object)
    return _Run("user", TZ, np.array(ts), subject_a, subject_a, np.array(person), texts, ["a", "b", "c", "d"])


def test_subjects_asked_in_the_same_hour_by_chance_make_no_habit():
    sj = {"info": {s: {"id": 100 + s, "label": f"question about {s}", "templates": []} for s in range(13)},
          "broad": np.arange(13)}
    found = []
    for seed in range(20):  # 80 people, 8 weeks each
        run = _noise(seed)
        found += _weekly_patterns("acme", run, local_parts(run.ts, TZ), sj, NOW, UsageParams(), [])
    assert len(found) <= 1, [(p.user_id, p.data["description"]) for p in found]


def test_a_month_end_spike_split_over_two_subjects_of_one_group_is_reported_once():
    """The same month-end questions read as two subjects of one broad group were two spikes."""
    from exporter.usage.stage import _month_end_patterns

    rng = np.random.default_rng(3)
    days = pd.date_range("2026-01-05", "2026-05-20", freq="D", tz=TZ)
    ts, subject = [], []
    for d in days[days.day_of_week < 5]:
        for _ in range(rng.poisson(3.0)):
            ts.append((d + pd.Timedelta(hours=rng.uniform(8, 17))).timestamp())
            subject.append(int(rng.integers(2, 7)))
    for d in days[days.day > days.days_in_month - 3]:
        for s in (0, 1, 0, 1):  # "cloud bill for checkout", "what did we spend on payments"
            ts.append((d + pd.Timedelta(hours=rng.uniform(8, 17))).timestamp())
            subject.append(s)
    subject_a = np.array(subject, dtype=np.int64)
    broad = np.array([0, 0, 1, 2, 3, 4, 5])
    texts = np.array([f"question about {s}" for s in subject], dtype=object)
    run = _Run("user", TZ, np.array(ts), subject_a, broad[subject_a], np.zeros(len(ts), dtype=np.int64), texts,
               ["alice"])
    found = _month_end_patterns("acme", run, local_parts(run.ts, TZ), _sj(broad.tolist()), UsageParams())
    assert len(found) == 1 and found[0].data["subject_id"] in (100, 101), [p.data for p in found]


def _spread_month_end(seed: int, subjects: int = 8, spike: tuple[int, ...] = (0, 1, 2)) -> _Run:
    """One person, 3 questions a working day about ``subjects`` subjects for four months, and 1-3 more
    on each working month-end day about one thing read as three of those subjects (each alone is
    asked all month too): a real month-end spike, too thin in every subject."""
    rng = np.random.default_rng(seed)
    days = pd.date_range("2026-01-26", "2026-05-31", freq="D", tz=TZ)
    ts, subject = [], []
    for d in days[days.day_of_week < 5]:
        for _ in range(rng.poisson(3.0)):
            ts.append((d + pd.Timedelta(hours=rng.uniform(8, 17))).timestamp())
            subject.append(int(rng.integers(0, subjects)))
        if d.day > d.days_in_month - 3:
            for _ in range(rng.choice([1, 2, 2, 3])):
                ts.append((d + pd.Timedelta(hours=rng.uniform(8, 17))).timestamp())
                subject.append(int(rng.choice(spike)))
    s = np.array(subject, dtype=np.int64)
    texts = np.array([f"question about {x}" for x in s], dtype=object)
    return _Run("user", TZ, np.array(ts), s, s, np.zeros(len(ts), dtype=np.int64), texts, ["alice"])


def test_a_month_end_spike_spread_over_subjects_is_found_in_the_persons_stream():
    """Per subject (and broad group) 2 of these 10 people show the spike; their whole stream shows it in
    8, and it is named by a subject that carries it."""
    from exporter.usage.stage import _month_end_patterns

    sj = {"info": {s: {"id": 100 + s, "label": f"question about {s}", "templates": []} for s in range(8)},
          "broad": np.arange(8)}
    found = 0
    for seed in range(10):
        run = _spread_month_end(seed)
        got = _month_end_patterns("acme", run, local_parts(run.ts, TZ), sj, UsageParams())
        assert len(got) <= 1 and all(p.data["subject_id"] in (100, 101, 102) for p in got), [p.data for p in got]
        found += len(got)
    assert found >= 7
