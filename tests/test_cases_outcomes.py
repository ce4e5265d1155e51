"""Issue 17's defects, each through the API: quality from outcomes that happened, honest scores, sizes not plausibility."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.conftest import auth
from tests.test_cases_api import case, match, post_case


def outcome(client, cid, status, seconds=None):
    body = {"status": status, **({"time_to_resolution_seconds": seconds} if seconds is not None else {})}
    r = client.post(f"/api/v1/cases/{cid}/outcome", json=body, headers=auth("tok-acme"))
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def get(client, path):
    return client.get(path, headers=auth("tok-acme"))


def test_a_fix_that_failed_after_it_worked_is_demoted_at_once_and_its_runbook_flagged_stale(client):
    cid = post_case(client, case("queue consumers stuck, lag growing", "systemctl restart consumer",
                                 cause="consumer deadlocked on a poison message"))
    outcome(client, cid, "resolved", 300)
    proven = get(client, f"/api/v1/runbooks/{cid}").get_json()
    assert proven["stale"] is False and "Stale" not in proven["markdown"]
    before = get(client, f"/api/v1/cases/{cid}").get_json()
    result = outcome(client, cid, "not_resolved")
    assert result["demoted"] is True and result["reuse_count"] == 1
    after = get(client, f"/api/v1/cases/{cid}").get_json()
    assert after["confidence"] < before["confidence"] / 1.9
    assert after["stale"] is True and after["quality"]["contradicted"] is True
    book = get(client, f"/api/v1/runbooks/{cid}").get_json()
    assert book["stale"] is True and "> **Stale:** this fix failed on" in book["markdown"]
    outcome(client, cid, "resolved", 200)
    assert get(client, f"/api/v1/runbooks/{cid}").get_json()["stale"] is False


def test_a_case_without_a_fix_never_becomes_a_runbook(client):
    body = case("intermittent 502 from the edge", "x", cause="unknown")
    body["steps"], body["solution"] = [], {}
    cid = post_case(client, body)
    r = client.post("/api/v1/feedback", json={"target": "case", "id": cid, "rating": "helpful"},
                    headers=auth("tok-acme"))
    assert r.status_code == 201
    outcome(client, cid, "resolved", 300)
    assert get(client, f"/api/v1/runbooks/{cid}").status_code == 404


def test_runbook_has_no_empty_sections_no_none_context_and_human_units(client):
    body = case("certificate expired on the ingress", "kubectl -n ingress rollout restart deploy/ingress",
                cause="cert-manager stopped renewing", env="prod")
    body["steps"] = []
    body["outcome"]["time_to_resolution_seconds"] = 1682.8 * 3600
    cid = post_case(client, body)
    outcome(client, cid, "resolved", 1682.8 * 3600)
    md = get(client, f"/api/v1/runbooks/{cid}").get_json()["markdown"]
    assert "## Confirm" not in md and "## Fix\n\nImmediate: `kubectl" in md
    assert "Seen on: environment: prod (1)" in md and "None" not in md
    assert "typical time to resolution: 2 months" in md and "hours" not in md


def test_summary_uses_human_units_for_old_imports(client):
    old = (datetime.now(UTC) - timedelta(weeks=359)).isoformat()
    body = case("mail queue stuck after new year", "Reset-ScanEngineVersion", cause="scan engine date overflow",
                minutes=1682.8 * 60, occurred_at=old)
    post_case(client, body)
    [m] = match(client, "mail queue stuck after new year")
    assert m["summary"].startswith("Similar case 6 years ago:") and m["summary"].endswith("fixed in 2 months")


def test_an_unresolved_case_does_not_outrank_a_fixed_one_on_the_same_problem(client):
    text = "orders api returns 503 after the deploy, upstream connect error"
    unresolved = case(text, "kubectl rollout undo deploy/orders", cause="bad release")
    unresolved["outcome"] = {"status": "not_resolved"}
    post_case(client, unresolved)
    fixed = post_case(client, case(text, "kubectl rollout undo deploy/orders", cause="bad release", minutes=180))
    found = match(client, text)
    assert found[0]["case_id"] == fixed


def test_three_shared_everyday_words_do_not_make_a_strong_lexical_match(client):
    post_case(client, case("Fix spotbugs warnings after upgrade", "mvn spotbugs:check",
                           cause="new spotbugs rules: warnings exceeded the limit, build out of date"))
    right = post_case(client, case("HDFS master node heap exhausted: java.lang.OutOfMemoryError, GC overhead",
                                   "raise HADOOP_NAMENODE_OPTS -Xmx", cause="too many small files for the heap"))
    post_case(client, case("disk full on logs-01", "journalctl --vacuum-size=2G", cause="journal too big"))
    found = match(client, "NameNode out of memory, GC overhead limit exceeded")
    assert found[0]["case_id"] == right
    weak = [m for m in found if m["case_id"] != right]
    assert all(m["why"]["lexical_coverage"] < 0.5 and m["match_score"] < found[0]["match_score"] for m in weak)


def test_a_two_year_old_import_still_matches_an_exact_copy_and_is_not_worthless(client):
    old = (datetime.now(UTC) - timedelta(days=730)).isoformat()
    cid = post_case(client, case("Redis MISCONF: can't save in background, fork: Cannot allocate memory",
                                 "sysctl vm.overcommit_memory=1", cause="overcommit disabled", occurred_at=old))
    got = get(client, f"/api/v1/cases/{cid}").get_json()
    assert got["confidence"] > 0.35
    found = match(client, "Redis MISCONF: can't save in background, fork: Cannot allocate memory")
    assert found[0]["case_id"] == cid


def test_confidence_has_one_meaning_the_match_ranks_by_match_score(client):
    cid = post_case(client, case("high CPU on server-01", "pkill -f runaway.py", cause="a runaway Python script"))
    [m] = match(client, "high CPU on server-07")
    assert "confidence" not in m and 0 < m["match_score"] <= 1
    got = get(client, f"/api/v1/cases/{cid}").get_json()
    assert abs(m["why"]["case_quality"] - got["confidence"]) < 1e-3 and got["confidence"] == got["quality"]["score"]


def test_why_names_the_matching_passage_and_identifiers_before_rare_filler(client):
    body = case("checkout cannot reach the payment gateway", "restart pgbouncer", cause="pgbouncer crashed",
                output="connect ECONNREFUSED 10.0.0.7:6432 yesterday")
    post_case(client, body)
    post_case(client, case("checkout slow", "scale up", cause="load"))
    [m, *_] = match(client, "checkout fails: connect ECONNREFUSED since yesterday")
    assert m["why"]["shared_terms"][0] == "econnrefused"
    fields = [p["field"] for p in m["why"]["passages"]]
    assert fields[0] == "output of `top -b -n1`" and "ECONNREFUSED" in m["why"]["passages"][0]["text"]


def test_long_incidents_and_long_reports_are_accepted_and_sizes_are_capped_in_bytes(client):
    body = case("slow replication " + "x" * 20_000, "resync replica", cause="lag", minutes=200 * 24 * 60)
    cid = post_case(client, body)
    assert outcome(client, cid, "resolved", 200 * 86400)["reuse_count"] == 1
    too_big = case("é" * 40_000, "fix", cause="c")  # 40k characters, 80 KB in UTF-8
    r = client.post("/api/v1/cases", json=too_big, headers=auth("tok-acme"))
    assert r.status_code == 400
    [err] = r.get_json()["errors"]
    assert err["field"] == "problem.statement" and "bytes" in err["message"]
    r = client.post("/api/v1/cases/match", json={"problem": "é" * 40_000}, headers=auth("tok-acme"))
    assert r.status_code == 400
    assert get(client, f"/api/v1/cases/{cid}").status_code == 200


def test_the_reports_headline_weighs_more_than_the_background_told_after_it(client):
    """On call, people write what they see first and then what the service does; the second part can
    share more words with an unrelated case than the first part shares with the right one."""
    right = post_case(client, case("worker pods OOMKilled, exit code 137, restarting every hour",
                                   "raise the memory limit to 2Gi", cause="memory limit too low for the batch size"))
    post_case(client, case("nightly billing export to S3 is late: the finance team gets the CSV report hours "
                           "after the usual time", "split the export by month", cause="export runs single-threaded"))
    found = match(client, "Worker pods keep getting OOMKilled with exit code 137.\nThey run the nightly billing "
                          "export to S3 that builds the CSV report for the finance team, which now arrives late.")
    assert found[0]["case_id"] == right
    assert found[0]["why"]["headline_coverage"] > found[1]["why"]["headline_coverage"]
