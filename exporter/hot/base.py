"""The hot-tier interface both backends implement, and the factory that picks one from `Settings`."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any


class HotStore(ABC):
    kind: str

    @abstractmethod
    def put(self, namespace: str, org: str, key: str, value: bytes, ttl: float, user: str | None = None) -> None:
        """Store `value` for `ttl` seconds, replacing any entry under the same key."""

    @abstractmethod
    def get(self, namespace: str, org: str, key: str) -> bytes | None:
        """The live value, or None when absent or expired."""

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


def hot_store(svc: Any) -> HotStore:
    """The hot store of one running service, built once: Redis when configured, else the store."""
    existing = getattr(svc, "_hot_store", None)
    if existing is not None:
        return existing
    if svc.settings.redis_url:
        from exporter.hot.redis_hot import RedisHot

        hot: HotStore = RedisHot.from_url(svc.settings.redis_url)
    else:
        from exporter.hot.store_hot import StoreHot

        hot = StoreHot(svc.store)
    svc._hot_store = hot
    return hot
