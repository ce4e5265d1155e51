"""The two wrong hits round 14's reader served on batch 15's test half, and its reading of "tonight" (issue 15, round
15, engineer qwrong): each fixed by narrowing an agreement, each with its twin that must still agree."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from detectors.query_compare import read_facts, relate
from detectors.timerange import normalise_text, parse_time_range
from exporter.querymem.reading import read_question


def relation(a: str, b: str):
    return relate(read_facts(normalise_text(a)), read_facts(normalise_text(b)))


@pytest.mark.parametrize("a, b, expected", [
    # the two sides of one limit are two sets of things (rule 2): "past" / "within" are otherwise dropped words
    ("How many of the yard's boxes went past their storage allowance this week?",
     "How many of the yard's boxes are still within their storage allowance this week?", "conflict"),
    ("jobs beyond the sla on heron", "jobs inside the sla on heron", "conflict"),
    # twins: one side of the limit in other words, or a limit only one side names, is no complement
    ("boxes past their storage allowance", "count of boxes past their storage allowance", "same"),
    ("jobs within the sla on heron", "heron jobs still within the sla", "same"),
    # a time phrase is no limit
    ("heron errors in the past 6 hours", "heron errors within the last 6 hours", "same"),
])
def test_the_two_sides_of_a_limit(a, b, expected):
    assert relation(a, b).kind == expected


@pytest.mark.parametrize("a, b, same", [
    # an open question whose intent no rule read asks something: not a bare noun phrase, so no count (rule 4)
    ("What did heron queue timeouts look like over the last week?",
     "How many heron queue timeouts in total over the last week?", False),
    ("what has the heron queue been doing this week", "heron queue timeouts count this week", False),
    # twins: a bare noun phrase still stands for a count, and two open questions still agree with each other
    ("heron queue timeouts over the last week", "How many heron queue timeouts over the last week?", True),
    ("What did heron queue timeouts look like over the last week?",
     "what did the heron queue timeouts look like in the last week", True),
    ("what is the p95 latency of heron", "heron p95 latency", True),
    ("how much errors have heron had in the last hour", "number of heron 5xx in the past hour", True),
    ("How is the heron queue doing right now?", "heron queue healthy at the moment?", True),
])
def test_an_open_question_is_no_bare_noun_phrase(a, b, same):
    assert relation(a, b).intent_same is same


@pytest.mark.parametrize("hour", [0, 3, 9, 15, 18, 21, 22, 23])
def test_tonight_never_reads_as_last_night(hour):
    at = datetime(2026, 3, 4, hour, 30, tzinfo=UTC)
    last = parse_time_range("alerts last night", at, "UTC")
    tonight = parse_time_range("alerts tonight", at, "UTC")
    assert tonight is None or (tonight.start, tonight.end) != (last.start, last.end)


def test_tonight_asked_in_the_afternoon_is_still_to_come_so_never_a_hit():
    at = datetime(2026, 3, 4, 15, 0, tzinfo=UTC).timestamp()
    asked = read_question("any crit alerts tonight?", at, "UTC")
    assert asked.window is None and asked.time_state == "unclear"


def test_tonight_once_begun_and_last_night_at_any_hour():
    at = datetime(2026, 3, 4, 23, 0, tzinfo=UTC)
    tonight = parse_time_range("tonight", at, "UTC")
    assert tonight.start == datetime(2026, 3, 4, 22, tzinfo=UTC) and tonight.end == at
    # asked at 23:00, "last night" is the night before, not the one that has just begun (the specification's
    # [22:00 the previous day, 06:00])
    last = parse_time_range("last night", at, "UTC")
    assert (last.start, last.end) == (datetime(2026, 3, 3, 22, tzinfo=UTC), datetime(2026, 3, 4, 6, tzinfo=UTC))
