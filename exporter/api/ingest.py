"""Ingest endpoints: parse, call one domain function, render."""

from __future__ import annotations

import time

from flask import Blueprint, jsonify
from pydantic import RootModel

from exporter import metrics
from exporter.api import body
from exporter.api.auth import authenticate, principal, services
from exporter.api.openapi import doc
from exporter.ingest import writer as ingest
from exporter.ingest.schemas import AlertmanagerWebhook, AuditEvent, QuerySummary
from exporter.privacy.gate import gate


# What the document promises for a batch (a JSON array; a single object and NDJSON are also read).
class EventBatch(RootModel[list[AuditEvent]]):
    pass


class QueryBatch(RootModel[list[QuerySummary]]):
    pass

bp = Blueprint("ingest", __name__)
bp.before_request(authenticate)


@bp.post("/events")
@doc(json=EventBatch, ok=201, also=(200,))
def post_events():
    started = time.perf_counter()
    svc = services()
    events = body.validate_all(AuditEvent, body.batch(svc.settings.max_batch_events))
    result = ingest.store_events(svc.store, principal(), gate(svc, principal().require_org()), events)
    metrics.EVENTS_DUPLICATE.inc(result.duplicates)
    metrics.INGEST_SECONDS.labels(endpoint="events").observe(time.perf_counter() - started)
    return jsonify(result.as_dict()), 200 if result.stored == 0 else 201


@bp.post("/queries")
@doc(json=QueryBatch, ok=201, also=(200,))
def post_queries():
    started = time.perf_counter()
    svc = services()
    items = body.validate_all(QuerySummary, body.batch(svc.settings.max_batch_events))
    who = principal()
    org = who.require_org()
    door = gate(svc, org)
    rows = []
    for q in items:
        who.check_org(q.org)
        rows.append(ingest.query_row(q, org, who.acting_user(q.user), door, svc.settings.cache_ttl_seconds))
    recorder = svc.query_recorder
    with svc.store.transaction() as conn:
        ids = recorder(conn, rows)
    metrics.INGEST_SECONDS.labels(endpoint="queries").observe(time.perf_counter() - started)
    return jsonify({"stored": len(ids), "duplicates": len(rows) - len(ids), "ids": ids}), 201 if ids else 200


@bp.post("/alertmanager")
@doc(json=AlertmanagerWebhook)
def post_alertmanager():
    started = time.perf_counter()
    svc = services()
    payload = AlertmanagerWebhook.model_validate(body.json_object())
    result = ingest.store_alerts(svc.store, principal(), gate(svc, principal().require_org()), payload)
    metrics.INGEST_SECONDS.labels(endpoint="alertmanager").observe(time.perf_counter() - started)
    return jsonify(result.as_dict()), 200
