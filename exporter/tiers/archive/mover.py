"""Moving cold rows out of the live tables into archive files, and back, without losing or doubling any.

The order of a move makes a kill at any point safe:

1. a manifest row (`writing`) is committed before the file exists;
2. in one transaction: the store deletes the file's rows and streams them into a staged file on
   local disk (`Conn.move_out`: one COPY of a `DELETE ... RETURNING` on PostgreSQL,
   count, stream and delete of the same rows on SQLite), which is flushed and fsynced, its checksum
   is verified by reading it back and its line count must match the rows deleted, it is published
   (in place for a directory; uploaded to an object store, the upload's checksum verified), and the
   manifest row becomes `committed`. A kill before the commit rolls the delete back.

A kill before the commit leaves the rows in the table and a `writing` row; `recover()` (run first
by every archive operation) removes that file (staged or published), so the rerun writes it again
and nothing is doubled. A kill after the commit leaves a committed file and no rows. Files without
a manifest row are leftovers of a restore or an expiry that died after its commit, and are removed
too. Where the files live is a `Location` (exporter/tiers/archive/location.py): a directory or S3.
"""

from __future__ import annotations

import base64
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from exporter.config import Settings
from exporter.scoping import person_digest
from exporter.store import Store
from exporter.store.base import Conn, chunks
from exporter.tiers.archive.files import ArchiveCorrupt, ArchiveWriter, file_sha256, parse_key, read_lines
from exporter.tiers.archive.location import SUFFIXES, Directory, Location, location_from_settings

log = logging.getLogger(__name__)


def _no_checkpoint(name: str) -> None:
    return None


@dataclass
class MoveResult:
    rows: int = 0
    files: int = 0
    bytes: int = 0


@dataclass
class Archive:
    """The cold tier of one store: its manifest table and the files in `location` (a path is a directory).

    `checkpoint(name)` is called between the steps of a move ("manifest", "written", "verified",
    "deleted", "committed"); production leaves it a no-op, the crash tests raise from it.
    """

    store: Store
    location: Location | Path
    key: bytes | None = None
    rows_per_file: int = 100_000
    checkpoint: Callable[[str], None] = field(default=_no_checkpoint)

    @classmethod
    def from_settings(cls, store: Store, settings: Settings, **kw: Any) -> Archive:
        return cls(store, location_from_settings(settings), parse_key(settings.archive_key),
                   settings.archive_rows_per_file, **kw)

    def __post_init__(self) -> None:
        if isinstance(self.location, Path):
            self.location = Directory(self.location)

    # -- bookkeeping ---------------------------------------------------------------------------

    def _rel_path(self, org: str, table: str, archive_id: str, ts: float) -> str:
        day = time.strftime("%Y/%m", time.gmtime(ts))
        safe_org = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in org)
        suffix = SUFFIXES[1] if self.key else SUFFIXES[0]
        return f"{safe_org}/{table}/{day}/{archive_id}{suffix}"

    def recover(self) -> dict[str, int]:
        """Finish what a killed run left: drop unfinished files, superseded files and orphans.

        Safe beside a move in another process: a manifest row is deleted before its file, and a
        move only commits while its row is still `writing`, so taking over a live move rolls that
        move back instead of losing its rows. Files are listed before the manifest is read, and a
        file is only created after its row is committed, so a live file is never taken for an orphan.
        """
        removed = {"unfinished": 0, "superseded": 0, "orphans": 0}
        rows = self.store.query("SELECT id, path, status FROM archive_manifest WHERE status IN ('writing', 'superseded')")
        for row in rows:
            with self.store.transaction() as conn:
                gone = conn.execute("DELETE FROM archive_manifest WHERE id = :id AND status = :s",
                                    {"id": row["id"], "s": row["status"]})
                conn.execute("DELETE FROM archive_members WHERE archive_id = :id", {"id": row["id"]})
            if gone == 1:
                self.location.delete(row["path"])
                removed["unfinished" if row["status"] == "writing" else "superseded"] += 1
        candidates = self.location.list()
        known = {r["path"] for r in self.store.query("SELECT path FROM archive_manifest")}
        for rel in candidates:
            if rel not in known:
                self.location.delete(rel)
                removed["orphans"] += 1
        if any(removed.values()):
            log.info("archive recovery: %s", removed)
        return removed

    def entries(self, org: str | None = None, table: str | None = None) -> list[dict[str, Any]]:
        where, params = ["status = 'committed'"], {}
        if org:
            where.append("org_id = :org")
            params["org"] = org
        if table:
            where.append("source_table = :t")
            params["t"] = table
        return self.store.query(
            f"SELECT id, org_id, source_table, path, row_count, byte_count, sha256, encrypted, min_ts, max_ts, "
            f"created_at FROM archive_manifest WHERE {' AND '.join(where)} ORDER BY source_table, min_ts, id",
            params,
        )

    def entry(self, archive_id: str) -> dict[str, Any] | None:
        return self.store.one(
            "SELECT id, org_id, source_table, path, row_count, byte_count, sha256, encrypted, min_ts, max_ts "
            "FROM archive_manifest WHERE id = :id AND status = 'committed'",
            {"id": archive_id},
        )

    def verify(self, entry: dict[str, Any]) -> None:
        with self._open_verified(entry):
            pass

    @contextmanager
    def _open_verified(self, entry: dict[str, Any]) -> Iterator[BinaryIO]:
        """The file, hashed in full before a line of it is trusted; the same local bytes are then read."""
        try:
            f = self.location.open(entry["path"])
        except FileNotFoundError:
            raise ArchiveCorrupt(f"archive {entry['id']} is missing its file {entry['path']}") from None
        with f:
            if file_sha256(f) != entry["sha256"]:
                raise ArchiveCorrupt(f"archive {entry['id']} fails its checksum")
            f.seek(0)
            yield f

    def read_rows(self, entry: dict[str, Any]) -> Iterator[dict[str, Any]]:
        with self._open_verified(entry) as f:
            for line in read_lines(f, self.key, entry["path"]):
                yield json.loads(line)

    # -- moving rows out -----------------------------------------------------------------------

    def orgs_with_rows_before(self, table: str, time_column: str, cutoff: float) -> list[str]:
        rows = self.store.query(f"SELECT DISTINCT org_id FROM {table} WHERE {time_column} < :c", {"c": cutoff})
        return sorted(r["org_id"] for r in rows)

    def archive_before(self, table: str, time_column: str, org: str, cutoff: float,
                       person_columns: Sequence[str] = ("user_id",)) -> MoveResult:
        """Move every row of `org` in `table` older than `cutoff` into files of `rows_per_file` rows.

        Each file's rows are deleted and streamed out by the store in the file's transaction (one
        statement on PostgreSQL), and a kill before the commit rolls the delete back. Each file
        starts at the previous file's newest time, so rows sharing it are not left behind.
        """
        self.recover()
        result = MoveResult()
        after: float | None = None
        while True:
            moved = self._move_batch(table, time_column, org, cutoff, after, person_columns)
            if moved is None:
                break
            n, size, newest = moved
            result.rows += n
            result.files += 1
            result.bytes += size
            if n < self.rows_per_file:
                break
            after = newest
        return result

    def _begin(self, org: str, table: str, ts: float, replaces: str | None = None) -> tuple[str, str]:
        """The manifest row (`writing`) is committed before its file exists: recover() can then always find it."""
        archive_id = uuid.uuid4().hex
        rel = self._rel_path(org, table, archive_id, ts)
        self.store.execute(
            "INSERT INTO archive_manifest (id, org_id, source_table, path, status, encrypted, created_at, replaces) "
            "VALUES (:id, :org, :t, :p, 'writing', :enc, :now, :old)",
            {"id": archive_id, "org": org, "t": table, "p": rel, "enc": 1 if self.key else 0, "now": time.time(),
             "old": replaces},
        )
        return archive_id, rel

    def _publish(self, archive_id: str, rel: str, staged: Path, writer: ArchiveWriter, n: int) -> None:
        """Nothing is published, and so nothing deleted, unless the file on disk is exactly what was written."""
        if writer.lines != n or file_sha256(staged) != writer.sha256:
            raise ArchiveCorrupt(f"archive {archive_id}: wrote {writer.lines} of {n} rows or checksum differs")
        self.location.publish(rel, staged, writer.sha256)

    def _commit(self, conn: Conn, archive_id: str, n: int, writer: ArchiveWriter, lo: Any, hi: Any,
                digests: set[str]) -> None:
        """Only a row still `writing` commits: a recovery that took the move over has removed its file."""
        claimed = conn.execute(
            "UPDATE archive_manifest SET status = 'committed', row_count = :n, byte_count = :b, sha256 = :s, "
            "min_ts = :lo, max_ts = :hi WHERE id = :id AND status = 'writing'",
            {"n": n, "b": writer.size, "s": writer.sha256, "lo": lo, "hi": hi, "id": archive_id},
        )
        if claimed != 1:
            raise ArchiveCorrupt(f"archive {archive_id} was taken over by a recovery; rolled back")
        conn.executemany("INSERT INTO archive_members (archive_id, user_digest) VALUES (:a, :d)",
                         [{"a": archive_id, "d": d} for d in sorted(digests)])

    def _move_batch(self, table: str, time_column: str, org: str, cutoff: float, after: float | None,
                    person_columns: Sequence[str]) -> tuple[int, int, float] | None:
        cond = f"org_id = :org AND {time_column} < :cutoff" + (f" AND {time_column} >= :after" if after is not None else "")
        params = {"org": org, "cutoff": cutoff, "after": after}
        first = self.store.scalar(f"SELECT {time_column} AS b FROM {table} WHERE {cond} ORDER BY {time_column} LIMIT 1",
                                  params)
        if first is None:
            return None
        archive_id, rel = self._begin(org, table, float(first))
        self.checkpoint("manifest")
        with self.store.transaction() as conn:
            staged = self.location.stage(rel)
            with ArchiveWriter(staged, self.key) as writer:
                stats = conn.move_out(table, time_column, cond, params, self.rows_per_file, person_columns,
                                      writer.write_lines)
            self.checkpoint("deleted")
            n = int(stats["n"])
            self.checkpoint("written")
            if n == 0:
                staged.unlink(missing_ok=True)
                conn.execute("DELETE FROM archive_manifest WHERE id = :id", {"id": archive_id})
                return None
            self._publish(archive_id, rel, staged, writer, n)
            self.checkpoint("verified")
            digests = {person_digest(org, u) for u in stats["people"] or () if u}
            self._commit(conn, archive_id, n, writer, stats["lo"], stats["hi"], digests)
        self.checkpoint("committed")
        return n, writer.size, float(stats["hi"])

    # -- expiry, restore, forgetting -----------------------------------------------------------

    def expire_before(self, table: str, cutoff: float, org: str | None = None) -> int:
        """Delete archive files whose newest row is older than `cutoff` (the end of the cold tier)."""
        self.recover()
        q = "SELECT id, path, row_count FROM archive_manifest WHERE status = 'committed' AND source_table = :t " \
            "AND max_ts < :c" + (" AND org_id = :org" if org else "")
        removed = 0
        for entry in self.store.query(q, {"t": table, "c": cutoff, "org": org}):
            with self.store.transaction() as conn:  # the row first: a leftover file is an orphan, swept later
                conn.execute("DELETE FROM archive_members WHERE archive_id = :id", {"id": entry["id"]})
                conn.execute("DELETE FROM archive_manifest WHERE id = :id", {"id": entry["id"]})
            self.location.delete(entry["path"])
            removed += int(entry["row_count"])
        return removed

    def restore(self, archive_id: str, blob_columns: Sequence[str] = ()) -> int:
        """Put one file's rows back into their table; rows already there are kept as they are.

        The rows go back and the manifest row goes away in one transaction, so a rerun after a kill
        inserts nothing twice (the table's unique keys decide) and no row is ever both live and archived.
        """
        self.recover()
        entry = self.entry(archive_id)
        if entry is None:
            raise KeyError(archive_id)
        restored = 0
        with self.store.transaction() as conn:
            for batch in chunks(self.read_rows(entry), 1000):
                columns = sorted(batch[0])
                for row in batch:
                    for col in blob_columns:
                        if isinstance(row.get(col), str):
                            row[col] = base64.b64decode(row[col])
                restored += conn.executemany(
                    f"INSERT INTO {entry['source_table']} ({', '.join(columns)}) VALUES "
                    f"({', '.join(':' + c for c in columns)}) ON CONFLICT DO NOTHING",
                    [{c: row.get(c) for c in columns} for row in batch],
                )
            conn.execute("DELETE FROM archive_members WHERE archive_id = :id", {"id": archive_id})
            conn.execute("DELETE FROM archive_manifest WHERE id = :id", {"id": archive_id})
        self.location.delete(entry["path"])
        return max(restored, 0)

    def forget_person(self, org: str, user: str, person_fields: Sequence[str] = ("user_id", "author_id")) -> dict[str, int]:
        """Rewrite every archive file holding `user`'s rows without them; returns rows removed per table.

        The copy is written (as `writing`) before the original is marked `superseded` in the same
        transaction that commits the copy, so a kill leaves either the original or the copy, and
        `recover()` removes whichever is left over.
        """
        self.recover()
        digest = person_digest(org, user)
        removed: dict[str, int] = {}
        entries = self.store.query(
            "SELECT m.id, m.org_id, m.source_table, m.path, m.sha256, m.min_ts, m.max_ts FROM archive_manifest m "
            "JOIN archive_members a ON a.archive_id = m.id WHERE a.user_digest = :d AND m.org_id = :org "
            "AND m.status = 'committed'",
            {"d": digest, "org": org},
        )
        for old in entries:
            new_id, rel = self._begin(org, old["source_table"], old["min_ts"] or 0, replaces=old["id"])
            kept, dropped, digests, lo, hi = 0, 0, set(), None, None
            staged = self.location.stage(rel)
            with self._open_verified(old) as source, ArchiveWriter(staged, self.key) as writer:
                buf: list[bytes] = []
                for line in read_lines(source, self.key, old["path"]):
                    row = json.loads(line)
                    if any(row.get(f) == user for f in person_fields):
                        dropped += 1
                        continue
                    kept += 1
                    for f in person_fields:
                        if row.get(f):
                            digests.add(person_digest(org, row[f]))
                    ts = row.get("ts")
                    if isinstance(ts, int | float):
                        lo = ts if lo is None else min(lo, ts)
                        hi = ts if hi is None else max(hi, ts)
                    buf.append(line)
                    if len(buf) >= 2000:
                        writer.write_lines(b"\n".join(buf) + b"\n")
                        buf.clear()
                if buf:
                    writer.write_lines(b"\n".join(buf) + b"\n")
            self._publish(new_id, rel, staged, writer, kept)
            self.checkpoint("rewritten")
            with self.store.transaction() as conn:
                if kept:
                    self._commit(conn, new_id, kept, writer, old["min_ts"] if lo is None else lo,
                                 old["max_ts"] if hi is None else hi, digests)
                else:
                    conn.execute("UPDATE archive_manifest SET status = 'superseded' WHERE id = :id", {"id": new_id})
                if conn.execute("UPDATE archive_manifest SET status = 'superseded' WHERE id = :id "
                                "AND status = 'committed'", {"id": old["id"]}) != 1:
                    raise ArchiveCorrupt(f"archive {old['id']} changed during the rewrite; rolled back")
            self.checkpoint("superseded")
            removed[old["source_table"]] = removed.get(old["source_table"], 0) + dropped
        self.recover()
        return removed
