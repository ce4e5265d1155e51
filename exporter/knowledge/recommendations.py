"""The one writer of `recommendations`, and the one definition of a recommendation's id.

A recommendation is unique per (org, dedupe key) and its id is derived from that pair, so
whichever pass makes it, a rerun finds the same row. Two ways of keeping one, on purpose:
`upsert` for the learning pass, whose spike or shift is seen again from more data and must be
updated in place (text, evidence, expiry); `insert_new` for the usage pass, whose habit notice or
weekly gap is announced once and only counted when it is new.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from exporter.store.base import Conn

COLUMNS = ("id", "org_id", "user_id", "scope", "kind", "grp", "text", "evidence", "dedupe_key", "status",
           "created_at", "expires_at")


def rec_id(org: str, dedupe_key: str) -> str:
    return "rec_" + hashlib.sha256(f"{org}\x00{dedupe_key}".encode()).hexdigest()[:20]


def upsert(conn: Conn, rows: Sequence[Mapping[str, object]]) -> None:
    """Org-wide recommendations (user ''), active; a rerun refreshes text, evidence and expiry.

    Rows have id, org, kind, grp, text, evidence (JSON text), dedupe_key, now and expires_at.
    """
    if not rows:
        return
    conn.executemany(
        "INSERT INTO recommendations (id, org_id, user_id, kind, grp, text, evidence, dedupe_key, status, created_at, "
        "expires_at) VALUES (:id, :org, '', :kind, :grp, :text, :evidence, :dedupe_key, 'active', :now, :expires_at) "
        "ON CONFLICT (org_id, dedupe_key) DO UPDATE SET text = excluded.text, evidence = excluded.evidence, "
        "expires_at = excluded.expires_at",
        list(rows),
    )


def insert_new(conn: Conn, rows: Sequence[Mapping[str, object]]) -> list[str]:
    """Insert the rows (every column of `COLUMNS`) not there yet; the ids of those inserted."""
    return conn.insert_new("recommendations", COLUMNS, rows, "(org_id, dedupe_key)", "id")
