"""The one writer of `learned_patterns`: every insert, refresh, decay and delete of a pattern.

The learning pass (alert baselines, peaks, shifts, spikes) and the usage pass (habits, clusters,
gaps...) decide what they found; this module is how it is kept. A pattern is identified by
(org, user, type, key): a pass that finds it again refreshes its data, evidence, confidence and
expiry in place, and never touches its usage count or last use, which belong to the readers.
Reads stay with the passes and the API, through `scoping.visible`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from exporter.store.base import Conn, in_list

_UPSERT = (
    "INSERT INTO learned_patterns (org_id, user_id, scope, type, pattern_key, data, evidence, confidence, "
    "created_at, updated_at, expires_at) VALUES (:org, :user, :scope, :type, :key, :data, :evidence, :conf, "
    ":now, :now, :exp) ON CONFLICT (org_id, user_id, type, pattern_key) DO UPDATE SET data = excluded.data, "
    "evidence = excluded.evidence, confidence = excluded.confidence, scope = excluded.scope, "
    "updated_at = excluded.updated_at, expires_at = excluded.expires_at"
)


def upsert(conn: Conn, rows: Sequence[Mapping[str, object]]) -> int:
    """Insert or refresh patterns; each row has org, user ('' for the org's), scope, type, key,
    data and evidence (JSON text), conf, now and exp (None: kept until something replaces it)."""
    if rows:
        conn.executemany(_UPSERT, list(rows))
    return len(rows)


def delete_expired(conn: Conn, org: str, types: Sequence[str], now: float) -> int:
    marks, names = in_list(types, "t")
    return conn.execute(
        f"DELETE FROM learned_patterns WHERE org_id = :org AND type IN ({marks}) AND expires_at IS NOT NULL "
        "AND expires_at <= :now",
        {"org": org, "now": now, **names},
    )


def delete_shared_older_than_an_opt_out(conn: Conn, org: str, types: Sequence[str], before: float) -> int:
    """Shared patterns not refreshed since `before` and older than someone's opt-out: they may
    stand on that person's rows (and show them as evidence), so they go at once."""
    marks, names = in_list(types, "t")
    return conn.execute(
        f"DELETE FROM learned_patterns WHERE org_id = :org AND type IN ({marks}) AND scope <> 'user' "
        "AND updated_at < :t AND updated_at < (SELECT MAX(up_.updated_at) FROM user_profiles up_ "
        "WHERE up_.org_id = :org AND up_.contribute = 0)",
        {"org": org, "t": before, **names},
    )


def delete_stale(conn: Conn, org: str, type_: str, before: float) -> int:
    """The org's patterns of one type a pass did not refresh (a group no longer followed)."""
    return conn.execute(
        "DELETE FROM learned_patterns WHERE org_id = :o AND user_id = '' AND type = :type AND updated_at < :now",
        {"o": org, "type": type_, "now": before},
    )


def keep_only(conn: Conn, org: str, type_: str, keep: Iterable[str]) -> int:
    """The org's patterns of one type are replaced by the keys a pass found (clusters, subjects)."""
    marks, names = in_list(keep, "k")
    cond = f"AND pattern_key NOT IN ({marks})" if names else ""
    return conn.execute(
        f"DELETE FROM learned_patterns WHERE org_id = :org AND user_id = '' AND type = :type {cond}",
        {"org": org, "type": type_, **names},
    )


def set_confidence(conn: Conn, updates: Sequence[Mapping[str, object]]) -> None:
    """Rows of id and c (the new confidence): decay of patterns not found again."""
    conn.executemany("UPDATE learned_patterns SET confidence = :c WHERE id = :id", list(updates))


def mark_served(conn: Conn, ids: Iterable[int], now: float) -> None:
    """A pattern was put to use (read by the AI helper, or turned into a recommendation)."""
    conn.executemany(
        "UPDATE learned_patterns SET usage_count = usage_count + 1, last_used = :now WHERE id = :id",
        [{"id": int(i), "now": now} for i in ids],
    )
