"""Time words read as time, not left as content terms (issue 15, round 24): through the API, record then lookup in
the asker's zone. A word of a time phrase the grammar read only in part ("since" before an ISO timestamp, "nine"
before "this morning") stayed a content word of one side, a narrower filter (rule 4) or another range, so the same
question was a partial."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.test_querymem_api import lookup, record

KARACHI_NOON = datetime(2025, 4, 3, 7, 0, tzinfo=UTC)  # 12:00 in Karachi (UTC+5, no DST)


def test_since_an_iso_timestamp_reads_since_as_part_of_the_range(client):
    record(client, "Please list the incidents opened since 2025-04-03T02:00Z.", KARACHI_NOON, tz="Asia/Karachi")
    out = lookup(client, "Kindly list incidents opened since 7am.", KARACHI_NOON + timedelta(minutes=5),
                 tz="Asia/Karachi")
    assert out["decision"] == "hit", out["why"]
    assert out["why"]["terms"]["nested"] == []
    assert out["why"]["ranges"]["cached"]["start"] == out["why"]["ranges"]["asked"]["start"] == "2025-04-03T02:00:00Z"
    # twin: 9am in Karachi is 04:00Z, two hours later on a ten-hour range: the range moved (rule 5), no hit
    later = lookup(client, "Kindly list incidents opened since 9am.", KARACHI_NOON + timedelta(minutes=5),
                   tz="Asia/Karachi")
    assert later["decision"] == "partial"


def test_after_an_iso_timestamp_is_read_the_same_way(client):
    record(client, "critical alerts for heron after 2025-04-03T02:00Z", KARACHI_NOON, tz="Asia/Karachi")
    out = lookup(client, "critical alerts for heron since 7am", KARACHI_NOON + timedelta(minutes=5), tz="Asia/Karachi")
    assert out["decision"] == "hit", out["why"]


def test_an_hour_in_words_before_a_part_of_the_day_is_that_clock_time(client):
    record(client, "How many 5xx responses has label-printer-svc returned since 9am?", KARACHI_NOON, tz="Asia/Karachi")
    out = lookup(client, "label-printer-svc 5xx count since nine this morning", KARACHI_NOON + timedelta(minutes=8),
                 tz="Asia/Karachi")
    assert out["decision"] == "hit", out["why"]
    assert out["why"]["ranges"]["asked"]["start"] == "2025-04-03T04:00:00Z"  # 09:00 in Karachi, not 06:00
    spelled = lookup(client, "label-printer-svc 5xx from nine this morning until now",
                     KARACHI_NOON + timedelta(minutes=8), tz="Asia/Karachi")
    assert spelled["decision"] == "hit", spelled["why"]
    # twin: eleven this morning is another start (two hours later on a three-hour range): the range moved
    eleven = lookup(client, "label-printer-svc 5xx count since eleven this morning",
                    KARACHI_NOON + timedelta(minutes=8), tz="Asia/Karachi")
    assert eleven["decision"] == "partial"
    assert eleven["why"]["ranges"]["asked"]["start"] == "2025-04-03T06:00:00Z"


def test_local_beside_a_time_is_the_askers_zone_not_a_filter(client):
    azores_dst = datetime(2026, 3, 29, 6, 0, tzinfo=UTC)  # 06:00 in the Azores (UTC+0 since 01:00Z this day)
    record(client, "Report alerts since local midnight.", azores_dst, tz="Atlantic/Azores")
    out = lookup(client, "Report alerts from 01:00Z to 06:00Z today.", azores_dst + timedelta(minutes=5),
                 tz="Atlantic/Azores")
    assert out["decision"] == "hit", out["why"]
    assert out["why"]["ranges"]["cached"]["start"] == "2026-03-29T01:00:00Z"  # midnight at -01:00, before the change
    tbilisi = datetime(2025, 11, 5, 6, 0, tzinfo=UTC)
    record(client, "number of alerts for beacon-ingest on 2025-11-04 (local time)", tbilisi, tz="Asia/Tbilisi")
    day = lookup(client, "number of alerts for beacon-ingest on 2025-11-04", tbilisi + timedelta(minutes=5),
                 tz="Asia/Tbilisi")
    assert day["decision"] == "hit", day["why"]
    # twin: "local" that is no time word stays a filter ("local 500 errors" against "500 errors")
    record(client, "local 500 errors for heron today", tbilisi, tz="Asia/Tbilisi")
    other = lookup(client, "500 errors for heron today", tbilisi + timedelta(minutes=5), tz="Asia/Tbilisi")
    assert other["decision"] != "hit"


def test_a_clock_time_of_this_evening_asked_before_it_is_not_yesterdays(client):
    """Review R2: "since nine this evening" asked at 17:00 named today's 21:00 (a time to come), but was read as the bare
    "since 9pm", which before 21:00 is yesterday's: a hit against "since 9pm yesterday"."""
    five_pm = datetime(2026, 3, 10, 16, 0, tzinfo=UTC)  # 17:00 in Brussels
    record(client, "5xx on the heron-api since 9pm yesterday", five_pm, tz="Europe/Brussels")
    for words in ("5xx on the heron-api after nine this evening", "5xx on the heron-api since 9 this evening"):
        out = lookup(client, words, five_pm + timedelta(minutes=4), tz="Europe/Brussels")
        assert out["decision"] != "hit", (words, out["why"])
    eight_am = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)  # 08:00 in Brussels
    record(client, "5xx on the heron-api since 9am yesterday", eight_am, tz="Europe/Brussels")
    out = lookup(client, "5xx on the heron-api since nine this morning", eight_am + timedelta(minutes=4),
                 tz="Europe/Brussels")
    assert out["decision"] != "hit", out["why"]
    # twin: asked after nine, "nine this morning" is today's 09:00, as "since 9am" is
    record(client, "5xx on the heron-api since 9am", eight_am + timedelta(hours=3), tz="Europe/Brussels")
    later = lookup(client, "5xx on the heron-api since nine this morning", eight_am + timedelta(hours=3, minutes=4),
                   tz="Europe/Brussels")
    assert later["decision"] == "hit", later["why"]
