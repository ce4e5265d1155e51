"""PostgreSQL backend through psycopg 3 and its pool; reconnects by itself when the server returns."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from exporter.store.base import Conn, Store, StoreUnavailable

_PLACEHOLDER = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """Portable `:name` placeholders become psycopg's `%(name)s` (and literal % is escaped)."""
    return _PLACEHOLDER.sub(r"%(\1)s", sql.replace("%", "%%"))


class _PgConn(Conn):
    def __init__(self, raw: psycopg.Connection):
        self.raw = raw

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        with self.raw.cursor() as cur:
            cur.execute(translate(sql), params or {})
            return cur.rowcount

    def executemany(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> int:
        if not rows:
            return 0
        with self.raw.cursor() as cur:
            cur.executemany(translate(sql), rows)
            return cur.rowcount

    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        with self.raw.cursor(row_factory=dict_row) as cur:
            cur.execute(translate(sql), params or {})
            return list(cur.fetchall()) if cur.description else []


class PostgresStore(Store):
    dialect = "postgresql"

    def __init__(self, url: str, min_size: int = 1, max_size: int = 8):
        self.url = url.replace("postgres://", "postgresql://", 1)
        self.pool = ConnectionPool(
            self.url,
            min_size=min_size,
            max_size=max_size,
            kwargs={"autocommit": True},
            check=ConnectionPool.check_connection,
            open=False,
            timeout=5,
        )
        self.pool.open(wait=False)

    @contextmanager
    def transaction(self) -> Iterator[Conn]:
        try:
            ctx = self.pool.connection()
            raw = ctx.__enter__()
        except (PoolTimeout, psycopg.OperationalError) as exc:
            raise StoreUnavailable(str(exc)) from exc
        try:
            with raw.transaction():
                yield _PgConn(raw)
        except BaseException as exc:
            ctx.__exit__(type(exc), exc, exc.__traceback__)
            if isinstance(exc, psycopg.OperationalError):
                raise StoreUnavailable(str(exc)) from exc
            raise
        ctx.__exit__(None, None, None)

    def try_advisory_lock(self, conn: Conn, name: str) -> bool:
        key = zlib.crc32(name.encode()) & 0x7FFFFFFF
        return bool(conn.scalar("SELECT pg_try_advisory_xact_lock(:k)", {"k": key}))

    def table_names(self) -> list[str]:
        rows = self.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '_yoyo%'"
        )
        return sorted(r["tablename"] for r in rows)

    def close(self) -> None:
        self.pool.close()
