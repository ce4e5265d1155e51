"""The time clauses of issue 15's specification, each in a wording the reader used to miss, with a twin that must stay
as it was. Written from the clauses, not from any writer's pair: "today unless a day is named" for clock ranges, a
zone after a clock time, "since midnight", the weekend, ISO timestamps, and typos that do not matter."""
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from detectors.timerange import read_time

OSLO = "Europe/Oslo"


def at(tz: str, *args) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(tz))


def span(text: str, now: datetime, tz: str) -> tuple[datetime, datetime] | None:
    found = read_time(text, now, tz).time_range
    return None if found is None else (found.start.astimezone(ZoneInfo(tz)), found.end.astimezone(ZoneInfo(tz)))


THU_3PM = at(OSLO, 2025, 9, 18, 15, 0)  # a Thursday afternoon


@pytest.mark.parametrize("text, hours", [
    ("deploys between 7 and 11 today", (7, 11)),
    ("queue depth from 8 to 10", (8, 10)),
    ("logins between 9 and 12 o'clock", (9, 12)),
])
def test_two_bare_morning_hours_are_the_morning_once_the_evening_reading_is_still_to_come(text, hours):
    assert span(text, THU_3PM, OSLO) == (THU_3PM.replace(hour=hours[0]), THU_3PM.replace(hour=hours[1]))


@pytest.mark.parametrize("text, now", [
    ("deploys between 7 and 11 today", THU_3PM.replace(hour=20)),  # 7-11pm has begun too: either could be meant
    ("deploys between 2 and 4 today", THU_3PM),  # night hours stay ambiguous at any time
])
def test_bare_hours_that_could_still_be_either_half_of_the_day_give_no_range(text, now):
    assert span(text, now, OSLO) is None


def test_since_a_bare_morning_hour_is_that_hour_this_morning_and_stays_ambiguous_in_the_evening():
    assert span("errors since 8", THU_3PM, OSLO) == (THU_3PM.replace(hour=8), THU_3PM)
    assert span("errors since 8 o'clock", THU_3PM, OSLO) == (THU_3PM.replace(hour=8), THU_3PM)
    assert span("errors since 8", THU_3PM.replace(hour=21), OSLO) is None


def test_each_end_of_a_clock_range_may_name_its_own_day():
    mon = at(OSLO, 2025, 9, 22, 9, 0)
    sat, sun = at(OSLO, 2025, 9, 20), at(OSLO, 2025, 9, 21)
    assert span("pages from sat 06:00 to sun 18:30", mon, OSLO) == (sat.replace(hour=6), sun.replace(hour=18, minute=30))
    assert span("pages between 11pm Saturday and 5am Sunday", mon, OSLO) == (sat.replace(hour=23), sun.replace(hour=5))
    assert span("pages between 21:00 on 20 September and 04:00 on 21 September", mon, OSLO) == (
        sat.replace(hour=21), sun.replace(hour=4))
    # twin: the days named after the range, as before, are still a whole day each
    assert span("pages from saturday to sunday", mon, OSLO) == (sat, sun + timedelta(days=1))


def test_a_day_ranged_clock_range_in_a_named_zone_is_read_in_that_zone():
    mon = at(OSLO, 2025, 9, 22, 9, 0)
    got = span("pages between 22:00 UTC on 20 September and 02:00 UTC on 21 September", mon, OSLO)
    assert got == (at(OSLO, 2025, 9, 21, 0, 0), at(OSLO, 2025, 9, 21, 4, 0))  # Oslo is UTC+2 in September


def test_the_end_of_day_written_24_00_is_the_next_midnight():
    mon = at(OSLO, 2025, 9, 22, 9, 0)
    assert span("errors on Sep 20 between 00:00 and 24:00", mon, OSLO) == (at(OSLO, 2025, 9, 20), at(OSLO, 2025, 9, 21))


@pytest.mark.parametrize("text", ["alerts sat+sun", "alerts sat n sun", "alerts on Saturday or Sunday",
                                  "alerts over the weekend"])
def test_both_weekend_days_asked_on_monday_are_the_weekend(text):
    mon = at(OSLO, 2025, 9, 22, 9, 0)
    assert span(text, mon, OSLO) == (at(OSLO, 2025, 9, 20), at(OSLO, 2025, 9, 22))


def test_a_clock_range_in_another_zone_after_b_slash_w():
    now = at("Asia/Kolkata", 2025, 9, 18, 9, 0)
    assert span("alerts b/w 01:00 and 03:00 UTC", now, "Asia/Kolkata") == (
        at("Asia/Kolkata", 2025, 9, 18, 6, 30), at("Asia/Kolkata", 2025, 9, 18, 8, 30))
    # twin: "b/w" not before a clock time is left alone (bandwidth)
    assert read_time("b/w usage on edge-1", now, "Asia/Kolkata").implicit_now


@pytest.mark.parametrize("text", ["alerts since midnite", "alerts so far tday", "alerts dis month"])
def test_chat_spellings_of_time_words_do_not_matter(text):
    # on the 1st, "this month" and "today" both start at midnight
    now = at(OSLO, 2025, 9, 1, 10, 0)
    assert span(text, now, OSLO) == (at(OSLO, 2025, 9, 1), now)


def test_the_first_of_the_month_is_the_month_start():
    now = at(OSLO, 2025, 9, 18, 10, 0)
    assert span("incidents since the first of the month", now, OSLO) == (at(OSLO, 2025, 9, 1), now)


def test_a_stretch_between_two_lengths_ago_is_fixed_between_them():
    now = at(OSLO, 2025, 9, 18, 10, 0)
    got = read_time("incidents between 14 and 7 days ago", now, OSLO).time_range
    assert (got.start, got.end, got.relative) == (now - timedelta(days=14), now - timedelta(days=7), False)


def test_a_year_named_alone_is_that_calendar_year_and_a_year_to_come_is_none():
    now = at(OSLO, 2026, 1, 1, 0, 10)
    assert span("incidents in 2025", now, OSLO) == (at(OSLO, 2025, 1, 1), at(OSLO, 2026, 1, 1))
    assert read_time("incidents in 2027", now, OSLO).implicit_now
    # twin: a count is not a year
    assert read_time("hosts with more than 2025 errors", now, OSLO).implicit_now


def test_sql_time_filters_are_the_ranges_they_select():
    now = at("UTC", 2025, 6, 10, 12, 30)
    assert span("select count(*) from alerts where fired_at >= '2025-06-10T08:00:00Z' and fired_at < "
                "'2025-06-10T12:00:00Z'", now, "UTC") == (at("UTC", 2025, 6, 10, 8), at("UTC", 2025, 6, 10, 12))
    assert span("select count(*) from deploys where ts >= date_trunc('week', now())", now, "UTC") == (
        at("UTC", 2025, 6, 9), now)
    assert span("select count(*) from deploys where ts >= current_date", now, "UTC") == (at("UTC", 2025, 6, 10), now)


def test_from_a_time_onwards_is_since_it():
    now = at(OSLO, 2025, 9, 18, 9, 10)
    assert span("memory from 6am onwards", now, OSLO) == (at(OSLO, 2025, 9, 18, 6), now)
    assert span("events from seven o'clock on.", now, OSLO) == (at(OSLO, 2025, 9, 18, 7), now)
