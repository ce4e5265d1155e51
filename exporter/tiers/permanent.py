"""The permanent tier: proven knowledge kept with its history, never expired by age.

A change to an item (a proven solution, a high-reuse pattern) stores a new version; earlier
versions stay readable, so an answer given from version 3 can still be explained after version 4
exists. Runbooks keep their own history in `runbook_versions` (exporter/cases/runbooks.py) and
are the permanent tier's third kind. Only delete-my-data removes versions (those built from the
forgotten person's data).
"""

from __future__ import annotations

import hashlib
import time
from typing import TYPE_CHECKING, Any

from exporter.scoping import Principal, contributing, visible
from exporter.store import Store, from_json, to_json
from exporter.store.base import Conn

if TYPE_CHECKING:
    from exporter.service import Services

KINDS = ("solution", "pattern")
MIN_PATTERN_USES = 10
MIN_PATTERN_CONFIDENCE = 0.9


def save_version(conn: Conn, org: str, kind: str, key: str, content: Any, *, scope: str = "org",
                 user: str | None = None, now: float | None = None) -> int:
    """Store `content` as the next version of (kind, key) unless it equals the latest; returns the latest version."""
    text = to_json(content)
    digest = hashlib.sha256(text.encode()).hexdigest()
    latest = conn.one(
        "SELECT version, content_hash FROM knowledge_versions WHERE org_id = :o AND kind = :k AND item_key = :i "
        "ORDER BY version DESC LIMIT 1",
        {"o": org, "k": kind, "i": key},
    )
    if latest is not None and latest["content_hash"] == digest:
        return int(latest["version"])
    version = 1 if latest is None else int(latest["version"]) + 1
    conn.execute(
        "INSERT INTO knowledge_versions (org_id, kind, item_key, version, scope, user_id, content, content_hash, "
        "created_at) VALUES (:o, :k, :i, :v, :s, :u, :c, :h, :t) ON CONFLICT DO NOTHING",
        {"o": org, "k": kind, "i": key, "v": version, "s": scope, "u": user, "c": text, "h": digest,
         "t": time.time() if now is None else now},
    )
    return version


def versions(store: Store, principal: Principal, kind: str, key: str) -> list[dict[str, Any]]:
    where, params = visible(principal, alias="kv")
    rows = store.query(
        f"SELECT kv.version, kv.content_hash, kv.created_at FROM knowledge_versions kv WHERE {where} "
        "AND kv.kind = :k AND kv.item_key = :i ORDER BY kv.version",
        {**params, "k": kind, "i": key},
    )
    return [dict(r) for r in rows]


def version(store: Store, principal: Principal, kind: str, key: str, number: int) -> dict[str, Any] | None:
    where, params = visible(principal, alias="kv")
    row = store.one(
        f"SELECT kv.kind, kv.item_key, kv.version, kv.content, kv.created_at FROM knowledge_versions kv WHERE {where} "
        "AND kv.kind = :k AND kv.item_key = :i AND kv.version = :v",
        {**params, "k": kind, "i": key, "v": number},
    )
    if row is None:
        return None
    return {"kind": row["kind"], "key": row["item_key"], "version": row["version"],
            "content": from_json(row["content"]), "created_at": row["created_at"]}


def promote(svc: Services, now: float) -> dict[str, int]:
    """Learning stage: high-reuse org patterns of contributing people become versioned permanent knowledge."""
    promoted = 0
    with svc.store.transaction() as conn:
        rows = conn.query(
            "SELECT lp.org_id, lp.type, lp.pattern_key, lp.data FROM learned_patterns lp WHERE lp.scope = 'org' "
            f"AND lp.usage_count >= :n AND lp.confidence >= :c AND {contributing('lp')}",
            {"n": MIN_PATTERN_USES, "c": MIN_PATTERN_CONFIDENCE},
        )
        for r in rows:
            before = conn.scalar("SELECT COUNT(*) AS n FROM knowledge_versions WHERE org_id = :o", {"o": r["org_id"]})
            save_version(conn, r["org_id"], "pattern", f"{r['type']}:{r['pattern_key']}",
                         from_json(r["data"], {}), now=now)
            after = conn.scalar("SELECT COUNT(*) AS n FROM knowledge_versions WHERE org_id = :o", {"o": r["org_id"]})
            promoted += int(after) - int(before)
    return {"new_versions": promoted}
