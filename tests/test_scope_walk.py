"""Every API route, called with the tokens of another user, another org and each role, leaks nothing and writes nothing.

The victim is alice in org acme: her personal rows (events, a personal query, a personal pattern)
and acme's shared rows (a case, a recommendation, an alert, a learned group, a knowledge version),
each carrying a marker string. The routes come from the app's own URL map, so a new route fails
`test_every_route_is_walked` until it has a case here. For each route and attacker the test
asserts that no marker is in the answer, that a victim's id and an id that does not exist get the
same status and body (no existence hint), and afterwards that none of the victim's rows changed.
"""

from __future__ import annotations

import json

import pytest

from exporter.app import create_app
from exporter.querymem import aliases
from exporter.store import to_json
from exporter.store.schema import table_columns
from exporter.tiers.permanent import save_version

MARK = "zq-victim-7f3a"  # in alice's personal rows: nobody else may see it
ORG_MARK = "zq-acme-shared-51c"  # in acme's shared rows: bob may see it, no other org may
VICTIM_TOKENS = {
    "acme-svc": {"org": "acme", "role": "service"},
    "acme-alice": {"org": "acme", "user": "alice", "role": "user"},
}
ATTACKERS = {
    "acme-bob": {"org": "acme", "user": "bob", "role": "user"},  # same org, another person
    "globex-svc": {"org": "globex", "role": "service"},
    "globex-carol": {"org": "globex", "user": "carol", "role": "user"},
    "globex-admin": {"org": "globex", "role": "org_admin"},
    "global": {"role": "global_reader"},
}
GROUP = f"{ORG_MARK}Alert/critical/{ORG_MARK}-svc"
KV_KEY = f"alert_baseline:{ORG_MARK}"


def h(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def world(settings, store):
    s = settings.model_copy(update={"tokens": json.dumps({**VICTIM_TOKENS, **ATTACKERS})})
    app = create_app(s, store=store)
    c = app.test_client()
    ev = {"id": f"{MARK}-e1", "timestamp": "2026-11-20T10:00:00Z", "user": "alice", "session_id": f"{MARK}-s",
          "session_type": "troubleshooting", "kind": "user_query", "text": f"why is {MARK} slow"}
    assert c.post("/api/v1/events", json=[ev], headers=h("acme-svc")).status_code == 201
    q = {"id": f"{MARK}-q1", "query_text": "how many critical alerts on db-victim in the last 24 hours",
         "user": "alice", "personal": True, "result_summary": f"15 alerts {MARK}", "headline_value": 15,
         "executed_at": "2026-11-20T10:00:00Z", "execution_time_seconds": 1.0}
    assert c.post("/api/v1/queries", json=[q], headers=h("acme-svc")).status_code == 201, "query"
    case = {"problem": {"statement": f"{ORG_MARK} high CPU on db-victim", "context": {"environment": "prod"}},
            "steps": [{"command": "top", "output": ORG_MARK, "found": True}], "root_cause": {"issue": ORG_MARK},
            "solution": {"immediate_fix": f"restart {ORG_MARK}"}, "outcome": {"status": "resolved"}}
    r = c.post("/api/v1/cases", json=case, headers=h("acme-svc"))
    assert r.status_code == 201, r.json
    case_id = r.json["id"]
    alert = {"version": "4", "groupKey": "k", "status": "firing", "receiver": "x", "groupLabels": {},
             "commonLabels": {}, "commonAnnotations": {}, "externalURL": "http://am",
             "alerts": [{"status": "firing", "labels": {"alertname": f"{ORG_MARK}Alert", "severity": "critical",
                                                        "service": f"{ORG_MARK}-svc"},
                         "annotations": {"description": ORG_MARK}, "startsAt": "2026-11-20T15:02:00Z",
                         "endsAt": "0001-01-01T00:00:00Z", "generatorURL": "http://p", "fingerprint": "f00d"}]}
    assert c.post("/api/v1/alertmanager", json=alert, headers=h("acme-svc")).status_code in (200, 201)
    aliases.save(store, "acme", aliases.OrgAliases(aliases={f"{ORG_MARK}-svc": [f"{ORG_MARK} nickname"]}))
    now = 1_795_000_000.0
    for alias, canonical in ((f"{ORG_MARK} learned", f"{ORG_MARK}-svc"), ("victimnick", "victim-svc")):
        store.execute(  # learned aliases: one that shows if read across orgs, one a PUT from elsewhere aims at
            "INSERT INTO learned_aliases (org_id, alias, canonical, kind, questions, people, share, state, learned_at) "
            "VALUES ('acme', :a, :c, 'service', 3, 2, 1.0, 'proposed', :t)", {"a": alias, "c": canonical, "t": now})
    store.execute(
        "INSERT INTO learned_patterns (org_id, user_id, scope, type, pattern_key, data, evidence, confidence, "
        "usage_count, created_at, updated_at) VALUES ('acme', 'alice', 'user', 'habit', :k, :d, :d, 0.9, 0, :t, :t)",
        {"k": f"{MARK}-habit", "d": to_json({"description": MARK}), "t": now},
    )
    store.execute(
        "INSERT INTO learned_patterns (org_id, user_id, scope, type, pattern_key, data, evidence, confidence, "
        "usage_count, created_at, updated_at) VALUES ('acme', '', 'org', 'alert_baseline', :k, :d, :d, 0.9, 0, :t, :t)",
        {"k": GROUP, "d": to_json({"group": GROUP, "note": ORG_MARK}), "t": now},
    )
    store.execute(
        "INSERT INTO recommendations (id, org_id, user_id, kind, grp, text, evidence, dedupe_key, status, created_at, "
        "expires_at) VALUES ('rec-victim', 'acme', '', 'spike', :g, :m, '{}', 'victim', 'active', :t, :e)",
        {"g": GROUP, "m": ORG_MARK, "t": now, "e": 4_000_000_000.0},
    )
    with store.transaction() as conn:  # permanent knowledge: the only kind the product writes is "pattern"
        save_version(conn, "acme", "pattern", KV_KEY, {"note": ORG_MARK}, now=now)
        save_version(conn, "acme", "pattern", f"{MARK}-kv", {"note": MARK}, scope="user", user="alice", now=now)
    fb = {"target": "query", "id": f"{MARK}-q1", "rating": "helpful", "comment": f"alice says {MARK}",
          "event_id": f"{MARK}-fb1"}
    assert c.post("/api/v1/feedback", json=fb, headers=h("acme-alice")).status_code == 201
    # alice's report matched in her session and the case confirmed in it: a kept report and a confirmed pair
    asked = {"problem": f"{MARK} high CPU on db-victim", "session_id": "walk-s1"}
    assert c.post("/api/v1/cases/match", json=asked, headers=h("acme-alice")).status_code == 200
    assert c.post(f"/api/v1/cases/{case_id}/outcome", json={"status": "resolved", "session_id": "walk-s1"},
                  headers=h("acme-alice")).status_code == 200
    assert c.put("/api/v1/users/me/preferences", json={"contribute": True}, headers=h("acme-alice")).status_code == 200
    habit_id = store.scalar("SELECT id FROM learned_patterns WHERE pattern_key = :k", {"k": f"{MARK}-habit"})
    return {"app": app, "client": c, "case_id": case_id, "habit_id": habit_id, "store": store}


def routes(w) -> dict[tuple[str, str], list[tuple[str, str, dict | None]]]:
    """Per route: requests (method, path, json) aimed at the victim; `{id}` marks ids that must not leak existence."""
    pid = w["habit_id"]
    ev = [{"id": f"{MARK}-e1", "timestamp": "2026-11-20T10:00:00Z", "user": "alice", "session_id": "s",
           "session_type": "general", "kind": "user_query", "text": "x", "org": "acme"}]
    return {
        ("POST", "/api/v1/events"): [("POST", "/api/v1/events", ev)],
        ("POST", "/api/v1/queries"): [("POST", "/api/v1/queries", [{"id": f"{MARK}-q1", "query_text": "x",
                                                                     "org": "acme", "user": "alice",
                                                                     "executed_at": "2026-11-20T10:00:00Z"}])],
        ("POST", "/api/v1/alertmanager"): [],  # writes only the caller's own org: nothing of the victim to aim at
        ("POST", "/api/v1/queries/lookup"): [("POST", "/api/v1/queries/lookup",
                                              {"text": "how many critical alerts on db-victim in the last 24 hours",
                                               "now": "2026-11-20T10:30:00Z", "user": "alice"})],
        ("POST", "/api/v1/queries/diff"): [("POST", "/api/v1/queries/diff",
                                            {"text": "how many critical alerts on db-victim in the last 24 hours",
                                             "now": "2026-11-20T10:30:00Z", "headline_value": 3, "user": "alice"})],
        ("GET", "/api/v1/queries/context"): [("GET", "/api/v1/queries/context?text=critical+alerts+on+db-victim"
                                                     "+in+the+last+24+hours&value=3&user=alice", None)],
        ("POST", "/api/v1/cases"): [],  # creates in the caller's own org only (tested in test_cases_api)
        ("GET", "/api/v1/cases/<case_id>"): [("GET", "/api/v1/cases/{id}", None)],
        ("POST", "/api/v1/cases/match"): [("POST", "/api/v1/cases/match", {"problem": "high CPU on db-victim"})],
        ("POST", "/api/v1/cases/<case_id>/outcome"): [("POST", "/api/v1/cases/{id}/outcome",
                                                       {"status": "not_resolved"})],
        ("POST", "/api/v1/feedback"): [
            ("POST", "/api/v1/feedback", {"target": "case", "id": "{id}", "rating": "not_helpful"}),
            ("POST", "/api/v1/feedback", {"target": "query", "id": f"{MARK}-q1", "rating": "not_helpful",
                                          "event_id": f"{MARK}-fb1"}),  # alice's retry id: not a duplicate of hers
            ("POST", "/api/v1/feedback", {"target": "recommendation", "id": "rec-victim", "rating": "not_helpful",
                                          "user": "alice"}),
        ],
        ("GET", "/api/v1/runbooks/<runbook_id>"): [("GET", "/api/v1/runbooks/{id}", None)],
        ("GET", "/api/v1/recommendations"): [("GET", "/api/v1/recommendations", None)],
        ("GET", "/api/v1/insights/context"): [("GET", "/api/v1/insights/context?group={group}&value=3", None)],
        ("GET", "/api/v1/insights/<path:group>"): [("GET", "/api/v1/insights/{group}", None)],
        ("GET", "/api/v1/patterns"): [("GET", "/api/v1/patterns", None), ("GET", "/api/v1/patterns?user=alice", None)],
        ("GET", "/api/v1/patterns/<int:pattern_id>"): [("GET", f"/api/v1/patterns/{pid}", None),
                                                       ("GET", f"/api/v1/patterns/{pid}?user=alice", None)],
        ("POST", "/api/v1/patterns/clusters/assign"): [("POST", "/api/v1/patterns/clusters/assign",
                                                        {"questions": ["why is db-victim slow"]})],
        ("GET", "/api/v1/users/me/profile"): [("GET", "/api/v1/users/me/profile?user=alice", None)],
        ("GET", "/api/v1/users/me/preferences"): [("GET", "/api/v1/users/me/preferences?user=alice", None)],
        ("PUT", "/api/v1/users/me/preferences"): [("PUT", "/api/v1/users/me/preferences?user=alice",
                                                   {"contribute": False})],
        ("DELETE", "/api/v1/users/me/data"): [("DELETE", "/api/v1/users/me/data?user=alice", None)],
        ("GET", "/api/v1/org/privacy"): [("GET", "/api/v1/org/privacy", None)],
        ("PUT", "/api/v1/org/privacy"): [("PUT", "/api/v1/org/privacy", {"store_pii": True})],
        ("GET", "/api/v1/org/settings/timezone"): [("GET", "/api/v1/org/settings/timezone", None)],
        ("PUT", "/api/v1/org/settings/timezone"): [("PUT", "/api/v1/org/settings/timezone",
                                                    {"timezone": "Pacific/Chatham"})],
        ("GET", "/api/v1/org/aliases"): [("GET", "/api/v1/org/aliases", None)],
        ("PUT", "/api/v1/org/aliases"): [("PUT", "/api/v1/org/aliases", {"aliases": {"ehr-web": ["Birch"]}})],
        ("GET", "/api/v1/org/aliases/learned"): [("GET", "/api/v1/org/aliases/learned", None)],
        ("PUT", "/api/v1/org/aliases/learned"): [("PUT", "/api/v1/org/aliases/learned",
                                                  {"alias": "victimnick", "canonical": "victim-svc", "state": "rejected"})],
        ("GET", "/api/v1/global/patterns"): [("GET", "/api/v1/global/patterns", None)],
        ("GET", "/api/v1/knowledge/<kind>/<path:key>/versions"): [
            ("GET", "/api/v1/knowledge/pattern/{kv}/versions", None),
            ("GET", f"/api/v1/knowledge/pattern/{MARK}-kv/versions", None)],
        ("GET", "/api/v1/knowledge/<kind>/<path:key>/versions/<int:number>"): [
            ("GET", "/api/v1/knowledge/pattern/{kv}/versions/1", None),
            ("GET", f"/api/v1/knowledge/pattern/{MARK}-kv/versions/1", None)],
        ("GET", "/api/v1/openapi.json"): [("GET", "/api/v1/openapi.json", None)],  # the API's shape, no one's data
    }


def _send(client, token: str, method: str, path: str, body):
    return client.open(path, method=method, json=body, headers=h(token))


def _victim_rows(store, attacker: dict) -> str:
    """Everything of the victim an attacker must not change: alice's rows, and acme's for other orgs."""
    out = {}
    columns = table_columns(store)
    for table in columns:
        cols = {c.name for c in columns[table]}
        if "org_id" not in cols:
            continue
        where = "org_id = 'acme'"
        if attacker.get("org") == "acme":
            if "user_id" not in cols:
                continue
            where += " AND user_id = 'alice'"
        rows = store.query(f"SELECT * FROM {table} WHERE {where}")
        out[table] = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
    return json.dumps(out, sort_keys=True)


def test_every_route_is_walked(world):
    rules = {(m, r.rule) for r in world["app"].url_map.iter_rules() if r.rule.startswith("/api/")
             for m in r.methods - {"HEAD", "OPTIONS"}}
    assert rules == set(routes(world)), "add the new route to routes() in this test"


@pytest.mark.parametrize("attacker", sorted(ATTACKERS))
def test_no_route_leaks_or_changes_another_scopes_data(world, attacker):
    client, store = world["client"], world["store"]
    before = _victim_rows(store, ATTACKERS[attacker])
    for calls in routes(world).values():
        for m, path, body in calls:
            real_id = world["case_id"]
            real_path = path.replace("{id}", str(real_id)).replace("{group}", GROUP).replace("{kv}", KV_KEY)
            real_body = json.loads(json.dumps(body).replace("{id}", str(real_id))) if body is not None else None
            r = _send(client, attacker, m, real_path, real_body)
            text = r.get_data(as_text=True)
            hidden = (MARK,) if ATTACKERS[attacker].get("org") == "acme" else (MARK, ORG_MARK)
            assert not any(x in text for x in hidden), f"{attacker} {m} {real_path} -> {r.status_code}: {text[:300]}"
            assert r.status_code < 500, f"{attacker} {m} {real_path} -> {r.status_code}: {text[:300]}"
            marked = "{" in path or (body is not None and "{id}" in json.dumps(body))
            if marked and ATTACKERS[attacker].get("org") != "acme":  # acme's shared rows are bob's to see
                fake_path = (path.replace("{id}", "no-such-id-0").replace("{group}", "NoSuchAlert/critical/nowhere")
                             .replace("{kv}", "alert_baseline:nothing-here"))
                fake_body = json.loads(json.dumps(body).replace("{id}", "no-such-id-0")) if body is not None else None
                fake = _send(client, attacker, m, fake_path, fake_body)
                assert (r.status_code, r.get_json()) == (fake.status_code, fake.get_json()), (
                    f"{attacker} {m} {path}: the answer differs for an existing id ({r.status_code} {r.get_json()}) "
                    f"and a missing one ({fake.status_code} {fake.get_json()})"
                )
    assert _victim_rows(store, ATTACKERS[attacker]) == before, f"{attacker} changed the victim's rows"


def test_the_scrape_names_no_person_and_no_text(world):
    """/metrics is open: no marker of a person or of an org's text may be in any label."""
    text = world["client"].get("/metrics").get_data(as_text=True)
    assert MARK not in text and ORG_MARK not in text and "alice" not in text


# Tables the world above leaves without a row of the victim's, each with the reason the walk may skip it.
NOT_SEEDED = {
    "annotations_sent": "written only when Grafana is configured; read by no API route",
    "runbook_versions": "built by a learning pass from cases; served by /runbooks (walked with the case id)",
    "deletion_requests": "receipts of delete-my-data: a digest and counts, read by no route",
    "archive_manifest": "cold-tier bookkeeping, read by no route",
    "hot_entries": "cache entries keyed by a digest, read only through lookups (walked)",
    "privacy_settings": "walked through /org/privacy; absent means defaults",
    "text_vectors": "vectors of redacted question texts keyed by digest, written by the learning pass and "
    "read by no route; delete-my-data drops those no remaining question backs (test_privacy_forget)",
    "case_lexical_choices": "one number per org (its lexical scale), chosen once it holds 30 confirmed pairs; read "
    "by no route, only by the org's own match ranking (tests/test_cases_confirmed_pairs.py)",
    "learning_tasks": "the Celery task ledger: (org, stage, pass) and a state, read by no route, only as "
    "org-free counts on /metrics (walked)",
}


def test_every_kind_of_row_has_a_victim_row_or_a_reason(world):
    """A walk over tables the victim has no row in proves nothing: each is seeded or named with its reason."""
    store = world["store"]
    columns = table_columns(store)
    empty = {t for t in columns if "org_id" in {c.name for c in columns[t]}
             and not store.scalar(f"SELECT COUNT(*) FROM {t} WHERE org_id = 'acme'")}
    assert empty <= set(NOT_SEEDED), f"seed these in world() or say why not: {sorted(empty - set(NOT_SEEDED))}"
    assert set(NOT_SEEDED) <= empty, f"now seeded, drop from NOT_SEEDED: {sorted(set(NOT_SEEDED) - empty)}"


def test_one_persons_event_id_cannot_shadow_anothers(world):
    """Ids are chosen by clients: bob reusing alice's event id stores his event and leaves hers alone."""
    c, store = world["client"], world["store"]
    ev = {"id": f"{MARK}-e1", "timestamp": "2026-11-21T10:00:00Z", "session_id": "bob-s",
          "session_type": "general", "kind": "user_query", "text": "bob's own question"}
    r = c.post("/api/v1/events", json=[ev], headers=h("acme-bob"))
    assert r.status_code == 201 and r.json["stored"] == 1, r.json
    r = c.post("/api/v1/events", json=[{**ev, "user": "carl", "text": "carl's"}], headers=h("acme-svc"))
    assert r.status_code == 201 and r.json["stored"] == 1, r.json
    again = c.post("/api/v1/events", json=[ev], headers=h("acme-bob"))
    assert again.json == {"stored": 0, "duplicates": 1, "redactions": {}}, "a true retry is still a duplicate"
    rows = store.query("SELECT user_id, text FROM audit_events WHERE event_id = :e ORDER BY user_id",
                       {"e": f"{MARK}-e1"})
    assert [r["user_id"] for r in rows] == ["alice", "bob", "carl"]
    assert MARK in rows[0]["text"], "alice's event is untouched"

    fb = {"target": "query", "id": "any", "rating": "helpful", "event_id": f"{MARK}-fb1"}
    r = c.post("/api/v1/feedback", json=fb, headers=h("acme-bob"))
    assert r.status_code == 201 and r.json["stored"], "bob's feedback is not a duplicate of alice's"
    assert c.post("/api/v1/feedback", json=fb, headers=h("acme-bob")).json["stored"] is False


def test_another_person_in_the_org_cannot_tell_a_personal_pattern_exists(world):
    c = world["client"]
    mine = c.get(f"/api/v1/patterns/{world['habit_id']}", headers=h("acme-bob"))
    missing = c.get("/api/v1/patterns/999999999", headers=h("acme-bob"))
    assert (mine.status_code, mine.get_json()) == (missing.status_code, missing.get_json()) == (404, missing.get_json())


def test_the_victim_still_sees_her_own_data(world):
    """The walk above proves nothing if the seeded rows were never visible to anyone."""
    c = world["client"]
    assert MARK in c.get(f"/api/v1/patterns/{world['habit_id']}", headers=h("acme-alice")).get_data(as_text=True)
    assert ORG_MARK in c.get(f"/api/v1/cases/{world['case_id']}", headers=h("acme-alice")).get_data(as_text=True)
    assert ORG_MARK in c.get("/api/v1/recommendations", headers=h("acme-alice")).get_data(as_text=True)
    assert ORG_MARK in c.get(f"/api/v1/insights/{GROUP}", headers=h("acme-bob")).get_data(as_text=True)
    lookup = c.post("/api/v1/queries/lookup", headers=h("acme-alice"), json={
        "text": "how many critical alerts on db-victim in the last 24 hours", "now": "2026-11-20T10:30:00Z"})
    assert MARK in lookup.get_data(as_text=True), lookup.json
