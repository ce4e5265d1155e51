"""The hot-tier interface both backends implement, and the factory that picks one from `Settings`."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

from exporter.config import Settings
from exporter.store import Store
from exporter.store.base import Conn


@dataclass(frozen=True)
class HotEntry:
    """One value to keep for `ttl` seconds; `user` names its owner so delete-my-data reaches it."""

    org: str
    key: str
    value: bytes
    ttl: float
    user: str | None = None


class HotStore(ABC):
    kind: str

    def put(self, namespace: str, org: str, key: str, value: bytes, ttl: float, user: str | None = None) -> None:
        """Store `value` for `ttl` seconds, replacing any entry under the same key."""
        self.put_many(namespace, [HotEntry(org, key, value, ttl, user)])

    @abstractmethod
    def put_many(self, namespace: str, entries: Sequence[HotEntry], conn: Conn | None = None) -> None:
        """Store several entries in one round trip.

        `conn` is the caller's open store transaction: the embedded tier writes inside it, so an
        entry commits (or rolls back) with the row it caches, and never waits on a lock that
        transaction holds. Redis ignores it: an entry whose row rolled back names an id no row
        has, and readers check rows in the store before serving an entry.
        """

    def get(self, namespace: str, org: str, key: str) -> bytes | None:
        """The live value, or None when absent or expired."""
        return self.get_many(namespace, org, [key]).get(key)

    @abstractmethod
    def get_many(self, namespace: str, org: str, keys: Sequence[str]) -> dict[str, bytes]:
        """The live values of those keys that have one, by key."""

    @abstractmethod
    def delete(self, namespace: str, org: str, key: str) -> None: ...

    @abstractmethod
    def forget_person(self, org: str, user: str) -> int:
        """Remove every entry that belongs to this person; returns how many."""

    @abstractmethod
    def purge_expired(self, now: float | None = None, batch: int = 5000) -> int:
        """Delete expired entries where the backend does not expire them itself."""

    @abstractmethod
    def stats(self) -> tuple[int, int]:
        """(live entries, bytes of their values), for the tier metrics."""


def open_hot(settings: Settings, store: Store) -> HotStore:
    """The hot store of one running service: Redis when configured, else the store's own table."""
    if settings.redis_url:
        from exporter.tiers.hot.redis_hot import RedisHot

        return RedisHot.from_url(settings.redis_url)
    from exporter.tiers.hot.store_hot import StoreHot

    return StoreHot(store)
