"""User controls over the API, on both backends: opt-out (by the person or their org admin), global
patterns behind a k-anonymity threshold, and an org's own redaction settings applied at ingest.

Time is real here (global patterns look back from now), so rows are written a few hours ago.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from exporter.app import create_app
from exporter.scoping import Principal, contributing, visible
from tests.conftest import auth

QUESTION = "how many critical alerts in the last 24 hours"
OTHER = "disk usage on db-1 in the last hour"


def iso(dt: datetime) -> str:
    return dt.isoformat()


def record(client, token: str, text: str, at: datetime, **fields) -> int:
    item = {"query_text": text, "executed_at": iso(at), "execution_time_seconds": 2.0,
            "result_summary": "15 critical alerts", "headline_value": 15, **fields}
    r = client.post("/api/v1/queries", json=[item], headers=auth(token))
    assert r.status_code == 201, r.get_json()
    return r.get_json()["ids"][0]


def lookup(client, token: str, text: str, at: datetime) -> dict:
    r = client.post("/api/v1/queries/lookup", json={"text": text, "now": iso(at)}, headers=auth(token))
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def opt(client, token: str, contribute: bool, user: str | None = None):
    body = {"contribute": contribute} | ({"user": user} if user else {})
    return client.put("/api/v1/users/me/preferences", json=body, headers=auth(token))


T = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_an_opted_out_persons_shared_rows_serve_only_them(client):
    alices = record(client, "tok-acme-alice", QUESTION, T)
    bobs = record(client, "tok-acme-bob", OTHER, T)
    later = T + timedelta(minutes=30)
    assert lookup(client, "tok-acme-bob", QUESTION, later)["cached"]["id"] == alices  # shared with the org

    assert opt(client, "tok-acme-alice", False).status_code == 200
    assert client.get("/api/v1/users/me/preferences", headers=auth("tok-acme-alice")).get_json() == {"contribute": False}
    seen_by_bob = lookup(client, "tok-acme-bob", QUESTION, later)
    assert seen_by_bob["decision"] == "miss" and (seen_by_bob.get("cached") or {}).get("id") != alices
    assert lookup(client, "tok-acme", QUESTION, later)["decision"] == "miss"  # nor the org-wide service view
    assert lookup(client, "tok-acme-alice", QUESTION, later)["cached"]["id"] == alices  # still hers
    # one person's opt-out hides only that person's rows: bob's stay shared
    assert lookup(client, "tok-acme-alice", OTHER, later)["cached"]["id"] == bobs
    assert lookup(client, "tok-acme", OTHER, later)["cached"]["id"] == bobs

    assert opt(client, "tok-acme-alice", True).status_code == 200
    assert lookup(client, "tok-acme-bob", QUESTION, later)["cached"]["id"] == alices


CASE = {"problem": {"statement": "checkout pods OOMKilled after the 2.3 deploy", "context": {"environment": "prod"}},
        "steps": [{"command": "kubectl describe pod checkout-1", "output": "OOMKilled", "found": True}],
        "root_cause": {"issue": "memory limit too low for the new cache"},
        "solution": {"immediate_fix": "raise the memory limit to 1Gi"}, "outcome": {"status": "resolved"}}


def test_an_opted_out_authors_cases_leave_the_org_library(client):
    r = client.post("/api/v1/cases", json=CASE, headers=auth("tok-acme-alice"))
    assert r.status_code == 201, r.get_json()
    case_id = r.get_json()["id"]

    def matched(token: str) -> list[str]:
        res = client.post("/api/v1/cases/match", json={"problem": "checkout pods OOMKilled"}, headers=auth(token))
        assert res.status_code == 200, res.get_json()
        return [m["case_id"] for m in res.get_json()["matches"]]

    assert case_id in matched("tok-acme-bob")
    assert opt(client, "tok-acme-alice", False).status_code == 200
    assert case_id not in matched("tok-acme-bob")
    assert client.get(f"/api/v1/cases/{case_id}", headers=auth("tok-acme-bob")).status_code == 404
    assert case_id in matched("tok-acme-alice")
    assert client.get(f"/api/v1/cases/{case_id}", headers=auth("tok-acme-alice")).status_code == 200


def test_an_org_admin_opts_a_person_out_and_a_service_token_may_not(client):
    assert opt(client, "tok-acme-admin", False, user="bob").status_code == 200
    r = client.get("/api/v1/users/me/preferences", headers=auth("tok-acme-bob"))
    assert r.get_json() == {"contribute": False}
    assert opt(client, "tok-acme", False, user="bob").status_code == 403  # the AI helper does not decide for people
    assert opt(client, "tok-acme-admin", False).status_code == 403  # an admin names whom
    r = opt(client, "tok-acme-bob", False, user="alice")
    assert r.status_code == 403
    assert client.get("/api/v1/users/me/preferences", headers=auth("tok-acme-alice")).get_json() == {"contribute": True}


def test_preferences_reject_bad_input_naming_the_field(client):
    r = client.put("/api/v1/users/me/preferences", json={"contribute": "perhaps"}, headers=auth("tok-acme-alice"))
    assert r.status_code == 400 and r.get_json()["errors"][0]["field"] == "contribute"
    r = client.put("/api/v1/users/me/preferences", json={"contribute": False, "colour": 1}, headers=auth("tok-acme-alice"))
    assert r.status_code == 400
    assert client.get("/api/v1/users/me/preferences", headers=auth("tok-acme-alice")).get_json() == {"contribute": True}


def test_unqualified_scope_fragments_are_refused():
    """Unqualified, the opt-out subquery's columns bind to user_profiles itself: one opt-out would hide everyone."""
    with pytest.raises(ValueError):
        contributing("")
    with pytest.raises(ValueError):
        visible(Principal("acme", "alice", "user"))
    assert "t.org_id" in contributing("t")


# -- global patterns ------------------------------------------------------------------------------

K = 3
ORGS = [f"org{i}" for i in range(K + 1)]


@pytest.fixture
def world(settings, store):
    tokens = {"tok-global": {"role": "global_reader"}}
    for o in ORGS:
        tokens[f"tok-{o}"] = {"org": o, "role": "service"}
        tokens[f"tok-{o}-admin"] = {"org": o, "role": "org_admin"}
        tokens[f"tok-{o}-u"] = {"org": o, "user": f"person-of-{o}", "role": "user"}
    app = create_app(settings.model_copy(update={"tokens": json.dumps(tokens), "global_min_contributors": K}),
                     store=store)
    yield app.test_client()
    app.extensions["learning"].stop()


def published(client) -> dict:
    r = client.get("/api/v1/global/patterns", headers=auth("tok-global"))
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def templates(client) -> list[dict]:
    return published(client)["question_templates"]


def ask(client, orgs, text_of, token_suffix="-u"):
    at = datetime.now(UTC) - timedelta(hours=3)
    for i, o in enumerate(orgs):
        record(client, f"tok-{o}{token_suffix}", text_of(i, o), at)


def test_a_template_is_published_only_once_k_orgs_and_k_people_share_it(world):
    host_question = lambda i, o: f"errors on web-{i + 7} in the last {i + 1} hours"  # noqa: E731
    ask(world, ORGS[: K - 1], host_question)
    assert templates(world) == []  # k-1 orgs: nothing
    ask(world, ORGS[K - 1 : K], host_question)
    [t] = templates(world)
    assert t["orgs"] == K and t["users"] == K and "web-7" not in t["template"]
    out = json.dumps(published(world))
    assert not any(o in out for o in ORGS) and "person-of" not in out


def test_rows_without_k_distinct_people_are_not_published(world):
    ask(world, ORGS[:K], lambda i, o: QUESTION, token_suffix="")  # the service token, no person named
    assert templates(world) == []
    ask(world, ORGS[:K], lambda i, o: QUESTION)
    assert [t["orgs"] for t in templates(world)] == [K]


def test_free_text_of_fewer_than_k_orgs_never_appears(world):
    ask(world, ORGS[:K], lambda i, o: QUESTION)
    ask(world, ORGS[:1], lambda i, o: "is zq-secret-launch ready for friday")
    out = json.dumps(published(world))
    assert "zq-secret" not in out and "critical" in out


def test_opt_outs_take_a_person_or_an_org_out_of_global_patterns(world):
    ask(world, ORGS[:K], lambda i, o: QUESTION)
    assert len(templates(world)) == 1
    assert opt(world, "tok-org0-u", False).status_code == 200
    assert templates(world) == []  # k-1 people left
    assert opt(world, "tok-org0-u", True).status_code == 200
    r = world.put("/api/v1/org/privacy", json={"contribute_global": False}, headers=auth("tok-org1-admin"))
    assert r.status_code == 200, r.get_json()
    assert templates(world) == []
    ask(world, ORGS[K : K + 1], lambda i, o: QUESTION)  # a k-th contributing org again
    assert [t["orgs"] for t in templates(world)] == [K]


def test_only_global_readers_read_global_patterns(world):
    for token in ("tok-org0", "tok-org0-admin", "tok-org0-u"):
        r = world.get("/api/v1/global/patterns", headers=auth(token))
        assert r.status_code == 403, token


# -- an org's own redaction --------------------------------------------------------------------------

SECRET_TEXT = "db-7.internal.example.com down again, see TICKET-4711"


def test_an_orgs_redaction_settings_apply_to_what_it_ingests_and_no_other_org(client, store):
    r = client.put("/api/v1/org/privacy", json={"redact": ["hostname"], "custom_patterns": {"ticket": r"TICKET-\d+"}},
                   headers=auth("tok-acme-admin"))
    assert r.status_code == 200, r.get_json()
    for token, eid in (("tok-acme", "e-acme"), ("tok-globex", "e-globex")):
        ev = {"id": eid, "timestamp": iso(T), "user": "alice", "session_id": "s1", "session_type": "troubleshooting",
              "kind": "user_query", "text": SECRET_TEXT}
        assert client.post("/api/v1/events", json=[ev], headers=auth(token)).status_code == 201
    acme = store.scalar("SELECT text FROM audit_events WHERE org_id = 'acme'")
    globex = store.scalar("SELECT text FROM audit_events WHERE org_id = 'globex'")
    assert "TICKET-4711" not in acme and "db-7.internal.example.com" not in acme
    assert "TICKET-4711" in globex and "db-7.internal.example.com" in globex

    record(client, "tok-acme-alice", f"alerts on {SECRET_TEXT}", T)
    stored = store.scalar("SELECT query_text FROM query_executions WHERE org_id = 'acme'")
    assert "TICKET-4711" not in stored

    case = json.loads(json.dumps(CASE))
    case["root_cause"]["issue"] = f"memory limit too low, {SECRET_TEXT}"
    r = client.post("/api/v1/cases", json=case, headers=auth("tok-acme-alice"))
    assert r.status_code == 201, r.get_json()
    assert "TICKET-4711" not in json.dumps(r.get_json())
    assert "TICKET-4711" not in store.scalar("SELECT root_cause FROM cases WHERE org_id = 'acme'")


def test_a_bad_custom_pattern_is_refused_and_the_old_settings_stay(client):
    ok = {"custom_patterns": {"ticket": r"TICKET-\d+"}}
    assert client.put("/api/v1/org/privacy", json=ok, headers=auth("tok-acme-admin")).status_code == 200
    r = client.put("/api/v1/org/privacy", json={"custom_patterns": {"bad": "(unclosed"}}, headers=auth("tok-acme-admin"))
    assert r.status_code == 400 and "bad" in json.dumps(r.get_json())
    now = client.get("/api/v1/org/privacy", headers=auth("tok-acme-admin")).get_json()
    assert now["custom_patterns"] == ok["custom_patterns"]


# -- org patterns learned from cases ----------------------------------------------------------------

def _env_case(env: str, commands: list[str]) -> dict:
    return {"problem": {"statement": "checkout pods OOMKilled after the deploy", "context": {"environment": env}},
            "root_cause": {"issue": "memory limit too low"},
            "solution": {"immediate_fix": commands[0], "commands": commands}, "outcome": {"status": "resolved"}}


def test_an_opted_out_authors_cases_stop_forming_environment_patterns(app, client):
    from exporter.usage import stage

    for env, commands in (("prod", ["kubectl rollout restart deploy/checkout"]),
                          ("dev", ["kubectl logs checkout-1 --previous"])):
        r = client.post("/api/v1/cases", json=_env_case(env, commands), headers=auth("tok-acme-alice"))
        assert r.status_code == 201, r.get_json()
    now = datetime.now(UTC)
    ev = {"id": "e-env", "timestamp": iso(now - timedelta(hours=2)), "user": "bob", "session_id": "s",
          "session_type": "troubleshooting", "kind": "user_query", "text": "checkout pods OOMKilled again"}
    assert client.post("/api/v1/events", json=[ev], headers=auth("tok-acme")).status_code == 201

    def environment_patterns(at: datetime) -> list[dict]:
        stage.run(app.extensions["learning"], at.timestamp())
        r = client.get("/api/v1/patterns?type=environment", headers=auth("tok-acme-bob"))
        assert r.status_code == 200, r.get_json()
        return r.get_json()["patterns"]

    [p] = environment_patterns(now - timedelta(minutes=30))  # passes before the opt-out, one after it
    assert "restart" in p["data"]["description"] and "debugging" in p["data"]["description"]
    assert [q["id"] for q in environment_patterns(now - timedelta(minutes=15))] == [p["id"]]  # found again: kept
    assert opt(client, "tok-acme-alice", False).status_code == 200
    assert environment_patterns(datetime.now(UTC)) == []  # gone at once, not decaying for a month
