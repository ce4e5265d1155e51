"""The embedded hot tier: entries in `hot_entries` with their expiry; reads never return an expired one."""

from __future__ import annotations

import time
from collections.abc import Sequence

from exporter.store import Store
from exporter.store.base import Conn, in_list
from exporter.tiers.batch import delete_in_batches
from exporter.tiers.hot.base import HotEntry, HotStore


class StoreHot(HotStore):
    kind = "store"

    def __init__(self, store: Store, clock=time.time):
        self.store = store
        self.clock = clock

    def put_many(self, namespace: str, entries: Sequence[HotEntry], conn: Conn | None = None) -> None:
        if not entries:
            return
        now = self.clock()
        rows = [{"ns": namespace, "k": e.key, "org": e.org, "u": e.user, "v": bytes(e.value), "exp": now + e.ttl}
                for e in entries]
        sql = ("INSERT INTO hot_entries (namespace, entry_key, org_id, user_id, value, expires_at) "
               "VALUES (:ns, :k, :org, :u, :v, :exp) ON CONFLICT (namespace, org_id, entry_key) DO UPDATE SET "
               "user_id = excluded.user_id, value = excluded.value, expires_at = excluded.expires_at")
        if conn is not None:
            conn.executemany(sql, rows)
        else:
            self.store.executemany(sql, rows)

    def get_many(self, namespace: str, org: str, keys: Sequence[str]) -> dict[str, bytes]:
        if not keys:
            return {}
        in_keys, marks = in_list(keys, "k")
        rows = self.store.query(
            "SELECT entry_key, value FROM hot_entries WHERE namespace = :ns AND org_id = :org "
            f"AND entry_key IN ({in_keys}) AND expires_at > :now",
            {"ns": namespace, "org": org, "now": self.clock(), **marks},
        )
        return {r["entry_key"]: bytes(r["value"]) for r in rows}

    def delete(self, namespace: str, org: str, key: str) -> None:
        self.store.execute("DELETE FROM hot_entries WHERE namespace = :ns AND org_id = :org AND entry_key = :k",
                           {"ns": namespace, "org": org, "k": key})

    def forget_person(self, org: str, user: str) -> int:
        return max(self.store.execute("DELETE FROM hot_entries WHERE org_id = :org AND user_id = :u",
                                      {"org": org, "u": user}), 0)

    def purge_expired(self, now: float | None = None, batch: int = 5000) -> int:
        now = self.clock() if now is None else now
        return delete_in_batches(self.store, "hot_entries", "expires_at < :now", {"now": now}, batch)

    def stats(self) -> tuple[int, int]:
        row = self.store.one("SELECT COUNT(*) AS n, COALESCE(SUM(LENGTH(value)), 0) AS b FROM hot_entries "
                             "WHERE expires_at > :now", {"now": self.clock()})
        return int(row["n"]), int(row["b"])
