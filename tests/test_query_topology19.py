"""An org's topology learned from its own alerts (issue 15, round 19): a team holds the services its alerts name with
it, a namespace its services, a region its clusters and hosts. A question about the holder and one about a member
are nested (a partial, never a hit); another holder's member, two members, unknown labels and plain words stay as
they were. Invented names only (tussock, quarrystone, emu, wombat)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from detectors.org_aliases import compile_aliases
from detectors.org_topology import learn_topology
from detectors.query_compare import read_facts, relate
from tests.conftest import auth

ALERTS = [
    {"alertname": "A", "team": "tussock", "service": "emu-api", "namespace": "flock", "cluster": "qs-prod-1",
     "region": "ap-east-9", "instance": "emu-node-3:9100"},
    {"alertname": "B", "team": "tussock", "service": "emu-queue", "namespace": "flock"},
    {"alertname": "C", "team": "quarrystone", "service": "wombat-db", "namespace": "burrow", "cluster": "qs-prod-2"},
    {"alertname": "D", "team": "access", "service": "gatekeep", "namespace": "access"},
    {"alertname": "E", "region": "ap-east-9", "cluster": "qs-prod-2"},
]
TOPOLOGY = learn_topology(ALERTS)


def kind(a: str, b: str, topology=TOPOLOGY, aliases=None) -> str:
    return relate(read_facts(a), read_facts(b), aliases=aliases, topology=topology).kind


# -- learning --------------------------------------------------------------------------------------


def test_a_team_a_namespace_and_a_region_hold_what_their_alerts_name_with_them():
    assert TOPOLOGY.holds["tussock"] == {"emu-api", "emu-queue"}
    assert TOPOLOGY.holds["flock"] == {"emu-api", "emu-queue"}
    assert TOPOLOGY.holds["ap-east-9"] == {"qs-prod-1", "qs-prod-2", "emu-node-3"}  # the host's port dropped
    assert TOPOLOGY.holds["qs-prod-1"] == {"emu-node-3"}


def test_a_member_holds_nothing_and_unknown_labels_are_not_read():
    assert "emu-api" not in TOPOLOGY.holds and "a" not in TOPOLOGY.holds
    topology = learn_topology([{"alertname": "X", "colour": "teal", "service": "emu-api", "shard": "s1"}])
    assert not topology and not topology.holds


def test_labels_that_contradict_each_other_hold_nothing_of_that_chain():
    topology = learn_topology([{"team": "emu", "service": "wombat"}, {"team": "wombat", "service": "emu"}])
    assert not topology.holds.get("emu") and not topology.holds.get("wombat")


def test_the_pairs_are_bounded():
    topology = learn_topology(({"team": "tussock", "service": f"svc-{i}"} for i in range(100)), limit=10)
    assert len(topology.holds["tussock"]) == 10


# -- comparing -------------------------------------------------------------------------------------


def test_a_teams_own_service_is_nested():
    assert kind("list alerts tussock team last 1h", "list alerts emu-api last 1h") == "nested"
    assert kind("errors of emu-queue today", "errors of the team tussock today") == "nested"


def test_another_teams_service_is_a_miss():
    assert kind("list alerts tussock team last 1h", "list alerts wombat-db last 1h") == "conflict"


def test_without_the_topology_a_team_and_its_service_stay_apart():
    assert kind("list alerts tussock team last 1h", "list alerts emu-api last 1h", topology=None) == "conflict"
    assert kind("list alerts tussock team last 1h", "list alerts emu-api last 1h", topology=learn_topology([])) \
        == "conflict"


def test_two_services_of_one_team_stay_siblings():
    assert kind("alerts on emu-api last 1h", "alerts on emu-queue last 1h") == "conflict"


def test_a_holder_written_with_one_of_its_members_compares_the_members():
    assert kind("tussock team emu-queue alerts", "emu-api alerts") == "conflict"


def test_a_region_holds_its_clusters_and_hosts_not_another_regions():
    assert kind("alerts in ap-east-9 today", "alerts on qs-prod-1 today") == "nested"
    assert kind("alerts in ap-east-9 today", "alerts on emu-node-3 today") == "nested"
    assert kind("alerts on qs-prod-1 today", "alerts on qs-prod-2 today") == "conflict"
    assert kind("alerts in ap-west-4 today", "alerts on qs-prod-1 today") == "conflict"


def test_a_namespace_holds_its_services_under_its_key():
    assert kind("deploys ns flock 7d", "deploys emu-queue 7d") == "nested"
    assert kind('sum(rate(http_requests_total{namespace="burrow"}[5m]))',
                'sum(rate(http_requests_total{service="wombat-db"}[5m]))') == "nested"


def test_a_holder_spelt_as_a_plain_word_needs_its_key():
    assert kind("access logs last hour", "gatekeep logs last hour") == "conflict"
    assert kind("the access team's alerts last hour", "gatekeep alerts last hour") == "nested"


def test_a_negated_holder_is_no_holder():
    assert kind("alerts not from the tussock team", "emu-api alerts") == "conflict"


def test_an_alias_the_org_declared_names_a_member():
    aliases = compile_aliases({"emu-api": ["the feathers"]})
    assert kind("tussock team alerts today", "alerts on the feathers today", aliases=aliases) == "nested"
    assert kind("tussock team alerts today", "alerts on the feathers today") == "conflict"


def test_a_nested_pair_is_never_a_hit():
    from exporter.querymem.lookup import judge
    from exporter.querymem.policy import MemoryPolicy
    from exporter.querymem.reading import read_question
    from exporter.querymem.record import enrich

    now = datetime(2024, 5, 10, 9, 0, tzinfo=UTC).timestamp()
    policy = MemoryPolicy()
    row = enrich([{"org_id": "o", "user_id": None, "scope": "org", "external_id": "x", "session_id": None,
                   "query_text": "list alerts tussock team last 1h", "relative_expression": None,
                   "range_start": None, "range_end": None, "result_summary": "", "headline_value": 1.0,
                   "key_insights": "[]", "data_sources": "[]", "execution_time_seconds": 1.0, "success": 1,
                   "executed_at": now - 60, "expires_at": 0.0, "intent": "{}", "intent_key": None,
                   "embedding": None, "_tz": "UTC", "_ttl": 600}], policy)[0]
    row["id"] = 1
    asked = read_question("list alerts emu-api last 1h", now, "UTC")
    got = judge(asked, row, 0.99, now, policy, topology=TOPOLOGY)
    assert got.decision == "partial" and "tussock > emu-api" in got.why["terms"]["nested"]
    assert judge(asked, row, 0.99, now, policy).decision == "miss"


# -- the product path: alerts ingested, then a lookup ----------------------------------------------

T0 = datetime(2024, 5, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def with_alerts(client):
    alerts = [{"status": "firing", "labels": labels, "startsAt": T0.isoformat(), "fingerprint": f"f{i}"}
              for i, labels in enumerate(ALERTS)]
    r = client.post("/api/v1/alertmanager", json={"version": "4", "status": "firing", "alerts": alerts},
                    headers=auth("tok-acme"))
    assert r.status_code in (200, 201, 202), r.get_json()
    r = client.post("/api/v1/queries", json=[{"query_text": "list alerts tussock team last 1h",
                                              "executed_at": T0.isoformat(), "result_summary": "4 alerts"}],
                    headers=auth("tok-acme"))
    assert r.status_code == 201
    return client


def _lookup(client, text):
    r = client.post("/api/v1/queries/lookup", json={"text": text, "now": (T0 + timedelta(minutes=1)).isoformat()},
                    headers=auth("tok-acme"))
    assert r.status_code == 200
    return r.get_json()


def test_the_orgs_alerts_make_its_teams_service_a_partial(with_alerts):
    out = _lookup(with_alerts, "list alerts emu-api last 1h")
    assert out["decision"] == "partial"
    assert "tussock > emu-api" in out["why"]["terms"]["nested"]


def test_the_orgs_alerts_keep_another_teams_service_a_miss(with_alerts):
    assert _lookup(with_alerts, "list alerts wombat-db last 1h")["decision"] == "miss"


def test_another_orgs_alerts_teach_nothing(with_alerts):
    r = with_alerts.post("/api/v1/queries", json=[{"query_text": "list alerts tussock team last 1h",
                                                   "executed_at": T0.isoformat(), "result_summary": "4"}],
                         headers=auth("tok-globex"))
    assert r.status_code == 201
    r = with_alerts.post("/api/v1/queries/lookup", json={"text": "list alerts emu-api last 1h",
                                                         "now": (T0 + timedelta(minutes=1)).isoformat()},
                         headers=auth("tok-globex"))
    assert r.get_json()["decision"] == "miss"
