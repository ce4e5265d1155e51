"""Round 31 (issue 15): four readings of what writers say, each found on the pairs of three or more writers that the
round start did not serve as the hit they are labelled (bench/plans/qrest7.md).

- An incident or ticket opened, raised or filed "against" a service is filed for it: no comparison (writers 10, 13,
  18, 19, 21, 28, 30; the round start read "against" as the compare intent, a partial). A comparison written with
  "against" ("today against yesterday", "this week against last week") still compares.
- Two ISO timestamps joined by "to" are a range, with no "from" before them ("for 2025-03-27T00:00Z to
  2025-03-28T00:00Z"; writers 24, 26, 28, 29, 30; the round start read no time, so "now", a miss).
- Kafka's lag is its consumers' lag: "kafka lag X" is "consumer lag X" (writers 10, 12, 13, 24, 30). Another broker
  ("kinesis lag") or another lag ("replication lag") keeps its word.
- A kind noun ("pods") beside a thing the org's declared alias table names on both sides says what the thing runs
  as, as it already did beside a name both sides write alike (writers 19, 22, 23, 24, 29, 30, "+org aliases").

Each positive case beside twins (the nearest input that keeps the round start's decision), in words no released set
uses (brackenfold, quillmoor, tarnwick, the org table below).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from detectors.org_aliases import compile_aliases
from exporter.querymem.lookup import judge
from exporter.querymem.policy import MemoryPolicy
from exporter.querymem.reading import read_question
from exporter.store import to_json
from tests.test_query_paste_conventions import decision  # b a minute after a, fresh: only the reading decides

T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC).timestamp()


@pytest.mark.parametrize("a, b", [
    ("How many incidents were opened for brackenfold this week?",
     "How many incidents were raised against brackenfold this week?"),
    ("Any open incidents for quillmoor right now?", "are there incidents currently open against quillmoor?"),
    ("list the incidents opened for tarnwick yesterday", "list the incidents opened against tarnwick yesterday"),
    ("Any open incidents for the quillmoor team right now?", "are there incidents currently open against the Quillmoor team?"),
])
def test_an_incident_filed_against_a_service_is_filed_for_it(a, b):
    assert decision(a, b) == "hit"
    assert decision(b, a) == "hit"


@pytest.mark.parametrize("a, b, want", [
    # another service the incidents were filed against: a sibling
    ("How many incidents were opened for brackenfold this week?",
     "How many incidents were raised against quillmoor this week?", "miss"),
    # closed, not opened: the state differs
    ("How many incidents were opened against brackenfold this week?",
     "How many incidents were closed against brackenfold this week?", "miss"),
    # "against" that compares two things stays a comparison: another intent over the same data
    ("p95 latency of brackenfold today", "compare the p95 latency of brackenfold today against yesterday", "partial"),
    ("incident count for brackenfold this week",
     "incident count for brackenfold this week against last week", "partial"),
])
def test_against_that_compares_still_compares(a, b, want):
    assert decision(a, b) == want


@pytest.mark.parametrize("a, b", [
    ("How many incidents were raised against brackenfold this week?",
     "How many incidents were raised by brackenfold this week?"),
    # (a hit on the round start: "for" and "by" were both no words; now who filed them is another question)
    ("How many incidents were raised for brackenfold this week?",
     "How many incidents were raised by brackenfold this week?"),
])
def test_filed_by_is_another_question_than_filed_for(a, b):
    # round 15's review Q10: who raised them is another question than whom they were raised for
    assert decision(a, b) == "partial"
    assert decision(b, a) == "partial"


@pytest.mark.parametrize("a, b", [
    # review R1 (round 31): a time after the verb, or after "against", is what the count is compared with
    ("incidents opened this week", "incidents opened this week against last week"),
    ("how many incidents opened yesterday", "how many incidents opened against yesterday"),
    ("tickets raised last week for checkout", "tickets raised against last week for checkout"),
    ("incidents opened in the previous sprint", "incidents opened against the previous sprint"),
    ("how many incidents opened last month", "how many incidents opened against last month"),
    # review R3 (round 31): a period no time reader knows, a peak day, "the weekend"
    ("incidents opened in Q3", "incidents opened against Q3"),
    ("incidents opened in H1", "incidents opened against H1"),
    ("incidents opened in FY25", "incidents opened against FY25"),
    ("incidents opened on black friday", "incidents opened against black friday"),
    ("incidents opened over the weekend", "incidents opened against the weekend"),
    # review R4: a week's or a sprint's id written with a hyphen is a period, no thing's name
    ("incidents opened in wk-48", "incidents opened against wk-48"),
    ("incidents opened in sprint-42", "incidents opened against sprint-42"),
    # a dictionary word may be what is compared ("against baseline"): kept as the round start read it
    ("incidents opened for payments", "incidents opened against payments"),
])
def test_a_filing_verb_against_a_time_still_compares(a, b):
    assert decision(a, b) != "hit"
    assert decision(b, a) != "hit"


@pytest.mark.parametrize("a, b", [
    ("Report the number of warning alerts for brackenfold between 2026-03-09T00:00Z and 2026-03-10T00:00Z.",
     "Warn alert count for brackenfold, 2026-03-09T00:00Z to 2026-03-10T00:00Z, please."),
    ("List deploys to quillmoor from 2026-03-09T06:00Z to 2026-03-09T12:00Z.",
     "Deploys to quillmoor for 2026-03-09T06:00Z to 2026-03-09T12:00Z"),
])
def test_two_timestamps_joined_by_to_are_a_range(a, b):
    assert decision(a, b) == "hit"
    assert decision(b, a) == "hit"


@pytest.mark.parametrize("a, b, want", [
    # the other day, one token apart: the ranges do not overlap
    ("Warn alert count for brackenfold between 2026-03-09T00:00Z and 2026-03-10T00:00Z",
     "Warn alert count for brackenfold, 2026-03-08T00:00Z to 2026-03-09T00:00Z", "miss"),
    # one timestamp alone is no range: still read as now, far from the day asked before
    ("Warn alert count for brackenfold between 2026-03-09T00:00Z and 2026-03-10T00:00Z",
     "Warn alert count for brackenfold, 2026-03-09T00:00Z", "miss"),
])
def test_timestamp_twins(a, b, want):
    assert decision(a, b) == want


@pytest.mark.parametrize("a, b", [
    ("kafka lag brackenfold-ingest now", "consumer lag on brackenfold-ingest atm"),
    ("kafka consumer lag for the quillmoor topic last 30 min", "lag on quillmoor consumers, past half hour"),
    ("kafka lag tarnwick consumer 6h", "tarnwick consumer lag past 6 hours"),
])
def test_kafkas_lag_is_its_consumers_lag(a, b):
    assert decision(a, b) == "hit"
    assert decision(b, a) == "hit"


@pytest.mark.parametrize("a, b, want", [
    ("kafka lag brackenfold-ingest now", "kinesis lag brackenfold-ingest now", "miss"),  # another broker
    ("kafka lag brackenfold-ingest now", "replication lag brackenfold-ingest now", "partial"),  # another lag (as before)
    ("kafka consumer lag brackenfold-ingest now", "kinesis consumer lag brackenfold-ingest now", "miss"),
    ("kafka disk usage on brackenfold now", "consumer disk usage on brackenfold now", "miss"),  # no lag: words
    ("kafka lag on broker-3 now", "consumer lag on broker-3 now", "miss"),  # a broker's lag is a replica's (review R2)
])
def test_kafka_twins(a, b, want):
    assert decision(a, b) == want


TABLE = compile_aliases({"brackenfold-api": ["the ledger box", "ledgerbox"], "quillmoor-web": ["the quill"]})


def aliased(a: str, b: str) -> str:
    """As `decision`, with the org's alias table declared."""
    reading = read_question(a, T0, "UTC")
    row = {"intent": to_json(reading.as_dict()), "query_text": a, "executed_at": T0, "expires_at": T0 + 600,
           "range_start": None, "range_end": None}
    return judge(read_question(b, T0 + 60, "UTC"), row, 0.9, T0 + 60, MemoryPolicy(), aliases=TABLE).decision


@pytest.mark.parametrize("a, b", [
    ("cpu for ledgerbox pods last 2h", "brackenfold-api cpu usage past 2 hours"),
    ("Please, the memory of the quill pods in last 6 hours?", "quillmoor-web memory usage past 6h"),
])
def test_pods_of_a_declared_name_are_that_things(a, b):
    assert aliased(a, b) == "hit"
    assert aliased(b, a) == "hit"


@pytest.mark.parametrize("a, b, want", [
    # another kind named on the other side: pods against nodes stays apart
    ("cpu for ledgerbox pods last 2h", "brackenfold-api nodes cpu usage past 2 hours", "miss"),
    # another declared thing: a sibling
    ("cpu for ledgerbox pods last 2h", "quillmoor-web cpu usage past 2 hours", "miss"),
])
def test_declared_pods_twins(a, b, want):
    assert aliased(a, b) == want
