"""Storing what the AI helper reports: audit events, query summaries and alert history.

Everything passes the redactor before it is stored; a batch is stored in one transaction, so a
rejected or failed batch leaves nothing of itself and loses nothing that was there before.
Idempotency comes from natural keys (event id; fingerprint and start time), so retries are safe.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from exporter import metrics
from exporter.redaction import Redactor
from exporter.schemas import AlertmanagerWebhook, AuditEvent, QuerySummary
from exporter.scoping import Principal
from exporter.store import Store, to_json
from exporter.store.base import Conn

# Event kinds whose user text is a person's own words and stays visible to them only.
_EVENT_FIELDS = (
    "model", "data_sources", "execution_time_seconds", "success", "rating", "target", "target_id",
    "execution_time_ms", "prompt_tokens", "output_tokens", "action_type", "url", "ref_id",
)


@dataclass
class IngestResult:
    stored: int = 0
    duplicates: int = 0
    redactions: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        return {"stored": self.stored, "duplicates": self.duplicates, "redactions": dict(self.redactions)}


EVENT_COLUMNS = (
    "org_id", "event_id", "user_id", "session_id", "session_type", "kind", "ts", "text", "data", "ingested_at",
)


def event_rows(events: Sequence[AuditEvent], org: str, principal: Principal, redactor: Redactor, counts: Counter) -> list[dict]:
    """Turn validated events into redacted rows; the acting user comes from the token's rules."""
    now = time.time()
    rows = []
    for ev in events:
        data = {k: getattr(ev, k) for k in _EVENT_FIELDS if getattr(ev, k) not in (None, [])}
        if ev.command is not None:
            data["command"] = ev.command
        if ev.page is not None:
            data["page"] = ev.page
        if ev.extra:
            data["extra"] = ev.extra
        rows.append(
            {
                "org_id": org,
                "event_id": ev.id,
                "user_id": principal.acting_user(ev.user) or "",
                "session_id": ev.session_id,
                "session_type": ev.session_type,
                "kind": ev.kind,
                "ts": ev.timestamp.timestamp(),
                "text": redactor.redact_value(ev.text, counts),
                "data": to_json(redactor.redact_value(data, counts)),
                "ingested_at": now,
            }
        )
    return rows


def store_events(store: Store, principal: Principal, redactor: Redactor, events: Sequence[AuditEvent]) -> IngestResult:
    org = principal.require_org()
    for ev in events:
        principal.check_org(ev.org)
    result = IngestResult()
    rows = event_rows(events, org, principal, redactor, result.redactions)
    unique: dict[str, dict] = {}
    for row in rows:
        unique.setdefault(row["event_id"], row)
    with store.transaction() as conn:
        inserted = set(conn.insert_new("audit_events", EVENT_COLUMNS, list(unique.values()), "(org_id, event_id)", "event_id"))
        new = [r for k, r in unique.items() if k in inserted]
        _touch_sessions(conn, new)
        _store_feedback(conn, new, events)
    result.stored = len(new)
    result.duplicates = len(rows) - len(new)
    for row in new:
        metrics.EVENTS_INGESTED.labels(kind=row["kind"]).inc()
    metrics.count_redactions(result.redactions)
    return result


def _touch_sessions(conn: Conn, rows: Sequence[dict]) -> None:
    sessions: dict[str, dict] = {}
    for r in rows:
        s = sessions.setdefault(
            r["session_id"],
            {
                "org_id": r["org_id"],
                "session_id": r["session_id"],
                "user_id": r["user_id"],
                "session_type": r["session_type"],
                "started_at": r["ts"],
                "last_seen_at": r["ts"],
                "n": 0,
            },
        )
        s["started_at"] = min(s["started_at"], r["ts"])
        s["last_seen_at"] = max(s["last_seen_at"], r["ts"])
        s["n"] += 1
    conn.executemany(
        "INSERT INTO sessions (org_id, session_id, user_id, session_type, started_at, last_seen_at, event_count) "
        "VALUES (:org_id, :session_id, :user_id, :session_type, :started_at, :last_seen_at, :n) "
        "ON CONFLICT (org_id, session_id) DO UPDATE SET "
        "started_at = CASE WHEN excluded.started_at < sessions.started_at "
        "THEN excluded.started_at ELSE sessions.started_at END, "
        "last_seen_at = CASE WHEN excluded.last_seen_at > sessions.last_seen_at "
        "THEN excluded.last_seen_at ELSE sessions.last_seen_at END, "
        "event_count = sessions.event_count + excluded.event_count",
        list(sessions.values()),
    )


def _store_feedback(conn: Conn, rows: Sequence[dict], events: Sequence[AuditEvent]) -> None:
    by_id = {ev.id: ev for ev in events if ev.kind == "feedback"}
    fb = []
    for r in rows:
        ev = by_id.get(r["event_id"])
        if ev is None:
            continue
        fb.append(
            {
                "org_id": r["org_id"],
                "user_id": r["user_id"],
                "target": ev.target or "answer",
                "target_id": ev.target_id or (_answer_before(conn, r) if ev.target in (None, "answer") else ev.session_id),
                "rating": ev.rating,
                "comment": r["text"] or None,
                "event_id": ev.id,
                "ts": r["ts"],
            }
        )
    conn.executemany(
        "INSERT INTO feedback (org_id, user_id, target, target_id, rating, comment, event_id, ts) "
        "VALUES (:org_id, :user_id, :target, :target_id, :rating, :comment, :event_id, :ts) "
        "ON CONFLICT (org_id, event_id) DO NOTHING",
        fb,
    )


def _answer_before(conn: Conn, row: dict) -> str:
    """The answer a rating without a target is about: the session's last response before it.

    The AI helper's log writes a rating right after the answer it rates and often leaves the target
    out; the learning pass reads ratings by the response's event id, so the session id (the old
    default) never reached it. Without an earlier response the session id is kept.
    """
    found = conn.one(
        "SELECT event_id FROM audit_events WHERE org_id = :o AND session_id = :s AND kind = 'llm_response' "
        "AND ts <= :t ORDER BY ts DESC, event_id DESC LIMIT 1",
        {"o": row["org_id"], "s": row["session_id"], "t": row["ts"]},
    )
    return found["event_id"] if found else row["session_id"]


def query_row(q: QuerySummary, org: str, user: str | None, redactor: Redactor, counts: Counter, ttl: float) -> dict:
    executed = (q.executed_at.timestamp() if q.executed_at else time.time())
    return {
        "org_id": org,
        "user_id": user,
        "scope": "user" if q.personal else "org",
        "external_id": q.id,
        "session_id": q.session_id,
        "query_text": redactor.redact_value(q.query_text, counts),
        "relative_expression": q.relative_expression,
        "range_start": q.range_start.timestamp() if q.range_start else None,
        "range_end": q.range_end.timestamp() if q.range_end else None,
        "result_summary": redactor.redact_value(q.result_summary, counts),
        "headline_value": q.headline_value,
        "key_insights": to_json(redactor.redact_value(q.key_insights, counts)),
        "data_sources": to_json(q.data_sources),
        "execution_time_seconds": q.execution_time_seconds,
        "success": 1 if q.success else 0,
        "executed_at": executed,
        "expires_at": executed + ttl,
        "intent": "{}",
        "intent_key": None,
        "embedding": None,
    }


QUERY_COLUMNS = (
    "org_id, user_id, scope, external_id, session_id, query_text, intent, intent_key, relative_expression, "
    "range_start, range_end, result_summary, headline_value, key_insights, data_sources, execution_time_seconds, "
    "success, embedding, executed_at, expires_at"
)


def insert_queries(conn: Conn, rows: Sequence[dict]) -> list[int]:
    """Insert query rows, skipping ones whose external id is already stored; returns new row ids."""
    ids = []
    values = ", ".join(f":{c.strip()}" for c in QUERY_COLUMNS.split(","))
    for row in rows:
        got = conn.one(
            f"INSERT INTO query_executions ({QUERY_COLUMNS}) VALUES ({values}) "
            "ON CONFLICT (org_id, external_id) DO NOTHING RETURNING id",
            row,
        )
        if got is not None:
            ids.append(int(got["id"]))
            metrics.QUERIES_RECORDED.inc()
    return ids


def alert_rows(org: str, payload: AlertmanagerWebhook, received_at: float | None = None) -> list[dict]:
    """Rows for alert history; a resolved notice carries the end time of the firing row it closes."""
    now = time.time() if received_at is None else received_at
    rows = []
    for a in payload.alerts:
        ends = a.endsAt.timestamp() if a.endsAt and a.endsAt.year > 1 else None
        rows.append(
            {
                "org_id": org,
                "fingerprint": a.fingerprint,
                "alertname": a.labels.get("alertname", ""),
                "severity": a.labels.get("severity", ""),
                "service": a.labels.get("service", a.labels.get("job", "")),
                "status": a.status,
                "labels": to_json(a.labels),
                "annotations": to_json(a.annotations),
                "starts_at": a.startsAt.timestamp(),
                "ends_at": ends if a.status == "resolved" else None,
                "generator_url": a.generatorURL,
                "received_at": now,
            }
        )
    return rows


def upsert_alerts(conn: Conn, org: str, rows: Sequence[dict]) -> IngestResult:
    """Idempotent by (fingerprint, start): a resolve updates its firing row, a late firing replay
    does not reopen a resolved alert."""
    result = IngestResult()
    if not rows:
        return result
    keys = {(r["fingerprint"], r["starts_at"]) for r in rows}
    fingerprints = sorted({fp for fp, _ in keys})
    names = {f"f{i}": fp for i, fp in enumerate(fingerprints)}
    existing = {
        (r["fingerprint"], r["starts_at"])
        for r in conn.query(
            f"SELECT fingerprint, starts_at FROM alert_events WHERE org_id = :org "
            f"AND fingerprint IN ({','.join(':' + n for n in names)})",
            {"org": org, **names},
        )
    }
    conn.executemany(
        "INSERT INTO alert_events (org_id, fingerprint, alertname, severity, service, status, labels, annotations, "
        "starts_at, ends_at, generator_url, received_at) VALUES (:org_id, :fingerprint, :alertname, :severity, "
        ":service, :status, :labels, :annotations, :starts_at, :ends_at, :generator_url, :received_at) "
        "ON CONFLICT (org_id, fingerprint, starts_at) DO UPDATE SET status = CASE WHEN alert_events.status = "
        "'resolved' THEN 'resolved' ELSE excluded.status END, "
        "ends_at = COALESCE(excluded.ends_at, alert_events.ends_at), annotations = excluded.annotations",
        rows,
    )
    result.stored = len(keys - existing)
    result.duplicates = len(rows) - result.stored
    for r in rows:
        metrics.ALERTS_INGESTED.labels(status=r["status"]).inc()
    return result


def store_alerts(store: Store, principal: Principal, payload: AlertmanagerWebhook) -> IngestResult:
    """Alert history from one Alertmanager webhook call, in one transaction."""
    org = principal.require_org()
    with store.transaction() as conn:
        return upsert_alerts(conn, org, alert_rows(org, payload))
