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
