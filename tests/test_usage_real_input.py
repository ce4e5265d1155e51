"""Usage patterns on input as people write it, over the API, on SQLite and PostgreSQL.

One defect of issue 16 per test: a habit asked in different words about different services is one
habit; small talk is never a question; no evidence is ``unknown``; templates slot the org's names;
each org's own time zone (across a DST change); the audit log's own fields are kept; a rating
without a target reaches its answer; a second pass embeds nothing again. The log is small and
written here by hand (words the product's code does not contain).
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from exporter.app import create_app
from exporter.config import Settings
from exporter.store import from_json, migrate, open_store
from exporter.text import embeddings
from exporter.usage import stage
from tests.conftest import TOKENS, auth, backend_url

BERLIN = ZoneInfo("Europe/Berlin")
#: Eight Mondays from 2 March 2026: Berlin moves from CET to CEST on 29 March.
FIRST_MONDAY = datetime(2026, 3, 2, tzinfo=BERLIN)
NOW = (FIRST_MONDAY + timedelta(weeks=8)).astimezone(UTC)
HABIT_WORDS = [
    "how snappy is {s} this morning",
    "{s} response time since 8am",
    "is {s} sluggish today",
    "p90 of {s} requests in the last hour",
]
OTHER = {
    "disk": ["storage left on {h}", "is {h} low on disk space"],
    "certs": ["when will the {s} certificate expire", "{s} tls expiry"],
    "deploys": ["what was deployed to {s} today", "latest release of {s}"],
    "queues": ["backlog of {q} right now", "is {q} backing up"],
}
SERVICES = ["pricing", "reporting", "ledger", "basket"]
HOSTS = ["node-a1", "node-b2"]
QUEUES = ["mail-out", "thumbs"]
SMALL_TALK = ["ok that worked", "thanks, that fixed it", "tl;dr", "cheers!", "explain more"]


def _fill(rng: random.Random, words: str) -> str:
    return words.format(s=rng.choice(SERVICES), h=rng.choice(HOSTS), q=rng.choice(QUEUES))


def _log(seed: int = 3) -> list[dict]:
    """alice: latency every Monday ~09:00 Berlin, in four wordings and four services; both people ask
    other things on weekdays; small talk after answers; ratings without a target."""
    rng = random.Random(seed)
    events: list[dict] = []

    def session(user: str, at: datetime, text: str) -> None:
        sid = f"s{len(events)}"
        base = {"user": user, "session_id": sid, "session_type": "general"}
        t = at.astimezone(UTC)
        events.append({**base, "id": f"e{len(events)}", "timestamp": t.isoformat(), "kind": "user_query", "text": text})
        events.append({**base, "id": f"e{len(events)}", "timestamp": (t + timedelta(seconds=1)).isoformat(),
                       "kind": "llm_request", "model": "m-one", "prompt_tokens": 812})
        events.append({**base, "id": f"e{len(events)}", "timestamp": (t + timedelta(seconds=4)).isoformat(),
                       "kind": "llm_response", "text": "answer " * 30, "execution_time_ms": 3100,
                       "output_tokens": 240, "ref_id": "r-1"})
        if rng.random() < 0.3:
            events.append({**base, "id": f"e{len(events)}", "timestamp": (t + timedelta(seconds=30)).isoformat(),
                           "kind": "user_query", "text": rng.choice(SMALL_TALK)})

    for day in range(56):
        date = FIRST_MONDAY + timedelta(days=day)
        if date.weekday() >= 5:
            continue
        if date.weekday() == 0:
            session("alice", date.replace(hour=9, minute=rng.randint(0, 10)), _fill(rng, rng.choice(HABIT_WORDS)))
        for user in ("alice", "bob"):
            for _ in range(3):
                subject = rng.choice(list(OTHER))
                at = date.replace(hour=rng.randint(10, 17), minute=rng.randint(0, 59))
                session(user, at, _fill(rng, rng.choice(OTHER[subject])))
    return events


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def learned_app(request, tmp_path_factory):
    """The log ingested with Berlin as the org's zone, the org's alert labels, and one pass (once per backend)."""
    with backend_url(request.param, tmp_path_factory.mktemp("usage_real")) as url:
        migrate(url)
        store = open_store(url)
        app = create_app(Settings(database_url=url, tokens=json.dumps(TOKENS)), store=store)
        _learn(app, app.test_client())
        yield app, store
        app.extensions["learning"].stop()
        store.close()


@pytest.fixture
def learned(learned_app):
    return learned_app[0].extensions["learning"]


@pytest.fixture
def learned_store(learned_app):
    return learned_app[1]


@pytest.fixture
def learned_client(learned_app):
    return learned_app[0].test_client()


def _learn(app, client):
    r = client.put("/api/v1/org/settings/timezone", json={"timezone": "Europe/Berlin"}, headers=auth("tok-acme-admin"))
    assert r.status_code == 200, r.json
    alerts = [{"status": "firing", "labels": {"alertname": "Slow", "service": s}, "fingerprint": f"f{i}",
               "startsAt": "2026-03-01T00:00:00Z"} for i, s in enumerate(SERVICES[:3])]
    r = client.post("/api/v1/alertmanager", json={"version": "4", "status": "firing", "alerts": alerts},
                    headers=auth("tok-acme"))
    assert r.status_code == 200, r.json
    events = _log()
    for i in range(0, len(events), 500):
        r = client.post("/api/v1/events", json=events[i : i + 500], headers=auth("tok-acme"))
        assert r.status_code in (200, 201), r.json
    stage.run(app.extensions["learning"], NOW.timestamp())


def _patterns(store, type_: str, user: str | None = None) -> list[dict]:
    rows = store.query("SELECT user_id, pattern_key, data, evidence FROM learned_patterns WHERE type = :t", {"t": type_})
    return [{**r, "data": from_json(r["data"], {}), "evidence": from_json(r["evidence"], {})} for r in rows
            if user is None or r["user_id"] == user]


def test_a_habit_in_varied_words_about_varied_services_is_one_habit_in_the_orgs_zone(learned_store):
    habits = [h for h in _patterns(learned_store, "habit", "alice") if h["data"]["kind"] == "weekly"]
    assert len(habits) == 1, habits
    h = habits[0]["data"]
    assert h["weekday"] == 0 and h["timezone"] == "Europe/Berlin"
    assert h["typical_time"].startswith("09:"), "09:00 in Berlin on both sides of the DST change, not 08:xx UTC"
    assert "Monday" in h["description"]
    assert habits[0]["evidence"]["weeks_hit"] >= 7
    assert not [h for h in _patterns(learned_store, "habit", "bob") if h["data"]["kind"] == "weekly"]


def test_small_talk_is_never_a_question_a_subject_a_habit_or_a_gap(learned_store):
    talk = {t.lower() for t in SMALL_TALK} | {"ok that worked", "thanks that fixed it", "tl dr", "cheers"}
    top = [q for p in _patterns(learned_store, "frequent") for q in p["data"]["questions"]]
    assert top and not [q for q in top if q["template"] in talk or q["example"].lower() in talk]
    labels = [p["data"]["label"] for p in _patterns(learned_store, "subject")] + [
        p["data"]["subject"] for p in _patterns(learned_store, "habit") + _patterns(learned_store, "knowledge_gap")
    ]
    assert not [x for x in labels if x.lower() in talk]


def test_templates_slot_the_orgs_service_names_and_todays_range(learned_store):
    org_top = next(p for p in _patterns(learned_store, "frequent") if p["user_id"] == "")
    templates = {q["template"]: q["count"] for q in org_top["data"]["questions"]}
    assert "what was deployed to {service} {range}" in templates
    # "basket" is in no alert label: learned from the questions, where it stands where known names stand
    assert not [t for t in templates if "pricing" in t or "reporting" in t or "basket" in t]


def test_no_evidence_reads_unknown_with_the_reason_over_the_api(learned_client):
    r = learned_client.get("/api/v1/users/me/profile", headers=auth("tok-acme-bob"))
    assert r.status_code == 200, r.json
    body = r.json
    assert body["expertise"]["value"] == "unknown" and body["expertise"]["evidence"]["reason"]
    assert body["detail_level"]["value"] == "unknown"
    assert "thresholds" in body["expertise"]["evidence"]


def test_a_second_pass_embeds_no_question_again(learned, monkeypatch):
    embedded: list[str] = []
    real = embeddings.embed

    def counting(texts, batch_size=64):
        embedded.extend(texts)
        return real(texts, batch_size)

    monkeypatch.setattr(embeddings, "embed", counting)
    stage.run(learned, NOW.timestamp())
    assert embedded == []


def test_audit_log_fields_the_reader_does_not_know_are_kept_redacted_not_refused(client, store):
    ev = {"id": "x1", "timestamp": "2026-03-02T09:00:00Z", "user": "alice", "session_id": "s", "session_type": "general",
          "kind": "llm_response", "text": "fine", "execution_time_ms": 1200, "prompt_tokens": 10, "output_tokens": 5,
          "action_type": "answer", "url": "https://helper.example/x", "ref_id": "r9",
          "vendor_trace": {"span": "abc"}, "api_key_used": "password=hunter2secret"}
    r = client.post("/api/v1/events", json=[ev], headers=auth("tok-acme"))
    assert r.status_code == 201, r.json
    data = from_json(store.scalar("SELECT data FROM audit_events WHERE event_id = 'x1'"), {})
    assert data["execution_time_ms"] == 1200 and data["output_tokens"] == 5 and data["ref_id"] == "r9"
    assert data["extra"]["vendor_trace"] == {"span": "abc"}
    assert "hunter2secret" not in str(data)
    huge = {**ev, "id": "x2", "blob": "y" * 40000}
    r = client.post("/api/v1/events", json=[huge], headers=auth("tok-acme"))
    assert r.status_code == 400 and "extra" in str(r.json)


def test_a_rating_without_a_target_attaches_to_the_answer_it_follows(client, store):
    base = {"user": "alice", "session_id": "s-fb", "session_type": "general"}
    batch = [
        {**base, "id": "q1", "timestamp": "2026-03-02T09:00:00Z", "kind": "user_query", "text": "disk on node-a1"},
        {**base, "id": "a1", "timestamp": "2026-03-02T09:00:05Z", "kind": "llm_response", "text": "80%"},
        {**base, "id": "a2", "timestamp": "2026-03-02T09:01:05Z", "kind": "llm_response", "text": "90%"},
        {**base, "id": "f1", "timestamp": "2026-03-02T09:01:30Z", "kind": "feedback", "rating": "not_helpful"},
    ]
    assert client.post("/api/v1/events", json=batch, headers=auth("tok-acme")).status_code == 201
    assert store.scalar("SELECT target_id FROM feedback WHERE event_id = 'f1'") == "a2"


def test_the_orgs_time_zone_is_validated_and_kept_with_its_privacy_settings(client):
    admin = auth("tok-acme-admin")
    r = client.put("/api/v1/org/settings/timezone", json={"timezone": "Mars/Olympus"}, headers=admin)
    assert r.status_code == 400 and "IANA" in str(r.json)
    r = client.put("/api/v1/org/settings/timezone", json={"timezone": "../../etc/passwd"}, headers=admin)
    assert r.status_code == 400
    r = client.put("/api/v1/org/settings/timezone", json={"timezone": "Asia/Tokyo",
                                                          "user_timezones": {"bob": "America/New_York"}}, headers=admin)
    assert r.status_code == 200
    assert client.put("/api/v1/org/settings/timezone", json={"timezone": "UTC"},
                      headers=auth("tok-acme-bob")).status_code == 403
    r = client.get("/api/v1/org/privacy", headers=admin)
    assert r.json["timezone"] == "Asia/Tokyo" and r.json["user_timezones"] == {"bob": "America/New_York"}
    r = client.put("/api/v1/org/privacy", json={**{k: v for k, v in r.json.items() if k != "updated_at"},
                                                "timezone": "Nowhere/Else"}, headers=admin)
    assert r.status_code == 400
