"""Scope as any org writes it (issue 15, rule 4; round 21, engineer qscope2): a namespace named like an alert state is
that namespace, a region holds the clusters and hosts named for its geography or its city, an endpoint's path is one
route of what holds it, and a team value written with its key ("team-tussock") is a name, not a plain word. Each
rule through the lookup API (a question recorded, a later one looked up), beside a twin where it must not fire.
Invented names only (tussock, quarrystone, emu, wombat)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from detectors.org_topology import learn_topology
from detectors.query_compare import read_facts, relate
from tests.conftest import auth
from tests.test_query_scope18 import kinds

T0 = datetime(2024, 5, 10, 9, 0, tzinfo=UTC)


def _decide(client, cached: str, asked: str) -> dict:
    """``cached`` recorded by the org, ``asked`` looked up a minute later: the lookup's answer."""
    r = client.post("/api/v1/queries", json=[{"query_text": cached, "executed_at": T0.isoformat(),
                                              "result_summary": "4 alerts"}], headers=auth("tok-acme"))
    assert r.status_code == 201
    r = client.post("/api/v1/queries/lookup", json={"text": asked, "now": (T0 + timedelta(minutes=1)).isoformat()},
                    headers=auth("tok-acme"))
    assert r.status_code == 200
    return r.get_json()


# -- a namespace named like an alert state ---------------------------------------------------------


def test_a_namespace_named_firing_is_no_state_so_another_namespace_is_a_miss(client):
    assert _decide(client, "alerts ns firing last 12h", "alerts ns tussock last 12h")["decision"] == "miss"


def test_the_same_namespace_named_firing_is_a_hit(client):
    assert _decide(client, "alerts ns firing last 12h", "alerts in namespace firing last 12h")["decision"] == "hit"


@pytest.mark.parametrize("a, b, expected", [
    ('cpu of {namespace="pending"} last 2h', 'cpu of {namespace="tussock"} last 2h', "conflict"),
    ("alerts ns firing", "alerts not in ns firing", "conflict"),
    # twins: the state itself, with no namespace key before it, is still the state (all alerts hold the firing ones)
    ("firing alerts in ns tussock", "alerts in ns tussock", "same"),
    ("alerts firing last 12h", "alerts last 12h", "same"),
])
def test_a_state_word_under_a_namespace_key(a, b, expected):
    assert kinds(a, b) == (expected, expected)


# -- a region holds the clusters and hosts named for it --------------------------------------------


def test_a_region_holds_a_cluster_named_for_its_geography(client):
    out = _decide(client, "alerts in region eu-west last 3h", "alerts on tussock-eu-2 last 3h")
    assert out["decision"] == "partial"
    assert "eu-west ~ tussock-eu-2" in out["why"]["terms"]["nested"]


def test_another_geographys_cluster_stays_a_miss(client):
    assert _decide(client, "alerts in region eu-west last 3h", "alerts on tussock-ap-2 last 3h")["decision"] == "miss"


@pytest.mark.parametrize("a, b, expected", [
    ("alerts ap-east today", "alerts on host emu-ap-3 today", "nested"),
    ("5xx of emu-api us-east-1 1h", "5xx of emu-api quarrystone-us-1 1h", "nested"),
    ("alerts in ap-southeast-2 today", "alerts on prod-syd-1 today", "nested"),
    ("alerts in eu-north-1 today", "alerts on prod-sto-1 today", "nested"),
    # twins: two regions, two clusters, another geography, a direction or another city in the name, no number
    ("alerts in eu-west region today", "alerts in ap-east today", "conflict"),
    ("alerts eu-west-1", "alerts eu-west-2", "conflict"),
    ("alerts on tussock-eu-1", "alerts on tussock-eu-2", "conflict"),
    ("alerts in eu-west", "alerts on tussock-eu-central-1", "conflict"),
    ("alerts in us-west-2", "alerts on prod-syd-1", "conflict"),
    ("alerts in eu-west-1", "alerts on prod-sto-1", "conflict"),
    ("alerts in eu-west", "alerts on tussock-eu", "conflict"),
    ("alerts outside eu-west", "alerts on tussock-eu-1", "conflict"),
])
def test_a_region_and_the_names_of_its_clusters(a, b, expected):
    assert kinds(a, b) == (expected, expected)


# -- an endpoint's path is one route of what holds it ----------------------------------------------


def test_a_services_answer_holds_one_of_its_paths(client):
    out = _decide(client, "p95 latency of emu-api last hour", "p95 latency of /flock/roost last hour")
    assert out["decision"] == "partial"
    assert "emu-api > flock/roost" in out["why"]["terms"]["nested"]


def test_two_paths_stay_siblings(client):
    assert _decide(client, "p95 latency of /flock/roost last hour",
                   "p95 latency of /flock/nest last hour")["decision"] == "miss"


@pytest.mark.parametrize("a, b, expected", [
    ("errors of all endpoints of emu-api last hour", "errors of /v2/flock/roost last hour", "nested"),
    ("slow traces for the whole gateway last hour", "slow traces for /roost on the gateway last hour", "nested"),
    ("5xx count for the tussock namespace", "5xx count for /roost", "nested"),
    # a one-part path is a route, even where it is a part of a dashed name on its side (round 20's wrong hit)
    ('rate(http_requests_total{service="emu-search"}[5m])',
     'rate(http_requests_total{service="emu-search",endpoint="/search"}[5m])', "nested"),
    # twins: the path side names a thing of its own, a negated path, a name written apart is still the name
    ("latency emu-api /roost", "latency wombat-db", "conflict"),
    ("latency of emu-api", "latency of /roost excluding staging", "conflict"),
    ("latency of emu-search", "latency of emu search", "same"),
])
def test_a_path_against_what_holds_it(a, b, expected):
    assert kinds(a, b) == (expected, expected)


# -- a team value written with its key --------------------------------------------------------------

TOPOLOGY = learn_topology([{"team": "team-tussock", "service": "emu-api"}, {"team": "team-wombat", "service": "wombat-db"},
                           {"team": "access", "service": "gatekeep"}])


def test_a_team_written_with_its_key_holds_its_service():
    assert relate(read_facts("team-tussock alerts 24h"), read_facts("emu-api alerts 24h"), topology=TOPOLOGY).kind \
        == "nested"


def test_a_team_written_with_its_key_does_not_hold_another_teams_service_nor_a_plain_word_its_own():
    assert relate(read_facts("team-tussock alerts 24h"), read_facts("wombat-db alerts 24h"), topology=TOPOLOGY).kind \
        == "conflict"
    assert relate(read_facts("access logs 24h"), read_facts("gatekeep logs 24h"), topology=TOPOLOGY).kind \
        == "conflict"
