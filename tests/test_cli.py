"""The command line: migrations and NDJSON backfills, on both stores."""

from __future__ import annotations

import json

from click.testing import CliRunner

from exporter.cli import main


def test_migrate_then_migrate_again_applies_nothing(database_url):
    runner = CliRunner(env={"LEARNING_EXPORTER_DATABASE_URL": database_url})
    first = runner.invoke(main, ["migrate"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["migrate"])
    assert "applied 0 migration(s)" in second.output


def test_backfill_stores_good_lines_and_reports_rejected_ones(database_url, tmp_path, store):
    lines = []
    for i in range(30):
        lines.append(json.dumps({
            "id": f"bf-{i}", "timestamp": "2026-11-01T08:00:00Z", "user": "alice", "session_id": "s1",
            "session_type": "general", "kind": "user_query", "text": f"question {i} from 192.168.1.{i}",
        }))
    lines.insert(5, "{not json")
    lines.insert(9, json.dumps({"id": "bf-x", "kind": "user_query"}))
    path = tmp_path / "events.ndjson"
    path.write_text("\n".join(lines) + "\n")
    runner = CliRunner(env={"LEARNING_EXPORTER_DATABASE_URL": database_url})

    result = runner.invoke(main, ["ingest", str(path), "--org", "acme"])
    summary = json.loads(result.output[result.output.index("{"):])
    assert result.exit_code == 2, "rejected lines make the exit code non-zero"
    assert (summary["stored"], summary["duplicates"], summary["rejected"]) == (30, 0, 2)
    assert {e["line"] for e in summary["errors"]} == {6, 10}

    again = runner.invoke(main, ["ingest", str(path), "--org", "acme"])
    summary = json.loads(again.output[again.output.index("{"):])
    assert (summary["stored"], summary["duplicates"]) == (0, 30)
    texts = " ".join(r["text"] for r in store.query("SELECT text FROM audit_events"))
    assert "192.168.1." not in texts


def test_learn_now_replays_a_backfilled_history_at_its_own_time(database_url, tmp_path, store):
    """Alerts from 2024, backfilled today, are learned as of 2024: the weekly peak of the Friday
    after the history is predicted, and retention keeps them instead of dropping them as too old."""
    from datetime import UTC, datetime

    from exporter.demo import PLANTED, generate_demo

    then = datetime(2024, 5, 9, 17, 0, tzinfo=UTC)  # a Thursday; the planted peak is Friday 15:00
    demo = generate_demo(then, seed=3, weeks=6)
    path = tmp_path / "alerts.ndjson"
    path.write_text("".join(json.dumps(p) + "\n" for p in demo.orgs["acme"].alert_webhooks))
    runner = CliRunner(env={"LEARNING_EXPORTER_DATABASE_URL": database_url})
    assert runner.invoke(main, ["ingest", str(path), "--org", "acme", "--kind", "alerts"]).exit_code == 0
    stored = store.scalar("SELECT COUNT(*) AS n FROM alert_events")
    again = runner.invoke(main, ["ingest", str(path), "--org", "acme", "--kind", "alerts"])
    summary = json.loads(again.output[again.output.index("{"):])
    assert again.exit_code == 0 and summary["stored"] == 0 and summary["duplicates"] > 0, "a rerun stores nothing twice"
    assert store.scalar("SELECT COUNT(*) AS n FROM alert_events") == stored

    bad = runner.invoke(main, ["learn", "--now", "last thursday"])
    assert bad.exit_code == 2 and "not an ISO 8601 time" in bad.output
    result = runner.invoke(main, ["learn", "--now", then.isoformat()])
    assert result.exit_code == 0, result.output
    assert store.scalar("SELECT COUNT(*) AS n FROM alert_events") == stored
    group = "/".join(PLANTED["friday_peak"]["group"][k] for k in ("alertname", "severity", "service"))
    rows = store.query("SELECT evidence FROM recommendations WHERE kind = 'predictive' AND grp = :g", {"g": group})
    friday = datetime(2024, 5, 10, 15, 0, tzinfo=UTC).timestamp()
    assert [json.loads(r["evidence"])["next_occurrence"] for r in rows] == [friday]
