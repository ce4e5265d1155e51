"""`make run` shows the headline prediction whatever day the demo is loaded: the weekly peak is
planted to recur `PEAK_LEAD` after the moment of loading, inside the pass's 24 h lead time."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from exporter.demo import PEAK_LEAD, PLANTED, generate_demo, next_weekly_peak, weekly_peak
from exporter.learning.params import LearningParams


@pytest.mark.parametrize("day", range(7))
def test_the_next_peak_is_within_the_lead_time_on_every_day(day):
    now = datetime(2026, 11, 23, 0, tzinfo=UTC) + timedelta(days=day, hours=(5 + 7 * day) % 24)
    nxt = datetime.fromisoformat(next_weekly_peak(now, PEAK_LEAD)["next"])
    assert timedelta(0) < nxt - now <= timedelta(hours=LearningParams().lead_time_hours)
    spec = weekly_peak(now, PEAK_LEAD)
    assert (spec["weekday"], spec["hour"]) == (nxt.weekday(), nxt.hour)
    assert f"at {nxt.hour:02d}:00" in spec["cause"]


def test_without_a_lead_the_peak_stays_where_fixed_clock_tests_expect_it():
    now = datetime(2026, 11, 24, 9, tzinfo=UTC)
    assert weekly_peak(now) == PLANTED["friday_peak"]


def test_the_moved_peak_is_planted_in_the_alerts():
    now = datetime(2026, 11, 24, 9, tzinfo=UTC)  # a Tuesday: the peak goes to Tuesdays 15:00
    demo = generate_demo(now, seed=5, weeks=4, peak_lead=PEAK_LEAD)
    spec = demo.weekly_peak
    assert (spec["weekday"], spec["hour"]) == (1, 15)
    starts = Counter()
    for p in demo.orgs["acme"].alert_webhooks:
        for a in p["alerts"]:
            if all(a["labels"][k] == v for k, v in spec["group"].items()):
                t = datetime.fromisoformat(a["startsAt"].replace("Z", "+00:00"))
                starts[(t.weekday(), t.hour)] += 1
    peak = starts[(1, 15)]
    others = (sum(starts.values()) - peak) / (7 * 24 - 1)
    assert peak >= 3 * 4 * others / 4 and starts[(4, 15)] < peak
