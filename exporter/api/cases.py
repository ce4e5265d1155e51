"""Cases, matching, outcomes, feedback and runbooks over HTTP: parse, call one domain function, render."""

from __future__ import annotations

import time

from flask import Blueprint, jsonify

from exporter import cases
from exporter.api import body
from exporter.api.auth import authenticate, principal, services
from exporter.api.errors import NotFound
from exporter.api.openapi import doc
from exporter.cases import repo
from exporter.cases.metrics import MATCH_SECONDS, MATCHES
from exporter.cases.model import CaseIn, FeedbackIn, MatchIn, OutcomeIn
from exporter.cases.quality import QualityPolicy
from exporter.knowledge import feedback
from exporter.privacy.gate import Gate, gate

bp = Blueprint("cases", __name__)
bp.before_request(authenticate)


def _gate() -> Gate:
    """The caller's org's redaction gate applies to cases and comments as to every other ingest."""
    return gate(services(), principal().require_org())


def _policy() -> QualityPolicy:
    return QualityPolicy.from_settings(services().settings)


@bp.post("/cases")
@doc(json=CaseIn, ok=201)
def post_case():
    svc = services()
    data = CaseIn.model_validate(body.json_object())
    now = time.time()
    row = cases.create_case(svc.store, _gate(), principal(), data, now)
    return jsonify(repo.render(row, now, _policy())), 201


@bp.get("/cases/<case_id>")
@doc()
def get_case(case_id: str):
    svc = services()
    who = principal()
    row = cases.get_case(svc.store, who, case_id)
    if row is None:
        raise NotFound("case not found")
    now = time.time()
    out = repo.render(row, now, _policy())
    out["history"] = repo.history(svc.store, who.require_org(), case_id)
    return jsonify(out)


@bp.post("/cases/match")
@doc(json=MatchIn)
def match():
    started = time.perf_counter()
    svc = services()
    req = MatchIn.model_validate(body.json_object())
    door = _gate()  # the problem is embedded and compared with redacted cases: redact it the same way
    req = req.model_copy(update={"problem": door.text(req.problem), "symptoms": [door.text(s) for s in req.symptoms]})
    result = cases.match_cases(svc.store, principal(), req, _policy(), cache=svc.case_indexes)
    MATCHES.labels(result="hit" if result["matches"] else "empty").inc()
    MATCH_SECONDS.observe(time.perf_counter() - started)
    return jsonify(result)


@bp.post("/cases/<case_id>/outcome")
@doc(json=OutcomeIn)
def post_outcome(case_id: str):
    svc = services()
    data = OutcomeIn.model_validate(body.json_object())
    try:
        result = cases.record_outcome(svc.store, _gate(), principal(), case_id, data, time.time())
    except cases.CaseNotFound as exc:
        raise NotFound("case not found") from exc
    return jsonify(result)


@bp.post("/feedback")
@doc(json=FeedbackIn, ok=201, also=(200,))
def post_feedback():
    svc = services()
    data = FeedbackIn.model_validate(body.json_object())
    try:
        result = feedback.record_feedback(svc.store, _gate(), principal(), data, time.time())
    except feedback.CaseNotFound as exc:
        raise NotFound("case not found") from exc
    return jsonify(result), 201 if result["stored"] else 200


@bp.get("/runbooks/<runbook_id>")
@doc()
def get_runbook(runbook_id: str):
    svc = services()
    book = cases.get_runbook(svc.store, principal(), runbook_id, time.time(), _policy())
    if book is None:
        raise NotFound("runbook not found")
    return jsonify(book)
