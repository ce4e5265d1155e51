"""The demo's planted Friday peak, Monday spike and level shift come out of the learning pass as
recommendations over the API, as metrics and as Grafana annotations, on SQLite and PostgreSQL.

The demo is loaded once per backend with the clock on a Thursday afternoon, so the Friday 15:00
peak is within the 24 h lead time; that Thursday is the next one to come, so nothing has expired
by the wall clock the API filters on.
"""

from __future__ import annotations

import json
import subprocess
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from prometheus_client.parser import text_string_to_metric_families

from exporter.app import create_app
from exporter.config import Settings
from exporter.demo import PLANTED, load_demo
from exporter.ingest.writer import insert_queries
from exporter.jobs import run_learning
from exporter.learning.grafana import deliver_pending, grafana_api
from exporter.store import from_json, migrate, open_store
from tests.conftest import TOKENS, auth, backend_url, require_tool


def _next_thursday_afternoon() -> datetime:
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    days = (3 - now.weekday()) % 7 or 7
    return (now + timedelta(days=days)).replace(hour=17)


NOW = _next_thursday_afternoon()
FRIDAY_GROUP = "/".join(PLANTED["friday_peak"]["group"][k] for k in ("alertname", "severity", "service"))
SHIFT_GROUP = "/".join(PLANTED["level_shift"]["group"][k] for k in ("alertname", "severity", "service"))
MONDAY_GROUPS = {"/".join(g[k] for k in ("alertname", "severity", "service")) for g in PLANTED["monday_spike"]["groups"]}


class FakeGrafana(BaseHTTPRequestHandler):
    """Accepts POST /api/annotations the way Grafana documents it: JSON body, answers {"id": n}."""

    received: list[dict] = []

    def do_POST(self):  # noqa: N802 - http.server's naming
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if self.path != "/api/annotations" or "time" not in body or "text" not in body:
            self.send_response(400)
            self.end_headers()
            return
        FakeGrafana.received.append(body)
        answer = json.dumps({"id": len(FakeGrafana.received), "message": "Annotation added"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def grafana():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeGrafana)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def learned(request, tmp_path_factory, grafana):
    """An app whose store holds the demo and one learning pass over it, at NOW."""
    with backend_url(request.param, tmp_path_factory.mktemp("learn")) as url:
        migrate(url)
        store = open_store(url)
        settings = Settings(database_url=url, tokens=json.dumps(TOKENS), grafana_url=grafana)
        app = create_app(settings, store=store)
        svc = app.extensions["learning"]
        # Only this capability's pass: the other capabilities' demo follow-ups, stages and query
        # recorder (which embeds every query) are tested with them and would triple the setup time.
        svc.after_demo_load[:] = []
        svc.learning_stages[:] = [s for s in svc.learning_stages if s[0] == "alert_signals"]
        svc.query_recorder = insert_queries
        load_demo(svc, now=NOW)
        assert run_learning(svc, NOW.timestamp())["result"] == "success"
        try:
            yield app
        finally:
            svc.stop()
            store.close()


def _recs(client, token="tok-acme", **filters):
    res = client.get("/api/v1/recommendations", query_string=filters, headers=auth(token))
    assert res.status_code == 200, res.get_json()
    return res.get_json()["recommendations"]


def test_friday_reports_peak_is_predicted_the_day_before_with_its_recorded_cause(learned):
    recs = _recs(learned.test_client(), kind="predictive", group=FRIDAY_GROUP)
    assert len(recs) == 1
    rec = recs[0]
    friday = (NOW + timedelta(days=1)).replace(hour=PLANTED["friday_peak"]["hour"])
    assert rec["evidence"]["next_occurrence"] == friday.timestamp()
    assert "Fridays 15:00–16:00" in rec["text"]
    assert "weekly reports job" in rec["text"], "the alerts' distinctive annotation names the cause"
    assert rec["expires_at"] == friday.timestamp() + 3600


def test_monday_morning_spike_is_a_spike_naming_the_most_similar_earlier_spike(learned):
    # The pass learns the planted Monday bursts as multi-group spikes, and nothing else as one.
    # A burst that recurs every Monday grows less surprising against each group's own history
    # (the detector is self-calibrating), so not every Monday is called; most are.
    store = learned.extensions["learning"].store
    spikes = [from_json(r["data"], {}) for r in store.query("SELECT data FROM learned_patterns WHERE type = 'spike'")]
    mondays = {}
    for sp in spikes:
        start = datetime.fromtimestamp(sp["incident_start"], UTC)
        assert start.weekday() == 0 and start.hour in (7, *PLANTED["monday_spike"]["hours"]), sp
        assert set(sp["incident_groups"]) <= MONDAY_GROUPS, "no spike for unplanted groups"
        mondays.setdefault(start.date(), set()).update(sp["incident_groups"])
    assert len(mondays) >= 3 and all(len(g) >= 2 for g in mondays.values()), mondays
    recs = _recs(learned.test_client(), kind="spike")
    assert {r["group"] for r in recs} <= MONDAY_GROUPS, "no spike recommendation for unplanted groups"
    for rec in recs:
        start = datetime.fromtimestamp(rec["evidence"]["start"], UTC)
        # An episode extends over a raised neighbouring hour: one stray alert at 07:00 joins it.
        assert start.weekday() == 0 and start.hour in (7, *PLANTED["monday_spike"]["hours"])
        similar = rec["evidence"]["similar"]
        earlier = datetime.fromtimestamp(similar["start"], UTC)
        assert earlier.weekday() == 0 and earlier < start
        assert "Most similar earlier spike: Mon" in rec["text"]


def test_level_shift_is_a_change_point_recommendation_near_the_deploy(learned):
    recs = _recs(learned.test_client(), kind="change_point")
    assert [r["group"] for r in recs] == [SHIFT_GROUP]
    ev = recs[0]["evidence"]
    deploy = NOW - PLANTED["level_shift"]["starts_before_now"]
    assert abs(ev["time"] - deploy.timestamp()) <= 2 * 86400
    assert 1.5 <= ev["level_after_per_hour"] / ev["level_before_per_hour"] <= 3.5


def test_learned_figures_are_metrics_that_pass_promtool(learned):
    text = learned.test_client().get("/metrics").get_data(as_text=True)
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }

    def value(name, **labels):
        return samples.get((f"aihelper_{name}", tuple(sorted(labels.items()))))

    friday = (NOW + timedelta(days=1)).replace(hour=15).timestamp()
    assert value("seasonal_peak_expected", group=FRIDAY_GROUP) == 1
    assert value("seasonal_peak_next_timestamp_seconds", group=FRIDAY_GROUP) == friday
    deploy = (NOW - PLANTED["level_shift"]["starts_before_now"]).timestamp()
    assert abs(value("change_point_last_timestamp_seconds", group=SHIFT_GROUP) - deploy) <= 2 * 86400
    for name in ("alert_rate_per_hour", "alert_baseline_per_hour", "alert_rate_ratio", "alert_anomaly_score"):
        assert value(name, group=FRIDAY_GROUP) is not None, name
    assert 0 <= value("alert_anomaly_score", group=FRIDAY_GROUP) < 1
    assert value("recommendations_active", kind="predictive") == 1
    assert value("recommendations_active", kind="change_point") == 1
    assert value("recommendations_active", kind="spike") == len(_recs(learned.test_client(), kind="spike"))
    assert value("patterns", type="seasonal_peak", confidence_band="high") >= 1
    # Only the notice family names an org (a notice must be routable per org), one series per
    # active recommendation; every other family stays org-free.
    notice = "aihelper_recommendation_created_timestamp_seconds"
    assert not any(v in ("acme", "globex") for (name, labels) in samples if name != notice for _, v in labels), (
        "no org in any other label"
    )
    notices = [dict(labels) for name, labels in samples if name == notice]
    assert {n["kind"] for n in notices} >= {"predictive", "spike", "change_point"}
    assert all(n["org"] in ("acme", "globex") and n["recommendation_id"].startswith("rec_") for n in notices)
    check = subprocess.run([require_tool("promtool"), "check", "metrics"], input=text, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_rerun_duplicates_no_recommendation_and_queues_no_annotation_twice(learned):
    svc = learned.extensions["learning"]
    before = svc.store.query("SELECT id, dedupe_key FROM recommendations ORDER BY id")
    queued = svc.store.scalar("SELECT COUNT(*) AS n FROM annotations_sent WHERE org_id = 'acme'")
    kinds = {r["kind"] for r in _recs(learned.test_client())}
    assert queued >= len(kinds) >= 2, "the peak, the shift (and a recent spike, if any) are each annotated"
    assert run_learning(svc, NOW.timestamp())["result"] == "success"
    assert svc.store.query("SELECT id, dedupe_key FROM recommendations ORDER BY id") == before
    assert svc.store.scalar("SELECT COUNT(*) AS n FROM annotations_sent WHERE org_id = 'acme'") == queued


def test_annotation_requests_reach_grafana_tagged_with_a_link_back(learned, grafana):
    svc = learned.extensions["learning"]
    FakeGrafana.received.clear()
    report = deliver_pending(svc.store, grafana_api(grafana, None))
    expected = {f"aihelper:{r['kind']}" for r in _recs(learned.test_client())}
    assert report.sent >= len(expected) >= 2 and report.retry == 0
    kinds = {t for a in FakeGrafana.received for t in a["tags"] if t.startswith("aihelper:")}
    assert kinds == expected and {"aihelper:predictive", "aihelper:change_point"} <= kinds
    peak = next(a for a in FakeGrafana.received if "aihelper:predictive" in a["tags"])
    assert "alertname:DBSlowQueries" in peak["tags"] and peak["timeEnd"] - peak["time"] == 3_600_000
    assert "http://127.0.0.1:3000/ai-helper?context=recommendation%3Arec_" in peak["text"]
    assert deliver_pending(svc.store, grafana_api(grafana, None)).sent == 0, "sent once"


def test_group_insights_show_baseline_peaks_and_change_points(learned):
    client = learned.test_client()
    res = client.get(f"/api/v1/insights/{FRIDAY_GROUP}", headers=auth("tok-acme-alice"))
    assert res.status_code == 200
    body = res.get_json()
    assert body["baseline_per_hour"] is not None and body["peak_expected"] is True
    assert any(p["weekday"] == 4 and p["start_hour"] == 15 for p in body["seasonal_peaks"])
    shift = client.get(f"/api/v1/insights/{SHIFT_GROUP}", headers=auth("tok-acme")).get_json()
    assert shift["change_points"] and shift["change_points"][-1]["level_after"] > shift["change_points"][-1]["level_before"]


def test_another_org_sees_none_of_it(learned):
    client = learned.test_client()
    assert all(r["group"] not in MONDAY_GROUPS | {FRIDAY_GROUP, SHIFT_GROUP} for r in _recs(client, "tok-globex"))
    assert client.get(f"/api/v1/insights/{FRIDAY_GROUP}", headers=auth("tok-globex")).status_code == 404
    res = client.get("/api/v1/insights/context", query_string={"group": FRIDAY_GROUP}, headers=auth("tok-globex"))
    assert res.status_code == 404
    assert client.get("/api/v1/recommendations", headers=auth("tok-global")).status_code == 403


def test_context_sentence_says_how_far_from_usual_a_value_is(learned):
    client = learned.test_client()
    at = (NOW - timedelta(days=6)).replace(hour=15).isoformat()  # last Friday 15:00
    res = client.get("/api/v1/insights/context", query_string={"group": FRIDAY_GROUP, "value": 30, "at": at},
                     headers=auth("tok-acme"))
    body = res.get_json()
    assert res.status_code == 200, body
    assert body["significant"] and "× the usual" in body["sentence"]
    calm = client.get("/api/v1/insights/context", query_string={"group": FRIDAY_GROUP, "value": 1, "at": at},
                      headers=auth("tok-acme")).get_json()
    assert not calm["significant"]


def test_bad_filters_are_rejected_naming_the_field(learned):
    client = learned.test_client()
    res = client.get("/api/v1/recommendations", query_string={"kind": "nonsense"}, headers=auth("tok-acme"))
    assert res.status_code == 400 and res.get_json()["errors"][0]["field"] == "kind"
    res = client.get("/api/v1/insights/context", query_string={"group": FRIDAY_GROUP, "value": "lots"},
                     headers=auth("tok-acme"))
    assert res.status_code == 400 and res.get_json()["errors"][0]["field"] == "value"


def test_stored_patterns_carry_confidence(learned):
    svc = learned.extensions["learning"]
    row = svc.store.one(
        "SELECT confidence, data FROM learned_patterns WHERE org_id = 'acme' AND type = 'seasonal_peak' "
        "AND pattern_key = :k", {"k": f"{FRIDAY_GROUP}@4:15"},
    )
    assert row is not None and row["confidence"] >= 0.8
    assert from_json(row["data"])["occurrences"] >= 3
