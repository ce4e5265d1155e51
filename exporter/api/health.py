"""Open endpoints: liveness, readiness and the scrape. They carry no user data."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz():
    """Within a second whatever the store does: a probe that hangs is an answer (not ready)."""
    svc = current_app.extensions["learning"]
    if svc.ready():
        return jsonify({"status": "ready"})
    return jsonify({"status": "store unavailable"}), 503


@bp.get("/metrics")
def scrape():
    registry = current_app.extensions["learning_registry"]
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)
