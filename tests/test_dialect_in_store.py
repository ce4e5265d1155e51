"""SQLite and PostgreSQL differ only inside `exporter/store/`: everything else speaks the store's interface.

A module that asks which database it runs on (`.dialect`), reaches for a driver (psycopg,
sqlite3) or a driver connection (`conn.raw`), or writes SQL only one backend understands, is a
second place to change when a backend changes, and a path one of the two test runs can miss.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "exporter"
_DIALECT = re.compile(
    r"\.dialect\b|\bimport (?:psycopg|sqlite3)\b|\bfrom psycopg\b|\bconn\.raw\b|\bpg_(?:total_relation_size|try_advisory_lock|advisory_unlock)\b|\bdbstat\b|"
    r"\bctid\b|\bPRAGMA\b|\bFOR UPDATE\b|\bCOPY \("
)


def dialect_checks() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts[0] in ("store", "migrations"):
            continue
        hits = [m.group(0) for m in _DIALECT.finditer(path.read_text())]
        if hits:
            found[rel.as_posix()] = hits
    return found


def test_no_dialect_branch_or_driver_outside_the_store():
    assert dialect_checks() == {}


def test_the_walk_sees_a_dialect_branch():
    assert _DIALECT.search('lock = " FOR UPDATE" if store.dialect == "postgresql" else ""')
    assert _DIALECT.search("with conn.raw.cursor() as cur:")
    assert not _DIALECT.search("store.row_lock")
