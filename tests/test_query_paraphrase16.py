"""Paraphrases of one question that the reader missed (issue 15, round 16, engineer qpara): a name both sides write,
one of them apart; a name's first word standing for the one name the org knows that opens with it; noon and midnight as
the ends of a clock range; "arvo". Each case beside a twin that must stay apart, with invented names."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from detectors.query_compare import read_facts, relate
from detectors.timerange import normalise_text, parse_time_range


def relation(a: str, b: str, names: frozenset[str] = frozenset()):
    return relate(read_facts(normalise_text(a)), read_facts(normalise_text(b)), names)


@pytest.mark.parametrize("a, b, expected", [
    # a pair whose only shared term is a name one side writes apart is about that name, not "unrelated"
    ("is vole-api healthy right now", "vole api up atm?", "same"),
    ("is vole-api healthy right now", "vole web up atm?", "unrelated"),
    # run together ("pagerduty" / "pager duty") or with a slip, the same
    ("is kestrelsync healthy", "is kestrel sync healthy", "same"),
])
def test_a_name_written_apart_is_a_shared_term(a, b, expected):
    assert relation(a, b).kind == expected


KNOWN = frozenset({"tapir-scheduler", "emu-web", "okapi-ledger"})


@pytest.mark.parametrize("a, b, names, expected", [
    # the first word of the one known name that opens with it is that name
    ("How many incidents did we have on the tapir this week?", "tapir-scheduler incidents this week", KNOWN, "same"),
    ("open incidents on the okapi", "open incidents on okapi ledger", KNOWN, "same"),
    ("memory of the okapi pods", "okapi-ledger pods memory usage", KNOWN, "same"),
    # a metric's name is a measure, no second thing the word could name
    ("incidents on the tapir this week", "tapir-scheduler incidents this week",
     KNOWN | {"tapir_queue_depth"}, "same"),
    # with a word for what sort of thing it is after it ("the okapi API", "the tapir feed")
    ("5xx on the okapi API, last hour", "okapi-ledger 5xx last hour", KNOWN, "same"),
    ("crit alerts on the tapir feed", "crit alerts on tapir scheduler", KNOWN, "same"),
    ("5xx on the okapi API, last hour", "okapi-ledger 5xx last hour", KNOWN | {"okapi-api"}, "conflict"),
    ("5xx on the okapi dashboard", "okapi-ledger 5xx", KNOWN, "nested"),
    # twins: two known names open with it, no history, or another name's word
    ("incidents on the tapir this week", "tapir-scheduler incidents this week",
     KNOWN | {"tapir-billing"}, "conflict"),
    ("incidents on the tapir this week", "tapir-scheduler incidents this week", frozenset(), "conflict"),
    ("open incidents on the okapi", "open incidents on okapi ledger", frozenset(), "nested"),
    ("open incidents on the emu", "open incidents on okapi-ledger", KNOWN, "conflict"),
    # a name that narrows its first word (an environment, a region, a number) is a variant of it, not its short form
    ("errors on quokka", "errors on quokka-prod", frozenset({"quokka-prod"}), "conflict"),
    ("errors on quokka", "errors on quokka-eu", frozenset({"quokka-eu"}), "conflict"),
    ("errors on quokka", "errors on quokka-3", frozenset({"quokka-3"}), "conflict"),
    # a broad word stays broad: "prod" is wider than the known "prod-west"
    ("errors in prod", "errors in prod-west", frozenset({"prod-west"}), "nested"),
    # the words apart must stand together: "okapi and ledger" are two things
    ("incidents on the okapi", "incidents on okapi and ledger", KNOWN, "nested"),
])
def test_a_first_word_names_the_one_known_name_it_opens(a, b, names, expected):
    assert relation(a, b, names).kind == expected


AT = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize("text, start, end", [
    ("list alerts midnight to 3am", datetime(2026, 3, 4, 0, tzinfo=UTC), datetime(2026, 3, 4, 3, tzinfo=UTC)),
    ("alerts 9am to noon", datetime(2026, 3, 4, 9, tzinfo=UTC), datetime(2026, 3, 4, 12, tzinfo=UTC)),
    ("alerts noon-2pm", datetime(2026, 3, 4, 12, tzinfo=UTC), datetime(2026, 3, 4, 14, tzinfo=UTC)),
    ("evictions this arvo", datetime(2026, 3, 4, 12, tzinfo=UTC), AT),
])
def test_noon_and_midnight_end_a_clock_range_and_arvo_is_the_afternoon(text, start, end):
    tr = parse_time_range(text, AT, "UTC")
    assert tr is not None and (tr.start, tr.end) == (start, end)


def test_twins_bare_numbers_and_a_name_holding_arvo_stay_unread():
    assert parse_time_range("2 to 4 pods", AT, "UTC") is None
    today = parse_time_range("arvo-sync errors today", AT, "UTC")
    assert today is not None and today.start == datetime(2026, 3, 4, tzinfo=UTC)


@pytest.mark.parametrize("a, b, expected", [
    # the most common / most frequent things are the top ones by how many
    ("top 5 noisiest alertnames on wombat this week", "this week's 5 most frequent alert names on wombat", "same"),
    ("top 3 numbat alerts by count this month", "three most common numbat alertnames this month", "same"),
    # twins: the other end of the ranking, and a ranking by another measure
    ("5 most frequent alert names on wombat", "5 least frequent alert names on wombat", "conflict"),
    ("top 5 wombat alerts by duration", "5 most frequent wombat alerts", "nested"),
])
def test_the_most_common_things_are_the_top_ones(a, b, expected):
    assert relation(a, b).kind == expected


def test_bare_hours_ending_at_12_are_the_morning_up_to_noon():
    tr = parse_time_range("reefer alarms between 6 and 12 today", AT, "UTC")
    assert tr is not None and (tr.start, tr.end) == (datetime(2026, 3, 4, 6, tzinfo=UTC), datetime(2026, 3, 4, 12, tzinfo=UTC))
    # twins: other bare hours say no half of the day, so they stay unread
    assert parse_time_range("reefer alarms between 2 and 4 today", AT, "UTC") is None
    assert parse_time_range("reefer alarms between 6 and 11 today", AT, "UTC") is None
