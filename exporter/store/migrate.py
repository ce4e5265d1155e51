"""Versioned schema migrations (yoyo), applied on start and by `learning-exporter migrate`.

yoyo keeps the applied versions in its own table and takes a lock while applying, so several
replicas starting at once against one PostgreSQL apply each migration exactly once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from yoyo import get_backend, read_migrations

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
SCHEMA_VERSION = len(list(MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py")))

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "float": "REAL", "blob": "BLOB", "bigint": "INTEGER"},
    "postgresql": {"pk": "BIGSERIAL PRIMARY KEY", "float": "DOUBLE PRECISION", "blob": "BYTEA", "bigint": "BIGINT"},
}


def _yoyo_url(url: str) -> str:
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _dialect_of(conn: Any) -> str:
    return "sqlite" if type(conn).__module__.startswith("sqlite3") else "postgresql"


def portable(ddl: str) -> Callable[[Any], None]:
    """A yoyo step that renders `{pk}`, `{float}`, `{blob}`, `{bigint}` for the connected dialect."""

    def apply(conn: Any) -> None:
        rendered = ddl.format(**_TYPES[_dialect_of(conn)])
        cur = conn.cursor()
        for statement in (s.strip() for s in rendered.split(";")):
            if statement:
                cur.execute(statement)

    return apply


def migrate(url: str) -> int:
    """Apply pending migrations; returns how many were applied."""
    backend = get_backend(_yoyo_url(url))
    try:
        migrations = read_migrations(str(MIGRATIONS_DIR))
        with backend.lock():
            pending = backend.to_apply(migrations)
            backend.apply_migrations(pending)
        return len(pending)
    finally:
        conn = getattr(backend, "_connection", None)
        if conn is not None:
            conn.close()


def applied_version(store: Any) -> int:
    """How many migrations this database has applied (0 before the first)."""
    try:
        return int(store.scalar("SELECT COUNT(*) AS n FROM _yoyo_migration"))
    except Exception:
        return 0
