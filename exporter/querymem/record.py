"""Recording an executed query so later questions can reuse it: parse once, embed once, index.

Every path that stores query summaries (the API, backfill, the demo loader) calls
`svc.query_recorder`, which this replaces with `QueryMemory.record`: it adds the structured
reading (resolved in the asker's time zone, `_tz`, which is kept with it), the key, the window
(when the AI helper did not send one), the TTL (the answer's own `_ttl`, clamped by the policy,
else the subject's default, longer for an answer over a long range) and the embedding of the already-redacted question, then stores
through `exporter.ingest.writer.insert_queries`.
"""

from __future__ import annotations

from collections.abc import Sequence

from exporter.ingest.writer import insert_queries
from exporter.querymem.entries import put_live
from exporter.querymem.index import IndexEntry, QueryIndex
from exporter.querymem.policy import MemoryPolicy
from exporter.querymem.reading import read_question
from exporter.store import to_json
from exporter.store.base import Conn
from exporter.text.embeddings import embed, to_blob
from exporter.tiers.hot import HotStore


def enrich(rows: Sequence[dict], policy: MemoryPolicy) -> list[dict]:
    """Rows as `ingest.query_row` builds them, completed with intent, window, TTL and embedding."""
    if not rows:
        return []
    vectors = embed([r["query_text"] for r in rows])
    out = []
    for row, vec in zip(rows, vectors, strict=True):
        reading = read_question(row["query_text"], row["executed_at"], row.get("_tz") or policy.tz)
        row = dict(row)
        row["intent"] = to_json(reading.as_dict())
        row["intent_key"] = reading.key
        if row.get("range_start") is None and reading.window is not None:
            row["range_start"], row["range_end"] = reading.window.start, reading.window.end
        if not row.get("relative_expression") and reading.window is not None:
            row["relative_expression"] = reading.window.expression
        has_range = row.get("range_start") is not None and row.get("range_end") is not None
        covers = float(row["range_end"]) - float(row["range_start"]) if has_range else None
        row["expires_at"] = row["executed_at"] + policy.answer_ttl(row.get("_ttl"), reading.subject, covers)
        row["embedding"] = to_blob(vec)
        row["_vector"] = vec
        row["_subject"] = reading.subject
        out.append(row)
    return out


def record(conn: Conn, rows: Sequence[dict], policy: MemoryPolicy, index: QueryIndex, hot: HotStore) -> list[int]:
    enriched = enrich(rows, policy)
    stored = [{k: v for k, v in r.items() if not k.startswith("_")} for r in enriched]
    ids = insert_queries(conn, stored)
    new = _new_rows(conn, enriched, ids)
    index.add(
        IndexEntry(
            id=row_id,
            org_id=r["org_id"],
            vector=r["_vector"],
            expires_at=r["expires_at"],
            intent_key=r["intent_key"],
            subject=r["_subject"],
            personal_user=r["user_id"] if r["scope"] == "user" else None,
        )
        for row_id, r in new
        if r["success"]
    )
    put_live(hot, ({**r, "id": row_id} for row_id, r in new if r["success"]), conn)
    return ids


def _new_rows(conn: Conn, rows: list[dict], ids: list[int]) -> list[tuple[int, dict]]:
    """Pair the ids `insert_queries` returned (new rows only, in order) with their rows."""
    if len(ids) == len(rows) or not ids:
        return list(zip(ids, rows, strict=False)) if ids else []
    found = conn.query(
        "SELECT org_id, external_id FROM query_executions WHERE id IN ("
        + ", ".join(f":i{n}" for n in range(len(ids))) + ")",
        {f"i{n}": i for n, i in enumerate(ids)},
    )
    inserted = {(r["org_id"], r["external_id"]) for r in found if r["external_id"] is not None}
    new, seen = [], set()
    for r in rows:
        ext = (r["org_id"], r["external_id"])
        if r["external_id"] is None or (ext in inserted and ext not in seen):
            seen.add(ext)
            new.append(r)
    return list(zip(ids, new, strict=True))
