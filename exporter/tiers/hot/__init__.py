"""The hot tier: short-lived entries (the query memory's result cache) that expire by themselves.

Embedded, the entries live in the store's `hot_entries` table with their expiry (reads ignore
expired rows, the retention job deletes them). With `LEARNING_EXPORTER_REDIS_URL` set they live in
Redis with native TTLs, so several replicas share one cache and nothing needs purging.

Every entry belongs to an org and optionally a person, so delete-my-data reaches it:

    hot = services.hot                   # built once by Services.build (open_hot)
    hot.put("query", org, key, payload_bytes, ttl=3600, user="alice")
    hot.get("query", org, key)           # bytes or None once expired
    hot.forget_person(org, "alice")      # every entry of that person, in every namespace
"""

from exporter.tiers.hot.base import HotEntry, HotStore, open_hot
from exporter.tiers.hot.redis_hot import RedisHot
from exporter.tiers.hot.store_hot import StoreHot

__all__ = ["HotEntry", "HotStore", "RedisHot", "StoreHot", "open_hot"]
