"""Two readings the intent and measure rules did not know (issue 15, round 23, engineer qpara).

Found by classifying every released writer's missed hits (bench/plans/qpara.md): an incident "opened / raised / filed
against X" is X's incident, as "for X" says, where "against" had read as a comparison (seven writers ask it so); and
how long operations take ("how long do reads take") is their latency, as a paste's `*_duration_seconds` histogram is
read (three writers). **Reverted by the plan's ship rule** (bench/plans/qpara.md: pooled hit R fell, 1174 -> 1173, as
the "how long ... take" clause split a past one-off job from its duration and the author mark split "opened by team X"
from "team X opened"; gains on 3 of writers 13-22 only): the cases the reading missed are strict xfails naming the
clause, the twins stay. Each beside the twin the reading must not reach, with
invented names (marten, osprey).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from detectors.query_compare import read_facts
from tests.test_query_paste_conventions import decision  # b a minute after a, fresh: only the reading decides
from tests.test_querymem_api import T0, lookup, record

_REVERTED = pytest.mark.xfail(strict=True, reason="round 23 qpara's clauses (an incident filed against X is X's; how long "
                               "operations take is their latency) were reverted by their ship rule")


#: Round 31 landed the "against" clause only before a thing's name no dictionary has (review R3 of round 31: "against
#: Q3", "against black friday" compare); marten and osprey are dictionary words, so these wait.
_DICTIONARY_NAME = pytest.mark.xfail(strict=True, reason="round 31 review R3: 'against' + a dictionary word may be "
                                                         "what is compared; only a name no dictionary has reads as 'for'")


@_DICTIONARY_NAME
@pytest.mark.parametrize("a, b", [  # (the "against" clause landed in round 31, bench/plans/qrest7.md)
    ("How many incidents were opened for marten yesterday?", "How many incidents were opened against marten yesterday?"),
    ("Any open incidents for osprey right now?", "are there incidents currently open against osprey?"),
    ("How many incidents were raised for marten this week?", "how many incidents were raised against marten this week"),
])
def test_filed_against_in_other_words_is_a_hit(a, b):
    assert decision(a, b) == "hit"


@_REVERTED
@pytest.mark.parametrize("a, b", [
    ("disk read latency on marten-db-01 over the last hour", "how long do reads take on marten-db-01's disks, last hour"),
    ("wal flush latency on marten-db-01, past 30 minutes", "how long are wal flushes taking on marten-db-01, past 30 min"),
])
def test_same_question_in_other_words_is_a_hit(a, b):
    assert decision(a, b) == "hit"


@pytest.mark.parametrize("a, b, want", [
    # the one-token sibling beside each: another state, another service, another status class, the whole throughput
    ("How many incidents were opened against marten yesterday?",
     "How many incidents were closed against marten yesterday?", "miss"),
    ("How many incidents were opened against marten yesterday?",
     "How many incidents were opened against osprey yesterday?", "miss"),
    # who raised them is another question (round 15's review, Q10)
    ("How many incidents were raised against marten this week?", "How many incidents were raised by marten this week?",
     "partial"),
    ("disk read latency on marten-db-01 over the last hour", "how long do writes take on marten-db-01's disks, last hour",
     "miss"),
    # how long one event took, or a state lasted, is a duration, no latency
    ("checkout-api latency today", "how long was checkout-api down today", "miss"),
    ("marten backup latency today", "how long did the marten backup take today", "miss"),
])
def test_one_token_sibling_stays_apart(a, b, want):
    assert decision(a, b) == want


def test_against_between_two_things_still_compares():
    """"against" with two things on its sides is a comparison, as before (twin of the reverted clause)."""
    assert read_facts("compare 5xx of prod-ap against prod-eu").intent == "compare"
    # (round 31 reads "raised against marten" as raised for it: a filing verb and a time against a time still compare)
    assert read_facts("tickets raised this week against last week").intent == "compare"


@_DICTIONARY_NAME
def test_an_incident_filed_against_one_thing_is_no_comparison():
    assert read_facts("incidents opened against marten").intent != "compare"


@_DICTIONARY_NAME
def test_through_the_api_filed_against_is_a_hit_and_its_sibling_is_not(client):
    record(client, "How many incidents were opened for marten yesterday?", T0)
    same = lookup(client, "How many incidents were opened against marten yesterday?", T0 + timedelta(minutes=2))
    assert same["decision"] == "hit", same["why"]
    assert same["why"]["intent"]["same"] is True
    other = lookup(client, "How many incidents were opened against osprey yesterday?", T0 + timedelta(minutes=2))
    assert other["decision"] == "miss"
