"""The shared hot tier in Redis: values with native TTLs, plus a per-person index for delete-my-data.

Keys are `lexp:hot:<namespace>:<org>:<key>`. Each person's keys are also listed in a set named by
the person's digest (never their id), whose TTL is stretched to the longest entry in it, so the
index expires with the data. Forgetting a person deletes the listed keys and the set.
"""

from __future__ import annotations

from collections.abc import Sequence

import redis

from exporter.scoping import person_digest
from exporter.store.base import Conn
from exporter.tiers.hot.base import HotEntry, HotStore

PREFIX = "lexp:hot"


class RedisHot(HotStore):
    kind = "redis"

    def __init__(self, client: redis.Redis, prefix: str = PREFIX):
        self.r = client
        self.prefix = prefix

    @classmethod
    def from_url(cls, url: str, prefix: str = PREFIX) -> RedisHot:
        return cls(redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2), prefix)

    def _key(self, namespace: str, org: str, key: str) -> str:
        return f"{self.prefix}:{namespace}:{org}:{key}"

    def _person(self, org: str, user: str) -> str:
        return f"{self.prefix}-person:{person_digest(org, user)}"

    def put_many(self, namespace: str, entries: Sequence[HotEntry], conn: Conn | None = None) -> None:
        if not entries:
            return
        pipe = self.r.pipeline(transaction=True)
        for e in entries:
            name = self._key(namespace, e.org, e.key)
            ms = max(1, int(e.ttl * 1000))
            pipe.set(name, bytes(e.value), px=ms)
            if e.user:
                index = self._person(e.org, e.user)
                pipe.sadd(index, name)
                pipe.pexpire(index, ms, gt=True)
                pipe.pexpire(index, ms, nx=True)
        pipe.execute()

    def get_many(self, namespace: str, org: str, keys: Sequence[str]) -> dict[str, bytes]:
        if not keys:
            return {}
        values = self.r.mget([self._key(namespace, org, k) for k in keys])
        return {k: v for k, v in zip(keys, values, strict=True) if v is not None}

    def delete(self, namespace: str, org: str, key: str) -> None:
        self.r.delete(self._key(namespace, org, key))

    def forget_person(self, org: str, user: str) -> int:
        index = self._person(org, user)
        names = list(self.r.smembers(index))
        removed = int(self.r.delete(*names)) if names else 0
        self.r.delete(index)
        return removed

    def purge_expired(self, now: float | None = None, batch: int = 5000) -> int:
        return 0  # Redis expires keys itself

    def stats(self) -> tuple[int, int]:
        n = size = 0
        for name in self.r.scan_iter(match=f"{self.prefix}:*", count=1000):
            n += 1
            size += int(self.r.strlen(name) or 0)
        return n, size
