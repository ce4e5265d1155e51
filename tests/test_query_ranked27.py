"""What a ranking ranks, and the noisiest alerts however the sentence puts it (round 27, issue 15).

Round 26's readings (tests/test_query_implied26.py) were reverted for one lost hit: "top 5 noisiest alerts" against
"which 5 alerts were loudest" (writer 1): "noisiest" before the alerts was read as a ranking by count, "loudest" as
their predicate was not. Writers 1, 2, 7, 10, 12, 13, 14, 15, 17, 20, 21 and 26 rank alerts by how loud they are; the
predicate form is the same adjective said of the same alerts.

The other cause is the thing ranked. "which services fired the most alerts" ranks services, "which alerts fired the
most" ranks the alerts (review R3, round 26): the reader drops "services" as a filler ("service falcon" = "falcon"),
and a ranking's measure (``by-count``) was taken for a named thing, so the hosts that fired the most alerts were read
as "the alerts of some host". Two rankings of other kinds over the same data are another intent: at most partial
(spec rule 4). Each positive case beside a twin whose decision must stay, with invented names (marten, osprey).
"""

from __future__ import annotations

import pytest

from tests.test_query_paste_conventions import decision  # b a minute after a, fresh: only the reading decides


@pytest.mark.parametrize("a, b", [
    # the pair whose loss reverted round 26's readings (writer 1's test, in other names)
    ("top 5 noisiest alerts for marten in the last 7 days", "which 5 alerts were loudest for marten over the past week?"),
    # the predicate form against "most frequent" and a ranking by count (partial at the round start)
    ("which 5 alerts were loudest for marten this week", "the 5 most frequent alerts for marten this week"),
    ("which alert rules were chattiest in prod this week", "top alert rules by count in prod this week"),
    ("the alerts that have been the noisiest on osprey today", "which alerts fired the most on osprey today"),
])
def test_the_loudest_alerts_are_the_noisiest(a, b):
    assert decision(a, b) == "hit"


@pytest.mark.parametrize("a, b, want", [
    # the same ranking of other alerts, the other end, or of hosts: as at the round start
    ("which 5 alerts were loudest for marten this week", "which 5 alerts were loudest for osprey this week", "miss"),
    ("which 5 alerts were loudest for marten this week", "which 5 alerts were quietest for marten this week", "miss"),
    ("which 5 alerts were loudest for marten this week", "which 5 hosts were loudest for marten this week", "partial"),
    ("the alerts that were loudest for marten this week", "how many alerts fired for marten this week", "partial"),
])
def test_the_twin_of_the_loudest_stays(a, b, want):
    assert decision(a, b) == want


@pytest.mark.parametrize("a, b", [
    # review R3 (round 26): services, teams, namespaces ranked by their alerts are no ranking of the alerts
    ("which alerts fired the most this week", "which services fired the most alerts this week"),
    ("which alerts fired the most this week", "which teams fired the most alerts this week"),
    ("which alerts fired the most this week", "which namespaces had the most alerts this week"),
    ("top 5 noisiest alerts this week", "which 5 services had the most alerts this week"),
    ("which alerts fired the most this week", "which hosts fired the most alerts this week"),
    # namespaces ranked by their pods' restarts are no ranking of the pods
    ("which namespaces had the most pod restarts today", "which pods restarted the most today"),
    # a ranking by how loud is no ranking by how recent
    ("which alerts were loudest for marten this week", "which alerts were most recent for marten this week"),
])
def test_a_ranking_of_another_kind_is_no_hit(a, b):
    assert decision(a, b) == "partial"


@pytest.mark.parametrize("a, b, want", [
    # the same kind ranked, written two ways: hits at the round start, hits still
    ("which services fired the most alerts this week", "top services by alert count this week", "hit"),
    ("which hosts fired the most alerts this week", "top hosts by alert count this week", "hit"),
    ("top 5 pods by restarts in ns marten last 24h", "which 5 pods in marten namespace restarted the most, last 24h", "hit"),
    ("which alerts fired the most this week", "which alert rules fired the most this week", "hit"),
    # two named kinds ranked: as at the round start (writer 15 labels services against teams partial)
    ("Which services paged us most this week?", "Which teams got paged most this week?", "partial"),
    ("which hosts fired the most alerts this week", "which nodes fired the most alerts this week", "miss"),
])
def test_the_same_kind_ranked_stays(a, b, want):
    assert decision(a, b) == want


@pytest.mark.parametrize("a, b, want", [
    # review R1 (round 27): a ranking of days is no ranking of the alerts (a hit at the round start)
    ("which alerts fired the most this week", "which day did alerts fire the most this week", "partial"),
    ("which alerts fired the most this week", "which day had the most alerts this week", "partial"),
])
def test_a_ranking_of_days_is_no_ranking_of_alerts(a, b, want):
    assert decision(a, b) == want


def test_the_same_days_ranked_stay_a_hit():
    assert decision("which day had the most alerts this week", "what day had the most alerts this week") == "hit"


@pytest.mark.parametrize("a, b", [
    # review R2 (round 27): a meeting after the measured clause bounds the time asked about; only a deadline that
    # opens the question before the asker's own request is dropped (tests/test_query_implied26.py keeps that one)
    ("how many pages fired before the handover?", "how many pages fired?"),
    ("how many deploys went out before the change review?", "how many deploys went out?"),
    ("error rate on checkout before the incident call.", "error rate on checkout"),
    ("what was the p99 on checkout ahead of the go-live call", "what was the p99 on checkout"),
    ("queue depth of ocr before the standup", "queue depth of ocr"),
    # review R3 (round 27): rollouts that are done (a state) against all rollouts
    ("which rollouts are done in prod today", "which rollouts in prod today"),
])
def test_a_time_bound_or_a_state_is_no_framing(a, b):
    assert decision(a, b) == "partial"


@pytest.mark.parametrize("a, b", [
    # their twins: the deadline that opens the request, deploys done in the past
    ("Before the ops review, could you list the deployments that went to production this week?",
     "list the prod deployments since Monday"),
    ("Which deploys was done for marten-api yesterday?", "What was deployed on marten-api yesterday?"),
])
def test_the_deadline_and_the_deploys_done_stay_hits(a, b):
    assert decision(a, b) == "hit"
