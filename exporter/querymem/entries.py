"""Where the query memory keeps its live entries: the hot tier, with the store behind it.

A recorded answer is kept twice. Its summary goes to `query_executions`, the warm tier: the
history that "what changed" and "higher than usual" read for weeks. While the answer may still be
reused, its cache entry also goes to the hot tier (`hot_entries` embedded, or Redis with a native
TTL, so replicas share one cache and nothing needs purging). A lookup reads its candidates'
entries from the hot tier. Two things stay with the store: who may see which row
(`scoping.visible`, one id-only query, so an opt-out or a deleted row takes effect at once), and
entries the hot tier does not hold (expired there, Redis restarted, or a lookup replaying a past
clock): those are read from the store and, while still live by the wall clock, written back.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence

from exporter.scoping import Principal, visible
from exporter.store import Store
from exporter.store.base import Conn, in_list
from exporter.tiers.hot import HotEntry, HotStore

NAMESPACE = "query"
FIELDS = (
    "id", "org_id", "user_id", "scope", "external_id", "query_text", "intent", "intent_key",
    "relative_expression", "range_start", "range_end", "result_summary", "headline_value", "key_insights",
    "data_sources", "execution_time_seconds", "executed_at", "expires_at",
)
COLUMNS = ", ".join(f"q.{f}" for f in FIELDS)


def _entries(rows: Iterable[dict], wall_now: float) -> list[HotEntry]:
    """Hot entries of the rows still live by the wall clock, each kept exactly as long as it may be reused."""
    out = []
    for row in rows:
        ttl = float(row["expires_at"]) - wall_now
        if ttl > 0:
            value = json.dumps({f: row.get(f) for f in FIELDS}, separators=(",", ":")).encode()
            out.append(HotEntry(row["org_id"], str(row["id"]), value, ttl, row.get("user_id")))
    return out


def put_live(hot: HotStore, rows: Iterable[dict], conn: Conn | None = None) -> int:
    """Write the cache entries of freshly stored rows (each with its `id`); returns how many were live."""
    entries = _entries(rows, time.time())
    hot.put_many(NAMESPACE, entries, conn)
    return len(entries)


def live_rows(store: Store, hot: HotStore, principal: Principal, user: str | None, ids: Sequence[int],
              now: float, kept: float | None = None) -> list[dict]:
    """The entries among `ids` this caller may see that are live at `now` (or, with `kept`, expired no
    earlier than `kept`: context for a partial answer), from the hot tier first; expired ones come
    from the store, as the hot tier holds an entry only while it may be reused."""
    if not ids:
        return []
    org = principal.require_org()
    where, params = visible(principal, user, alias="q")
    in_ids, marks = in_list(ids, "id")
    table = store.by_primary_key("query_executions q")
    allowed = {int(r["id"]) for r in store.query(
        f"SELECT q.id FROM {table} WHERE q.id IN ({in_ids}) AND {where} AND q.success = 1", {**params, **marks})}
    cached = hot.get_many(NAMESPACE, org, [str(i) for i in ids if i in allowed])
    rows = [json.loads(v) for v in cached.values()]
    missing = [i for i in ids if i in allowed and str(i) not in cached]
    if missing:
        in_missing, marks = in_list(missing, "id")
        found = store.query(f"SELECT {COLUMNS} FROM query_executions q WHERE q.id IN ({in_missing})", marks)
        put_live(hot, found)
        rows.extend(found)
    floor = now if kept is None else kept
    return [r for r in rows if float(r["expires_at"]) > floor and float(r["executed_at"]) <= now]
