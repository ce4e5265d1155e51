"""Business hours are the org's own: baselines and recurring peaks follow the zone the org set, not the server's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from exporter import learning
from exporter.app import create_app
from exporter.config import Settings
from exporter.ingest.schemas import AlertmanagerWebhook
from exporter.ingest.writer import store_alerts
from exporter.privacy import org_settings
from exporter.privacy.gate import Gate
from exporter.privacy.redaction import Redactor
from exporter.scoping import Principal
from exporter.store import from_json, migrate, open_store

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 6, 4, 12, 0, tzinfo=TOKYO)  # a Thursday: the Friday peak is within the lead time


def _friday_peaks(weeks: int = 8) -> list[dict]:
    """Every Friday 15:00-16:00 Tokyo time a batch job pages six times; a quiet alert now and then."""
    alerts = []
    for w in range(1, weeks + 1):
        friday = (NOW - timedelta(weeks=w)).replace(hour=0, minute=0) + timedelta(days=1)
        for i in range(6):
            at = friday.replace(hour=15, minute=5 + 8 * i)
            alerts.append({"status": "resolved", "fingerprint": f"f{w}-{i}", "startsAt": at.astimezone(UTC).isoformat(),
                           "labels": {"alertname": "ReportJobSlow", "severity": "warning", "service": "reports"}})
        for d in range(0, 7, 2):
            at = (friday - timedelta(days=d)).replace(hour=3)
            alerts.append({"status": "resolved", "fingerprint": f"q{w}-{d}", "startsAt": at.astimezone(UTC).isoformat(),
                           "labels": {"alertname": "ReportJobSlow", "severity": "warning", "service": "reports"}})
    return alerts


@pytest.fixture()
def svc(tmp_path):
    url = f"sqlite:///{tmp_path / 'zone.db'}"
    migrate(url)
    store = open_store(url)
    app = create_app(Settings(database_url=url, timezone="UTC"), store=store)
    services = app.extensions["learning"]
    store_alerts(store, Principal("tokyo", None, "service"), Gate(Redactor()),
                 AlertmanagerWebhook.model_validate({"version": "4", "status": "resolved", "alerts": _friday_peaks()}))
    yield services
    services.stop()
    store.close()


def _peaks(store) -> list[dict]:
    rows = store.query("SELECT data FROM learned_patterns WHERE org_id = 'tokyo' AND type = 'seasonal_peak'")
    return [from_json(r["data"], {}) for r in rows]


def test_a_recurring_peak_is_stated_on_the_orgs_clock(svc):
    settings, _ = org_settings.load(svc.store, "tokyo")
    org_settings.save(svc.store, "tokyo", settings.model_copy(update={"timezone": "Asia/Tokyo"}))
    learning.learn_signals_org(svc, "tokyo", NOW.timestamp())
    peaks = _peaks(svc.store)
    assert any(p["weekday"] == 4 and p["start_hour"] <= 15 < p["end_hour"] for p in peaks), peaks


def test_without_an_org_zone_the_servers_default_is_used(svc):
    learning.learn_signals_org(svc, "tokyo", NOW.timestamp())
    peaks = _peaks(svc.store)
    assert any(p["weekday"] == 4 and p["start_hour"] <= 6 < p["end_hour"] for p in peaks), peaks  # 15:00 JST in UTC
