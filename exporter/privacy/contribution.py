"""Opting out of learning: a person's `contribute` switch, and who contributes to an org's aggregates.

Aggregations in other capabilities call `contributing_users(conn, org)` (the set of people whose
rows may be aggregated) or AND in `exporter.scoping.contributing(alias)` as SQL; both read the same
`user_profiles.contribute` flag, so an opt-out takes effect at the next learning pass and the
opted-out person's past contributions fall out of every recomputed aggregate.
"""

from __future__ import annotations

import time

from exporter.scoping import contributing
from exporter.store import Store
from exporter.store.base import Conn


def contributes(store: Store, org: str, user: str) -> bool:
    value = store.scalar("SELECT contribute FROM user_profiles WHERE org_id = :o AND user_id = :u",
                         {"o": org, "u": user})
    return value is None or bool(value)


def set_contribute(store: Store, org: str, user: str, contribute: bool, now: float | None = None) -> None:
    store.execute(
        "INSERT INTO user_profiles (org_id, user_id, data, contribute, updated_at) VALUES (:o, :u, '{}', :c, :t) "
        "ON CONFLICT (org_id, user_id) DO UPDATE SET contribute = excluded.contribute, updated_at = excluded.updated_at",
        {"o": org, "u": user, "c": int(contribute), "t": time.time() if now is None else now},
    )


def contributing_users(conn: Conn, org: str, table: str = "audit_events") -> set[str]:
    """People of `org` with rows in `table` who allow aggregation of them."""
    rows = conn.query(
        f"SELECT DISTINCT t.user_id FROM {table} t WHERE t.org_id = :o AND t.user_id IS NOT NULL "
        f"AND t.user_id <> '' AND {contributing('t')}",
        {"o": org},
    )
    return {r["user_id"] for r in rows}


def opted_out_users(conn: Conn, org: str) -> set[str]:
    rows = conn.query("SELECT user_id FROM user_profiles WHERE org_id = :o AND contribute = 0", {"o": org})
    return {r["user_id"] for r in rows}
