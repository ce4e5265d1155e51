"""A case recorded from an Alertmanager incident, and a firing alert matched against the same library."""

from __future__ import annotations

from tests.conftest import auth
from tests.test_cases_api import case, post_case


def group(status="resolved", ends="2026-11-02T11:45:00Z", **labels):
    common = {"alertname": "PostgresReplicationLagHigh", "severity": "warning", "env": "production",
              "namespace": "db", "service": "orders-db", **labels}
    return {
        "version": "4", "groupKey": "{}:{alertname=\"PostgresReplicationLagHigh\"}", "status": status,
        "receiver": "ai-helper", "groupLabels": {"alertname": "PostgresReplicationLagHigh"},
        "commonLabels": common,
        "commonAnnotations": {"summary": "replica orders-db-1 is 900 s behind the primary",
                              "description": "pg_replication_lag_seconds above 300 for 10 minutes"},
        "externalURL": "http://127.0.0.1:9093",
        "alerts": [{"status": status, "labels": {**common, "instance": "10.0.0.7:9187"},
                    "annotations": {"summary": "replica orders-db-1 is 900 s behind the primary"},
                    "startsAt": "2026-11-02T10:00:00Z", "endsAt": ends,
                    "generatorURL": "http://127.0.0.1:9090/graph", "fingerprint": "a1b2c3"}],
    }


def test_a_case_recorded_from_an_alert_group_takes_its_problem_context_and_times(client):
    body = {"alert": group(), "root_cause": {"issue": "long-running analytics query held back replay"},
            "solution": {"immediate_fix": "SELECT pg_cancel_backend(pid) on the replica"}}
    cid = post_case(client, body)
    got = client.get(f"/api/v1/cases/{cid}", headers=auth("tok-acme")).get_json()
    problem = got["problem"]
    assert problem["statement"].startswith("PostgresReplicationLagHigh resolved: replica orders-db-1 is 900 s behind")
    assert "service=orders-db" in problem["symptoms"] and not any(s.startswith("instance=") for s in problem["symptoms"])
    ctx = problem["context"]
    assert (ctx["environment"], ctx["severity"], ctx["platform"]) == ("prod", "medium", "kubernetes")
    assert got["outcome"]["time_to_resolution_seconds"] == 6300
    assert got["created_at"] == 1793613600.0  # 2026-11-02T10:00:00Z, when the alert started


def test_a_firing_alert_finds_the_case_a_past_incident_left(client):
    past = post_case(client, {"alert": group(), "root_cause": {"issue": "analytics query on the replica"},
                              "solution": {"immediate_fix": "cancel the query"}})
    post_case(client, case("disk full on logs-01", "journalctl --vacuum-size=2G", cause="journal too big"))
    r = client.post("/api/v1/cases/match", json={"alert": group(status="firing", ends="0001-01-01T00:00:00Z")},
                    headers=auth("tok-acme"))
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["matches"][0]["case_id"] == past


def test_neither_problem_nor_alert_is_a_clear_400(client):
    r = client.post("/api/v1/cases", json={"solution": {"immediate_fix": "x"}}, headers=auth("tok-acme"))
    assert r.status_code == 400 and "alert" in str(r.get_json())
    r = client.post("/api/v1/cases/match", json={"alert": {"alerts": []}}, headers=auth("tok-acme"))
    assert r.status_code == 400
