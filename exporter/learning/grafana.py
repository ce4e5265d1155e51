"""Talking to Grafana: pushing the dashboards, and annotations the learning job leaves on them.

Annotations mark things people should see on a graph (a lasting change point, an expected peak).
They must never slow the learning job nor be posted twice: `send_annotation` only records the
annotation in `annotations_sent` (unique per org and dedupe key) and wakes a delivery thread;
`deliver_pending` posts what is pending and leaves failures pending for the next round, up to
`MAX_ATTEMPTS`. Grafana being down therefore costs nothing but a later delivery.
"""

from __future__ import annotations

import html
import logging
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from grafana_client import GrafanaApi
from prometheus_client import Counter

from exporter.knowledge.recommendation_kinds import ai_helper_link  # noqa: F401 - the links' one definition, re-exported
from exporter.metrics import PREFIX, REGISTRY
from exporter.privacy.gate import gate
from exporter.store import Store, from_json, to_json

if TYPE_CHECKING:
    from exporter.service import Services

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
DELIVERY_INTERVAL_SECONDS = 30.0
REQUEST_TIMEOUT_SECONDS = 5.0

ANNOTATIONS = Counter(
    f"{PREFIX}_grafana_annotations_total",
    "Grafana annotations by outcome (sent, retry: failed and left pending, failed: given up, duplicate).",
    ["result"],
    registry=REGISTRY,
)
for _r in ("sent", "retry", "failed", "duplicate"):
    ANNOTATIONS.labels(result=_r)


def grafana_api(url: str, token: str | None, timeout: float = REQUEST_TIMEOUT_SECONDS) -> GrafanaApi:
    """A client for the Grafana at `url` with a service-account token (or user:password in the URL)."""
    return GrafanaApi.from_url(url, credential=token, timeout=timeout)


# --- dashboards ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PushResult:
    uid: str
    url: str
    version: int | None


def push_dashboards(
    api: GrafanaApi,
    dashboards: Mapping[str, Mapping[str, Any]],
    folder_uid: str | None = None,
    message: str | None = None,
) -> list[PushResult]:
    """Create or overwrite each dashboard (matched by uid) through POST /api/dashboards/db."""
    results = []
    for model in dashboards.values():
        dashboard = {k: v for k, v in model.items() if k != "id"}
        dashboard["id"] = None  # Grafana matches on uid; a numeric id from another instance would clash
        body: dict[str, Any] = {"dashboard": dashboard, "overwrite": True}
        if folder_uid:
            body["folderUid"] = folder_uid
        if message:
            body["message"] = message
        answer = api.dashboard.update_dashboard(body)
        results.append(PushResult(uid=answer.get("uid", dashboard["uid"]), url=answer.get("url", ""), version=answer.get("version")))
    return results


# --- annotations --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Annotation:
    """One mark on Grafana's graphs: a moment or a span, its text, tags and the link back to the AI helper."""

    time_s: float
    text: str
    tags: Sequence[str]
    link_url: str | None = None
    link_text: str = "Open in the AI helper"
    time_end_s: float | None = None
    dashboard_uid: str | None = None
    panel_id: int | None = None

    def payload(self) -> dict[str, Any]:
        """The body of POST /api/annotations (times in epoch milliseconds; text is HTML, so escaped)."""
        body = html.escape(self.text)
        if self.link_url:
            body += (f' <a href="{html.escape(self.link_url, quote=True)}" target="_blank">'
                     f"{html.escape(self.link_text)}</a>")
        payload: dict[str, Any] = {"time": int(round(self.time_s * 1000)), "tags": list(self.tags), "text": body}
        if self.time_end_s is not None:
            payload["timeEnd"] = int(round(self.time_end_s * 1000))
        if self.dashboard_uid:
            payload["dashboardUID"] = self.dashboard_uid
        if self.panel_id is not None:
            payload["panelId"] = self.panel_id
        return payload


def record_annotation(store: Store, org_id: str, dedupe_key: str, payload: Mapping[str, Any], now: float) -> bool:
    """Queue an annotation; False when the same (org, dedupe key) was queued or sent before."""
    with store.transaction() as conn:
        inserted = conn.insert_new(
            "annotations_sent",
            ["org_id", "dedupe_key", "payload", "status", "attempts", "created_at"],
            [
                {
                    "org_id": org_id,
                    "dedupe_key": dedupe_key,
                    "payload": to_json(dict(payload)),
                    "status": "pending",
                    "attempts": 0,
                    "created_at": now,
                }
            ],
            conflict="(org_id, dedupe_key)",
            returning="id",
        )
    return bool(inserted)


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    retry: int = 0
    failed: int = 0


def deliver_pending(store: Store, api: GrafanaApi, limit: int = 100, now: float | None = None) -> DeliveryReport:
    """Post pending annotations oldest first; a failure stays pending until `MAX_ATTEMPTS`.

    Each row is claimed and settled in its own short transaction, so a slow Grafana never holds
    a database transaction open and a crash mid-round at worst sends one annotation again.
    """
    rows = store.query(
        "SELECT id, payload, attempts FROM annotations_sent WHERE status = 'pending' ORDER BY created_at, id LIMIT :n",
        {"n": limit},
    )
    sent = retry = failed = 0
    for row in rows:
        stamp = time.time() if now is None else now
        try:
            answer = api.annotations.client.POST("/annotations", json=from_json(row["payload"]))
        except Exception as exc:
            attempts = row["attempts"] + 1
            status = "failed" if attempts >= MAX_ATTEMPTS else "pending"
            store.execute(
                "UPDATE annotations_sent SET attempts = :a, status = :s, last_error = :e WHERE id = :id",
                {"a": attempts, "s": status, "e": f"{type(exc).__name__}: {exc}"[:500], "id": row["id"]},
            )
            if status == "failed":
                failed += 1
                ANNOTATIONS.labels(result="failed").inc()
                log.warning("annotation %s given up after %d attempts: %s", row["id"], attempts, exc)
            else:
                retry += 1
                ANNOTATIONS.labels(result="retry").inc()
            continue
        grafana_id = answer.get("id") if isinstance(answer, dict) else None
        store.execute(
            "UPDATE annotations_sent SET status = 'sent', attempts = attempts + 1, grafana_id = :g, "
            "sent_at = :t, last_error = NULL WHERE id = :id",
            {"g": None if grafana_id is None else str(grafana_id), "t": stamp, "id": row["id"]},
        )
        sent += 1
        ANNOTATIONS.labels(result="sent").inc()
    return DeliveryReport(sent=sent, retry=retry, failed=failed)


class AnnotationSender:
    """The per-service delivery thread: woken by each new annotation, and every interval for retries."""

    def __init__(self, store: Store, api: GrafanaApi, interval: float = DELIVERY_INTERVAL_SECONDS):
        self.store = store
        self.api = api
        self.interval = interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> AnnotationSender:
        self._thread = threading.Thread(target=self._loop, name="grafana-annotations", daemon=True)
        self._thread.start()
        return self

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=REQUEST_TIMEOUT_SECONDS * 2)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                deliver_pending(self.store, self.api)
            except Exception as exc:  # the store may be down; try again next round
                log.warning("annotation delivery round failed: %s", exc)
            self._wake.wait(self.interval)
            self._wake.clear()


def send_annotation(svc: Services, *, org_id: str, dedupe_key: str, annotation: Annotation) -> str:
    """Queue an annotation for Grafana without waiting for it: "queued", "duplicate" or "disabled".

    Idempotent per (org, dedupe key): the learning job can call this on every pass for the same
    change point. The text is redacted with the org's settings like any stored text. Without a
    configured Grafana nothing is recorded ("disabled"), so enabling Grafana later does not flood it
    with old annotations.
    """
    if not svc.settings.grafana_url:
        return "disabled"
    payload = replace(annotation, text=gate(svc, org_id).text(annotation.text)).payload()
    if not record_annotation(svc.store, org_id, dedupe_key, payload, time.time()):
        ANNOTATIONS.labels(result="duplicate").inc()
        return "duplicate"
    if svc.annotation_sender is not None:
        svc.annotation_sender.wake()
    return "queued"


def start_sender(svc: Services) -> AnnotationSender | None:
    if not svc.settings.grafana_url:
        return None
    sender = AnnotationSender(svc.store, grafana_api(svc.settings.grafana_url, svc.settings.grafana_token)).start()
    svc.annotation_sender = sender
    return sender


def install(svc: Services) -> None:
    svc.background_starters.append(start_sender)
