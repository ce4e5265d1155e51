"""Annotations reach Grafana once per dedupe key, survive Grafana outages and never block the caller."""

from __future__ import annotations

import time

import pytest

from exporter.knowledge.recommendation_kinds import BY_KIND
from exporter.learning import grafana
from exporter.learning.grafana import Annotation, deliver_pending, grafana_api, send_annotation, start_sender
from exporter.service import Services
from tests.fake_grafana import FakeGrafana

CHANGE_AT = 1_715_353_200.0  # a Friday, 15:00 UTC


@pytest.fixture
def fake_grafana():
    with FakeGrafana() as fake:
        yield fake


@pytest.fixture
def svc(settings, store, fake_grafana):
    service = Services.build(
        settings.model_copy(update={"grafana_url": fake_grafana.url, "grafana_token": fake_grafana.token}), store
    )
    yield service
    sender = getattr(service, "annotation_sender", None)
    if sender is not None:
        sender.stop()


# What the learning job tags a change point with (one definition, shared with the dashboards).
CHANGE_POINT_TAGS = list(BY_KIND["change_point"].annotation_tags)

def change_point(svc, key="change:orders-db:1715353200", text="Alert rate of orders-db doubled"):
    return send_annotation(
        svc,
        org_id="acme",
        dedupe_key=key,
        annotation=Annotation(
            time_s=CHANGE_AT,
            text=text,
            tags=CHANGE_POINT_TAGS,
            link_url="http://ai-helper.example/insights/change-point?group=orders-db",
            link_text="What changed?",
            dashboard_uid="aihelper-proactive",
        ),
    )


def test_an_annotation_is_sent_once_per_dedupe_key(svc, fake_grafana):
    assert change_point(svc) == "queued"
    assert change_point(svc) == "duplicate"
    api = grafana_api(fake_grafana.url, fake_grafana.token)
    assert deliver_pending(svc.store, api).sent == 1
    assert change_point(svc) == "duplicate"
    assert deliver_pending(svc.store, api).sent == 0
    assert fake_grafana.problems == []
    [sent] = fake_grafana.annotations
    assert sent["time"] == 1_715_353_200_000
    assert sent["tags"] == CHANGE_POINT_TAGS
    assert sent["dashboardUID"] == "aihelper-proactive"
    assert sent["text"].endswith(
        '<a href="http://ai-helper.example/insights/change-point?group=orders-db" target="_blank">What changed?</a>'
    )
    row = svc.store.one("SELECT status, grafana_id, attempts FROM annotations_sent")
    assert row == {"status": "sent", "grafana_id": "1", "attempts": 1}


def test_an_annotation_that_fails_stays_pending_and_is_sent_later(svc, fake_grafana):
    change_point(svc)
    fake_grafana.fail_next = 1
    api = grafana_api(fake_grafana.url, fake_grafana.token)
    first = deliver_pending(svc.store, api)
    assert (first.sent, first.retry) == (0, 1)
    assert svc.store.one("SELECT status, attempts FROM annotations_sent") == {"status": "pending", "attempts": 1}
    assert deliver_pending(svc.store, api).sent == 1
    assert len(fake_grafana.annotations) == 1


def test_delivery_gives_up_after_the_attempt_limit(svc, fake_grafana, monkeypatch):
    monkeypatch.setattr(grafana, "MAX_ATTEMPTS", 2)
    change_point(svc)
    api = grafana_api(fake_grafana.url, "revoked-token")
    assert deliver_pending(svc.store, api).retry == 1
    assert deliver_pending(svc.store, api).failed == 1
    row = svc.store.one("SELECT status, last_error FROM annotations_sent")
    assert row["status"] == "failed" and row["last_error"].startswith("GrafanaUnauthorizedError")
    assert deliver_pending(svc.store, api) == grafana.DeliveryReport()


def test_secrets_in_annotation_text_are_redacted_and_html_escaped(svc, fake_grafana):
    change_point(svc, text="deploy <b>v2</b> with password=hunter2 by ops@example.com")
    deliver_pending(svc.store, grafana_api(fake_grafana.url, fake_grafana.token))
    text = fake_grafana.annotations[0]["text"]
    assert "hunter2" not in text and "ops@example.com" not in text
    assert "&lt;b&gt;v2&lt;/b&gt;" in text


def test_queueing_never_waits_for_an_unreachable_grafana(settings, store):
    unreachable = settings.model_copy(update={"grafana_url": "http://127.0.0.1:9", "grafana_token": "t"})
    service = Services.build(unreachable, store)
    sender = start_sender(service)
    try:
        started = time.perf_counter()
        assert change_point(service) == "queued"
        assert time.perf_counter() - started < 1.0
    finally:
        sender.stop()
    row = store.one("SELECT status FROM annotations_sent")
    assert row["status"] == "pending"


def test_the_delivery_thread_sends_a_new_annotation_promptly(svc, fake_grafana):
    start_sender(svc)
    change_point(svc)
    deadline = time.monotonic() + 10
    while not fake_grafana.annotations and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(fake_grafana.annotations) == 1


def test_without_a_configured_grafana_nothing_is_recorded(settings, store):
    service = Services.build(settings, store)
    assert change_point(service) == "disabled"
    assert start_sender(service) is None
    assert store.scalar("SELECT COUNT(*) AS n FROM annotations_sent") == 0
