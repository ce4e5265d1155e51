"""Storing what the AI helper reports: audit events, query summaries and alert history.

Everything passes the org's redaction gate (`exporter.privacy.gate`) before it is stored, alert
labels and annotations included; a batch is stored in one transaction, so a
rejected or failed batch leaves nothing of itself and loses nothing that was there before.
Idempotency comes from natural keys (event id; fingerprint and start time), so retries are safe.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from exporter import metrics
from exporter.ingest.schemas import AlertmanagerWebhook, AuditEvent, QuerySummary
from exporter.knowledge.feedback import store_feedback
from exporter.scoping import Principal
from exporter.store import Store, to_json
from exporter.store.base import Conn, in_list

if TYPE_CHECKING:
    from exporter.privacy.gate import Gate

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


_EVENT_KEY = "event_id || ' ' || user_id"  # what insert_new returns per new row: both halves of the key
EVENT_COLUMNS = (
    "org_id", "event_id", "user_id", "session_id", "session_type", "kind", "ts", "text", "data", "ingested_at",
)


def event_rows(events: Sequence[AuditEvent], org: str, principal: Principal, gate: Gate) -> list[dict]:
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
                "text": gate.value(ev.text),
                "data": to_json(gate.value(data)),
                "ingested_at": now,
            }
        )
    return rows


def store_events(store: Store, principal: Principal, gate: Gate, events: Sequence[AuditEvent]) -> IngestResult:
    org = principal.require_org()
    for ev in events:
        principal.check_org(ev.org)
    result = IngestResult()
    before = Counter(gate.counts)
    rows = event_rows(events, org, principal, gate)
    result.redactions = gate.counts - before
    # An id is unique within one person's events (migration 0008): the same id from two users is
    # two events, and only a repeat from the same user is a duplicate.
    unique: dict[tuple[str, str], dict] = {}
    for row in rows:
        unique.setdefault((row["user_id"], row["event_id"]), row)
    with store.transaction() as conn:
        inserted = {
            tuple(key.split(" ", 1)[::-1])  # event ids hold no space (schemas.Id), so the first one splits
            for key in conn.insert_new("audit_events", EVENT_COLUMNS, list(unique.values()),
                                       "(org_id, user_id, event_id)", _EVENT_KEY)
        }
        new = [r for k, r in unique.items() if k in inserted]
        _touch_sessions(conn, new)
        by_key = {(r["user_id"], r["event_id"]): ev for r, ev in zip(rows, events, strict=True)}
        _store_feedback(store, conn, principal, new, by_key)
    result.stored = len(new)
    result.duplicates = len(rows) - len(new)
    for row in new:
        metrics.EVENTS_INGESTED.labels(kind=row["kind"]).inc()
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


def _store_feedback(store: Store, conn: Conn, principal: Principal, rows: Sequence[dict],
                    by_key: dict[tuple[str, str], AuditEvent]) -> None:
    """A feedback event goes the one way every rating goes (`knowledge.feedback.store_feedback`): stored,
    counted and a rated case's confidence moved, exactly as `POST /api/v1/feedback` would."""
    for r in rows:
        ev = by_key[(r["user_id"], r["event_id"])]
        if ev.kind != "feedback":
            continue
        target_id = ev.target_id or (_answer_before(conn, r) if ev.target in (None, "answer") else ev.session_id)
        store_feedback(conn, store, principal, r["user_id"], ev.target or "answer", target_id,
                       ev.rating, r["text"] or None, ev.id, r["ts"], strict=False, session_id=r["session_id"])


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


def query_row(q: QuerySummary, org: str, user: str | None, gate: Gate, ttl: float) -> dict:
    executed = (q.executed_at.timestamp() if q.executed_at else time.time())
    return {
        "org_id": org,
        "user_id": user,
        "scope": "user" if q.personal else "org",
        "external_id": q.id,
        "session_id": q.session_id,
        "query_text": gate.value(q.query_text),
        "relative_expression": q.relative_expression,
        "range_start": q.range_start.timestamp() if q.range_start else None,
        "range_end": q.range_end.timestamp() if q.range_end else None,
        "result_summary": gate.value(q.result_summary),
        "headline_value": q.headline_value,
        "key_insights": to_json(gate.value(q.key_insights)),
        "data_sources": to_json(q.data_sources),
        "executed": to_json(gate.value([e.model_dump() for e in q.executed])),
        "execution_time_seconds": q.execution_time_seconds,
        "success": 1 if q.success else 0,
        "executed_at": executed,
        "expires_at": executed + ttl,
        "intent": "{}",
        "intent_key": None,
        "embedding": None,
        "_tz": q.tz,  # read by the query recorder, not stored as columns
        "_ttl": q.ttl_seconds,
    }


QUERY_COLUMNS = (
    "org_id, user_id, scope, external_id, session_id, query_text, intent, intent_key, relative_expression, "
    "range_start, range_end, result_summary, headline_value, key_insights, data_sources, execution_time_seconds, "
    "success, embedding, executed_at, expires_at, executed"
)


def insert_queries(conn: Conn, rows: Sequence[dict]) -> list[int]:
    """Insert query rows, skipping ones whose external id is already stored; returns new row ids."""
    ids = []
    values = ", ".join(f":{c.strip()}" for c in QUERY_COLUMNS.split(","))
    for row in rows:
        got = conn.one(
            f"INSERT INTO query_executions ({QUERY_COLUMNS}) VALUES ({values}) "
            "ON CONFLICT (org_id, external_id) DO NOTHING RETURNING id",
            {"executed": "[]", **row},  # rows built before summaries carried their executed queries
        )
        if got is not None:
            ids.append(int(got["id"]))
            metrics.QUERIES_RECORDED.inc()
    return ids


def alert_rows(org: str, payload: AlertmanagerWebhook, gate: Gate, received_at: float | None = None) -> list[dict]:
    """Rows for alert history; a resolved notice carries the end time of the firing row it closes.

    Label and annotation values and the generator URL are redacted here, at ingest, so the alert
    history, its archives and everything learned from it never hold them in clear. The
    fingerprint is Alertmanager's hash of the labels as sent and stays the alert's identity.
    """
    now = time.time() if received_at is None else received_at
    rows = []
    for a in payload.alerts:
        ends = a.endsAt.timestamp() if a.endsAt and a.endsAt.year > 1 else None
        labels = gate.labels(a.labels)
        rows.append(
            {
                "org_id": org,
                "fingerprint": a.fingerprint,
                "alertname": labels.get("alertname", ""),
                "severity": labels.get("severity", ""),
                "service": labels.get("service", labels.get("job", "")),
                "status": a.status,
                "labels": to_json(labels),
                "annotations": to_json(gate.labels(a.annotations)),
                "starts_at": a.startsAt.timestamp(),
                "ends_at": ends if a.status == "resolved" else None,
                "generator_url": gate.text(a.generatorURL),
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
    marks, names = in_list(fingerprints, "f")
    existing = {
        (r["fingerprint"], r["starts_at"])
        for r in conn.query(
            f"SELECT fingerprint, starts_at FROM alert_events WHERE org_id = :org "
            f"AND fingerprint IN ({marks})",
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


def store_alerts(store: Store, principal: Principal, gate: Gate, *payloads: AlertmanagerWebhook) -> IngestResult:
    """Alert history from Alertmanager webhook calls (one from the API, a batch from a backfill), in one
    transaction: a commit per webhook costs PostgreSQL an fsync each."""
    org = principal.require_org()
    before = Counter(gate.counts)
    rows = [row for payload in payloads for row in alert_rows(org, payload, gate)]
    with store.transaction() as conn:
        result = upsert_alerts(conn, org, rows)
    result.redactions = gate.counts - before
    return result
