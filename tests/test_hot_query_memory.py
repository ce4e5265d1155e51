"""The query memory's live entries live in the hot tier: the store's `hot_entries` embedded, the real
Redis (native TTLs, shared by replicas) when configured; delete-my-data reaches them in both."""

from __future__ import annotations

import json
import time
import uuid
from datetime import UTC, datetime

import pytest
import redis

from exporter.app import create_app
from exporter.querymem.entries import NAMESPACE
from exporter.service import Services
from exporter.tiers.hot import RedisHot, StoreHot
from tests.conftest import auth, require_redis

QUESTION = "how many critical alerts in the last 24 hours"


def record(client, text=QUESTION, token="tok-acme", **fields):
    item = {"query_text": text, "executed_at": datetime.now(UTC).isoformat(), "execution_time_seconds": 2.5,
            "result_summary": fields.pop("summary", "15 critical alerts"), **fields}
    res = client.post("/api/v1/queries", json=[item], headers=auth(token))
    assert res.status_code == 201, res.get_json()
    return res.get_json()["ids"][0]


def lookup(client, text=QUESTION, token="tok-acme"):
    res = client.post("/api/v1/queries/lookup", json={"text": text}, headers=auth(token))
    assert res.status_code == 200, res.get_json()
    return res.get_json()


@pytest.fixture
def redis_hot():
    prefix = f"lexp-test-{uuid.uuid4().hex[:8]}"
    hot = RedisHot(redis.Redis.from_url(require_redis()), prefix=prefix)
    yield hot
    for name in hot.r.scan_iter(match=f"{prefix}*"):
        hot.r.delete(name)


@pytest.fixture
def replicas(settings, store, redis_hot):
    """Two apps over one store and one Redis, as two replicas behind a load balancer."""
    apps = [create_app(settings, services=Services.build(settings, store, hot=redis_hot)) for _ in range(2)]
    yield [a.test_client() for a in apps]
    for a in apps:
        a.extensions["learning"].stop()


def test_a_recorded_answer_is_kept_in_the_stores_hot_table_until_its_ttl(client, store, settings):
    row_id = record(client)
    rows = store.query("SELECT namespace, entry_key, org_id, expires_at FROM hot_entries")
    assert [(r["namespace"], r["entry_key"], r["org_id"]) for r in rows] == [(NAMESPACE, str(row_id), "acme")]
    expires = store.scalar("SELECT expires_at FROM query_executions WHERE id = :i", {"i": row_id})
    assert abs(rows[0]["expires_at"] - expires) < 30  # the hot entry lives exactly as long as the answer may be reused
    # an answer over 24 hours sent without a TTL lives 15% of its range (3.6 h), above the 2 h default
    assert 3600 <= expires - time.time() <= max(settings.cache_ttl_seconds, settings.cache_ttl_window_ratio * 86400)
    out = lookup(client, "critical alerts in the past day")
    assert out["decision"] == "hit" and out["cached"]["id"] == row_id


def test_with_redis_the_entry_carries_a_native_ttl_and_another_replica_serves_it(replicas, redis_hot, store):
    a, b = replicas
    row_id = record(a)
    assert store.scalar("SELECT COUNT(*) AS n FROM hot_entries") == 0  # Redis, not the store table
    name = redis_hot._key(NAMESPACE, "acme", str(row_id))
    expires = store.scalar("SELECT expires_at FROM query_executions WHERE id = :i", {"i": row_id})
    assert abs(redis_hot.r.pttl(name) / 1000 - (expires - time.time())) < 30
    # The answer replica B serves is the one in Redis: changing the store's copy does not change it.
    store.execute("UPDATE query_executions SET result_summary = 'edited in the store' WHERE id = :i", {"i": row_id})
    out = lookup(b, "critical alerts in the past day")
    assert out["decision"] == "hit"
    assert out["cached"]["result_summary"] == "15 critical alerts"


def test_an_entry_redis_lost_is_read_from_the_store_and_written_back(replicas, redis_hot):
    a, b = replicas
    row_id = record(a)
    name = redis_hot._key(NAMESPACE, "acme", str(row_id))
    redis_hot.r.delete(name)  # a Redis restart or eviction
    assert lookup(b)["decision"] == "hit"
    assert json.loads(redis_hot.r.get(name))["id"] == row_id
    assert redis_hot.r.pttl(name) > 0


def test_an_expired_entry_is_never_served_even_when_the_store_still_has_the_row(replicas, redis_hot, store):
    a, b = replicas
    row_id = record(a)
    store.execute("UPDATE query_executions SET expires_at = :t WHERE id = :i", {"t": time.time() - 1, "i": row_id})
    redis_hot.r.delete(redis_hot._key(NAMESPACE, "acme", str(row_id)))
    # Past its TTL the answer is context for a partial ("1 hour ago you found ..."), never a hit.
    assert lookup(b)["decision"] == "partial"


def test_an_opted_out_persons_shared_entry_stops_serving_others_at_once(replicas):
    a, b = replicas
    record(a, token="tok-acme-alice")
    assert lookup(b, token="tok-acme-bob")["decision"] == "hit"
    res = a.put("/api/v1/users/me/preferences", json={"contribute": False}, headers=auth("tok-acme-alice"))
    assert res.status_code == 200, res.get_json()
    assert lookup(b, token="tok-acme-bob")["decision"] == "miss"
    assert lookup(b, token="tok-acme-alice")["decision"] == "hit"


@pytest.mark.parametrize("backend", ["store", "redis"])
def test_delete_my_data_removes_the_persons_hot_entries_and_keeps_others(backend, settings, store, request):
    hot = StoreHot(store) if backend == "store" else request.getfixturevalue("redis_hot")
    app = create_app(settings, services=Services.build(settings, store, hot=hot))
    client = app.test_client()
    alice = [record(client, token="tok-acme-alice"),
             record(client, "which of my silences expire today", token="tok-acme-alice", personal=True)]
    bob = record(client, "error rate of checkout-api in the last hour", token="tok-acme-bob")
    assert set(hot.get_many(NAMESPACE, "acme", [str(i) for i in [*alice, bob]])) == {str(i) for i in [*alice, bob]}

    res = client.delete("/api/v1/users/me/data", headers=auth("tok-acme-alice"))

    assert res.status_code == 200, res.get_json()
    assert set(hot.get_many(NAMESPACE, "acme", [str(i) for i in [*alice, bob]])) == {str(bob)}
    assert lookup(client, token="tok-acme-bob")["decision"] == "miss"
    app.extensions["learning"].stop()
