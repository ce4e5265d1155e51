"""The cold tier: rows move into checksummed files and back, and a kill at any point loses or doubles nothing."""

from __future__ import annotations

import base64
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exporter.archive import Archive, ArchiveCorrupt
from exporter.archive.files import read_lines
from exporter.store import migrate, open_store

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


def _archive(store, tmp_path, **kw) -> Archive:
    return Archive(store, tmp_path / "archive", rows_per_file=10, **kw)


def test_old_rows_move_to_files_and_every_row_is_in_exactly_one_place(store, tmp_path):
    ids = _seed(store)
    archive = _archive(store, tmp_path)
    cutoff = NOW - 90 * DAY
    old = {r["event_id"] for r in store.query("SELECT event_id FROM audit_events WHERE ts < :c", {"c": cutoff})}

    result = archive.archive_before("audit_events", "ts", "acme", cutoff)

    assert result.rows == len(old) and result.files >= len(old) // 10
    assert set(_archived(archive)) == old
    assert set(_live(store)) == ids - old
    assert all(e["sha256"] and e["byte_count"] > 0 for e in archive.entries())


def test_rows_sharing_a_timestamp_across_file_boundaries_all_move_once(store, tmp_path):
    """Files hold about rows_per_file rows and the next starts where the last ended: ties must not be skipped."""
    ids = _seed(store, n=25)
    for lo, hi, days in (("e0000", "e0007", 200), ("e0007", "e0020", 150), ("e0020", "e9999", 120)):
        store.execute("UPDATE audit_events SET ts = :t WHERE event_id >= :lo AND event_id < :hi",
                      {"t": NOW - days * DAY, "lo": lo, "hi": hi})
    archive = _archive(store, tmp_path)  # 10 rows a file: 7 + 13 + 5 rows on three timestamps
    result = archive.archive_before("audit_events", "ts", "acme", NOW - 90 * DAY)
    assert result.rows == len(ids)
    assert _archived(archive) == sorted(ids) and _live(store) == []
    assert sum(e["row_count"] for e in archive.entries()) == len(ids)


def test_archived_text_comes_back_byte_for_byte(store, tmp_path):
    _seed(store, n=12)
    before = {r["event_id"]: r for r in store.query("SELECT * FROM audit_events")}
    archive = _archive(store, tmp_path)
    archive.archive_before("audit_events", "ts", "acme", NOW)
    restored = 0
    for e in archive.entries():
        restored += archive.restore(e["id"])
    assert restored == 12
    assert {r["event_id"]: r for r in store.query("SELECT * FROM audit_events")} == before
    assert archive.entries() == [] and list((tmp_path / "archive").rglob("*.gz*")) == []


def test_restore_twice_inserts_nothing_twice(store, tmp_path):
    _seed(store, n=15)
    archive = _archive(store, tmp_path)
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
def test_a_crash_at_any_step_loses_nothing_and_duplicates_nothing_after_a_rerun(store, tmp_path, step):
    ids = _seed(store)
    calls = {"n": 0}

    def crash(name: str) -> None:
        if name == step:
            calls["n"] += 1
            if calls["n"] == 2:  # the second file: one is already safely archived
                raise RuntimeError(f"killed at {name}")

    with pytest.raises(RuntimeError):
        _archive(store, tmp_path, checkpoint=crash).archive_before("audit_events", "ts", "acme", NOW - 90 * DAY)
    rerun = _archive(store, tmp_path)
    rerun.archive_before("audit_events", "ts", "acme", NOW - 90 * DAY)

    live, archived = _live(store), _archived(rerun)
    assert sorted(live + archived) == sorted(ids)
    assert len(archived) == len(set(archived))
    files = list((tmp_path / "archive").rglob("*.gz*"))
    assert len(files) == len(rerun.entries())


def test_encrypted_files_need_the_key_and_tampering_is_detected(store, tmp_path):
    _seed(store, n=20)
    key = os.urandom(32)
    archive = _archive(store, tmp_path, key=key)
    archive.archive_before("audit_events", "ts", "acme", NOW)
    entry = archive.entries()[0]
    path = archive.root / entry["path"]
    assert path.name.endswith(".enc") and b"question" not in path.read_bytes()
    assert len(list(archive.read_rows(entry))) == entry["row_count"]
    with pytest.raises(ArchiveCorrupt, match="no archive_key"):
        list(read_lines(path, None))
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ArchiveCorrupt, match="checksum"):
        list(archive.read_rows(entry))
    with pytest.raises(ArchiveCorrupt, match="authentication"):
        list(read_lines(path, key))


def test_expired_archive_files_are_deleted_at_the_end_of_the_cold_period(store, tmp_path):
    _seed(store)
    archive = _archive(store, tmp_path)
    archive.archive_before("audit_events", "ts", "acme", NOW)
    total = sum(e["row_count"] for e in archive.entries())
    oldest_kept = NOW - 200 * DAY
    expired = archive.expire_before("audit_events", oldest_kept)
    assert 0 < expired < total
    assert all(e["max_ts"] >= oldest_kept for e in archive.entries())
    assert len(list((tmp_path / "archive").rglob("*.gz*"))) == len(archive.entries())


_KILL_SCRIPT = """
import sys, time
from pathlib import Path
from exporter.archive import Archive
from exporter.store import open_store
store = open_store(sys.argv[1])
marker = Path(sys.argv[3])
def pause(name):
    if name == sys.argv[4]:
        marker.write_text(name)
        time.sleep(60)
Archive(store, Path(sys.argv[2]), rows_per_file=10, checkpoint=pause).archive_before("audit_events", "ts", "acme", {cutoff})
"""


@pytest.mark.parametrize("step", ["written", "deleted"])
def test_sigkill_during_a_move_then_rerun_keeps_every_row_once(tmp_path, step):
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    migrate(url)
    store = open_store(url)
    ids = _seed(store)
    marker = tmp_path / "paused"
    script = _KILL_SCRIPT.format(cutoff=NOW - 90 * DAY)
    proc = subprocess.Popen([sys.executable, "-c", script, url, str(tmp_path / "archive"), str(marker), step],
                            cwd=Path(__file__).resolve().parent.parent)
    deadline = time.time() + 60
    while not marker.exists() and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert marker.exists(), "the archiver never reached the step"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    rerun = Archive(store, tmp_path / "archive", rows_per_file=10)
    rerun.archive_before("audit_events", "ts", "acme", NOW - 90 * DAY)

    live, archived = _live(store), _archived(rerun)
    assert sorted(live + archived) == sorted(ids)
    assert len(list((tmp_path / "archive").rglob("*.gz*"))) == len(rerun.entries())
    store.close()


def test_the_archive_key_must_be_32_bytes():
    from exporter.archive import parse_key

    assert parse_key(base64.b64encode(b"k" * 32).decode()) == b"k" * 32
    with pytest.raises(ValueError, match="32 bytes"):
        parse_key(base64.b64encode(b"short").decode())
