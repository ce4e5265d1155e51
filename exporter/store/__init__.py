"""One small storage interface over SQLite (embedded default) and PostgreSQL (production).

Domain code writes portable SQL with `:name` placeholders and gets dict rows back; the two
backends differ only in how they connect, pool and translate placeholders.
"""

from exporter.store.base import Store, StoreUnavailable, from_json, to_json
from exporter.store.migrate import SCHEMA_VERSION, migrate


def open_store(url: str, statement_timeout: float | None = None) -> Store:
    """Open the store named by `url` (sqlite:///path or postgresql://...); `statement_timeout`
    (seconds) bounds any one statement on the server, where the backend has one."""
    if url.startswith("sqlite:///"):
        from exporter.store.sqlite import SQLiteStore

        return SQLiteStore(url.removeprefix("sqlite:///"))
    if url.startswith(("postgresql://", "postgres://")):
        from exporter.store.postgres import PostgresStore

        return PostgresStore(url) if statement_timeout is None else PostgresStore(url, statement_timeout=statement_timeout)
    raise ValueError(f"unsupported database url scheme: {url.split(':', 1)[0]}")


__all__ = ["SCHEMA_VERSION", "Store", "StoreUnavailable", "from_json", "migrate", "open_store", "to_json"]
