"""PostgreSQL backend through psycopg 3 and its pool; reconnects by itself when the server returns."""

from __future__ import annotations

import heapq
import itertools
import json
import os
import re
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from exporter.store.base import Conn, Store, StoreUnavailable, statement_budget

_STATS_KEY = b'{"__archive_stats__"'
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


class _Watchdog:
    """Cuts the socket of a connection whose statement outlives its budget.

    TCP keepalives and tcp_user_timeout find a peer that is gone, but not one whose packets are
    still acknowledged while no answer comes (a stuck proxy, a half-open path): libpq then waits
    forever. Shutting the socket down from outside makes the waiting call fail at once, the pool
    discards that connection, and the request answers 503.
    """

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, psycopg.Connection]] = []
        self._live: set[int] = set()
        self._ids = itertools.count()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def arm(self, raw: psycopg.Connection, seconds: float) -> int:
        ticket = next(self._ids)
        with self._cond:
            heapq.heappush(self._heap, (time.monotonic() + seconds, ticket, raw))
            self._live.add(ticket)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="pg-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()
        return ticket

    def disarm(self, ticket: int) -> None:
        with self._cond:
            self._live.discard(ticket)

    def _loop(self) -> None:
        while True:
            with self._cond:
                while self._heap and self._heap[0][1] not in self._live:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait(5.0)
                    continue
                deadline, ticket, raw = self._heap[0]
                wait = deadline - time.monotonic()
                if wait > 0:
                    self._cond.wait(min(wait, 5.0))
                    continue
                heapq.heappop(self._heap)
                self._live.discard(ticket)
            _cut(raw)


def _cut(raw: psycopg.Connection) -> None:
    try:
        fd = raw.pgconn.socket
        with socket.socket(fileno=os.dup(fd)) as sock:
            sock.shutdown(socket.SHUT_RDWR)
    except (OSError, psycopg.Error):
        pass  # already closed: nothing is waiting on it


_WATCHDOG = _Watchdog()


@contextmanager
def _bounded(raw: psycopg.Connection) -> Iterator[None]:
    budget = statement_budget.get()
    if budget is None:
        yield
        return
    ticket = _WATCHDOG.arm(raw, budget)
    try:
        yield
    finally:
        _WATCHDOG.disarm(ticket)


class _PgConn(Conn):
    def __init__(self, raw: psycopg.Connection):
        self.raw = raw

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        with _bounded(self.raw), self.raw.cursor() as cur:
            cur.execute(translate(sql), params or {})
            return cur.rowcount

    def executemany(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> int:
        if not rows:
            return 0
        with _bounded(self.raw), self.raw.cursor() as cur:
            cur.executemany(translate(sql), rows)
            return cur.rowcount

    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        with _bounded(self.raw), self.raw.cursor(row_factory=dict_row) as cur:
            cur.execute(translate(sql), params or {})
            return list(cur.fetchall()) if cur.description else []

    def move_out(self, table: str, time_column: str, where: str, params: Mapping[str, Any], limit: int,
                 person_columns: Sequence[str], write: Callable[[bytes], None]) -> dict[str, Any]:
        """One statement deletes the rows and streams them out, then one line of their stats.

        One walk over the live table per batch instead of five (bound, stats, people, copy and
        delete each walked the same rows in heap order: 15k rows/s at 5M shuffled rows). The stats
        line (count, time range, the people in the rows) comes from the same deleted rows, so it
        describes exactly what was written; it is recognised by its key, not by its position.
        """
        self.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        people = " UNION ".join(f"SELECT {c} AS p FROM d" for c in person_columns) or "SELECT NULL AS p"
        cond = sql.SQL(_PLACEHOLDER.sub(lambda m: "{" + m.group(1) + "}", where)).format(
            **{k: sql.Literal(v) for k, v in params.items()})
        statement = sql.SQL(
            "COPY (WITH d AS (DELETE FROM {table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM {table} WHERE {where} "
            "ORDER BY {ts} LIMIT {n})) RETURNING *) "
            "SELECT row_to_json(d)::text FROM d UNION ALL "
            "SELECT json_build_object('__archive_stats__', true, 'n', count(*), 'lo', min({ts}), 'hi', max({ts}), "
            "'people', (SELECT json_agg(DISTINCT p) FROM (" + people + ") s))::text FROM d) "
            "TO STDOUT WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"
        ).format(table=sql.Identifier(table), ts=sql.Identifier(time_column), n=sql.Literal(limit), where=cond)
        stats: dict[str, Any] = {"n": 0, "lo": None, "hi": None, "people": []}
        buf: list[bytes] = []
        with self.raw.cursor() as cur, cur.copy(statement) as copy:
            for block in copy:  # one row per block
                line = bytes(block)
                if line.startswith(_STATS_KEY):
                    stats = json.loads(line)
                    continue
                buf.append(line)
                if len(buf) >= 2000:
                    write(b"".join(buf))
                    buf.clear()
        if buf:
            write(b"".join(buf))
        return {"n": int(stats["n"]), "lo": stats["lo"], "hi": stats["hi"], "people": stats["people"] or []}

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
            with _bounded(self.raw), self.raw.cursor() as cur:
                cur.execute(sql, [[row[c] for row in part] for c in columns])
                out.extend(r[0] for r in cur.fetchall())
        return out


# libpq settings that bound every wait on the network (each can be overridden in the URL):
# a connection attempt gives up after 2 s (libpq's minimum), data unacknowledged for 3 s closes
# the connection, and an idle connection whose peer vanished is found within ~4 s of keepalives.
NETWORK_DEFAULTS = {
    "connect_timeout": "2",
    "tcp_user_timeout": "3000",
    "keepalives": "1",
    "keepalives_idle": "2",
    "keepalives_interval": "1",
    "keepalives_count": "2",
}


class PostgresStore(Store):
    dialect = "postgresql"
    row_id = "ctid"
    row_lock = " FOR UPDATE"

    def __init__(self, url: str, min_size: int = 1, max_size: int = 8, statement_timeout: float = 300.0,
                 checkout_timeout: float = 3.0):
        """`statement_timeout` (seconds) is the server's bound on any one statement (a runaway
        query in a learning pass); `checkout_timeout` bounds the wait for a pooled connection."""
        self.url = url.replace("postgres://", "postgresql://", 1)
        given = conninfo_to_dict(self.url)
        self._statement_timeout_ms = int(statement_timeout * 1000)
        self.pool = ConnectionPool(
            self.url,
            min_size=min_size,
            max_size=max_size,
            kwargs={"autocommit": True, **{k: v for k, v in NETWORK_DEFAULTS.items() if k not in given}},
            configure=self._configure,
            check=self._check,
            open=False,
            timeout=checkout_timeout,
        )
        self.pool.open(wait=False)

    def _configure(self, raw: psycopg.Connection) -> None:
        """Per connection, not in the URL's `options`, which may already carry a search_path."""
        raw.execute(f"SET statement_timeout = {self._statement_timeout_ms}")

    @staticmethod
    def _check(raw: psycopg.Connection) -> None:
        """The pool's liveness check on checkout, under the same budget as a statement."""
        with _bounded(raw):
            ConnectionPool.check_connection(raw)

    def _checkout(self) -> tuple[Any, psycopg.Connection]:
        """A pooled connection's context (to exit when done) and the connection: a pool that hands out none in
        time, or a server that refuses one, is the store being unavailable (the API's 503)."""
        try:
            ctx = self.pool.connection()
            return ctx, ctx.__enter__()
        except (PoolTimeout, psycopg.OperationalError) as exc:
            raise StoreUnavailable(str(exc)) from exc

    @contextmanager
    def transaction(self) -> Iterator[Conn]:
        ctx, raw = self._checkout()
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
        """A session-level advisory lock on a dedicated connection, released when the job ends.

        Keyed by the store's schema as well as the job: an advisory lock is database-wide, and the replicas that must
        take turns are those of one store (one schema); two stores in one database (a staging and a production schema,
        or two test workers) would otherwise skip each other's passes."""
        key = zlib.crc32(name.encode()) & 0x7FFFFFFF
        ctx, raw = self._checkout()
        try:
            got = bool(raw.execute("SELECT pg_try_advisory_lock(hashtext(current_schema()), %s)", (key,)).fetchone()[0])
            try:
                yield got
            finally:
                if got:
                    raw.execute("SELECT pg_advisory_unlock(hashtext(current_schema()), %s)", (key,))
        finally:
            ctx.__exit__(None, None, None)

    def table_bytes(self, table: str) -> int:
        return int(self.scalar("SELECT pg_total_relation_size(CAST(:t AS regclass)) AS b", {"t": table}) or 0)

    def hour_bucket(self, column: str) -> str:
        return f"FLOOR({column} / 3600)"  # CAST would round on PostgreSQL

    def table_names(self) -> list[str]:
        rows = self.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '_yoyo%'"
        )
        return sorted(r["tablename"] for r in rows)

    def close(self) -> None:
        self.pool.close()
