"""A region's short form spells only a region the provider has (round 30, review R1 of round 29, issue 15).

Round 28 read a word of the short form's shape (geography, direction letters, number: "euw1") as the region spelt
out, whatever the spelling gave: "can1" became "ca-north-1", a region no provider has, so a question naming "can1"
(a cluster, a ticket queue, a model name) was served the answer about "ca-north-1". The short forms are AWS's
convention; a short form is a region only when its expansion is one of AWS's regions (the table botocore ships),
otherwise it stays the word it is, and a cluster named by it is not in the fictitious region either.

Each case beside a twin that must keep its decision (a real region's short form), in names of this file's own.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.test_query_paste_conventions import decision  # b a minute after a, fresh: only the reading decides
from tests.test_querymem_api import lookup, record


@pytest.mark.parametrize("a, b", [
    ("critical alerts in can1 today", "critical alerts in ca-north-1 today"),
    ("pod restarts usw5 past hour", "pod restarts in us-west-5 past hour"),
    ("5xx on tollbridge apse9 last 2h", "5xx on tollbridge in ap-southeast-9 last 2h"),
])
def test_a_short_form_of_no_real_region_is_not_that_region(a, b):
    assert decision(a, b) == "miss"
    assert decision(b, a) == "miss"


@pytest.mark.parametrize("a, b", [
    # the twins: the same shapes spelling regions AWS has stay the region
    ("critical alerts in cac1 today", "critical alerts in ca-central-1 today"),
    ("pod restarts usw2 past hour", "pod restarts in us-west-2 past hour"),
    ("5xx on tollbridge apse4 last 2h", "5xx on tollbridge in ap-southeast-4 last 2h"),
    # and the word that is no region is still the same word asked again
    ("critical alerts in can1 today", "critical alerts in can1 today"),
])
def test_a_real_regions_short_form_stays_the_region(a, b):
    assert decision(a, b) == "hit"
    assert decision(b, a) == "hit"


@pytest.mark.parametrize("a, b, want", [
    ("disk latency in ca-north-1 now", "disk latency on can1b-worker-03 now", "miss"),
    ("disk latency in ca-north-1 now", "disk latency on cluster edge-can1-b now", "miss"),
    # the twins: a real region's short form in a host or cluster name is still in it (nested)
    ("disk latency in ca-central-1 now", "disk latency on cac1b-worker-03 now", "partial"),
    ("disk latency in ca-central-1 now", "disk latency on cluster edge-cac1-b now", "partial"),
])
def test_a_name_built_on_no_real_region_is_in_no_region(a, b, want):
    assert decision(a, b) == want
    assert decision(b, a) == want


T1 = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("first, later, want", [
    ("how many critical alerts for tollbridge in can1 in the last 24 hours",
     "critical alerts for tollbridge in ca-north-1 over the past day", "miss"),
    # the twin: a real region's short form, recorded and asked the same way
    ("how many critical alerts for tollbridge in cac1 in the last 24 hours",
     "critical alerts for tollbridge in ca-central-1 over the past day", "hit"),
])
def test_no_fictitious_region_over_the_api(client, first, later, want):
    # the real path: recorded through POST /api/v1/queries, looked up five minutes later through
    # POST /api/v1/queries/lookup with the real model finding the candidate
    record(client, first, T1)
    assert lookup(client, later, T1 + timedelta(minutes=5))["decision"] == want
