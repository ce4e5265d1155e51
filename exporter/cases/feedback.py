"""The learning loop: ratings and applied outcomes move a case's confidence, and every move is kept.

Confidence moves a fixed share of the way towards 1 on success and towards 0 on failure, so it
stays in 0-1, early evidence moves it most and no single event pins it:

=====================  ==========================  =========================
event                  confidence                  also
=====================  ==========================  =========================
outcome resolved       c + 0.20 x (1 - c)          reuse +1, time recorded, success and confirmed now
outcome partially      c + 0.05 x (1 - c)          time recorded
outcome not_resolved   c - 0.30 x c                failure +1, failed now
rating helpful         c + 0.10 x (1 - c)          confirmed now
rating partially       c + 0.02 x (1 - c)
rating not_helpful     c - 0.15 x c
=====================  ==========================  =========================

Each change writes a `case_history` row with the confidence before and after and what caused it,
so "why is this case at 0.42?" has an answer. `reuse_count` counts successful reuse only; a
failure newer than the last success demotes the case at once and takes it out of the runbooks
(`exporter.cases.quality.contradicted`) until a later success. The row is read and written in one transaction
(locked on PostgreSQL), so concurrent ratings of one case never lose an update.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from exporter import metrics as base_metrics
from exporter.cases import repo
from exporter.cases.metrics import FEEDBACK, OUTCOMES, TIME_TO_RESOLUTION
from exporter.cases.model import FeedbackIn, OutcomeIn
from exporter.redaction import Redactor
from exporter.scoping import Principal, visible
from exporter.store import Store

UP = {"resolved": 0.20, "partially": 0.05, "helpful": 0.10, "partially_helpful": 0.02}
DOWN = {"not_resolved": 0.30, "not_helpful": 0.15}


class CaseNotFound(LookupError):
    """Unknown, or not visible to the caller: the API answers 404 either way."""


def moved(confidence: float, event: str) -> float:
    if event in UP:
        return confidence + UP[event] * (1.0 - confidence)
    return confidence - DOWN[event] * confidence


def _locked_case(conn: Any, store: Store, principal: Principal, case_id: str) -> dict[str, Any]:
    where, params = visible(principal, alias="c")
    lock = " FOR UPDATE" if store.dialect == "postgresql" else ""
    row = conn.one(
        f"SELECT c.id, c.org_id, c.confidence, c.reuse_count FROM cases c WHERE {where} AND c.id = :id{lock}",
        {**params, "id": case_id},
    )
    if row is None:
        raise CaseNotFound(case_id)
    return row


def record_outcome(
    store: Store, redactor: Redactor, principal: Principal, case_id: str, data: OutcomeIn, now: float
) -> dict[str, Any]:
    """A suggested fix was applied: reuse up, confidence moved, resolution time and session remembered."""
    counts: Counter = Counter()
    comment = redactor.redact_value(data.comment, counts) if data.comment else None
    base_metrics.count_redactions(counts)
    timed = data.time_to_resolution_seconds is not None and data.status != "not_resolved"
    with store.transaction() as conn:
        row = _locked_case(conn, store, principal, case_id)
        before = float(row["confidence"])
        after = moved(before, data.status)
        success = data.status == "resolved"
        failure = data.status == "not_resolved"
        conn.execute(
            "UPDATE cases SET confidence = :c, reuse_count = reuse_count + :ok, failure_count = failure_count + :bad, "
            "updated_at = :now, "
            "resolution_count = resolution_count + :rn, resolution_seconds_total = resolution_seconds_total + :rs, "
            "last_confirmed_at = CASE WHEN :ok = 1 THEN :now ELSE last_confirmed_at END, "
            "last_success_at = CASE WHEN :ok = 1 THEN :now ELSE last_success_at END, "
            "last_failed_at = CASE WHEN :bad = 1 THEN :now ELSE last_failed_at END "
            "WHERE org_id = :org AND id = :id",
            {
                "c": after,
                "now": now,
                "ok": 1 if success else 0,
                "bad": 1 if failure else 0,
                "rn": 1 if timed else 0,
                "rs": float(data.time_to_resolution_seconds) if timed else 0.0,
                "org": row["org_id"],
                "id": case_id,
            },
        )
        detail = {"status": data.status, "time_to_resolution_seconds": data.time_to_resolution_seconds,
                  "session_id": data.session_id, "comment": comment, "by": principal.acting_user(None)}
        repo.add_history(conn, row["org_id"], case_id, now, "outcome", before, after, detail)
        conn.execute(
            "INSERT INTO case_uses (org_id, case_id, session_id, kind, ts) VALUES (:org, :id, :s, 'applied', :ts)",
            {"org": row["org_id"], "id": case_id, "s": data.session_id, "ts": now},
        )
    OUTCOMES.labels(status=data.status).inc()
    if timed and data.session_id is None:
        # With a session id, the session's own resolution time is observed when it is assembled.
        TIME_TO_RESOLUTION.labels(suggested="yes").observe(float(data.time_to_resolution_seconds))
    return {"case_id": case_id, "confidence_before": round(before, 4), "confidence_after": round(after, 4),
            "reuse_count": int(row["reuse_count"]) + (1 if success else 0), "demoted": failure}


def record_feedback(
    store: Store, redactor: Redactor, principal: Principal, data: FeedbackIn, now: float
) -> dict[str, Any]:
    """Store a rating of any target; a rating of a case also moves its confidence.

    Ratings of recommendations and query answers are only recorded here; the capabilities that own
    those read them from `feedback`. A retry with the same `event_id` stores and moves nothing twice.
    """
    org = principal.require_org()
    user = principal.acting_user(data.user)
    counts: Counter = Counter()
    comment = redactor.redact_value(data.comment, counts) if data.comment else None
    base_metrics.count_redactions(counts)
    with store.transaction() as conn:
        case = _locked_case(conn, store, principal, data.id) if data.target == "case" else None
        fid = conn.scalar(
            "INSERT INTO feedback (org_id, user_id, target, target_id, rating, comment, event_id, ts) "
            "VALUES (:org, :user, :target, :tid, :rating, :comment, :eid, :ts) "
            "ON CONFLICT (org_id, event_id) DO NOTHING RETURNING id",
            {"org": org, "user": user, "target": data.target, "tid": data.id, "rating": data.rating,
             "comment": comment, "eid": data.event_id, "ts": now},
        )
        if fid is None:
            return {"stored": False, "duplicate": True}
        out: dict[str, Any] = {"stored": True, "id": fid}
        if case is not None:
            before = float(case["confidence"])
            after = moved(before, data.rating)
            column = repo.RATING_COLUMN[data.rating]
            conn.execute(
                f"UPDATE cases SET confidence = :c, {column} = {column} + 1, updated_at = :now, "
                "last_confirmed_at = CASE WHEN :confirmed = 1 THEN :now ELSE last_confirmed_at END "
                "WHERE org_id = :org AND id = :id",
                {"c": after, "now": now, "confirmed": 1 if data.rating == "helpful" else 0,
                 "org": case["org_id"], "id": data.id},
            )
            repo.add_history(conn, case["org_id"], data.id, now, "feedback", before, after,
                             {"rating": data.rating, "comment": comment, "feedback_id": fid, "by": user})
            out.update(confidence_before=round(before, 4), confidence_after=round(after, 4))
    FEEDBACK.labels(target=data.target, rating=data.rating).inc()
    return out
