from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.timerange import parse_time, parse_time_range, parse_time_ranges, read_time

BERLIN = ZoneInfo("Europe/Berlin")
WED = datetime(2024, 5, 8, 10, 30, tzinfo=UTC)  # a Wednesday, 10:30 UTC
H, D = 3600, 86400


def local(tz: str, *args) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(tz))


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("errors in the last 24 hours", 24 * H),
        ("past 24h", 24 * H),
        ("last 15m", 15 * 60),
        ("last 15 minutes", 15 * 60),
        ("past week", 7 * D),
        ("last 7 days", 7 * D),
        ("last 2 weeks", 14 * D),
        ("past month", 30 * D),
        ("last hour", H),
        ("past day", D),
        ("in the last 30 mins", 30 * 60),
        ("over the last day", D),
        ("in the last week", 7 * D),
        ("last two hours", 2 * H),
        ("past three days", 3 * D),
        ("last couple of hours", 2 * H),
        ("last twenty-four hours", 24 * H),
        ("last half hour", 30 * 60),
        ("within the past 90 seconds", 90),
        ("during the previous 1.5 hours", 1.5 * H),
        ("last 48 hrs", 48 * H),
        ("since 3 hours ago", 3 * H),
        ("Last 6H", 6 * H),
        ("past year", 365 * D),
    ],
)
def test_relative_phrases_end_now_and_move_with_it(text, seconds):
    r = parse_time_range(text, WED)
    assert r is not None and r.relative and r.until_now
    assert r.end == WED and r.duration_seconds == seconds


@pytest.mark.parametrize(
    "text, now, start, end",
    [
        ("since yesterday", WED, datetime(2024, 5, 7), WED),
        ("since midnight", WED, datetime(2024, 5, 8), WED),
        ("since 9am", WED, datetime(2024, 5, 8, 9), WED),
        ("since 11:15", WED, datetime(2024, 5, 7, 11, 15), WED),  # today's 11:15 has not come yet
        ("since monday", WED, datetime(2024, 5, 6), WED),
        ("today", WED, datetime(2024, 5, 8), WED),
        ("yesterday", WED, datetime(2024, 5, 7), datetime(2024, 5, 8)),
        ("day before yesterday", WED, datetime(2024, 5, 6), datetime(2024, 5, 7)),
        ("this morning", WED, datetime(2024, 5, 8, 6), WED),
        ("this morning", datetime(2024, 5, 8, 15), datetime(2024, 5, 8, 6), datetime(2024, 5, 8, 12)),
        ("this afternoon", datetime(2024, 5, 8, 15), datetime(2024, 5, 8, 12), datetime(2024, 5, 8, 15)),
        ("yesterday afternoon", WED, datetime(2024, 5, 7, 12), datetime(2024, 5, 7, 18)),
        # issue 15: the night is 22:00-06:00
        ("tonight", datetime(2024, 5, 8, 23), datetime(2024, 5, 8, 22), datetime(2024, 5, 8, 23)),
        ("last night", WED, datetime(2024, 5, 7, 22), datetime(2024, 5, 8, 6)),
        ("overnight", WED, datetime(2024, 5, 7, 22), datetime(2024, 5, 8, 6)),
        ("this week", WED, datetime(2024, 5, 6), WED),
        ("this month", WED, datetime(2024, 5, 1), WED),
        ("between 2pm and 3pm", WED, datetime(2024, 5, 7, 14), datetime(2024, 5, 7, 15)),
        ("between 2pm and 3pm", datetime(2024, 5, 8, 16), datetime(2024, 5, 8, 14), datetime(2024, 5, 8, 15)),
        ("from 14:00 to 15:30", WED, datetime(2024, 5, 7, 14), datetime(2024, 5, 7, 15, 30)),
        ("between 2 and 3pm", WED, datetime(2024, 5, 7, 14), datetime(2024, 5, 7, 15)),
        ("yesterday between 9am and 11am", WED, datetime(2024, 5, 7, 9), datetime(2024, 5, 7, 11)),
        ("from 23:00 to 02:00", WED, datetime(2024, 5, 7, 23), datetime(2024, 5, 8, 2)),
        ("at 3pm", WED, datetime(2024, 5, 7, 14, 30), datetime(2024, 5, 7, 15, 30)),
        ("on 2024-05-01", WED, datetime(2024, 5, 1), datetime(2024, 5, 2)),
        ("on May 1", WED, datetime(2024, 5, 1), datetime(2024, 5, 2)),
        ("on the 3rd of march, 2024", WED, datetime(2024, 3, 3), datetime(2024, 3, 4)),
        ("on June 1", WED, datetime(2023, 6, 1), datetime(2023, 6, 2)),  # no year: the latest past one
        ("since 2024-05-01", WED, datetime(2024, 5, 1), WED),
        ("from may 1 to may 3", WED, datetime(2024, 5, 1), datetime(2024, 5, 4)),
        ("in april", WED, datetime(2024, 4, 1), datetime(2024, 5, 1)),
        ("over the weekend", WED, datetime(2024, 5, 4), datetime(2024, 5, 6)),
        ("last monday", WED, datetime(2024, 5, 6), datetime(2024, 5, 7)),
        ("on tuesday", WED, datetime(2024, 5, 7), datetime(2024, 5, 8)),
        ("errors monday morning", WED, datetime(2024, 5, 6, 6), datetime(2024, 5, 6, 12)),
        ("last tuesday between 14:00 and 15:00", WED, datetime(2024, 5, 7, 14), datetime(2024, 5, 7, 15)),
    ],
)
def test_calendar_phrases_resolve_in_local_time(text, now, start, end):
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    r = parse_time_range(text, now)
    assert r is not None and not r.relative
    assert (r.start, r.end) == (start.replace(tzinfo=UTC), end.replace(tzinfo=UTC) if end.tzinfo is None else end)


def test_fixed_range_that_reaches_now_is_clipped_and_marked_until_now():
    r = parse_time_range("between 2pm and 3pm", datetime(2024, 5, 8, 14, 30, tzinfo=UTC))
    assert r.end == datetime(2024, 5, 8, 14, 30, tzinfo=UTC) and r.until_now and not r.relative
    assert not parse_time_range("yesterday", WED).until_now


def test_just_after_midnight_yesterday_and_today_and_night():
    now = local("Europe/Berlin", 2024, 5, 8, 0, 5)
    tz = "Europe/Berlin"
    assert parse_time_range("today", now, tz).start == local(tz, 2024, 5, 8)
    assert parse_time_range("today", now, tz).duration_seconds == 300
    assert parse_time_range("yesterday", now, tz).start == local(tz, 2024, 5, 7)
    assert parse_time_range("since 9am", now, tz).start == local(tz, 2024, 5, 7, 9)
    # after midnight "tonight" is the night in progress or the coming one: unclear, never last night's range
    assert parse_time_range("tonight", now, tz) is None
    assert parse_time_range("last night", now, tz).end == now
    morning = parse_time("this morning", now, tz)
    assert morning.time_range is None and "empty" in morning.notes[0]


def test_on_a_monday_this_week_starts_today_and_last_week_is_the_last_seven_days():
    # issue 15's specification: "last week" is rolling 7 days, "last month" 30 days.
    tz = "Europe/Berlin"
    now = local(tz, 2024, 5, 6, 8, 0)
    assert parse_time_range("this week", now, tz).start == local(tz, 2024, 5, 6)
    last = parse_time_range("last week", now, tz)
    assert (last.start, last.end, last.relative) == (now - timedelta(days=7), now, True)
    assert parse_time_range("since monday", now, tz).start == local(tz, 2024, 5, 6)
    assert parse_time_range("last monday", now, tz).start == local(tz, 2024, 4, 29)


def test_month_and_year_boundaries():
    tz = "Europe/Berlin"
    now = local(tz, 2024, 3, 1, 0, 30)  # leap year
    assert parse_time_range("yesterday", now, tz).start == local(tz, 2024, 2, 29)
    last = parse_time_range("last month", now, tz)
    assert (last.start, last.end) == (now - timedelta(days=30), now)
    new_year = local(tz, 2024, 1, 1, 9)
    assert parse_time_range("last year", new_year, tz).start == local(tz, 2023, 1, 1)


@pytest.mark.parametrize(
    "now, hours",
    [(datetime(2024, 4, 1, 10, tzinfo=BERLIN), 23), (datetime(2024, 10, 28, 10, tzinfo=BERLIN), 25)],
    ids=["spring-forward", "fall-back"],
)
def test_a_local_day_across_dst_has_its_real_length(now, hours):
    y = parse_time_range("yesterday", now, "Europe/Berlin")
    assert y.duration_seconds == hours * H
    assert y.start.astimezone(BERLIN).hour == 0 and y.end.astimezone(BERLIN).hour == 0
    assert parse_time_range("last 24 hours", now, "Europe/Berlin").duration_seconds == 24 * H


def test_since_midnight_on_the_dst_day_counts_elapsed_hours():
    now = datetime(2024, 3, 31, 12, tzinfo=BERLIN)
    r = parse_time_range("since midnight", now, "Europe/Berlin")
    assert r.start == datetime(2024, 3, 30, 23, tzinfo=UTC) and r.duration_seconds == 11 * H


def test_time_zone_decides_where_yesterday_begins():
    utc = parse_time_range("yesterday", WED, "UTC")
    ny = parse_time_range("yesterday", WED, "America/New_York")
    assert utc.start == datetime(2024, 5, 7, tzinfo=UTC)
    assert ny.start == datetime(2024, 5, 7, 4, tzinfo=UTC)  # EDT midnight
    assert ny.start.tzinfo == UTC and ny.end.tzinfo == UTC


def test_naive_now_is_utc_and_unknown_zone_is_a_value_error():
    assert parse_time_range("today", WED.replace(tzinfo=None)) == parse_time_range("today", WED)
    with pytest.raises(ValueError):
        parse_time_range("today", WED, "Mars/Olympus")


@pytest.mark.parametrize("text", ["at 3", "since 2", "between 2 and 3", "from 9 to 5", "between 11 and 12"])
def test_bare_hours_are_ambiguous_and_give_no_range(text):
    # "between 11 and 12" at 10:30 has not begun today: 11am-noon is still to come, 11pm-midnight was yesterday's
    parsed = parse_time(text, WED)
    assert parsed.time_range is None and parsed.notes[0].startswith("ambiguous time:")


def test_vague_counts_are_read_as_approximate_with_a_note():
    parsed = parse_time("in the last few hours", WED)
    assert parsed.time_range.duration_seconds == 3 * H and parsed.time_range.approximate
    assert "approximate" in parsed.notes[0]
    assert parse_time_range("past several days", WED).duration_seconds == 5 * D


@pytest.mark.parametrize(
    "text", ["latency at 5 ms", "between 2 and 3 pods", "errors on web-7", "after 10.0.0.1", "since the deploy",
             "hello", "last 0 hours", ""],
)
def test_things_that_are_not_a_usable_time_give_none(text):
    parsed = parse_time(text, WED)
    assert parsed.time_range is None and parsed.notes


def test_dateparser_reads_what_the_patterns_do_not():
    parsed = parse_time("errors on 03/05/2024", WED)
    r = parsed.time_range
    assert (r.start, r.end) == (datetime(2024, 3, 5, tzinfo=UTC), datetime(2024, 3, 6, tzinfo=UTC))
    assert "dateparser" in parsed.notes[0]


def test_all_ranges_in_order_for_comparisons():
    today, yesterday = parse_time_ranges("errors today vs yesterday", WED)
    assert today.start == datetime(2024, 5, 8, tzinfo=UTC) and yesterday.start == datetime(2024, 5, 7, tzinfo=UTC)


def test_same_window_is_the_cache_test():
    a = parse_time_range("last 24 hours", WED)
    assert a.same_window(parse_time_range("past day", WED + timedelta(seconds=30)))
    assert not a.same_window(parse_time_range("last 24 hours", WED + timedelta(days=1)))


# ---------------------------------------------------------------- properties

UNITS = {"minutes": 60, "m": 60, "hours": H, "h": H, "days": D, "d": D, "weeks": 7 * D}
nows = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC))
relative_phrases = st.tuples(
    st.sampled_from(["last", "past", "in the last", "over the past", "within the last", "previous"]),
    st.integers(1, 400),
    st.sampled_from(sorted(UNITS)),
)


@given(relative_phrases, nows)
def test_relative_ranges_end_now_and_have_the_stated_length(phrase, now):
    lead, n, unit = phrase
    r = parse_time_range(f"errors {lead} {n} {unit} on web-3", now)
    assert r.relative and r.end == now and r.start < r.end
    assert r.duration_seconds == n * UNITS[unit]


@given(relative_phrases, nows, st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400)))
def test_shifting_now_shifts_relative_ranges_by_the_same_amount(phrase, now, delta):
    text = " ".join(map(str, phrase))
    a, b = parse_time_range(text, now, "Europe/Berlin"), parse_time_range(text, now + delta, "Europe/Berlin")
    assert (b.start - a.start, b.end - a.end) == (delta, delta)


VOCAB = ["last", "past", "since", "between", "and", "from", "to", "at", "on", "the", "yesterday", "today",
         "tonight", "this", "morning", "week", "month", "monday", "may", "1", "3", "24", "2pm", "14:00", "few",
         "hours", "h", "m", "ago", "2024-05-01", "03/05/2024", "in", "over", "night", "weekend", "noon", "0",
         "99999999999", "12:75", "2024-02-30", "-", "a"]
ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"]


@settings(deadline=None, max_examples=200)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(VOCAB), max_size=8).map(" ".join)),
       st.datetimes(timezones=st.sampled_from([UTC, BERLIN])), st.sampled_from(ZONES))
def test_any_text_at_any_moment_gives_a_valid_range_or_none(text, now, tz):
    parsed = parse_time(text, now, tz)
    r = parsed.time_range
    if r is None:
        assert parsed.notes
    else:
        assert r.start < r.end <= now and r.start.tzinfo == UTC and r.end.tzinfo == UTC


@pytest.mark.parametrize("text, start, end", [
    ("crit alerts quokka-api 24h", WED - timedelta(hours=24), WED),  # issue 15's spec: "24h" is the last 24 h
    ("errors in 7d", WED - timedelta(days=7), WED),
    ("incident count this wk", datetime(2024, 5, 6, tzinfo=UTC), WED),
    ("errors yday", datetime(2024, 5, 7, tzinfo=UTC), datetime(2024, 5, 8, tzinfo=UTC)),
    ("errors mtd", datetime(2024, 5, 1, tzinfo=UTC), WED),
    ("errors since start of week", datetime(2024, 5, 6, tzinfo=UTC), WED),
    ("errors the last hour and a half", WED - timedelta(minutes=90), WED),
    ("errors in the past fortnight", WED - timedelta(days=14), WED),
    ("errors 01:00-03:00", datetime(2024, 5, 8, 1, tzinfo=UTC), datetime(2024, 5, 8, 3, tzinfo=UTC)),
    ("errors 8-9am", datetime(2024, 5, 8, 8, tzinfo=UTC), datetime(2024, 5, 8, 9, tzinfo=UTC)),
    ("errors since wed 6pm", datetime(2024, 5, 1, 18, tzinfo=UTC), WED),  # asked Wednesday morning
    ("deploys on sat and sun", datetime(2024, 5, 4, tzinfo=UTC), datetime(2024, 5, 6, tzinfo=UTC)),
])
def test_chat_shorthands_read_as_the_long_forms(text, start, end):
    r = read_time(text, WED, "UTC").time_range
    assert (r.start, r.end) == (start, end)


@pytest.mark.parametrize("text", ["pods pending for more than 10m", "latency over 500ms", "p99 above 2s",
                                  "queue depth > 5m"])
def test_a_duration_after_a_comparison_is_a_threshold_not_a_range(text):
    r = read_time(text, WED, "UTC")
    assert r.implicit_now and r.time_range.duration_seconds == 300


@pytest.mark.parametrize("text, start, end", [
    ("errors in the past half-hour", WED - timedelta(minutes=30), WED),
    ("errors 08:00 to 10:00", datetime(2024, 5, 8, 8, tzinfo=UTC), datetime(2024, 5, 8, 10, tzinfo=UTC)),
    ("errors 8am till 10am", datetime(2024, 5, 8, 8, tzinfo=UTC), datetime(2024, 5, 8, 10, tzinfo=UTC)),
    ("errors between one and three a.m.", datetime(2024, 5, 8, 1, tzinfo=UTC), datetime(2024, 5, 8, 3, tzinfo=UTC)),
    # 13:00 today has not begun at 10:30: yesterday's
    ("errors between one and three p.m.", datetime(2024, 5, 7, 13, tzinfo=UTC), datetime(2024, 5, 7, 15, tzinfo=UTC)),
    ("deploys the week so far", datetime(2024, 5, 6, tzinfo=UTC), WED),
    ("deploys earlier today", datetime(2024, 5, 8, tzinfo=UTC), WED),
    ("outages from Monday to Wednesday", datetime(2024, 5, 6, tzinfo=UTC), WED),
    ("outages mon-wed", datetime(2024, 5, 6, tzinfo=UTC), WED),
    ("outages Sunday through Tuesday", datetime(2024, 5, 5, tzinfo=UTC), datetime(2024, 5, 8, tzinfo=UTC)),
])
def test_unseen_wordings_of_ranges_read_as_their_common_forms(text, start, end):
    r = read_time(text, WED, "UTC").time_range
    assert (r.start, r.end) == (start, end)


def test_a_zone_after_a_clock_time_or_midnight_is_that_zone_and_local_words_are_the_askers():
    def start(text):
        return read_time(text, WED, "Europe/Berlin").time_range.start

    assert start("alerts since 07:00Z") == datetime(2024, 5, 8, 7, tzinfo=UTC)
    assert start("alerts since midnight UTC") == datetime(2024, 5, 8, tzinfo=UTC)
    assert start("alerts since midnight") == datetime(2024, 5, 7, 22, tzinfo=UTC)  # Berlin's midnight (CEST)
    assert start("alerts since 8am local") == start("alerts since 8am") == datetime(2024, 5, 8, 6, tzinfo=UTC)


def test_a_clock_time_no_rule_reads_is_unclear_not_now_while_counts_stay_counts():
    unread = read_time("errors 3pm and 5pm", WED, "UTC")
    assert unread.time_range is None and not unread.implicit_now and unread.notes
    plain = read_time("errors", WED, "UTC")
    assert plain.implicit_now and plain.time_range.duration_seconds == 300
    for text in ("errors from 2 to 4 pods", "restarts between 2 and 4 times"):
        assert read_time(text, WED, "UTC").implicit_now


@pytest.mark.parametrize("text", ["errors 10 to 11", "errors 10 till 11 utc", "alerts 9 to 10 cet"])
def test_two_hours_or_a_zone_no_rule_reads_are_unclear_not_now(text):
    # round 10, precision: "10 to 11" read as now made "10 to 11 utc" and "10 to 11 cet" the same question
    unread = read_time(text, WED, "Europe/Madrid")
    assert unread.time_range is None and not unread.implicit_now and unread.notes


@pytest.mark.parametrize("text", ["top 10 to 20 stores", "last 5 to 10 errors", "errors up 10 to 20 percent",
                                  "5 to 10 pods restarting now"])
def test_counts_joined_by_to_stay_counts(text):
    assert read_time(text, WED, "UTC").time_range is not None


def test_a_part_of_the_day_no_rule_reads_is_unclear_while_a_greeting_is_no_time():
    for text in ("errors during the morning rush", "errors during the evening peak", "alerts at lunch"):
        unread = read_time(text, WED, "UTC")
        assert unread.time_range is None and unread.notes, text
    assert read_time("good morning, how many alerts are firing", WED, "UTC").implicit_now


@pytest.mark.parametrize("text, start", [
    ("errors since 6.30am", datetime(2024, 5, 8, 6, 30, tzinfo=UTC)),
    ("errors since half past six", datetime(2024, 5, 8, 6, 30, tzinfo=UTC)),
    ("errors since quarter to ten", datetime(2024, 5, 8, 9, 45, tzinfo=UTC)),
    ("errors since 0800", datetime(2024, 5, 8, 8, tzinfo=UTC)),
])
def test_other_ways_to_write_a_clock_time_read_as_that_time(text, start):
    assert read_time(text, WED, "UTC").time_range.start == start


def test_a_clock_range_in_the_morning_is_in_the_morning_and_a_threshold_stays_a_threshold():
    r = read_time("errors 7-9 this morning", WED, "UTC").time_range
    assert (r.start, r.end) == (datetime(2024, 5, 8, 7, tzinfo=UTC), datetime(2024, 5, 8, 9, tzinfo=UTC))
    assert read_time("latency above 0800 ms", WED, "UTC").implicit_now
