"""The retention job: warm rows expire, cold rows move to the archive, permanent rows stay, every table has a tier."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner
from prometheus_client import generate_latest

from exporter.privacy import org_settings
from exporter.tiers import retention
from exporter.tiers.archive import Archive
from tests.conftest import auth

DAY = 86400.0


def _seed(store, now: float) -> None:
    for org in ("acme", "globex"):
        store.executemany(
            "INSERT INTO query_executions (org_id, user_id, scope, external_id, query_text, executed_at, expires_at) "
            "VALUES (:o, 'ann', 'org', :x, 'q', :t, :t)",
            [{"o": org, "x": f"{org}-{d}", "t": now - d * DAY} for d in (1, 45, 75, 120)],
        )
        store.executemany(
            "INSERT INTO audit_events (org_id, event_id, user_id, session_id, session_type, kind, ts, ingested_at) "
            "VALUES (:o, :e, 'ann', 's', 'general', 'user_query', :t, :t)",
            [{"o": org, "e": f"{org}-{d}", "t": now - d * DAY} for d in (1, 50, 100, 400, 800)],
        )
        store.execute(
            "INSERT INTO cases (id, org_id, title, created_at, updated_at) VALUES (:id, :o, 'old fix', :t, :t)",
            {"id": f"case-{org}", "o": org, "t": now - 3000 * DAY},
        )
    store.execute("INSERT INTO hot_entries (namespace, entry_key, org_id, value, expires_at) "
                  "VALUES ('result', 'k', 'acme', :v, :t)", {"v": b"x", "t": now - 1})


def _counts(store) -> dict[str, int]:
    return {t: store.scalar(f"SELECT COUNT(*) AS n FROM {t}") for t in
            ("query_executions", "audit_events", "cases", "hot_entries", "archive_manifest")}


def test_every_table_in_the_schema_has_a_retention_tier(store):
    assert retention.unmanaged_tables(store) == [], "add a retention Policy (retention.register) for these tables"


def test_a_dry_run_reports_what_would_go_and_changes_nothing(app, store):
    now = time.time()
    _seed(store, now)
    before = _counts(store)
    result = retention.run(app.extensions["learning"], now=now, dry_run=True)
    assert _counts(store) == before
    assert result["warm"]["query_executions"] == {"would_delete": 4}  # 75 and 120 days, two orgs
    # 100 and 400 days would be archived; 800 days is past the two-year cold tier and would just go
    assert result["cold"]["audit_events"] == {"would_archive": 4, "would_expire": 2}
    assert result["hot"]["hot_entries"] == {"would_delete": 1}


def test_a_run_expires_warm_rows_archives_cold_rows_and_keeps_permanent_ones(app, store):
    now = time.time()
    _seed(store, now)
    svc = app.extensions["learning"]

    result = retention.run(svc, now=now)

    assert result["errors"] == 0
    assert store.scalar("SELECT COUNT(*) AS n FROM query_executions") == 4
    assert store.scalar("SELECT COUNT(*) AS n FROM cases") == 2
    assert store.scalar("SELECT COUNT(*) AS n FROM hot_entries") == 0
    # 100 and 400 days go to the archive; 800 days is past the two-year cold tier and is gone for good
    assert sorted(r["event_id"] for r in store.query("SELECT event_id FROM audit_events")) == [
        "acme-1", "acme-50", "globex-1", "globex-50"]
    archived = Archive.from_settings(store, svc.settings)
    assert sorted(r["event_id"] for e in archived.entries() for r in archived.read_rows(e)) == [
        "acme-100", "acme-400", "globex-100", "globex-400"]
    assert result["cold"]["audit_events"]["expired"] == 2


def test_an_org_can_keep_warm_rows_longer_within_the_bounds(app, store):
    now = time.time()
    _seed(store, now)
    org_settings.save(store, "acme", org_settings.OrgPrivacy(retention_days={"query_executions": 90}))
    retention.run(app.extensions["learning"], now=now)
    left = {r["external_id"] for r in store.query("SELECT external_id FROM query_executions")}
    assert left == {"acme-1", "acme-45", "acme-75", "globex-1", "globex-45"}


def test_retention_overrides_outside_the_tier_bounds_are_rejected(client):
    r = client.put("/api/v1/org/privacy", json={"retention_days": {"query_executions": 400}},
                   headers=auth("tok-acme-admin"))
    assert r.status_code == 400
    assert r.json["errors"][0]["field"] == "retention_days"
    assert "outside 30-90" in r.json["errors"][0]["message"]


def test_tier_metrics_report_rows_bytes_moves_and_the_last_success(app, store):
    now = time.time()
    _seed(store, now)
    svc = app.extensions["learning"]
    retention.run(svc, now=now)
    svc.snapshot.refresh()
    text = generate_latest(app.extensions["learning_registry"]).decode()
    for tier in ("hot", "warm", "cold", "permanent"):
        assert f'aihelper_retention_rows{{tier="{tier}"}}' in text
        assert f'aihelper_retention_bytes{{tier="{tier}"}}' in text
    assert 'aihelper_retention_rows{tier="cold"} 4.0' in text
    assert 'aihelper_retention_rows_moved_total{tier="cold"}' in text
    assert "aihelper_retention_errors_total" in text
    last = [line for line in text.splitlines() if line.startswith("aihelper_retention_last_success_timestamp_seconds ")]
    assert float(last[0].split()[1]) >= now


@pytest.mark.parametrize("where", ["directory", "s3"])
def test_the_retention_command_runs_dry_and_prints_the_plan(store, settings, monkeypatch, request, tmp_path, where):
    from exporter.cli import main

    _seed(store, time.time())
    monkeypatch.setenv("LEARNING_EXPORTER_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("LEARNING_EXPORTER_ARCHIVE_DIR", str(settings.archive_dir))
    if where == "s3":
        bucket = request.getfixturevalue("s3_bucket")
        monkeypatch.setenv("LEARNING_EXPORTER_ARCHIVE_URL", bucket.url)
        monkeypatch.setenv("LEARNING_EXPORTER_ARCHIVE_S3_ENDPOINT_URL", bucket.endpoint)
        monkeypatch.setenv("LEARNING_EXPORTER_ARCHIVE_STAGING_DIR", str(tmp_path / "staging"))
    out = CliRunner().invoke(main, ["retention", "run", "--dry-run"])
    assert out.exit_code == 0, out.output
    plan = json.loads(out.output[out.output.index("{"):])
    assert plan["dry_run"] is True and plan["cold"]["audit_events"]["would_archive"] == 4
    assert store.scalar("SELECT COUNT(*) AS n FROM audit_events") == 10

    out = CliRunner().invoke(main, ["retention", "run"])
    assert out.exit_code == 0, out.output
    listing = CliRunner().invoke(main, ["archive", "list"])
    assert listing.exit_code == 0 and "audit_events" in listing.output
    archive_id = listing.output.split()[0]
    shown = CliRunner().invoke(main, ["archive", "cat", archive_id])
    assert shown.exit_code == 0 and json.loads(shown.output.splitlines()[0])["org_id"] in ("acme", "globex")
    restored = CliRunner().invoke(main, ["archive", "restore", archive_id])
    assert restored.exit_code == 0 and "rows restored" in restored.output
    if where == "s3":
        keys = [o["Key"] for o in bucket.client.list_objects_v2(Bucket=bucket.name).get("Contents", [])]
        assert keys and archive_id not in " ".join(keys) and not settings.archive_dir.exists()
