"""The hot tier: short-lived entries (result cache, active-session context) that expire by themselves.

Embedded, the entries live in the store's `hot_entries` table with their expiry (reads ignore
expired rows, the retention job deletes them). With `LEARNING_EXPORTER_REDIS_URL` set they live in
Redis with native TTLs, so several replicas share one cache and nothing needs purging.

Every entry belongs to an org and optionally a person, so delete-my-data reaches it:

    hot = hot_store(svc)
    hot.put("result", org, key, payload_bytes, ttl=svc.settings.cache_ttl_seconds, user="alice")
    hot.get("result", org, key)          # bytes or None once expired
    hot.forget_person(org, "alice")      # every entry of that person, in every namespace
"""

from exporter.hot.base import HotStore, hot_store
from exporter.hot.redis_hot import RedisHot
from exporter.hot.store_hot import StoreHot

__all__ = ["HotStore", "RedisHot", "StoreHot", "hot_store"]
