"""The troubleshooting memory over HTTP, on SQLite and PostgreSQL: record, match, learn, stay in scope."""

from __future__ import annotations

from tests.conftest import auth


def case(statement, fix, *, cause, minutes=12, env="prod", host=None, output="", rating=None, **extra):
    ctx = {"environment": env, **({"host": host} if host else {})}
    body = {
        "problem": {"statement": statement, "context": ctx},
        "steps": [{"command": "top -b -n1", "output": output, "found": True}],
        "root_cause": {"issue": cause},
        "solution": {"immediate_fix": fix, "commands": [fix]},
        "outcome": {"status": "resolved", "time_to_resolution_seconds": minutes * 60, "user_rating": rating},
    }
    body.update(extra)
    return body


def post_case(client, body, token="tok-acme"):
    r = client.post("/api/v1/cases", json=body, headers=auth(token))
    assert r.status_code == 201, r.get_json()
    return r.get_json()["id"]


def match(client, problem, token="tok-acme", **extra):
    r = client.post("/api/v1/cases/match", json={"problem": problem, **extra}, headers=auth(token))
    assert r.status_code == 200, r.get_json()
    return r.get_json()["matches"]


def test_recorded_case_reads_back_with_its_quality_explained(client):
    cid = post_case(client, case("high CPU on server-01", "pkill -f runaway.py", cause="a runaway Python script"))
    r = client.get(f"/api/v1/cases/{cid}", headers=auth("tok-acme-alice"))
    assert r.status_code == 200
    got = r.get_json()
    assert got["root_cause"]["issue"] == "a runaway Python script"
    assert got["quality"]["weights"] == {"feedback": 0.4, "speed": 0.3, "reuse": 0.2, "confidence": 0.1}
    assert 0 < got["confidence"] <= 1 and got["stale"] is False
    assert [h["change"] for h in got["history"]] == ["created"]


def test_secret_in_a_case_never_reaches_the_store(client, store):
    body = case("login to orders-db fails", "psql postgresql://app:hunter2secret@orders-db/app -c 'select 1'",
                cause="password rotated")
    post_case(client, body)
    dump = " ".join(str(v) for r in store.query("SELECT * FROM cases") for v in r.values())
    assert "hunter2secret" not in dump


def test_invalid_case_is_rejected_naming_the_field(client):
    r = client.post("/api/v1/cases", json={"problem": {"statement": ""}, "colour": 1}, headers=auth("tok-acme"))
    assert r.status_code == 400
    fields = {e["field"] for e in r.get_json()["errors"]}
    assert {"problem.statement", "colour"} <= fields


def test_same_problem_on_another_host_matches_with_a_readable_summary(client):
    post_case(client, case("high CPU on server-01, load average 24", "pkill -f cleanup.py",
                           cause="a runaway Python script", host="server-01"))
    post_case(client, case("disk full on logs-02", "journalctl --vacuum-size=2G", cause="journal too large"))
    found = match(client, "high CPU on server-03", context={"environment": "prod"})
    assert found[0]["summary"].startswith("Similar case just now on server-01: a runaway Python script")
    assert found[0]["summary"].endswith("fixed in 12 minutes")
    assert "server" in found[0]["why"]["shared_terms"] and "cpu" in found[0]["why"]["shared_terms"]
    assert found[0]["fix"]["immediate_fix"] == "pkill -f cleanup.py"
    assert found[0]["investigation_steps"][0]["command"] == "top -b -n1"


def test_exact_error_token_decides_between_similar_reports(client):
    post_case(client, case("payments-api pods keep restarting", "kubectl rollout undo deployment/payments-api",
                           cause="bad release", output="Reason: Error, exit code 1"))
    post_case(client, case("payments-api pods keep restarting", "kubectl set resources --limits=memory=1Gi",
                           cause="heap outgrew the limit", output="Reason: OOMKilled, exit code 137"))
    found = match(client, "payments-api restarting, last state OOMKilled")
    assert found[0]["root_cause"]["issue"] == "heap outgrew the limit"
    assert "oomkilled" in found[0]["why"]["shared_terms"]


def test_fix_from_the_same_environment_ranks_first(client):
    post_case(client, case("ECONNREFUSED from orders-service to orders-db", "systemctl restart pgbouncer",
                           cause="pgbouncer died", env="prod"))
    post_case(client, case("ECONNREFUSED from orders-service to orders-db", "kubectl scale sts/orders-db --replicas=1",
                           cause="scaled to zero", env="dev"))
    for env, cause in (("dev", "scaled to zero"), ("prod", "pgbouncer died")):
        found = match(client, "orders-service: connect ECONNREFUSED", context={"environment": env})
        assert found[0]["root_cause"]["issue"] == cause
        assert found[0]["why"]["context"] == {"environment": "same"}


def test_unrelated_problem_finds_nothing(client):
    post_case(client, case("high CPU on server-01", "pkill -f cleanup.py", cause="a runaway Python script"))
    assert match(client, "the office printer is out of toner") == []


def test_applied_fix_raises_confidence_counts_reuse_and_keeps_history(client):
    cid = post_case(client, case("high CPU on server-01", "pkill -f cleanup.py", cause="runaway script"))
    before = client.get(f"/api/v1/cases/{cid}", headers=auth("tok-acme")).get_json()
    r = client.post(f"/api/v1/cases/{cid}/outcome", json={"status": "resolved", "time_to_resolution_seconds": 240},
                    headers=auth("tok-acme-bob"))
    assert r.status_code == 200
    assert r.get_json()["confidence_after"] > r.get_json()["confidence_before"]
    client.post(f"/api/v1/cases/{cid}/outcome", json={"status": "not_resolved"}, headers=auth("tok-acme"))
    after = client.get(f"/api/v1/cases/{cid}", headers=auth("tok-acme")).get_json()
    assert (after["reuse_count"], after["failure_count"]) == (1, 1)  # reuse counts successful reuse only
    assert after["outcome"]["mean_time_to_resolution_seconds"] == (12 * 60 + 240) / 2
    changes = [(h["change"], h["detail"].get("status")) for h in after["history"]]
    assert changes == [("created", None), ("outcome", "resolved"), ("outcome", "not_resolved")]
    assert after["history"][2]["confidence_after"] < after["history"][2]["confidence_before"]
    assert after["history"][1]["detail"]["by"] == "bob"
    assert after["quality"]["parts"]["reuse"] > before["quality"]["parts"]["reuse"]


def test_feedback_moves_case_confidence_and_a_retry_counts_once(client):
    cid = post_case(client, case("high CPU on server-01", "pkill -f cleanup.py", cause="runaway script"))
    fb = {"target": "case", "id": cid, "rating": "not_helpful", "comment": "wrong host", "event_id": "fb-1"}
    first = client.post("/api/v1/feedback", json=fb, headers=auth("tok-acme-alice"))
    again = client.post("/api/v1/feedback", json=fb, headers=auth("tok-acme-alice"))
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.get_json()["confidence_after"] < first.get_json()["confidence_before"]
    got = client.get(f"/api/v1/cases/{cid}", headers=auth("tok-acme")).get_json()
    assert got["feedback"] == {"helpful": 0, "partially_helpful": 0, "not_helpful": 1}
    assert got["history"][-1]["detail"]["rating"] == "not_helpful"


def test_feedback_on_recommendations_and_queries_is_recorded_for_their_owners(client, store):
    for target in ("recommendation", "query"):
        r = client.post("/api/v1/feedback", json={"target": target, "id": "42", "rating": "helpful"},
                        headers=auth("tok-acme-bob"))
        assert r.status_code == 201
    rows = store.query("SELECT target, target_id, user_id, org_id FROM feedback ORDER BY target")
    assert rows == [
        {"target": "query", "target_id": "42", "user_id": "bob", "org_id": "acme"},
        {"target": "recommendation", "target_id": "42", "user_id": "bob", "org_id": "acme"},
    ]


def test_helpful_feedback_lifts_a_case_above_an_equally_similar_one(client):
    a = post_case(client, case("nginx returns 502 on shop-web-1", "systemctl restart php-fpm", cause="php-fpm hung"))
    b = post_case(client, case("nginx returns 502 on shop-web-2", "systemctl restart php-fpm", cause="php-fpm hung"))
    order = [m["case_id"] for m in match(client, "nginx 502 errors on shop-web-3")]
    loser = order[1]
    assert set(order[:2]) == {a, b}
    for i in range(3):
        client.post("/api/v1/feedback", json={"target": "case", "id": loser, "rating": "helpful", "event_id": f"e{i}"},
                    headers=auth("tok-acme"))
        client.post(f"/api/v1/cases/{loser}/outcome", json={"status": "resolved", "time_to_resolution_seconds": 60},
                    headers=auth("tok-acme"))
    assert match(client, "nginx 502 errors on shop-web-3")[0]["case_id"] == loser


def test_another_orgs_cases_are_invisible(client):
    cid = post_case(client, case("high CPU on server-01", "pkill -f cleanup.py", cause="runaway script"))
    assert client.get(f"/api/v1/cases/{cid}", headers=auth("tok-globex")).status_code == 404
    assert client.get("/api/v1/cases/case-doesnotexist", headers=auth("tok-acme")).status_code == 404
    assert match(client, "high CPU on server-01", token="tok-globex-carol") == []
    r = client.post(f"/api/v1/cases/{cid}/outcome", json={"status": "resolved"}, headers=auth("tok-globex"))
    assert r.status_code == 404
    r = client.post("/api/v1/feedback", json={"target": "case", "id": cid, "rating": "helpful"}, headers=auth("tok-globex"))
    assert r.status_code == 404
    assert client.get(f"/api/v1/cases/{cid}", headers=auth("tok-global")).status_code == 403


def test_user_token_cannot_act_for_someone_else(client):
    body = case("high CPU on server-01", "pkill -f cleanup.py", cause="runaway script", author="bob")
    r = client.post("/api/v1/cases", json=body, headers=auth("tok-acme-alice"))
    assert r.status_code == 403


def test_match_names_the_session_so_its_use_of_a_case_is_counted(client, store):
    post_case(client, case("high CPU on server-01", "pkill -f cleanup.py", cause="runaway script"))
    match(client, "high CPU on server-02", session_id="ses-9")
    assert store.scalar("SELECT COUNT(*) AS n FROM case_uses WHERE session_id = 'ses-9' AND kind = 'suggested'") == 1

