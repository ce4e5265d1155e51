"""The demo's users, as the usage-pattern pass sees them, over the API and in /metrics, on SQLite and PostgreSQL.

The demo is loaded once per backend with the clock on a Monday at 08:15, so the planted Monday
09:00 habit of u-acme-01 is due within the hour and its recommendation is out; only the usage
capability's follow-up runs (the others are tested with their own capabilities).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from prometheus_client import generate_latest

from exporter.app import create_app
from exporter.config import Settings
from exporter.demo import PLANTED, load_demo
from exporter.ingest.writer import insert_queries
from exporter.store import migrate, open_store
from exporter.usage import repo, stage
from tests.conftest import backend_url

HABIT = PLANTED["habits"]["monday_alerts"]
TOKENS = {
    "svc-acme": {"org": "acme", "role": "service"},
    "habit-user": {"org": "acme", "user": HABIT["user"], "role": "user"},
    "claude-user": {"org": "acme", "user": "u-acme-02", "role": "user"},
    "svc-globex": {"org": "globex", "role": "service"},
    "globex-user": {"org": "globex", "user": "u-globex-01", "role": "user"},
}


def _next_monday_morning() -> datetime:
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    return (now + timedelta(days=(0 - now.weekday()) % 7 or 7)).replace(hour=8, minute=15)


NOW = _next_monday_morning()


def h(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(request, tmp_path_factory):
    with backend_url(request.param, tmp_path_factory.mktemp("usage")) as url:
        migrate(url)
        store = open_store(url)
        app = create_app(Settings(database_url=url, tokens=json.dumps(TOKENS)), store=store)
        svc = app.extensions["learning"]
        svc.after_demo_load[:] = [hook for hook in svc.after_demo_load if hook.__module__.startswith("exporter.usage")]
        svc.query_recorder = insert_queries  # the query memory's recorder embeds every query: not needed here
        load_demo(svc, NOW)
        yield app
        store.close()


def patterns(client, token: str, kind: str) -> list[dict]:
    r = client.get(f"/api/v1/patterns?type={kind}", headers=h(token))
    assert r.status_code == 200, r.json
    return r.json["patterns"]


def test_top_questions_count_differently_worded_hosts_and_ranges_together(demo):
    client = demo.test_client()
    [top] = patterns(client, "svc-acme", "frequent")
    questions = top["data"]["questions"]
    assert 1 < len(questions) <= 10
    assert questions == sorted(questions, key=lambda q: -q["count"])
    templates = [q["template"] for q in questions]
    assert any("{host}" in t and "{range}" in t for t in templates), templates
    assert all(q["trend"] in ("rising", "steady", "falling") for q in questions)


def test_paraphrases_fall_in_one_intent_cluster_and_other_intents_in_another(demo):
    client = demo.test_client()
    clusters = patterns(client, "svc-acme", "cluster")
    assert len(clusters) >= 5
    assert all(c["data"]["label"] and c["data"]["size"] > 0 for c in clusters)
    same, other = PLANTED["questions"]["critical_alerts_24h"][:2], PLANTED["questions"]["disk_space"][0]
    r = client.post("/api/v1/patterns/clusters/assign", json={"questions": [*same, other]}, headers=h("svc-acme"))
    assert r.status_code == 200, r.json
    a, b, c = (x["cluster"] for x in r.json["assignments"])
    assert a is not None and a == b
    assert c != a


def test_the_monday_habit_is_its_users_and_nobody_elses(demo):
    client = demo.test_client()
    mine = [p for p in patterns(client, "habit-user", "habit") if p["scope"] == "user"]
    assert len(mine) == 1
    assert "on Mondays around 09:" in mine[0]["data"]["description"]
    detail = client.get(f"/api/v1/patterns/{mine[0]['id']}", headers=h("habit-user"))
    assert detail.status_code == 200 and detail.json["evidence"]
    for other in ("claude-user", "svc-acme", "globex-user"):
        assert all(p["scope"] != "user" for p in patterns(client, other, "habit"))
    # the pattern itself: 404 to another user, the same body as for an id that does not exist
    theirs = client.get(f"/api/v1/patterns/{mine[0]['id']}", headers=h("claude-user"))
    missing = client.get("/api/v1/patterns/999999999", headers=h("claude-user"))
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json == missing.json


def test_a_habit_recommendation_is_out_shortly_before_the_habit_is_due(demo):
    client = demo.test_client()
    r = client.get("/api/v1/recommendations?kind=habit", headers=h("habit-user"))
    assert r.status_code == 200, r.json
    assert len(r.json["recommendations"]) == 1
    assert "Monday" in r.json["recommendations"][0]["text"]
    assert client.get("/api/v1/recommendations?kind=habit", headers=h("claude-user")).json["recommendations"] == []


def test_a_users_profile_shows_their_planted_model_preference_with_evidence(demo):
    client = demo.test_client()
    profile = client.get("/api/v1/users/me/profile", headers=h("claude-user")).json
    model = profile["preferences"]["model"]
    assert model["value"] == PLANTED["preferences"]["u-acme-02"]["model"]
    assert model["confidence"] > 0.8 and model["evidence"]["count"] > 0
    # the demo plants no expertise: the profile says so, with the reason, instead of guessing a level
    expertise = profile["expertise"]
    assert expertise["value"] in ("unknown", "beginner", "advanced")
    assert expertise["value"] != "unknown" or expertise["evidence"]["reason"]


def test_a_user_reads_only_their_own_profile(demo):
    client = demo.test_client()
    r = client.get("/api/v1/users/me/profile?user=u-acme-02", headers=h("habit-user"))
    assert r.status_code == 403
    assert "u-acme-02" not in r.get_data(as_text=True)
    # the AI helper's service token asks for the person it acts for; another org's token finds nothing
    assert client.get("/api/v1/users/me/profile?user=u-acme-02", headers=h("svc-acme")).json["preferences"]
    assert client.get("/api/v1/users/me/profile?user=u-acme-02", headers=h("svc-globex")).json["preferences"] == {}


def test_the_planted_knowledge_gap_offers_the_three_remedies(demo):
    client = demo.test_client()
    [gap] = patterns(client, "svc-globex", "knowledge_gap")
    assert gap["data"]["options"] == ["write a troubleshooting guide", "add commands to the knowledge base",
                                      "set up proactive monitoring"]
    recs = client.get("/api/v1/recommendations?kind=knowledge_gap", headers=h("svc-globex")).json["recommendations"]
    assert len(recs) == 1 and "503" in recs[0]["text"]
    assert patterns(client, "svc-acme", "knowledge_gap") == []


def test_unknown_pattern_type_is_rejected_naming_the_field(demo):
    r = demo.test_client().get("/api/v1/patterns?type=horoscope", headers=h("svc-acme"))
    assert r.status_code == 400
    assert r.json["errors"][0]["field"] == "type"


def test_feedback_on_a_gap_recommendation_lowers_its_patterns_confidence_on_the_next_pass(demo):
    client = demo.test_client()
    [gap] = patterns(client, "svc-globex", "knowledge_gap")
    [rec] = client.get("/api/v1/recommendations?kind=knowledge_gap", headers=h("svc-globex")).json["recommendations"]
    r = client.post("/api/v1/feedback", json={"target": "recommendation", "id": rec["id"], "rating": "not_helpful"},
                    headers=h("svc-globex"))
    assert r.status_code in (200, 201), r.json
    stage.run(demo.extensions["learning"], NOW.timestamp())
    [after] = patterns(client, "svc-globex", "knowledge_gap")
    assert after["data"]["feedback_adjustment"] < 0
    assert after["confidence"] < gap["confidence"]


def test_opted_out_user_leaves_org_patterns_but_keeps_their_own(demo):
    client, svc = demo.test_client(), demo.extensions["learning"]

    def detail(token: str, scope: str, kind: str) -> dict:
        [p] = [p for p in patterns(client, token, kind) if p["scope"] == scope]
        return client.get(f"/api/v1/patterns/{p['id']}", headers=h(token)).json

    own = detail("habit-user", "user", "frequent")["evidence"]["questions_in_window"]
    org_before = detail("svc-acme", "org", "frequent")["evidence"]["questions_in_window"]
    assert own > 0
    r = client.put("/api/v1/users/me/preferences", json={"contribute": False}, headers=h("habit-user"))
    assert r.status_code == 200, r.json
    try:
        stage.run(svc, NOW.timestamp())
        assert detail("svc-acme", "org", "frequent")["evidence"]["questions_in_window"] == org_before - own
        assert detail("habit-user", "user", "frequent")["evidence"]["questions_in_window"] == own
        assert [p for p in patterns(client, "habit-user", "habit") if p["scope"] == "user"]
    finally:
        client.put("/api/v1/users/me/preferences", json={"contribute": True}, headers=h("habit-user"))
        stage.run(svc, NOW.timestamp())


def test_a_pattern_read_counts_as_a_use(demo):
    client = demo.test_client()
    [p] = [p for p in patterns(client, "habit-user", "habit") if p["scope"] == "user"]
    client.get(f"/api/v1/patterns/{p['id']}", headers=h("habit-user"))
    [after] = [q for q in patterns(client, "habit-user", "habit") if q["id"] == p["id"]]
    assert after["usage_count"] == p["usage_count"] + 1
    assert after["last_used"] is not None


def test_a_pattern_not_found_again_decays_and_expires(demo):
    store, now = demo.extensions["learning"].store, NOW.timestamp()
    found = stage.Pattern(org_id="lifecycle", type="frequent", key="top10", data={}, evidence={}, confidence=0.9)
    gone = stage.Pattern(org_id="lifecycle", type="habit", key="weekly:x", data={}, evidence={}, confidence=0.9)
    with store.transaction() as conn:
        repo.upsert(conn, [found], now - 10 * 86400)
        repo.upsert(conn, [gone], now - 31 * 86400)
        moved = repo.age_out(conn, "lifecycle", now, now)
        rows = conn.query("SELECT type, confidence FROM learned_patterns WHERE org_id = 'lifecycle'")
    assert moved == {"expired": 1, "decayed": 1}
    [(kind, conf)] = [(r["type"], r["confidence"]) for r in rows]
    assert kind == "frequent" and conf == pytest.approx(0.9 * (1 - 10 / 30), abs=1e-3)


def test_usage_figures_are_metrics_with_bounded_labels(demo):
    svc = demo.extensions["learning"]
    svc.snapshot.refresh()
    text = generate_latest(demo.extensions["learning_registry"]).decode()
    values = {line.split(" ")[0]: float(line.split(" ")[1]) for line in text.splitlines()
              if line and not line.startswith("#")}
    assert values["aihelper_intent_clusters"] >= 5
    assert 0 <= values["aihelper_intent_cluster_noise_ratio"] < 0.5
    assert values["aihelper_knowledge_gaps_open"] >= 1
    assert values['aihelper_patterns{confidence_band="high",type="habit"}'] >= 1
    assert values['aihelper_success_target_ratio{metric="helpful_feedback"}'] == 0.8
    assert 0 < values["aihelper_success_helpful_feedback_ratio"] < 1
    assert "u-acme" not in text and "u-globex" not in text
