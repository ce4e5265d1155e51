"""The demo loads through the real ingest path, on both stores, and redacts what it plants."""

from __future__ import annotations

from datetime import UTC, datetime

from exporter.demo import PLANTED, load_demo, load_demo_if_empty
from exporter.privacy.org_settings import OrgPrivacy, save
from exporter.service import Services

NOW = datetime(2026, 11, 19, 14, 0, tzinfo=UTC)  # a Thursday afternoon


def test_demo_loads_once_and_its_secrets_never_reach_the_store(settings, store):
    svc = Services.build(settings, store)
    svc.after_demo_load.clear()  # the capabilities' follow-ups are tested with them
    save(store, "acme", OrgPrivacy(custom_patterns={"deadline": "context deadline exceeded"}))
    summary = load_demo(svc, now=NOW, weeks=2)
    assert summary["acme"]["events"] > 500 and summary["globex"]["alerts"] > 0
    assert load_demo_if_empty(svc) is None, "never loaded over existing data"
    again = load_demo(svc, now=NOW, weeks=2)
    assert all(v == 0 for org in again.values() for v in org.values()), "a rerun stores nothing twice"
    dump = " ".join(
        str(r) for t in ("audit_events", "query_executions", "alert_events") for r in store.query(f"SELECT * FROM {t}")
    )
    for secret in PLANTED["secrets"].values():
        assert str(secret) not in dump
    acme = " ".join(r["text"] for r in store.query("SELECT text FROM audit_events WHERE org_id = 'acme'"))
    assert "context deadline exceeded" not in acme and "<redacted:custom>" in acme, "the org's own settings apply"
