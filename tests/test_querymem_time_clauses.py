"""Time clauses of issue 15 through the API: the decision and its `why` ranges for wordings the reader used to miss."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.test_querymem_api import lookup, record

MON = datetime(2026, 9, 21, 10, 0, tzinfo=UTC)  # a Monday, 12:00 in Oslo


def test_bare_morning_hours_asked_after_noon_match_this_morning(client):
    record(client, "critical alerts for heron this morning", MON, tz="Europe/Oslo")
    out = lookup(client, "critical alerts for heron between 6 and 12 today", MON + timedelta(minutes=5),
                 tz="Europe/Oslo")
    assert out["decision"] == "hit"
    assert out["why"]["ranges"]["asked"]["start"] == "2026-09-21T04:00:00Z"  # 06:00 in Oslo (UTC+2)
    # twin: the night hours are not read, so the same words with "2 and 4" are never a hit
    night = lookup(client, "critical alerts for heron between 2 and 4 today", MON + timedelta(minutes=5),
                   tz="Europe/Oslo")
    assert night["decision"] != "hit"


def test_a_range_whose_ends_name_their_days_is_compared_as_written(client):
    record(client, "critical alerts for heron over the weekend", MON, tz="Europe/Oslo")
    same = lookup(client, "critical alerts for heron from Sat 00:00 to Sun 23:59", MON + timedelta(minutes=5),
                  tz="Europe/Oslo")
    assert same["decision"] == "hit"
    night = lookup(client, "critical alerts for heron between 10pm Saturday and 6am Sunday",
                   MON + timedelta(minutes=5), tz="Europe/Oslo")
    assert night["decision"] == "partial"  # 8 hours inside the weekend's 48: the range moved (rule 5), not the same
    assert night["why"]["ranges"]["asked"]["start"] == "2026-09-19T20:00:00Z"
