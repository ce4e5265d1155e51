"""Reading one org's recent usage out of the store, in the shapes the detectors take.

Only what the pass needs, for the lookback only; text is already redacted at ingest. Conversational
turns (`detectors.conversation`: "ok", "thanks, that fixed it", "tl;dr", "go on") are kept apart
from questions: they are signals about detail level and satisfaction, never a question, a gap, a
habit or a top question; a style request appended to a question is split off the same way. Each question says whether its asker lets the org learn from them
(`scoping.contributing`): org patterns are formed from those alone, a person's own from all of theirs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from detectors.conversation import classify, style_request
from exporter.scoping import contributing
from exporter.store import from_json
from exporter.store.base import Conn


@dataclass
class Question:
    user: str
    session: str
    session_type: str
    ts: float
    text: str  # as asked, minus a trailing style marker such as "(short answer please)"
    raw: str
    contributes: bool = True
    style: str | None = None  # "less_detail" / "more_detail" when the question carried such a request


@dataclass
class OrgUsage:
    org: str
    until: float = 0.0  # end of the window read (the pass's "now")
    questions: list[Question] = field(default_factory=list)
    follow_ups: list[tuple[str, str, float]] = field(default_factory=list)  # more detail asked: user, session, ts
    shorter: list[tuple[str, str, float]] = field(default_factory=list)  # less detail asked: user, session, ts
    acks: list[tuple[str, str, float]] = field(default_factory=list)  # thanks, "that worked": user, session, ts
    responses: dict[str, dict] = field(default_factory=dict)  # event id -> {session, user, ts, length, seconds}
    by_session: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))  # responses per session
    models: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    sources: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    commands: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    feedback: list[dict] = field(default_factory=list)
    sessions: dict[str, dict] = field(default_factory=dict)


def _seconds(data: dict) -> float | None:
    """How long the answer took: the helper logs seconds or, in newer logs, milliseconds."""
    if data.get("execution_time_seconds") is not None:
        return float(data["execution_time_seconds"])
    if data.get("execution_time_ms") is not None:
        return float(data["execution_time_ms"]) / 1000.0
    return None


def orgs_with_activity(conn: Conn, since: float) -> list[str]:
    rows = conn.query("SELECT DISTINCT org_id FROM audit_events WHERE ts >= :s ORDER BY org_id", {"s": since})
    return [r["org_id"] for r in rows]


def load(conn: Conn, org: str, since: float, until: float) -> OrgUsage:
    u = OrgUsage(org, until)
    rows = conn.query(
        "SELECT a.event_id, a.user_id, a.session_id, a.session_type, a.kind, a.ts, a.text, a.data, "
        f"CASE WHEN {contributing('a')} THEN 1 ELSE 0 END AS contributes FROM audit_events a "
        "WHERE a.org_id = :org AND a.ts >= :s AND a.ts < :u AND a.kind IN ('user_query', 'llm_request', 'llm_response', "
        "'action') ORDER BY a.ts, a.event_id",
        {"org": org, "s": since, "u": until},
    )
    for r in rows:
        user, sid, kind = r["user_id"] or "", r["session_id"], r["kind"]
        s = u.sessions.setdefault(sid, {"user": user, "type": r["session_type"], "start": r["ts"], "end": r["ts"]})
        s["end"] = r["ts"]
        if kind == "user_query":
            text = r["text"].strip()
            if not text:
                continue
            turn = classify(text)
            if turn != "question":
                {"more_detail": u.follow_ups, "less_detail": u.shorter, "ack": u.acks}[turn].append(
                    (user, sid, r["ts"])
                )
                continue
            clean, style = style_request(text)
            u.questions.append(
                Question(user, sid, r["session_type"], r["ts"], clean, text, bool(r["contributes"]), style)
            )
            continue
        data = from_json(r["data"], {})
        if kind == "llm_request" and data.get("model"):
            u.models[user].append(str(data["model"]))
            u.sources[user].extend(str(x) for x in data.get("data_sources", []))
        elif kind == "llm_response":
            resp = {
                "session": sid,
                "user": user,
                "ts": r["ts"],
                "length": len(r["text"]),
                "seconds": _seconds(data),
            }
            u.responses[r["event_id"]] = resp
            u.by_session[sid].append(resp)
        elif kind == "action" and data.get("command"):
            u.commands[user].append(str(data["command"]))
    u.feedback = conn.query(
        "SELECT user_id, target, target_id, rating, comment, ts FROM feedback WHERE org_id = :org AND ts >= :s "
        "AND ts < :u",
        {"org": org, "s": since, "u": until},
    )
    return u
