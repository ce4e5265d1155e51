"""Usage patterns in `learned_patterns`: upsert, lifecycle, and scoped reads.

Every row carries its org, and its user when it is a person's (`scope = 'user'`), so the privacy
and retention rules and `scoping.visible` govern these rows like any other. A pattern's confidence
is the detector's, moved by feedback on recommendations it produced; one not found again decays
linearly over the re-validation period and is deleted when it expires.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from exporter.knowledge import patterns as writer
from exporter.scoping import Principal, contributing, visible
from exporter.store import from_json, to_json
from exporter.store.base import Conn, in_list

TYPES = ("frequent", "cluster", "subject", "habit", "preference", "environment", "knowledge_gap")
REVALIDATION_SECONDS = 30 * 86400
FEEDBACK_STEP = {"helpful": 0.1, "partially_helpful": 0.0, "not_helpful": -0.2}


@dataclass
class Pattern:
    org_id: str
    type: str
    key: str
    data: dict
    evidence: dict
    confidence: float
    user_id: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def scope(self) -> str:
        return "user" if self.user_id else "org"


def pattern_id_hint(p: Pattern) -> str:
    return hashlib.sha256(f"{p.org_id}\x00{p.user_id}\x00{p.type}\x00{p.key}".encode()).hexdigest()[:16]


def feedback_adjustments(conn: Conn, org: str) -> dict[tuple[str, str, str], float]:
    """Confidence moves per (user, type, key) from feedback on recommendations that came from a pattern."""
    rows = conn.query(
        "SELECT r.evidence AS evidence, f.rating AS rating FROM feedback f JOIN recommendations r "
        "ON r.org_id = f.org_id AND r.id = f.target_id WHERE f.org_id = :org AND f.target = 'recommendation' "
        "AND r.kind IN ('habit', 'knowledge_gap')",
        {"org": org},
    )
    out: dict[tuple[str, str, str], float] = {}
    for row in rows:
        ev = from_json(row["evidence"], {})
        ref = ev.get("pattern")
        if not ref:
            continue
        k = (ref.get("user_id", ""), ref["type"], ref["key"])
        out[k] = out.get(k, 0.0) + FEEDBACK_STEP.get(row["rating"], 0.0)
    return out


def upsert(conn: Conn, patterns: Iterable[Pattern], now: float, adjust: dict | None = None) -> int:
    """Insert or refresh patterns found in this pass; usage count and last use are kept."""
    adjust = adjust or {}
    rows = []
    for p in patterns:
        delta = adjust.get((p.user_id, p.type, p.key), 0.0)
        conf = min(1.0, max(0.0, p.confidence + delta))
        data = dict(p.data, detected_confidence=round(p.confidence, 4), feedback_adjustment=round(delta, 3))
        rows.append(
            {
                "org": p.org_id,
                "user": p.user_id,
                "scope": p.scope,
                "type": p.type,
                "key": p.key,
                "data": to_json(data),
                "evidence": to_json(p.evidence),
                "conf": round(conf, 4),
                "now": now,
                "exp": now + REVALIDATION_SECONDS,
            }
        )
    return writer.upsert(conn, rows)


def age_out(conn: Conn, org: str, now: float, refreshed_before: float) -> dict[str, int]:
    """Patterns of our types not found in this pass lose confidence linearly; expired ones go.

    Except shared patterns older than someone's opt-out: not found again once that person's rows
    left the pass, they may stand on those rows (and show them as evidence), so they go at once.
    """
    marks = ", ".join(f"'{t}'" for t in TYPES)
    expired = writer.delete_expired(conn, org, TYPES, now)
    expired += writer.delete_shared_older_than_an_opt_out(conn, org, TYPES, refreshed_before)
    stale = conn.query(
        f"SELECT id, data, updated_at FROM learned_patterns WHERE org_id = :org AND type IN ({marks}) "
        "AND updated_at < :t",
        {"org": org, "t": refreshed_before},
    )
    updates = []
    for row in stale:
        d = from_json(row["data"], {})
        base = float(d.get("detected_confidence", 0.0)) + float(d.get("feedback_adjustment", 0.0))
        left = max(0.0, 1.0 - (now - float(row["updated_at"])) / REVALIDATION_SECONDS)
        updates.append({"id": row["id"], "c": round(max(0.0, min(1.0, base)) * left, 4)})
    writer.set_confidence(conn, updates)
    return {"expired": expired, "decayed": len(updates)}


def drop_other_clusters(conn: Conn, org: str, keep: Iterable[str], type_: str = "cluster") -> int:
    """The clusters (or subjects) of a pass partition the org's questions: the previous set is replaced."""
    return writer.keep_only(conn, org, type_, keep)


def previous_clusters(conn: Conn, org: str, type_: str = "cluster") -> dict[int, list[str]]:
    rows = conn.query(
        "SELECT data FROM learned_patterns WHERE org_id = :org AND user_id = '' AND type = :type",
        {"org": org, "type": type_},
    )
    out = {}
    for row in rows:
        d = from_json(row["data"], {})
        out[int(d["id"])] = list(d.get("member_keys", []))
    return out


_COLUMNS = "id, org_id, user_id, scope, type, pattern_key, data, evidence, confidence, usage_count, last_used, " \
    "created_at, updated_at, expires_at"


def shared_cases(conn: Conn, org: str, columns: str) -> list[dict[str, Any]]:
    """The solution library as the org sees it, for org patterns: active shared cases with an
    embedding, without personal cases or those of authors who opted out."""
    return conn.query(
        f"SELECT {columns} FROM cases c WHERE c.org_id = :org AND c.status = 'active' AND c.embedding IS NOT NULL "
        f"AND c.scope <> 'user' AND {contributing('c')} ORDER BY c.id",
        {"org": org},
    )


def render(row: dict[str, Any], with_evidence: bool = False) -> dict[str, Any]:
    data = from_json(row["data"], {})
    data.pop("member_keys", None)
    out = {
        "id": int(row["id"]),
        "type": row["type"],
        "scope": row["scope"],
        "user": row["user_id"] or None,
        "key": row["pattern_key"],
        "data": data,
        "confidence": row["confidence"],
        "usage_count": int(row["usage_count"]),
        "last_used": row["last_used"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "expires_at": row["expires_at"],
    }
    if with_evidence:
        out["evidence"] = from_json(row["evidence"], {})
    return out


def list_patterns(
    conn: Conn, who: Principal, acting: str | None, type_: str | None, limit: int, offset: int
) -> list[dict[str, Any]]:
    where, params = visible(who, acting, alias="lp")
    types = [type_] if type_ else list(TYPES)
    marks, names = in_list(types, "t")
    rows = conn.query(
        f"SELECT {_COLUMNS} FROM learned_patterns lp WHERE {where} AND type IN ({marks}) "
        "ORDER BY type, confidence DESC, id LIMIT :lim OFFSET :off",
        {**params, **names, "lim": limit, "off": offset},
    )
    return [render(r) for r in rows]


def get_pattern(conn: Conn, who: Principal, acting: str | None, pattern_id: int) -> dict[str, Any] | None:
    where, params = visible(who, acting, alias="lp")
    marks = ", ".join(f"'{t}'" for t in TYPES)
    row = conn.one(
        f"SELECT {_COLUMNS} FROM learned_patterns lp WHERE {where} AND id = :id AND type IN ({marks})",
        {**params, "id": pattern_id},
    )
    return None if row is None else render(row, with_evidence=True)


def mark_served(conn: Conn, ids: Iterable[int], now: float) -> None:
    """A pattern was put to use (read by the AI helper, or turned into a recommendation)."""
    writer.mark_served(conn, ids, now)


def profile_rows(conn: Conn, who: Principal, user: str) -> list[dict[str, Any]]:
    where, params = visible(who, user, alias="lp", personal_only=True)
    rows = conn.query(
        f"SELECT {_COLUMNS} FROM learned_patterns lp WHERE {where} AND type IN ('preference', 'habit', 'frequent') "
        "ORDER BY type, confidence DESC, id",
        params,
    )
    return [render(r, with_evidence=True) for r in rows]
