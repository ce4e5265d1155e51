"""What stays wrong when the org's names are known: readings of what people write around the question (issue 15,
round 25, engineer qrest).

Found by judging every released writer's pairs with the writer's own alias table and topology given to the product
(bench/query_table_misses.py, bench/plans/qrest.md): a request framed as a favour or as the asker's turn ("may I ask",
"sorry to bother you", "remind me of", "walk me through", "Report the number of") read as a filter one side has
(writers 18, 20-24); chat spellings of the question words ("wat", "wats", "wich") and of "last" before a duration
("lst 2h") read as content words (writers 10, 15, 17-21, 23); "is X working (properly)" not read as the status it asks
(writers 10, 11, 15); a pod crash-looping written as "crashloopin", as the kubelet's "BackOff" events or as the alert
rule named for it (writers 13, 21-24). Each reading beside the twin it must not reach,
with invented names (marten, osprey).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from detectors.query_compare import read_facts
from tests.test_query_paste_conventions import decision  # b a minute after a, fresh: only the reading decides
from tests.test_querymem_api import T0, lookup, record


@pytest.mark.parametrize("a, b", [
    # request framing
    ("Please report the p95 latency of marten-api for the last 2 hours.",
     "Kindly state the 95th percentile latency of marten-api over the past 2 hours."),
    ("Provide the count of critical alerts for marten-api since 08:00.",
     "Report the number of crit alerts for marten-api since 08:00."),
    ("Is marten-api healthy right now?", "May I ask whether marten-api is healthy at the moment?"),
    ("list the open incidents for marten-api over the past 24 hours",
     "Sorry to bother again - which incidents are still open on marten-api in the last 24h?"),
    ("How many sev1 incidents did we have over the last 7 days?", "Remind me of the sev1 incident count for the past week?"),
    ("How has the 5xx rate of marten-api trended over the past 24 hours?",
     "Can you walk me through how the error rate for marten-api has trended over the past 24 hours?"),
    # chat spellings
    ("list firing alerts on marten-api now", "wat alerts r firing on marten-api rn"),
    ("cpu usage for marten-worker pods in the last 3 hours", "wats the cpu of marten-worker pods last 3h"),
    ("list the deploys of marten-api this week", "wich deploys went out for marten-api since monday"),
    ("marten-api alerts last 3 hours", "marten-api alerts lst 3h??"),
    # "is X working"
    ("Is marten-api working ok right now?", "Is marten-api up at the moment?"),
    ("is marten-api working properly rn?", "is marten-api healthy right now"),
    ("Is the marten booking system working right now?", "is the marten booking system up at the moment"),
    # a pod crash-looping
    ("how many pods crashloopin in ns marten rn??", "how many pods are crashlooping in the marten namespace right now"),
    ("crashloop back-off events in the marten namespace, last 12 hours", "backoff events marten ns 12h"),
    ("KubePodCrashLooping crit now", "critical crashloop alerts firing atm"),
])
def test_same_question_in_other_words_is_a_hit(a, b):
    assert decision(a, b) == "hit"


@pytest.mark.parametrize("a, b, want", [
    # the one-token sibling beside each: another service, another measure, a negation, another status class
    ("Please report the p95 latency of marten-api for the last 2 hours.",
     "Please report the p95 latency of osprey-api for the last 2 hours.", "miss"),
    ("Report the number of crit alerts for marten-api since 08:00.",
     "Report the number of warning alerts for marten-api since 08:00.", "miss"),
    ("May I ask whether marten-api is healthy at the moment?", "May I ask whether osprey-api is healthy at the moment?",
     "miss"),
    ("Remind me of the sev1 incident count for the past week?", "Remind me of the sev2 incident count for the past week?",
     "miss"),
    ("wat alerts r firing on marten-api rn", "wat alerts r firing on osprey-api rn", "miss"),
    ("marten-api alerts lst 3h??", "marten-api deploys lst 3h??", "miss"),
    ("Is marten-api working ok right now?", "Is osprey-api working ok right now?", "miss"),
    ("Is the marten app working right now?", "Is the marten app not working right now?", "miss"),
    ("how many pods crashloopin in ns marten rn??", "how many pods are pending in the marten namespace right now", "miss"),
    ("PodCrashLooping alerts for marten-api", "KubePodNotReady alerts for marten-api", "miss"),
    # review R1-R3 (round 25): people at work, a noun compound opening the sentence, a retry library's backoff
    ("is payments healthy right now", "is the payments team working right now", "partial"),
    ("is checkout healthy right now", "is the checkout cache working right now", "partial"),
    ("is checkout healthy right now", "is autoscaling working for checkout right now", "partial"),
    ("is payments healthy right now", "are payments working overtime right now", "partial"),
    ("queue depth in the last hour", "Report queue depth in the last hour", "partial"),
    ("exports failed in the last hour", "Report exports failed in the last hour", "partial"),
    ("builder errors in the last hour", "Report builder errors in the last hour", "partial"),
    ("crashlooping pods of kafka-consumer in the last hour",
     "how many backoff events did kafka-consumer log in the last hour", "miss"),
])
def test_one_token_sibling_stays_apart(a, b, want):
    assert decision(a, b) == want


def test_report_as_a_noun_or_a_name_stays_a_term():
    """Only the request's verb is framing: the SLA report, a service named trail-report, stay."""
    assert "report" in read_facts("for the sla report, p99 latency of marten").terms
    assert "trail-report" in read_facts("trail-report alerts").terms
    assert "report" not in read_facts("report the number of alerts for marten").terms


def test_working_set_and_working_on_stay_terms():
    assert "set" in read_facts("is marten memory working set above 2gb").terms
    assert read_facts("is anyone working on the marten incident").terms & {"work"}


def test_retry_backoff_is_no_crashloop():
    assert "backoff" in read_facts("retry backoff on marten").terms
    assert "crashloopbackoff" in read_facts("backoff events in ns marten").terms


def test_through_the_api_framing_is_a_hit_and_its_sibling_is_not(client):
    record(client, "Please provide the count of critical alerts for marten-api since 08:00.", T0)
    same = lookup(client, "Kindly report how many crit alerts marten-api raised since 08:00.",
                  T0 + timedelta(minutes=2))
    assert same["decision"] == "hit", same["why"]
    assert same["why"]["terms"]["nested"] == []
    other = lookup(client, "Kindly report how many crit alerts osprey-api raised since 08:00.",
                   T0 + timedelta(minutes=2))
    assert other["decision"] == "miss"


def test_through_the_api_chat_spelling_is_a_hit_and_its_sibling_is_not(client):
    record(client, "list firing alerts on marten-api now", T0)
    same = lookup(client, "wat alerts r firing on marten-api rn", T0 + timedelta(minutes=2))
    assert same["decision"] == "hit", same["why"]
    other = lookup(client, "wat alerts r firing on osprey-api rn", T0 + timedelta(minutes=2))
    assert other["decision"] == "miss"
