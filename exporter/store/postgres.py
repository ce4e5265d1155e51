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


def _pg_type(rows: Sequence[Mapping[str, Any]], column: str) -> str:
    for row in rows:
        value = row[column]
        if value is None:
            continue
        if isinstance(value, bool | int):
            return "bigint"
        if isinstance(value, float):
            return "double precision"
        if isinstance(value, bytes | bytearray | memoryview):
            return "bytea"
        return "text"
    return "text"


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

    def insert_new(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Mapping[str, Any]],
        conflict: str,
        returning: str,
        chunk: int = 5000,
    ) -> list[Any]:
        """One array parameter per column through unnest(): a constant-size statement, so the
        driver does not re-parse a query with thousands of placeholders for every batch."""
        out: list[Any] = []
        for start in range(0, len(rows), chunk):
            part = rows[start : start + chunk]
            arrays = ", ".join(f"%s::{_pg_type(part, c)}[]" for c in columns)
            sql = (
                f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM unnest({arrays}) "
                f"ON CONFLICT {conflict} DO NOTHING RETURNING {returning}"
            )
            with self.raw.cursor() as cur:
                cur.execute(sql, [[row[c] for row in part] for c in columns])
                out.extend(r[0] for r in cur.fetchall())
        return out


class PostgresStore(Store):
    dialect = "postgresql"
    row_id = "ctid"

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

    @contextmanager
    def job_lock(self, name: str) -> Iterator[bool]:
        """A session-level advisory lock on a dedicated connection, released when the job ends."""
        key = zlib.crc32(name.encode()) & 0x7FFFFFFF
        try:
            ctx = self.pool.connection()
            raw = ctx.__enter__()
        except (PoolTimeout, psycopg.OperationalError) as exc:
            raise StoreUnavailable(str(exc)) from exc
        try:
            got = bool(raw.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()[0])
            try:
                yield got
            finally:
                if got:
                    raw.execute("SELECT pg_advisory_unlock(%s)", (key,))
        finally:
            ctx.__exit__(None, None, None)

    def table_names(self) -> list[str]:
        rows = self.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '_yoyo%'"
        )
        return sorted(r["tablename"] for r in rows)

    def close(self) -> None:
        self.pool.close()
