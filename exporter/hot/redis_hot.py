"""The shared hot tier in Redis: values with native TTLs, plus a per-person index for delete-my-data.

Keys are `lexp:hot:<namespace>:<org>:<key>`. Each person's keys are also listed in a set named by
the person's digest (never their id), whose TTL is stretched to the longest entry in it, so the
index expires with the data. Forgetting a person deletes the listed keys and the set.
"""

from __future__ import annotations

import redis

from exporter.hot.base import HotStore
from exporter.scoping import person_digest

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

    def put(self, namespace: str, org: str, key: str, value: bytes, ttl: float, user: str | None = None) -> None:
        name = self._key(namespace, org, key)
        ms = max(1, int(ttl * 1000))
        pipe = self.r.pipeline(transaction=True)
        pipe.set(name, bytes(value), px=ms)
        if user:
            index = self._person(org, user)
            pipe.sadd(index, name)
            pipe.pexpire(index, ms, gt=True)
            pipe.pexpire(index, ms, nx=True)
        pipe.execute()

    def get(self, namespace: str, org: str, key: str) -> bytes | None:
        return self.r.get(self._key(namespace, org, key))

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
