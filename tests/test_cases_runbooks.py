"""Proven cases become Markdown runbooks, grouped by problem and versioned; metrics show the library."""

from __future__ import annotations

import json

from click.testing import CliRunner
from prometheus_client.parser import text_string_to_metric_families

from exporter.cli import main
from tests.conftest import auth
from tests.test_cases_api import case, match, post_case


def prove(client, cid, n=1, minutes=5):
    for _ in range(n):
        r = client.post(f"/api/v1/cases/{cid}/outcome",
                        json={"status": "resolved", "time_to_resolution_seconds": minutes * 60},
                        headers=auth("tok-acme"))
        assert r.status_code == 200


def test_proven_case_is_served_as_a_runbook_and_unproven_is_not(client):
    proven = post_case(client, case("high CPU on server-01", "systemctl restart backup-agent",
                                    cause="backup-agent stuck in a retry loop", host="server-01"))
    other = post_case(client, case("disk full on logs-01", "journalctl --vacuum-size=2G", cause="journal too big"))
    prove(client, proven)
    r = client.get(f"/api/v1/runbooks/{proven}", headers=auth("tok-acme"))
    assert r.status_code == 200
    book = r.get_json()
    assert book["id"] == "backup-agent-stuck-in-a-retry-loop"
    assert "Immediate: `systemctl restart backup-agent`" in book["markdown"]
    assert book["exported_version"] is None and book["changed_since_export"] is True
    assert client.get(f"/api/v1/runbooks/{book['id']}", headers=auth("tok-acme")).status_code == 200
    assert client.get(f"/api/v1/runbooks/{other}", headers=auth("tok-acme")).status_code == 404
    assert client.get(f"/api/v1/runbooks/{book['id']}", headers=auth("tok-globex")).status_code == 404


def test_export_groups_by_problem_and_reexport_shows_what_changed(client, settings, tmp_path, monkeypatch):
    a = post_case(client, case("high CPU on server-01", "systemctl restart backup-agent",
                               cause="backup-agent stuck in a retry loop"))
    b = post_case(client, case("server-03 at 100% CPU", "systemctl restart backup-agent",
                               cause="backup-agent stuck in a retry loop"))
    prove(client, a)
    prove(client, b)
    monkeypatch.setenv("LEARNING_EXPORTER_DATABASE_URL", settings.database_url)
    out = tmp_path / "runbooks"
    first = CliRunner().invoke(main, ["runbooks", "export", str(out)])
    assert first.exit_code == 0, first.output
    assert json.loads(first.output)["acme"]["new"] == ["backup-agent-stuck-in-a-retry-loop"]
    text = (out / "acme" / "backup-agent-stuck-in-a-retry-loop.md").read_text()
    assert "version 1" in text and "- cases: 2, fix worked again 2 time(s)" in text
    same = CliRunner().invoke(main, ["runbooks", "export", str(out)])
    assert json.loads(same.output)["acme"]["unchanged"] == 1
    prove(client, a)
    changed = CliRunner().invoke(main, ["runbooks", "export", str(out)])
    assert "-- cases: 2, fix worked again 2 time(s)" in changed.output
    assert "+- cases: 2, fix worked again 3 time(s)" in changed.output
    assert "version 2" in (out / "acme" / "backup-agent-stuck-in-a-retry-loop.md").read_text()
    r = client.get("/api/v1/runbooks/backup-agent-stuck-in-a-retry-loop", headers=auth("tok-acme"))
    assert r.get_json()["exported_version"] == 2 and r.get_json()["changed_since_export"] is False


def scrape(client):
    text = client.get("/metrics").get_data(as_text=True)
    return {s.name + json.dumps(s.labels, sort_keys=True): s.value
            for fam in text_string_to_metric_families(text) for s in fam.samples}


def test_library_figures_reach_the_scrape(client, app):
    cid = post_case(client, case("high CPU on server-01", "pkill -f cleanup.py", cause="runaway script"))
    before = scrape(client)
    match(client, "high CPU on server-02", session_id="ses-1")
    client.post("/api/v1/feedback", json={"target": "case", "id": cid, "rating": "helpful"}, headers=auth("tok-acme"))
    client.post("/api/v1/feedback", json={"target": "case", "id": cid, "rating": "not_helpful"}, headers=auth("tok-acme"))
    app.extensions["learning"].snapshot.refresh()
    after = scrape(client)

    def delta(key):
        return after.get(key, 0) - before.get(key, 0)

    assert delta('aihelper_case_matches_total{"result": "hit"}') == 1
    assert delta("aihelper_case_match_duration_seconds_count{}") == 1
    assert delta('aihelper_feedback_total{"rating": "helpful", "target": "case"}') == 1
    assert after["aihelper_case_feedback_helpful_ratio{}"] == 0.5
    assert sum(after[f'aihelper_cases{{"band": "{b}"}}'] for b in ("low", "medium", "high")) == 1
    assert after["aihelper_cases_stale{}"] == 0
    assert "aihelper_troubleshooting_sessions_with_case_ratio{}" in after
