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

Ratings come in through the one feedback path (`exporter.knowledge.feedback`), which stores the
rating and calls `rate` here for a case; this module never writes the `feedback` table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from exporter.cases import pairs, repo
from exporter.cases.metrics import OUTCOMES, TIME_TO_RESOLUTION
from exporter.cases.model import OutcomeIn
from exporter.scoping import Principal, visible
from exporter.store import Store

if TYPE_CHECKING:
    from exporter.privacy.gate import Gate  # the privacy package reaches back here through forget

UP = {"resolved": 0.20, "partially": 0.05, "helpful": 0.10, "partially_helpful": 0.02}
DOWN = {"not_resolved": 0.30, "not_helpful": 0.15}


class CaseNotFound(LookupError):
    """Unknown, or not visible to the caller: the API answers 404 either way."""


def moved(confidence: float, event: str) -> float:
    if event in UP:
        return confidence + UP[event] * (1.0 - confidence)
    return confidence - DOWN[event] * confidence


def locked_case(conn: Any, store: Store, principal: Principal, case_id: str) -> dict[str, Any]:
    """The case's row, locked until the transaction ends; `CaseNotFound` when the caller may not see it."""
    where, params = visible(principal, alias="c")
    lock = store.row_lock
    row = conn.one(
        f"SELECT c.id, c.org_id, c.confidence, c.reuse_count FROM cases c WHERE {where} AND c.id = :id{lock}",
        {**params, "id": case_id},
    )
    if row is None:
        raise CaseNotFound(case_id)
    return row


def record_outcome(
    store: Store, gate: Gate, principal: Principal, case_id: str, data: OutcomeIn, now: float
) -> dict[str, Any]:
    """A suggested fix was applied: reuse up, confidence moved, resolution time and session remembered."""
    comment = gate.text(data.comment) or None
    timed = data.time_to_resolution_seconds is not None and data.status != "not_resolved"
    with store.transaction() as conn:
        row = locked_case(conn, store, principal, case_id)
        before = float(row["confidence"])
        after = moved(before, data.status)
        success, failure = data.status == "resolved", data.status == "not_resolved"
        repo.reuse(conn, row["org_id"], case_id, after,
                   float(data.time_to_resolution_seconds) if timed else None, data.status, now)
        detail = {"status": data.status, "time_to_resolution_seconds": data.time_to_resolution_seconds,
                  "session_id": data.session_id, "comment": comment, "by": principal.acting_user(None)}
        repo.add_history(conn, row["org_id"], case_id, now, "outcome", before, after, detail)
        repo.record_use(conn, row["org_id"], case_id, data.session_id, "applied", now)
        if success:  # the org confirms that the session's report belongs to this case (`pairs`)
            pairs.confirm(conn, row["org_id"], case_id, data.session_id, "outcome", now)
    OUTCOMES.labels(status=data.status).inc()
    if timed and data.session_id is None:
        # With a session id, the session's own resolution time is observed when it is assembled.
        TIME_TO_RESOLUTION.labels(suggested="yes").observe(float(data.time_to_resolution_seconds))
    return {"case_id": case_id, "confidence_before": round(before, 4), "confidence_after": round(after, 4),
            "reuse_count": int(row["reuse_count"]) + (1 if success else 0), "demoted": failure}


def rate(conn: Any, case: dict[str, Any], rating: str, comment: str | None, feedback_id: Any,
         user: str | None, now: float, session_id: str | None = None) -> dict[str, float]:
    """A stored rating of `case` (a `locked_case` row) moves its confidence; the move is kept in its history. A
    helpful rating in a session confirms the session's report for the case (`pairs`)."""
    before = float(case["confidence"])
    after = moved(before, rating)
    repo.rate(conn, case["org_id"], case["id"], after, rating, now)
    repo.add_history(conn, case["org_id"], case["id"], now, "feedback", before, after,
                     {"rating": rating, "comment": comment, "feedback_id": feedback_id, "by": user})
    if rating == "helpful":
        pairs.confirm(conn, case["org_id"], case["id"], session_id, "feedback", now)
    return {"confidence_before": round(before, 4), "confidence_after": round(after, 4)}
