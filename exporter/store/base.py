"""The interface both backends implement, and the JSON helpers every table with JSON columns uses."""

from __future__ import annotations

import base64
import contextvars
import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any


class StoreUnavailable(RuntimeError):
    """The database cannot be reached; callers answer 503 and retry later instead of crashing."""


# How long one statement may wait for its answer in this thread (seconds); None: no client-side
# bound. Request threads set it short (exporter.app) so a partition answers 503 within seconds;
# learning passes and the CLI keep None, bounded by the server's statement_timeout. A backend
# without network waits (SQLite) ignores it.
statement_budget: contextvars.ContextVar[float | None] = contextvars.ContextVar("statement_budget", default=None)


def to_json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), sort_keys=True, default=str)


def from_json(value: str | None, default: Any = None) -> Any:
    if value is None or value == "":
        return default
    return json.loads(value)


class Conn(ABC):
    """A connection (or an open transaction) that speaks portable `:name` SQL."""

    @abstractmethod
    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        """Run one statement; returns the number of rows it changed."""

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> int:
        """Run one statement per row in a single round of the driver's batch API."""

    @abstractmethod
    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a SELECT (or a statement with RETURNING) and return dict rows."""

    def one(self, sql: str, params: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def insert_new(
        self,
        table: str,
        columns: Sequence[str],
        rows: Sequence[Mapping[str, Any]],
        conflict: str,
        returning: str,
        chunk: int = 1000,
    ) -> list[Any]:
        """Insert rows that are not there yet; returns `returning` of each row actually inserted.

        One multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING per chunk: a single round trip
        that also tells which rows were new, on both backends.
        """
        out: list[Any] = []
        for start in range(0, len(rows), chunk):
            part = rows[start : start + chunk]
            params: dict[str, Any] = {}
            groups = []
            for i, row in enumerate(part):
                names = []
                for col in columns:
                    key = f"{col}_{i}"
                    params[key] = row[col]
                    names.append(f":{key}")
                groups.append(f"({', '.join(names)})")
            sql = (
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join(groups)} "
                f"ON CONFLICT {conflict} DO NOTHING RETURNING {returning}"
            )
            out.extend(r[returning] for r in self.query(sql, params))
        return out

    def scalar(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        row = self.one(sql, params)
        return None if row is None else next(iter(row.values()))

    def move_out(self, table: str, time_column: str, where: str, params: Mapping[str, Any], limit: int,
                 person_columns: Sequence[str], write: Callable[[bytes], None]) -> dict[str, Any]:
        """Delete the `limit` oldest rows of `table` matching `where` and hand them to `write` as JSON lines.

        Returns the count (`n`), the time range (`lo`, `hi`) and the distinct values of
        `person_columns` (`people`) of exactly the rows deleted. Only inside a transaction, and as
        its first statement: a rollback puts every row back (the archive's crash safety rests on
        it). Each backend does it its own fastest way.
        """
        raise NotImplementedError


class Store(ABC):
    dialect: str
    url: str
    row_id: str  # the hidden physical row id: deletes by batch on tables without a single-column key
    #: Appended to a SELECT inside a transaction to hold the selected rows until it commits.
    row_lock: str = ""

    def table_bytes(self, table: str) -> int:
        """Bytes the table takes on disk, indexes included; 0 where the backend cannot tell."""
        return 0

    def hour_bucket(self, column: str) -> str:
        """A SQL expression: the whole hours since the epoch of an epoch-seconds column."""
        raise NotImplementedError

    def by_primary_key(self, table: str) -> str:
        """A FROM item for `table` (with its alias) whose reads of a few ids use the primary key."""
        return table

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[Conn]:
        """All statements inside commit together or not at all."""

    @contextmanager
    def reading(self) -> Iterator[Conn]:
        """One consistent snapshot for statements that only read.

        On SQLite this takes no write lock, so a long read (a learning pass loading an org's
        history) never blocks ingest; a backend without that distinction reads in a transaction.
        """
        with self.transaction() as c:
            yield c

    @contextmanager
    def statement(self) -> Iterator[Conn]:
        """A transaction for one statement: on SQLite it waits for the write lock only if the
        statement writes. `transaction()` takes it up front, since a transaction that reads and
        then writes cannot wait for the lock without losing its snapshot."""
        with self.transaction() as c:
            yield c

    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        with self.statement() as c:
            return c.query(sql, params)

    def one(self, sql: str, params: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
        with self.statement() as c:
            return c.one(sql, params)

    def scalar(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        with self.statement() as c:
            return c.scalar(sql, params)

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        with self.statement() as c:
            return c.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> int:
        with self.statement() as c:
            return c.executemany(sql, rows)

    def ping(self) -> None:
        """Raise StoreUnavailable unless a trivial query succeeds now."""
        try:
            self.scalar("SELECT 1")
        except StoreUnavailable:
            raise
        except Exception as exc:  # any driver error means "not ready"
            raise StoreUnavailable(str(exc)) from exc

    @contextmanager
    def job_lock(self, name: str) -> Iterator[bool]:
        """Yields True when this process may run job `name` now; only one replica holds it.

        The embedded SQLite store serves a single replica, so it always grants the lock.
        """
        yield True

    def table_names(self) -> list[str]:
        raise NotImplementedError

    @abstractmethod
    def close(self) -> None: ...


def in_list(values: Iterable[Any], prefix: str = "v") -> tuple[str, dict[str, Any]]:
    """Named placeholders for `IN (...)` and their parameters: both drivers take named parameters
    only, so a list of values becomes `:v0, :v1, ...` with a matching dict."""
    params = {f"{prefix}{i}": v for i, v in enumerate(values)}
    return ", ".join(":" + k for k in params), params


def chunks(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def jsonable(value: Any) -> Any:
    """A column value as JSON can hold it: bytes become base64 text."""
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode()
    return value
