"""SQLite backend: one connection per thread, WAL so the scrape and the API never block each other."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from exporter.store.base import Conn, Store, StoreUnavailable, jsonable


class _SQLiteConn(Conn):
    def __init__(self, raw: sqlite3.Connection):
        self.raw = raw

    def execute(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        return self.raw.execute(sql, params or {}).rowcount

    def executemany(self, sql: str, rows: Sequence[Mapping[str, Any]]) -> int:
        if not rows:
            return 0
        return self.raw.executemany(sql, rows).rowcount

    def query(self, sql: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        cur = self.raw.execute(sql, params or {})
        if cur.description is None:
            return []
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def move_out(self, table: str, time_column: str, where: str, params: Mapping[str, Any], limit: int,
                 person_columns: Sequence[str], write: Callable[[bytes], None]) -> dict[str, Any]:
        """Count, people, stream and delete the same rows: the batch is pinned by rowid (ties on the
        time broken by it), and the write transaction keeps every other writer out meanwhile."""
        batch = f"rowid IN (SELECT rowid FROM {table} WHERE {where} ORDER BY {time_column}, rowid LIMIT :move_limit)"
        p = {**params, "move_limit": limit}
        stats = self.one(f"SELECT COUNT(*) AS n, MIN({time_column}) AS lo, MAX({time_column}) AS hi "
                         f"FROM {table} WHERE {batch}", p) or {"n": 0, "lo": None, "hi": None}
        people = sorted({r["u"] for col in person_columns
                         for r in self.query(f"SELECT DISTINCT {col} AS u FROM {table} WHERE {batch}", p) if r["u"]})
        cur = self.raw.execute(f"SELECT * FROM {table} WHERE {batch}", p)
        names = [d[0] for d in cur.description]
        while rows := cur.fetchmany(2000):
            lines = [json.dumps(dict(zip(names, (jsonable(v) for v in row), strict=True)), separators=(",", ":"))
                     for row in rows]
            write(("\n".join(lines) + "\n").encode())
        deleted = self.execute(f"DELETE FROM {table} WHERE {batch}", p)
        if deleted != stats["n"]:
            raise RuntimeError(f"{table}: {deleted} rows deleted, {stats['n']} written; rolled back")
        return {"n": int(stats["n"]), "lo": stats["lo"], "hi": stats["hi"], "people": people}


def _enable_wal(raw: sqlite3.Connection, wait: float = 30.0) -> None:
    """Switch to WAL once per database file.

    Changing the journal mode can fail with "database is locked" at once, without waiting in the
    busy handler, while another thread's connection is writing; the mode is persistent, so a
    connection that finds WAL already set skips the switch, and a busy switch is retried.
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            if raw.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                raw.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class SQLiteStore(Store):
    dialect = "sqlite"
    row_id = "rowid"

    def __init__(self, path: str):
        self.path = path
        self.url = f"sqlite:///{path}"
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def _raw(self) -> sqlite3.Connection:
        raw = getattr(self._local, "raw", None)
        if raw is None:
            try:
                raw = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            except sqlite3.Error as exc:
                raise StoreUnavailable(str(exc)) from exc
            _enable_wal(raw)
            raw.execute("PRAGMA synchronous=NORMAL")
            raw.execute("PRAGMA foreign_keys=ON")
            self._local.raw = raw
            with self._lock:
                self._all.append(raw)
        return raw

    @contextmanager
    def _begin(self, mode: str) -> Iterator[Conn]:
        raw = self._raw()
        if raw.in_transaction:  # nested use joins the outer transaction
            yield _SQLiteConn(raw)
            return
        raw.execute(f"BEGIN {mode}")
        try:
            yield _SQLiteConn(raw)
        except BaseException:
            raw.execute("ROLLBACK")
            raise
        raw.execute("COMMIT")

    @contextmanager
    def transaction(self) -> Iterator[Conn]:
        """IMMEDIATE: the write lock is taken (waiting up to the busy timeout) before the first read,
        so a read-then-write transaction never fails on a snapshot another writer moved past."""
        with self._begin("IMMEDIATE") as c:
            yield c

    @contextmanager
    def reading(self) -> Iterator[Conn]:
        """DEFERRED: a WAL snapshot without the write lock; writers go on while it is read."""
        with self._begin("DEFERRED") as c:
            yield c

    @contextmanager
    def statement(self) -> Iterator[Conn]:
        """One statement: DEFERRED is safe (it takes the write lock, waiting, at its start if it
        writes) and a read does not queue behind a writer."""
        with self._begin("DEFERRED") as c:
            yield c

    def table_bytes(self, table: str) -> int:
        try:
            return int(self.scalar("SELECT COALESCE(SUM(pgsize), 0) AS b FROM dbstat WHERE name = :t", {"t": table}) or 0)
        except Exception:  # SQLite built without the dbstat table: bytes are unknown, rows still count
            return 0

    def hour_bucket(self, column: str) -> str:
        return f"CAST({column} / 3600 AS INTEGER)"  # truncates toward zero; epoch seconds are positive

    def by_primary_key(self, table: str) -> str:
        # The planner, without statistics, prefers an org index and walks every row of the org (12 ms
        # at 100k live query entries); NOT INDEXED leaves it the primary key, i.e. the few ids asked for.
        return f"{table} NOT INDEXED"

    def table_names(self) -> list[str]:
        rows = self.query("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
        return sorted(r["name"] for r in rows)

    def close(self) -> None:
        with self._lock:
            for raw in self._all:
                with suppress(sqlite3.Error):
                    raw.close()
            self._all.clear()
        self._local = threading.local()
