"""The hot tier: entries expire on their own, in the store (embedded) and in the real Redis (native TTLs)."""

from __future__ import annotations

import time
import uuid

import pytest
import redis

from exporter.tiers.hot import RedisHot, StoreHot, open_hot
from tests.conftest import require_redis


class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def redis_hot():
    prefix = f"lexp-test-{uuid.uuid4().hex[:8]}"
    hot = RedisHot(redis.Redis.from_url(require_redis()), prefix=prefix)
    yield hot
    for name in hot.r.scan_iter(match=f"{prefix}*"):
        hot.r.delete(name)


def test_a_stored_entry_is_served_until_its_expiry_and_never_after(store):
    clock = Clock()
    hot = StoreHot(store, clock)
    hot.put("result", "acme", "q1", b"answer", ttl=3600, user="ann")
    clock.t += 3599
    assert hot.get("result", "acme", "q1") == b"answer"
    clock.t += 2
    assert hot.get("result", "acme", "q1") is None
    assert hot.purge_expired() == 1
    assert store.scalar("SELECT COUNT(*) AS n FROM hot_entries") == 0


def test_entries_of_one_org_are_invisible_to_another(store):
    hot = StoreHot(store)
    hot.put("result", "acme", "same-key", b"acme's", ttl=60)
    assert hot.get("result", "globex", "same-key") is None


def test_redis_entries_carry_a_native_ttl_and_vanish_by_themselves(redis_hot):
    redis_hot.put("session", "acme", "s1", b"context", ttl=0.3, user="ann")
    name = redis_hot._key("session", "acme", "s1")
    assert 0 < redis_hot.r.pttl(name) <= 300
    assert redis_hot.get("session", "acme", "s1") == b"context"
    time.sleep(0.45)
    assert redis_hot.get("session", "acme", "s1") is None
    assert redis_hot.r.exists(redis_hot._person("acme", "ann")) == 0  # the person index expires with it


@pytest.mark.parametrize("backend", ["store", "redis"])
def test_forgetting_a_person_removes_only_their_hot_entries(store, redis_hot, backend):
    hot = StoreHot(store) if backend == "store" else redis_hot
    hot.put("result", "acme", "a", b"ann's", ttl=600, user="ann")
    hot.put("session", "acme", "b", b"ann's context", ttl=600, user="ann")
    hot.put("result", "acme", "c", b"ben's", ttl=600, user="ben")
    assert hot.forget_person("acme", "ann") == 2
    assert hot.get("result", "acme", "a") is None and hot.get("session", "acme", "b") is None
    assert hot.get("result", "acme", "c") == b"ben's"
    assert hot.stats()[0] == 1


def test_the_service_uses_redis_when_a_redis_url_is_configured(app, settings, store):
    assert app.extensions["learning"].hot.kind == "store"
    assert open_hot(settings.model_copy(update={"redis_url": require_redis()}), store).kind == "redis"
