"""Feedback: the one path of a rating, whichever door it came in by, and the only writer of `feedback`.

A rating reaches the service through `POST /api/v1/feedback` (`record_feedback`) or as a
`feedback` audit event (`exporter.ingest.writer`); both call `store_feedback`, so a case rated
through either door moves the same way (the move itself is the case's business:
`exporter.cases.confidence.rate`). Ratings of recommendations and query answers are only stored
here; the learning and usage stages that own those targets read them from `feedback`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from exporter.cases.confidence import CaseNotFound, locked_case, rate
from exporter.cases.model import FeedbackIn
from exporter.metrics import FEEDBACK
from exporter.scoping import Principal
from exporter.store import Store

if TYPE_CHECKING:
    from exporter.privacy.gate import Gate  # the privacy package reaches back here through forget

__all__ = ["CaseNotFound", "record_feedback", "store_feedback"]


def record_feedback(
    store: Store, gate: Gate, principal: Principal, data: FeedbackIn, now: float
) -> dict[str, Any]:
    """Store a rating of any target; a rating of a case also moves its confidence.

    A retry with the same `event_id` stores and moves nothing twice.
    """
    user = principal.acting_user(data.user)
    comment = gate.text(data.comment) or None
    with store.transaction() as conn:
        out = store_feedback(conn, store, principal, user, data.target, data.id, data.rating, comment,
                             data.event_id, now, session_id=data.session_id)
    return out or {"stored": False, "duplicate": True}


def store_feedback(conn: Any, store: Store, principal: Principal, user: str | None, target: str,
                   target_id: str | None, rating: str, comment: str | None, event_id: str | None, now: float,
                   *, strict: bool = True, session_id: str | None = None) -> dict[str, Any] | None:
    """Store a rating and, when it rates a case the rater may see, move the case's confidence.

    `comment` is already redacted. None when the same `event_id` was stored before (nothing moves
    twice). With `strict`, an unknown or invisible case raises `CaseNotFound` (the API answers
    404); without it (a batch of audit events) the rating is stored and nothing else moves. `session_id`: the
    session the rating was given in (a helpful one confirms the session's matched report for the case).
    """
    case = None
    if target == "case" and target_id is not None:
        try:
            case = locked_case(conn, store, principal, target_id)
        except CaseNotFound:
            if strict:
                raise
    fid = conn.scalar(
        "INSERT INTO feedback (org_id, user_id, target, target_id, rating, comment, event_id, ts) "
        "VALUES (:org, :user, :target, :tid, :rating, :comment, :eid, :ts) "
        "ON CONFLICT (org_id, (COALESCE(user_id, '')), event_id) DO NOTHING RETURNING id",
        {"org": principal.require_org(), "user": user, "target": target, "tid": target_id, "rating": rating,
         "comment": comment, "eid": event_id, "ts": now},
    )
    if fid is None:
        return None
    out: dict[str, Any] = {"stored": True, "id": fid}
    if case is not None:
        out.update(rate(conn, case, rating, comment, fid, user, now, session_id))
    FEEDBACK.labels(target=target, rating=rating).inc()
    return out
