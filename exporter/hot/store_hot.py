"""The embedded hot tier: entries in `hot_entries` with their expiry; reads never return an expired one."""

from __future__ import annotations

import time

from exporter.hot.base import HotStore
from exporter.store import Store


class StoreHot(HotStore):
    kind = "store"

    def __init__(self, store: Store, clock=time.time):
        self.store = store
        self.clock = clock

    def put(self, namespace: str, org: str, key: str, value: bytes, ttl: float, user: str | None = None) -> None:
        self.store.execute(
            "INSERT INTO hot_entries (namespace, entry_key, org_id, user_id, value, expires_at) "
            "VALUES (:ns, :k, :org, :u, :v, :exp) ON CONFLICT (namespace, org_id, entry_key) DO UPDATE SET "
            "user_id = excluded.user_id, value = excluded.value, expires_at = excluded.expires_at",
            {"ns": namespace, "k": key, "org": org, "u": user, "v": bytes(value), "exp": self.clock() + ttl},
        )

    def get(self, namespace: str, org: str, key: str) -> bytes | None:
        row = self.store.one(
            "SELECT value FROM hot_entries WHERE namespace = :ns AND org_id = :org AND entry_key = :k "
            "AND expires_at > :now",
            {"ns": namespace, "org": org, "k": key, "now": self.clock()},
        )
        return None if row is None else bytes(row["value"])

    def delete(self, namespace: str, org: str, key: str) -> None:
        self.store.execute("DELETE FROM hot_entries WHERE namespace = :ns AND org_id = :org AND entry_key = :k",
                           {"ns": namespace, "org": org, "k": key})

    def forget_person(self, org: str, user: str) -> int:
        return max(self.store.execute("DELETE FROM hot_entries WHERE org_id = :org AND user_id = :u",
                                      {"org": org, "u": user}), 0)

    def purge_expired(self, now: float | None = None, batch: int = 5000) -> int:
        from exporter.retention import delete_in_batches

        now = self.clock() if now is None else now
        return delete_in_batches(self.store, "hot_entries", "expires_at < :now", {"now": now}, batch)

    def stats(self) -> tuple[int, int]:
        row = self.store.one("SELECT COUNT(*) AS n, COALESCE(SUM(LENGTH(value)), 0) AS b FROM hot_entries "
                             "WHERE expires_at > :now", {"now": self.clock()})
        return int(row["n"]), int(row["b"])
