"""The live schema, read from the database, so privacy and retention cover tables that land later.

Deleting a person's data, scanning for leaks and sizing tiers all start from "which tables hold a
person's rows": a table qualifies by its columns (`user_id`, `author_id`, `session_id`), not by a
list someone must remember to update.
"""

from __future__ import annotations

from dataclasses import dataclass

from exporter.store import Store
from exporter.store.base import Conn

PERSON_COLUMNS = ("user_id", "author_id")
TEXT_TYPES = ("text", "character varying", "varchar", "character", "char", "")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # lower-case declared type

    @property
    def is_text(self) -> bool:
        return self.type in TEXT_TYPES or self.type.startswith(("varchar", "character"))

    @property
    def is_blob(self) -> bool:
        return self.type in ("blob", "bytea")


def table_columns(store: Store, conn: Conn | None = None) -> dict[str, list[Column]]:
    """Every application table (yoyo's own excluded) and its columns, in declaration order."""
    if conn is None:
        with store.transaction() as c:
            return table_columns(store, c)
    if store.dialect == "sqlite":
        names = [
            r["name"]
            for r in conn.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        ]
        out = {}
        for name in sorted(n for n in names if not n.startswith("_yoyo") and not n.startswith("yoyo")):
            rows = conn.query(f"PRAGMA table_info({name})")
            out[name] = [Column(r["name"], (r["type"] or "").lower()) for r in rows]
        return out
    rows = conn.query(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
    )
    out: dict[str, list[Column]] = {}
    for r in rows:
        if r["table_name"].startswith(("_yoyo", "yoyo")):
            continue
        out.setdefault(r["table_name"], []).append(Column(r["column_name"], r["data_type"].lower()))
    return out


def column_names(columns: list[Column]) -> set[str]:
    return {c.name for c in columns}
