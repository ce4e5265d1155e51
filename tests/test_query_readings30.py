"""Round 30 (issue 15): four readings of what writers say, each found on the pairs of three or more writers that the
round start did not serve as the hit they are labelled (bench/plans/qrest6.md).

- "pg" as PostgreSQL's short name ("pg replication lag" / "postgres replication lag", writers 17, 23, 27) was
  reverted before the ship run: "pg" is also Ceph's placement group (review R2 of round 30) and a name an org gives
  its own things (review Q5 of round 18, tests/test_query_paraphrase18.py); its cases are strict xfails.
- "k8s", "kubernetes" or "kube" before an event's type written short ("k8s warn events") or a reason only
  Kubernetes gives ("Kubernetes FailedScheduling events", "k8s OOMKilled") says no more than the event (writers 25,
  26, 29; the round start read a narrower filter, a partial). Before an ordinary word ("k8s audit events") it stays
  (review R1 of round 30: an audit log's, a SIEM's events are others).
- A deploy or an incident that "hit" a service or an environment went to it: the verb, no filter ("deploys hit
  storefront ns" = "deploys in namespace storefront"; writers 21, 23, 29). A cache's hits stay a filter.
- An alert said to be active is firing, also with its severity or name between ("active warning-level alerts",
  "active PodCrashLooping alerts") or after its CamelCase name ("MeterIngestLagHigh active"; writers 16, 20, 28).

Each positive case beside twins whose decision must not change, in words no released set uses.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.test_query_paste_conventions import decision  # b a minute after a, fresh: only the reading decides
from tests.test_querymem_api import lookup, record

#: "pg" as postgres was reverted (review R2 of round 30: Ceph's placement groups; review Q5 of round 18: an org's
#: own names): its cases wait for a reading that tells them apart.
PG_REVERTED = pytest.mark.xfail(strict=True, reason="pg as postgres reverted: Ceph placement groups (review R2, round "
                                                    "30) and an org's own 'pg' (review Q5, round 18)")


@PG_REVERTED
@pytest.mark.parametrize("a, b", [
    ("pg replication lag on cluster wrenfield now", "postgres replication lag on cluster wrenfield now"),
    ("read IOPS of the lanternby pg, last 2 hours", "lanternby PostgreSQL read IOPS past 2h"),
])
def test_pg_is_postgres(a, b):
    assert decision(a, b) == "hit"
    assert decision(b, a) == "hit"


@pytest.mark.parametrize("a, b, want", [
    ("pg replication lag on cluster wrenfield now", "mysql replication lag on cluster wrenfield now", "miss"),
    ("read IOPS of the lanternby pg, last 2 hours", "write IOPS of the lanternby pg, last 2 hours", "miss"),
    # a host named with pg keeps its name: the same host asked with and without the word stays a hit
    ("pg lag on pg-wren-replica-2 last 30m", "replication lag on pg-wren-replica-2 past half hour", "hit"),
    ("replication lag on pg-wren-replica-2 now", "replication lag on pg-wren-replica-3 now", "miss"),
    # review R2 (round 30): Ceph's placement groups are no database
    ("degraded pg count last hour", "degraded postgres count last hour", "miss"),
    ("pg count per osd right now", "postgres count per osd right now", "miss"),
])
def test_pg_twins(a, b, want):
    assert decision(a, b) == want


@pytest.mark.parametrize("a, b", [
    ("k8s warn events in ns quillby last 1h", "warning events in namespace quillby past hour"),
    ("List FailedMount events in the last 2 hours", "Kubernetes FailedMount events over the past two hours"),
    ("any k8s OOMKilled in ns quillby last 2h", "any OOMKilled in ns quillby last 2h"),
])
def test_kubernetes_before_an_events_type_or_reason_says_no_more(a, b):
    assert decision(a, b) == "hit"
    assert decision(b, a) == "hit"


@pytest.mark.parametrize("a, b", [
    # another type or reason stays apart, with or without the word
    ("k8s warn events in ns quillby last 1h", "normal events in namespace quillby past hour"),
    ("Kubernetes FailedMount events over the past two hours", "FailedScheduling events over the past two hours"),
    ("k8s warn events in ns quillby last 1h", "k8s warn events in ns tarnhollow last 1h"),
])
def test_kubernetes_event_twins_stay_apart(a, b):
    assert decision(a, b) == "miss"


@pytest.mark.parametrize("a, b", [
    # review R1 (round 30): before an ordinary word the word stays; another system's events are no cluster's
    ("security events in the last 24h", "kubernetes security events in the last 24h"),
    ("how many audit events in the last hour", "how many k8s audit events in the last hour"),
    ("login events past hour", "kube login events past hour"),
    ("count of error events today", "count of k8s error events today"),
])
def test_kubernetes_before_an_ordinary_word_stays(a, b):
    assert decision(a, b) != "hit"
    assert decision(b, a) != "hit"


@pytest.mark.parametrize("a, b", [
    ("wat deploys hit the mossgrove ns today", "deploys in namespace mossgrove so far today"),
    ("How many incidents have hit staging this week?", "How many staging incidents so far this week?"),
])
def test_a_deploy_or_incident_that_hit_a_place_went_to_it(a, b):
    assert decision(a, b) == "hit"
    assert decision(b, a) == "hit"


@pytest.mark.parametrize("a, b, want", [
    ("wat deploys hit the mossgrove ns today", "wat deploys hit the fernwick ns today", "miss"),
    # a cache's hits are what is measured, not a verb
    ("cache hit ratio of mossgrove today", "cache ratio of mossgrove today", "partial"),
    ("cache hit ratio of mossgrove today", "cache miss ratio of mossgrove today", "miss"),
])
def test_hit_twins(a, b, want):
    assert decision(a, b) == want


@pytest.mark.parametrize("a, b", [
    ("List active warning-level alerts for team brackenridge now", "firing warning alerts of team brackenridge now"),
    ("How many active KilnTempHigh alerts right now?", "count of firing KilnTempHigh alerts right now"),
    ("KilnTempHigh firing?", "KilnTempHigh active rn?"),
])
def test_an_active_alert_is_firing(a, b):
    assert decision(a, b) == "hit"
    assert decision(b, a) == "hit"


@pytest.mark.parametrize("a, b, want", [
    ("List active warning-level alerts for team brackenridge now", "firing critical alerts of team brackenridge now",
     "miss"),
    # a thing that is no alert and is active stays running, not firing
    ("KilnSensorArray active rn?", "KilnSensorArray firing rn?", None),
    ("active sessions on brackenridge-web now", "firing sessions on brackenridge-web now", None),
    # "active" before a noun of its own ("Active Directory", "active sessions") is that noun's, not the alerts'
    ("Active Directory alerts for brackenridge today", "firing directory alerts for brackenridge today", None),
    ("active sessions alerts on brackenridge-web now", "firing sessions alerts on brackenridge-web now", None),
    # review R3 (round 30): a product named "Active X" written apart
    ("active mq alerts right now", "firing mq alerts right now", None),
    ("how many Active MQ alerts today", "how many firing mq alerts today", None),
])
def test_active_twins(a, b, want):
    got = decision(a, b)
    assert got == want if want else got != "hit"


T1 = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("first, later, want", [
    ("pg replication lag on cluster wrenfield over the last hour",
     "mysql replication lag on cluster wrenfield over the past hour", "miss"),
    ("how many k8s warn events in ns quillby in the last 2 hours",
     "how many warning events in namespace quillby over the past 2 hours", "hit"),
])
def test_the_readings_over_the_api(client, first, later, want):
    # the real path: recorded through POST /api/v1/queries, looked up five minutes later through
    # POST /api/v1/queries/lookup with the real model finding the candidate
    record(client, first, T1)
    assert lookup(client, later, T1 + timedelta(minutes=5))["decision"] == want
