"""Cases assembled from troubleshooting sessions, through the real ingest path, on both backends."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from exporter.cases import assemble_cases
from exporter.demo import PLANTED, generate_demo
from exporter.ingest import writer as ingest
from exporter.ingest.schemas import AuditEvent
from exporter.privacy.gate import Gate
from exporter.privacy.redaction import Redactor
from exporter.scoping import Principal

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
ACME = Principal("acme", None, "service")


def session(sid, messages, user="alice"):
    """Events for one troubleshooting session: (kind, text, extra fields) one minute apart."""
    out = []
    for i, (kind, text, extra) in enumerate(messages):
        out.append(AuditEvent.model_validate({
            "id": f"{sid}-{i}", "timestamp": (T0 + timedelta(minutes=i)).isoformat(), "user": user,
            "session_id": sid, "session_type": "troubleshooting", "kind": kind, "text": text, **extra,
        }))
    return out


def store_events(store, events):
    ingest.store_events(store, ACME, Gate(Redactor()), events)


CPU_SESSION = [
    ("user_query", "high CPU on server-01 (prod)", {}),
    ("action", "Check: `top -b -n1`", {"command": "top -b -n1"}),
    ("execution_result", "PID 4074 backup-agent 388%", {"command": "top -b -n1", "success": True}),
    ("action", "Restart nginx: `systemctl restart nginx`", {"command": "systemctl restart nginx"}),
    ("execution_result", "", {"command": "systemctl restart nginx", "success": True}),
    ("user_query", "didn't help, still the same", {}),
    ("llm_response", "That points at backup-agent in a retry loop. Suggested fix: `systemctl restart backup-agent`.", {}),
    ("action", "Restart: `systemctl restart backup-agent`", {"command": "systemctl restart backup-agent"}),
    ("execution_result", "", {"command": "systemctl restart backup-agent", "success": True}),
    ("user_query", "that fixed it, CPU is back to normal", {}),
    ("llm_response", "Great. Root cause: backup-agent is spinning in a retry loop. I saved this as a known fix.", {}),
    ("feedback", "", {"rating": "helpful", "target": "answer"}),
]


def test_confirmed_session_becomes_a_case_with_steps_fix_and_time(store):
    store_events(store, session("s1", CPU_SESSION))
    summary = assemble_cases(store, "acme", now=(T0 + timedelta(hours=2)).timestamp())
    assert summary == {"sessions": 1, "created": 1, "unconfirmed": 0}
    row = store.one("SELECT * FROM cases WHERE source_session_id = 's1'")
    steps = json.loads(row["steps"])
    assert [s["command"] for s in steps if s["found"] is False] == ["systemctl restart nginx"]
    assert json.loads(row["solution"])["immediate_fix"] == "systemctl restart backup-agent"
    assert json.loads(row["root_cause"])["issue"] == "backup-agent is spinning in a retry loop"
    outcome = json.loads(row["outcome"])
    assert outcome == {"status": "resolved", "time_to_resolution_seconds": 9 * 60.0, "user_rating": "helpful"}
    assert json.loads(row["problem"])["context"] == {"environment": "prod", "host": "server-01", "os": "linux"}
    assert row["title"] == "high CPU on server-01" and row["author_id"] == "alice" and row["scope"] == "org"
    assert row["helpful_count"] == 1 and row["embedding"] is not None


def test_running_again_creates_no_duplicates(store):
    store_events(store, session("s1", CPU_SESSION))
    later = (T0 + timedelta(hours=2)).timestamp()
    assemble_cases(store, "acme", now=later)
    assert assemble_cases(store, "acme", now=later + 60)["created"] == 0
    assert store.scalar("SELECT COUNT(*) AS n FROM cases") == 1


def test_unconfirmed_or_unfinished_session_makes_no_case(store):
    store_events(store, session("s2", CPU_SESSION[:6]))
    assert assemble_cases(store, "acme", now=(T0 + timedelta(hours=2)).timestamp())["created"] == 0
    store_events(store, session("s3", CPU_SESSION))
    too_soon = (T0 + timedelta(minutes=12)).timestamp()
    assert assemble_cases(store, "acme", now=too_soon)["created"] == 0


def test_demo_troubleshooting_sessions_become_cases_with_the_planted_fixes(store):
    now = datetime(2025, 3, 3, 12, tzinfo=UTC)
    demo = generate_demo(now, seed=42, weeks=8)
    for org, data in demo.orgs.items():
        events = [AuditEvent.model_validate(e) for e in data.events if e["session_type"] == "troubleshooting"]
        ingest.store_events(store, Principal(org, None, "service"), Gate(Redactor()), events)
    summary = assemble_cases(store, None, now=now.timestamp())
    assert summary["created"] == summary["sessions"] > 10
    planted = {fix for spec in PLANTED["troubleshooting"].values() for fix in spec["fix"].values()}
    fixes = [json.loads(r["solution"])["immediate_fix"] for r in store.query("SELECT solution FROM cases")]
    assert set(fixes) == planted
