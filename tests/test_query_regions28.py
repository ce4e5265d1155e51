"""A cloud region written short, and the clusters and hosts named by it (round 28, issue 15).

Region short forms: AWS's tools and most orgs' cluster names write a region as its geography, its direction's initial
letters and its number ("euw1" eu-west-1, "apse2" ap-southeast-2). Writers 22, 26 and 27 label a question naming the
short form and its twin naming the region spelt out a hit; the round start read the two as sibling filter values (a
miss). A cluster or host named with the short form ("prd-euw1-a", "qm-euc1-b", "euw1a-node-01") is in that region:
writers 22, 24, 25, 26 and 27 label it against the region partial (nested), the round start a miss (it held a cluster
in a region only by a city code and a member number at the end).

Each positive case beside a twin whose decision must stay, with names no released set uses (kestrelmoor,
thistlegate, ap-northeast-2, ap-southeast-3).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.test_query_paste_conventions import decision  # b a minute after a, fresh: only the reading decides
from tests.test_querymem_api import lookup, record


@pytest.mark.parametrize("a, b", [
    ("critical alerts in apne2 today", "critical alerts in ap-northeast-2 today"),
    ("kestrelmoor 5xx apse3 last hour", "kestrelmoor 5xx in ap-southeast-3 over the past hour"),
    ("how many pod restarts in region ap-northeast-2 since midnight", "pod restarts apne2 since midnight, how many"),
])
def test_a_region_written_short_is_the_region(a, b):
    assert decision(a, b) == "hit"
    assert decision(b, a) == "hit"


@pytest.mark.parametrize("a, b, want", [
    # another region, written short or spelt out: siblings, as at the round start
    ("critical alerts in apne2 today", "critical alerts in ap-northeast-1 today", "miss"),
    ("critical alerts in apne2 today", "critical alerts in apne1 today", "miss"),
    ("kestrelmoor 5xx apse3 last hour", "kestrelmoor 5xx in ap-southeast-2 over the past hour", "miss"),
    ("kestrelmoor 5xx apse3 last hour", "kestrelmoor 5xx in ap-south-3 over the past hour", "miss"),
    # a word of the same shape that names no region stays a word
    ("thistlegate errors on host apx2 today", "thistlegate errors in ap-northeast-2 today", "miss"),
])
def test_another_region_stays_apart(a, b, want):
    assert decision(a, b) == want


@pytest.mark.parametrize("a, b", [
    ("warning alerts in ap-northeast-2 last 2h", "warning alerts on cluster core-apne2-b last 2h"),
    ("warning alerts in apne2 last 2h", "warning alerts on cluster core-apne2-b last 2h"),
    ("disk latency in ap-southeast-3 now", "disk latency on apse3c-worker-07 now"),
])
def test_a_cluster_named_by_the_short_form_is_in_the_region(a, b):
    assert decision(a, b) == "partial"
    assert decision(b, a) == "partial"


@pytest.mark.parametrize("a, b", [
    # another region's cluster or host: siblings, as at the round start
    ("warning alerts in ap-northeast-2 last 2h", "warning alerts on cluster core-apne1-b last 2h"),
    ("disk latency in ap-southeast-3 now", "disk latency on apse2c-worker-07 now"),
    ("disk latency in ap-southeast-3 now", "disk latency on aps3c-worker-07 now"),
])
def test_another_regions_cluster_stays_apart(a, b):
    assert decision(a, b) == "miss"


T1 = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("later, want, rule", [
    ("critical alerts for kestrelmoor in ap-northeast-2 over the past day", "hit", "5"),
    ("critical alerts for kestrelmoor in ap-northeast-1 over the past day", "miss", "2"),
    ("critical alerts for kestrelmoor on cluster core-apne2-b over the past day", "partial", "4"),
    ("critical alerts for kestrelmoor on cluster core-apne1-b over the past day", "miss", "2"),
])
def test_the_region_written_short_over_the_api(client, later, want, rule):
    # the real path: recorded through POST /api/v1/queries (reading, TTL, embedding stored), looked up five minutes
    # later through POST /api/v1/queries/lookup with the real model finding the candidate (review R2)
    record(client, "how many critical alerts for kestrelmoor in apne2 in the last 24 hours", T1)
    out = lookup(client, later, T1 + timedelta(minutes=5))
    assert out["decision"] == want and out["why"]["rule"].startswith(rule)
