"""Ranges written the way people write them beside other text (issue 15): "three and a half hours", a phrase
before a colon, a PromQL rate window beside the range in words, "count over 24h", "8 of the morning"."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.timerange import read_time

H = 3600
NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
AT = datetime(2026, 6, 18, 9, 40, tzinfo=UTC)


def length(text: str, at: datetime = AT, tz: str = "UTC") -> float | None:
    tr = read_time(text, at, tz).time_range
    return None if tr is None else (tr.end - tr.start).total_seconds()


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 12), words=st.booleans(), unit=st.sampled_from([("hours", H), ("minutes", 60), ("days", 86400)]))
def test_n_and_a_half_units_is_n_point_5_units(n, words, unit):
    name, seconds = unit
    text = f"errors on emu-core in the last {NUMBERS[n - 1] if words else n} and a half {name}"
    assert length(text) == (n + 0.5) * seconds


def test_three_and_a_half_hours_on_a_dst_day_is_three_and_a_half_real_hours():
    at = datetime(2026, 3, 29, 3, 35, tzinfo=ZoneInfo("Europe/London"))
    tr = read_time("warning alerts in the last three and a half hours", at, "Europe/London").time_range
    assert (tr.end - tr.start).total_seconds() == 3.5 * H and tr.relative


@pytest.mark.parametrize("text, seconds", [
    ("cpu of ns tapir, last 3 hours: sum(rate(container_cpu_usage_seconds_total{namespace=\"tapir\"}[5m]))", 3 * H),
    ("p99 over last 6h: histogram_quantile(0.99, sum by (le)(rate(vole_duration_seconds_bucket[10m])))", 6 * H),
    ("sum(rate(yak_requests_total[5m])) over the last 2 hours", 2 * H),
    ("deploys of emu-core yesterday: list them", 24 * H),
    # twins: a selector alone is still the instant query's window
    ('sum(rate(emu_core_requests_total{code=~"5.."}[15m]))', 15 * 60),
    ("increase(yak_restarts_total[24h])", 24 * H),
])
def test_the_range_in_words_wins_over_a_rate_window_and_a_colon_ends_a_phrase(text, seconds):
    assert length(text) == seconds


@settings(max_examples=40, deadline=None)
@given(window=st.sampled_from(["1m", "5m", "10m", "30m"]), hours=st.integers(2, 23), before=st.booleans())
def test_a_rate_window_never_replaces_a_range_in_words(window, hours, before):
    query = f"sum(rate(kelp_requests_total[{window}]))"
    words = f"over the last {hours} hours"
    text = f"{query} {words}" if before else f"{words}: {query}"
    assert length(text) == hours * H


@pytest.mark.parametrize("text, seconds", [
    ('count over 24h of {app="yak"} |= "timeout"', 24 * H),
    ("p95 over 6h for vole-api", 6 * H),
    ("queries running over 2h on vole-db", 5 * 60),  # twin: a threshold, not a range: the question is "now"
])
def test_an_aggregate_over_a_length_of_time_is_its_window(text, seconds):
    assert length(text) == seconds


def test_a_clock_hour_of_the_morning_is_am():
    at = datetime(2026, 5, 12, 12, 0, tzinfo=ZoneInfo("America/Sao_Paulo"))
    tr = read_time("Since 8 of the morning, how many alerts had team-otter?", at, "America/Sao_Paulo").time_range
    assert tr.start == datetime(2026, 5, 12, 8, 0, tzinfo=ZoneInfo("America/Sao_Paulo"))
    tr = read_time("since 3 of the afternoon, alerts for team-otter", at.replace(hour=17), "America/Sao_Paulo").time_range
    assert tr.start == datetime(2026, 5, 12, 15, 0, tzinfo=ZoneInfo("America/Sao_Paulo"))


@settings(max_examples=40, deadline=None)
@given(n=st.integers(1, 30), week=st.booleans(), hour=st.integers(0, 23))
def test_n_days_ago_is_that_local_day(n, week, hour):
    tz = ZoneInfo("Australia/Adelaide")
    at = datetime(2026, 4, 5, hour, 10, tzinfo=tz)  # a DST day in Adelaide: days are still local days
    tr = read_time(f"deploys of emu-core {n} {'weeks' if week else 'days'} ago", at, "Australia/Adelaide").time_range
    day = at.date() - timedelta(days=n * (7 if week else 1))
    assert tr.start == datetime.combine(day, time(0), tzinfo=tz)
    assert tr.end == datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz) and not tr.relative


@pytest.mark.parametrize("text", [
    "alerts on yak-web 3 hours ago", "errors an hour ago", "alerts during business hours", "pages in the wee hours",
    "deploys at end of day", "incidents during the day shift",
])
def test_a_time_named_but_not_read_is_unclear_never_now(text):
    qt = read_time(text, AT, "UTC")
    assert qt.time_range is None and not qt.implicit_now and qt.notes


@pytest.mark.parametrize("text, start, end", [
    ("alerts on the 3rd", datetime(2026, 6, 3), datetime(2026, 6, 4)),
    ("alerts on the 25th", datetime(2026, 5, 25), datetime(2026, 5, 26)),  # still to come this month: the last one's
    ("alerts since the 1st", datetime(2026, 6, 1), AT.replace(tzinfo=None)),
    ("alerts on the 3rd of June", datetime(2026, 6, 3), datetime(2026, 6, 4)),  # twin: a date with its month
])
def test_a_day_of_the_month_alone_is_this_months(text, start, end):
    tr = read_time(text, AT, "UTC").time_range
    assert (tr.start, tr.end) == (start.replace(tzinfo=UTC), end.replace(tzinfo=UTC))


@pytest.mark.parametrize("text, zone, hour", [
    ("alerts since 10am London time", "Europe/London", 10),
    ("alerts since 9am New York time", "America/New_York", 9),
    ("alerts since noon Sao Paulo time", "America/Sao_Paulo", 12),
    ("alerts since 8am Pacific time", "America/Los_Angeles", 8),
    ("alerts since 9am Eastern", "America/New_York", 9),
])
def test_a_zone_named_by_its_city_or_us_region_is_that_zone(text, zone, hour):
    at = datetime(2026, 5, 13, 16, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
    qt = read_time(text, at, "Asia/Kolkata")
    start = qt.time_range.start.astimezone(ZoneInfo(zone))
    assert (start.hour, start.minute) == (hour, 0) and qt.zone == zone


def test_a_city_without_time_after_a_clock_is_a_name_not_a_zone():
    at = datetime(2026, 5, 13, 16, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
    qt = read_time("alerts since 9am phoenix-api", at, "Asia/Kolkata")
    assert qt.zone == "Asia/Kolkata" and qt.time_range.start.astimezone(ZoneInfo("Asia/Kolkata")).hour == 9
