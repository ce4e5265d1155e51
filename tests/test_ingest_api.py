"""Ingest over the HTTP API, end to end against SQLite and the real PostgreSQL."""

from __future__ import annotations

import json

from tests.conftest import auth


def event(i: int, **over) -> dict:
    base = {
        "id": f"evt-{i}",
        "timestamp": "2026-11-20T10:00:00Z",
        "user": "alice",
        "session_id": "sess-1",
        "session_type": "general",
        "kind": "user_query",
        "text": f"how many critical alerts in the last 24 hours? ({i})",
    }
    base.update(over)
    return base


def count(store, table: str, where: str = "1=1") -> int:
    return int(store.scalar(f"SELECT COUNT(*) AS n FROM {table} WHERE {where}"))


def test_batch_is_stored_once_even_when_retried(client, store):
    batch = [event(i) for i in range(20)]
    r = client.post("/api/v1/events", json=batch, headers=auth("tok-acme"))
    assert r.status_code == 201, r.json
    assert r.json["stored"] == 20
    r = client.post("/api/v1/events", json=batch, headers=auth("tok-acme"))
    assert r.status_code == 200
    assert r.json == {"stored": 0, "duplicates": 20, "redactions": {}}
    assert count(store, "audit_events") == 20
    session = store.one("SELECT event_count, user_id FROM sessions WHERE session_id = 'sess-1'")
    assert session == {"event_count": 20, "user_id": "alice"}


def test_ndjson_batches_are_accepted(client, store):
    body = "\n".join(json.dumps(event(i)) for i in range(3)) + "\n"
    r = client.post(
        "/api/v1/events", data=body, headers={**auth("tok-acme"), "Content-Type": "application/x-ndjson"}
    )
    assert r.status_code == 201
    assert count(store, "audit_events") == 3


def test_one_bad_item_rejects_the_batch_and_names_each_bad_field(client, store):
    client.post("/api/v1/events", json=[event(100)], headers=auth("tok-acme"))
    bad = [event(1), event(2, kind="telepathy"), event(3, timestamp="yesterday-ish"), event(4)]
    r = client.post("/api/v1/events", json=bad, headers=auth("tok-acme"))
    assert r.status_code == 400
    fields = {(e["item"], e["field"]) for e in r.json["errors"]}
    assert (1, "kind") in fields and (2, "timestamp") in fields
    assert count(store, "audit_events") == 1, "nothing of the rejected batch, nothing already stored lost"


def test_feedback_events_need_a_rating_and_land_in_feedback(client, store):
    r = client.post("/api/v1/events", json=[event(1, kind="feedback")], headers=auth("tok-acme"))
    assert r.status_code == 400
    assert "rating" in r.json["errors"][0]["message"]
    ok = event(2, kind="feedback", rating="helpful", target="query", target_id="q-1", text="spot on")
    assert client.post("/api/v1/events", json=[ok], headers=auth("tok-acme")).status_code == 201
    row = store.one("SELECT target, target_id, rating, user_id FROM feedback")
    assert row == {"target": "query", "target_id": "q-1", "rating": "helpful", "user_id": "alice"}


def test_wrong_content_type_is_415_and_malformed_json_is_400(client):
    r = client.post("/api/v1/events", data="id=1", headers={**auth("tok-acme"), "Content-Type": "text/plain"})
    assert r.status_code == 415 and "application/json" in r.json["error"]
    r = client.post(
        "/api/v1/events", data="[{", headers={**auth("tok-acme"), "Content-Type": "application/json"}
    )
    assert r.status_code == 400 and "JSON" in r.json["error"]


def test_oversized_batches_and_bodies_are_413(app, client):
    svc = app.extensions["learning"]
    svc.settings.max_batch_events = 5
    r = client.post("/api/v1/events", json=[event(i) for i in range(6)], headers=auth("tok-acme"))
    assert r.status_code == 413
    app.config["MAX_CONTENT_LENGTH"] = 1000
    r = client.post("/api/v1/events", json=[event(1, text="x" * 5000)], headers=auth("tok-acme"))
    assert r.status_code == 413 and "error" in r.json


def test_requests_without_a_valid_token_are_401(client):
    assert client.post("/api/v1/events", json=[event(1)]).status_code == 401
    assert client.post("/api/v1/events", json=[event(1)], headers=auth("nope")).status_code == 401


def test_a_token_cannot_write_another_orgs_rows_or_act_for_another_user(client, store):
    r = client.post("/api/v1/events", json=[event(1, org="globex")], headers=auth("tok-acme"))
    assert r.status_code == 403
    r = client.post("/api/v1/events", json=[event(2, user="bob")], headers=auth("tok-acme-alice"))
    assert r.status_code == 403
    assert client.post("/api/v1/events", json=[event(3, user=None)], headers=auth("tok-acme-alice")).status_code == 201
    assert store.one("SELECT org_id, user_id FROM audit_events") == {"org_id": "acme", "user_id": "alice"}
    assert client.post("/api/v1/events", json=[event(4)], headers=auth("tok-global")).status_code == 403


def test_same_event_id_in_two_orgs_is_two_events(client, store):
    client.post("/api/v1/events", json=[event(1)], headers=auth("tok-acme"))
    r = client.post("/api/v1/events", json=[event(1, user="carol")], headers=auth("tok-globex"))
    assert r.status_code == 201
    assert count(store, "audit_events") == 2


def test_secret_in_command_never_reaches_the_store(client, store):
    ev = event(
        1,
        kind="action",
        text="connect with postgresql://app:hunter2@10.1.2.3:5432/orders and mail ops@acme.example",
        command="PGPASSWORD=hunter2 psql -h 10.1.2.3 -U app orders",
    )
    r = client.post("/api/v1/events", json=[ev], headers=auth("tok-acme"))
    assert r.status_code == 201
    assert r.json["redactions"]
    dump = json.dumps(store.query("SELECT * FROM audit_events"))
    for secret in ("hunter2", "10.1.2.3", "ops@acme.example"):
        assert secret not in dump
    assert "<redacted:" in dump


def test_query_summaries_are_stored_redacted_and_idempotent(client, store):
    q = {
        "id": "q-1",
        "user": "alice",
        "query_text": "how many critical alerts in the last 24 hours",
        "relative_expression": "last 24 hours",
        "range_start": "2026-11-19T10:00:00Z",
        "range_end": "2026-11-20T10:00:00Z",
        "result_summary": "15 critical alerts; token=abcd1234secret seen in logs",
        "headline_value": 15,
        "key_insights": ["9 from payments-api"],
        "data_sources": ["prometheus"],
        "execution_time_seconds": 2.5,
        "executed_at": "2026-11-20T10:00:00Z",
    }
    r = client.post("/api/v1/queries", json=q, headers=auth("tok-acme"))
    assert r.status_code == 201 and r.json["stored"] == 1
    r = client.post("/api/v1/queries", json=q, headers=auth("tok-acme"))
    assert r.json["stored"] == 0 and r.json["duplicates"] == 1
    row = store.one("SELECT headline_value, result_summary, scope, expires_at - executed_at AS ttl FROM query_executions")
    assert row["headline_value"] == 15 and row["scope"] == "org"
    assert "abcd1234secret" not in row["result_summary"]
    assert 3600 <= row["ttl"] <= 4 * 3600
    bad = {**q, "id": "q-2", "range_start": "2026-11-21T10:00:00Z"}
    r = client.post("/api/v1/queries", json=bad, headers=auth("tok-acme"))
    assert r.status_code == 400 and "range_start" in r.json["errors"][0]["message"]


def alertmanager_payload(status: str, ends: str = "0001-01-01T00:00:00Z") -> dict:
    return {
        "version": "4",
        "groupKey": "{}:{alertname=\"DBSlowQueries\"}",
        "status": status,
        "receiver": "learning-exporter",
        "groupLabels": {"alertname": "DBSlowQueries"},
        "commonLabels": {},
        "commonAnnotations": {},
        "externalURL": "http://alertmanager:9093",
        "alerts": [
            {
                "status": status,
                "labels": {"alertname": "DBSlowQueries", "severity": "warning", "service": "orders-db"},
                "annotations": {"summary": "slow queries"},
                "startsAt": "2026-11-20T15:02:00Z",
                "endsAt": ends,
                "generatorURL": "http://prometheus:9090/graph",
                "fingerprint": "a1b2c3d4e5f60718",
            }
        ],
    }


def test_alertmanager_firing_then_resolved_is_one_alert(client, store):
    r = client.post("/api/v1/alertmanager", json=alertmanager_payload("firing"), headers=auth("tok-acme"))
    assert r.status_code == 200 and r.json["stored"] == 1
    resolved = alertmanager_payload("resolved", "2026-11-20T15:40:00Z")
    r = client.post("/api/v1/alertmanager", json=resolved, headers=auth("tok-acme"))
    assert r.json["stored"] == 0
    # A late replay of the firing notice does not reopen a resolved alert.
    client.post("/api/v1/alertmanager", json=alertmanager_payload("firing"), headers=auth("tok-acme"))
    row = store.one("SELECT status, alertname, service, severity, ends_at - starts_at AS dur FROM alert_events")
    assert row == {"status": "resolved", "alertname": "DBSlowQueries", "service": "orders-db",
                   "severity": "warning", "dur": 38 * 60}


def test_alertmanager_payload_of_another_version_is_rejected(client, store):
    bad = {**alertmanager_payload("firing"), "version": "3"}
    r = client.post("/api/v1/alertmanager", json=bad, headers=auth("tok-acme"))
    assert r.status_code == 400 and r.json["errors"][0]["field"] == "version"
    assert count(store, "alert_events") == 0


def test_health_endpoints_are_open_and_metrics_carry_no_user_ids(client):
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").json == {"status": "ready"}
    client.post("/api/v1/events", json=[event(1)], headers=auth("tok-acme"))
    text = client.get("/metrics").get_data(as_text=True)
    assert 'aihelper_events_ingested_total{kind="user_query"}' in text
    assert "aihelper_store_up 1.0" in text
    assert "aihelper_schema_version" in text
    assert "alice" not in text and "acme" not in text
