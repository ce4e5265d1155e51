"""The cold tier: rows move into checksummed files and back, and a kill at any point loses or doubles nothing.

Every promise is checked in both places archive files can live: a directory and an S3 bucket
(moto's server over real HTTP on 127.0.0.1).
"""

from __future__ import annotations

import base64
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from exporter.store import migrate, open_store
from exporter.tiers.archive import Archive, ArchiveCorrupt
from exporter.tiers.archive.files import read_lines
from exporter.tiers.archive.location import S3, Directory, Location

DAY = 86400.0
NOW = 1_800_000_000.0


def _seed(store, n: int = 60, seed: int = 7) -> set[str]:
    rng = random.Random(seed)
    rows = [
        {"org_id": "acme", "event_id": f"e{i:04d}", "user_id": rng.choice(["ann", "ben", "cat"]),
         "session_id": f"s{i % 9}", "session_type": "general", "kind": "user_query",
         "ts": NOW - rng.uniform(1, 300) * DAY, "text": f"question {i} \"quoted\" \\ back\nslash ünï",
         "data": json.dumps({"i": i}), "ingested_at": NOW}
        for i in range(n)
    ]
    store.executemany(
        "INSERT INTO audit_events (org_id, event_id, user_id, session_id, session_type, kind, ts, text, data, "
        "ingested_at) VALUES (:org_id, :event_id, :user_id, :session_id, :session_type, :kind, :ts, :text, :data, "
        ":ingested_at)", rows)
    return {r["event_id"] for r in rows}


def _live(store) -> list[str]:
    return [r["event_id"] for r in store.query("SELECT event_id FROM audit_events ORDER BY event_id")]


def _archived(archive: Archive) -> list[str]:
    return sorted(row["event_id"] for e in archive.entries() for row in archive.read_rows(e))


@dataclass
class Where:
    """One place archive files live, and how a test reaches it behind the archive's back."""

    location: Location
    overwrite: Callable[[str, bytes], object]
    url: str  # what the killed subprocess is given
    endpoint: str
    staging: Path

    def read(self, rel: str) -> bytes:
        with self.location.open(rel) as f:
            return f.read()


@pytest.fixture(params=["directory", "s3"])
def where(request, tmp_path) -> Where:
    staging = tmp_path / "staging"
    if request.param == "directory":
        root = tmp_path / "archive"

        def write(rel: str, data: bytes) -> object:
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            return (root / rel).write_bytes(data)

        return Where(Directory(root), write, str(root), "", staging)
    bucket = request.getfixturevalue("s3_bucket")

    def overwrite(rel: str, data: bytes) -> object:
        return bucket.client.put_object(Bucket=bucket.name, Key=bucket.prefix + rel, Body=data)

    return Where(S3.from_url(bucket.url, bucket.endpoint, staging), overwrite, bucket.url, bucket.endpoint, staging)


def _archive(store, where: Where, **kw) -> Archive:
    return Archive(store, where.location, rows_per_file=10, **kw)


def test_old_rows_move_to_files_and_every_row_is_in_exactly_one_place(store, where):
    ids = _seed(store)
    archive = _archive(store, where)
    cutoff = NOW - 90 * DAY
    old = {r["event_id"] for r in store.query("SELECT event_id FROM audit_events WHERE ts < :c", {"c": cutoff})}

    result = archive.archive_before("audit_events", "ts", "acme", cutoff)

    assert result.rows == len(old) and result.files >= len(old) // 10
    assert set(_archived(archive)) == old
    assert set(_live(store)) == ids - old
    assert all(e["sha256"] and e["byte_count"] > 0 for e in archive.entries())


def test_rows_sharing_a_timestamp_across_file_boundaries_all_move_once(store, where):
    """Files hold about rows_per_file rows and the next starts where the last ended: ties must not be skipped."""
    ids = _seed(store, n=25)
    for lo, hi, days in (("e0000", "e0007", 200), ("e0007", "e0020", 150), ("e0020", "e9999", 120)):
        store.execute("UPDATE audit_events SET ts = :t WHERE event_id >= :lo AND event_id < :hi",
                      {"t": NOW - days * DAY, "lo": lo, "hi": hi})
    archive = _archive(store, where)  # 10 rows a file: 7 + 13 + 5 rows on three timestamps
    result = archive.archive_before("audit_events", "ts", "acme", NOW - 90 * DAY)
    assert result.rows == len(ids)
    assert _archived(archive) == sorted(ids) and _live(store) == []
    assert sum(e["row_count"] for e in archive.entries()) == len(ids)


def test_archived_text_comes_back_byte_for_byte(store, where):
    _seed(store, n=12)
    before = {r["event_id"]: r for r in store.query("SELECT * FROM audit_events")}
    archive = _archive(store, where)
    archive.archive_before("audit_events", "ts", "acme", NOW)
    restored = 0
    for e in archive.entries():
        restored += archive.restore(e["id"])
    assert restored == 12
    assert {r["event_id"]: r for r in store.query("SELECT * FROM audit_events")} == before
    assert archive.entries() == [] and where.location.list() == []


def test_restore_twice_inserts_nothing_twice(store, where):
    _seed(store, n=15)
    archive = _archive(store, where)
    archive.archive_before("audit_events", "ts", "acme", NOW)
    entry = archive.entries()[0]
    rows = list(archive.read_rows(entry))
    store.executemany(  # someone already put some rows back by hand
        "INSERT INTO audit_events (org_id, event_id, user_id, session_id, session_type, kind, ts, text, data, "
        "ingested_at) VALUES (:org_id, :event_id, :user_id, :session_id, :session_type, :kind, :ts, :text, :data, "
        ":ingested_at)", rows[:3])
    assert archive.restore(entry["id"]) == len(rows) - 3
    with pytest.raises(KeyError):
        archive.restore(entry["id"])
    assert len(_live(store)) == len(set(_live(store)))


@pytest.mark.parametrize("step", ["manifest", "written", "verified", "deleted", "committed"])
def test_a_crash_at_any_step_loses_nothing_and_duplicates_nothing_after_a_rerun(store, where, step):
    ids = _seed(store)
    calls = {"n": 0}

    def crash(name: str) -> None:
        if name == step:
            calls["n"] += 1
            if calls["n"] == 2:  # the second file: one is already safely archived
                raise RuntimeError(f"killed at {name}")

    with pytest.raises(RuntimeError):
        _archive(store, where, checkpoint=crash).archive_before("audit_events", "ts", "acme", NOW - 90 * DAY)
    rerun = _archive(store, where)
    rerun.archive_before("audit_events", "ts", "acme", NOW - 90 * DAY)

    live, archived = _live(store), _archived(rerun)
    assert sorted(live + archived) == sorted(ids)
    assert len(archived) == len(set(archived))
    assert where.location.list() == sorted(e["path"] for e in rerun.entries())


def test_encrypted_files_need_the_key_and_tampering_is_detected(store, where):
    _seed(store, n=20)
    key = os.urandom(32)
    archive = _archive(store, where, key=key)
    archive.archive_before("audit_events", "ts", "acme", NOW)
    entry = archive.entries()[0]
    stored = where.read(entry["path"])
    assert entry["path"].endswith(".enc") and b"question" not in stored
    assert len(list(archive.read_rows(entry))) == entry["row_count"]
    with pytest.raises(ArchiveCorrupt, match="no archive_key"):
        list(read_lines(io.BytesIO(stored), None))
    data = bytearray(stored)
    data[-5] ^= 0xFF
    where.overwrite(entry["path"], bytes(data))
    with pytest.raises(ArchiveCorrupt, match="checksum"):
        list(archive.read_rows(entry))
    with pytest.raises(ArchiveCorrupt, match="authentication"):
        list(read_lines(io.BytesIO(where.read(entry["path"])), key))


def test_expired_archive_files_are_deleted_at_the_end_of_the_cold_period(store, where):
    _seed(store)
    archive = _archive(store, where)
    archive.archive_before("audit_events", "ts", "acme", NOW)
    total = sum(e["row_count"] for e in archive.entries())
    oldest_kept = NOW - 200 * DAY
    expired = archive.expire_before("audit_events", oldest_kept)
    assert 0 < expired < total
    assert all(e["max_ts"] >= oldest_kept for e in archive.entries())
    assert where.location.list() == sorted(e["path"] for e in archive.entries())


def test_files_without_a_manifest_row_are_removed_and_committed_ones_kept(store, where):
    """Leftovers of a restore or expiry killed after its commit, and staged files of a killed move."""
    _seed(store, n=20)
    archive = _archive(store, where)
    archive.archive_before("audit_events", "ts", "acme", NOW)
    committed = sorted(e["path"] for e in archive.entries())
    where.overwrite("acme/audit_events/2020/01/stray.ndjson.gz", b"left behind")
    staged = where.location.stage("acme/feedback/2020/01/killed.ndjson.gz")
    staged.parent.mkdir(parents=True, exist_ok=True)
    staged.write_bytes(b"half written")
    assert len(where.location.list()) == len(committed) + 2

    assert archive.recover()["orphans"] == 2
    assert where.location.list() == committed
    assert len(_archived(archive)) == 20


_KILL_SCRIPT = """
import sys, time
from pathlib import Path
from exporter.tiers.archive import Archive
from exporter.tiers.archive.location import open_location
from exporter.store import open_store
store = open_store(sys.argv[1])
where = sys.argv[2] if "://" in sys.argv[2] else Path(sys.argv[2])
location = open_location(where, sys.argv[5] or None, Path(sys.argv[6]))
marker = Path(sys.argv[3])
def pause(name):
    if name == sys.argv[4]:
        marker.write_text(name)
        time.sleep(60)
Archive(store, location, rows_per_file=10, checkpoint=pause).archive_before("audit_events", "ts", "acme", {cutoff})
"""


@pytest.mark.parametrize("step", ["written", "verified", "deleted"])
def test_sigkill_during_a_move_then_rerun_keeps_every_row_once(tmp_path, where, step):
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    migrate(url)
    store = open_store(url)
    ids = _seed(store)
    marker = tmp_path / "paused"
    script = _KILL_SCRIPT.format(cutoff=NOW - 90 * DAY)
    proc = subprocess.Popen([sys.executable, "-c", script, url, where.url, str(marker), step, where.endpoint,
                             str(where.staging)], cwd=Path(__file__).resolve().parent.parent)
    deadline = time.time() + 60
    while not marker.exists() and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert marker.exists(), "the archiver never reached the step"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    rerun = Archive(store, where.location, rows_per_file=10)
    rerun.archive_before("audit_events", "ts", "acme", NOW - 90 * DAY)

    live, archived = _live(store), _archived(rerun)
    assert sorted(live + archived) == sorted(ids)
    assert where.location.list() == sorted(e["path"] for e in rerun.entries())
    store.close()


def test_the_archive_key_must_be_32_bytes():
    from exporter.tiers.archive import parse_key

    assert parse_key(base64.b64encode(b"k" * 32).decode()) == b"k" * 32
    with pytest.raises(ValueError, match="32 bytes"):
        parse_key(base64.b64encode(b"short").decode())


def test_an_archive_url_the_exporter_cannot_write_to_is_refused_at_start():
    from exporter.config import Settings
    from exporter.tiers.archive.location import Directory, location_from_settings

    for bad in ("gs://bucket/cold", "s3://", "/var/archive"):
        with pytest.raises(ValueError, match="archive_url"):
            Settings(archive_url=bad)
    assert isinstance(location_from_settings(Settings(archive_url="file:///srv/archive")), Directory)
