"""One writer per table, and one path for feedback whichever door it comes by.

The walk reads every module of `exporter/` for SQL that writes a table (INSERT INTO, UPDATE,
DELETE FROM, `insert_new("table", ...)`), resolves module-level table-name constants used in
f-strings, and checks the tables against the live schema. Generic deletes whose table comes from
the schema at run time (retention, delete-my-data, the archive mover) name no table and are the
tiers' business; they go through `exporter.tiers.batch`.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

from exporter.store.schema import table_columns
from tests.conftest import auth
from tests.test_cases_api import case, post_case

ROOT = Path(__file__).resolve().parents[1] / "exporter"
_WRITE = re.compile(r"\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\{?([A-Za-z_][A-Za-z0-9_]*)\}?", re.I)
_INSERT_NEW = re.compile(r"insert_new\(\s*[\"']([a-z_][a-z0-9_]*)[\"']")

# Second writers that exist today, each to be moved behind its table's one module. The list may
# only shrink: a new second writer fails the test, and so does an entry that no longer holds.
KNOWN_SECOND_WRITERS: dict[str, set[str]] = {}


def _constants(tree: ast.Module) -> dict[str, str]:
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out[target.id] = node.value.value
    return out


def writers() -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for path in ROOT.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        text = path.read_text()
        constants = _constants(ast.parse(text))
        module = str(path.relative_to(ROOT))
        for pattern in (_WRITE, _INSERT_NEW):
            for m in pattern.finditer(text):
                name = constants.get(m.group(1), m.group(1))
                found[name].add(module)
    return found


def test_every_table_has_at_most_one_writing_module(store):
    tables = set(table_columns(store))
    found = {t: mods for t, mods in writers().items() if t in tables}
    assert {"feedback", "audit_events", "query_executions", "deletion_requests"} <= set(found)  # the walk sees writes
    assert found["learned_patterns"] == {"knowledge/patterns.py"}
    assert found["recommendations"] == {"knowledge/recommendations.py"}
    assert found["feedback"] == {"knowledge/feedback.py"}
    extra = {t: sorted(m) for t, m in found.items() if len(m) > 1 and m != KNOWN_SECOND_WRITERS.get(t)}
    assert extra == {}, f"tables with a second writer: {extra}"
    stale = {t for t in KNOWN_SECOND_WRITERS if found.get(t) != KNOWN_SECOND_WRITERS[t]}
    assert stale == set(), f"no longer true, remove from KNOWN_SECOND_WRITERS: {stale}"


@pytest.fixture
def rated(client):
    """Three equal cases: one rated through each door with the same rating, one not rated."""
    ids = [post_case(client, case("high CPU on server-01", "pkill -f cleanup.py", cause="runaway script"))
           for _ in range(3)]
    fb = {"target": "case", "id": ids[0], "rating": "helpful", "event_id": "fb-api"}
    assert client.post("/api/v1/feedback", json=fb, headers=auth("tok-acme")).status_code == 201
    event = {"id": "fb-event", "timestamp": datetime.now(UTC).isoformat(), "session_id": "s-1", "session_type": "troubleshooting", "user": "alice",
             "kind": "feedback", "rating": "helpful", "target": "case", "target_id": ids[1], "text": "worked"}
    assert client.post("/api/v1/events", json=[event], headers=auth("tok-acme")).status_code == 201
    return ids


def test_feedback_moves_a_case_the_same_way_through_the_api_and_through_an_audit_event(client, rated):
    via_api, via_event, unrated = (client.get(f"/api/v1/cases/{c}", headers=auth("tok-acme")).get_json()
                                   for c in rated)
    assert via_api["confidence"] == via_event["confidence"] > unrated["confidence"]
    assert via_api["feedback"] == via_event["feedback"] == {"helpful": 1, "partially_helpful": 0, "not_helpful": 0}
    assert [h["change"] for h in via_api["history"]] == [h["change"] for h in via_event["history"]]


def test_a_retried_feedback_event_moves_the_case_once(client, rated):
    event = {"id": "fb-event", "timestamp": datetime.now(UTC).isoformat(), "session_id": "s-1", "session_type": "troubleshooting", "user": "alice",
             "kind": "feedback", "rating": "helpful", "target": "case", "target_id": rated[1], "text": "worked"}
    before = client.get(f"/api/v1/cases/{rated[1]}", headers=auth("tok-acme")).get_json()["confidence"]
    assert client.post("/api/v1/events", json=[event], headers=auth("tok-acme")).status_code in (200, 201)
    assert client.get(f"/api/v1/cases/{rated[1]}", headers=auth("tok-acme")).get_json()["confidence"] == before
