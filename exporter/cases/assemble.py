"""Cases from troubleshooting sessions: what the user reported, what was run, what fixed it.

The learning job reads each finished `troubleshooting` session's audit events (already redacted at
ingest) and turns those that end with the user confirming a fix into a case:

- problem: the first user message; environment from "(prod)"/"env: dev" in the messages or the
  page the user was on; platform, OS and service type from the commands that were run;
- steps: each command (`action` event) with its `execution_result` output; a step the user
  answered with "didn't help" / "no change" is kept as found=False and never suggested;
- solution: the command the assistant suggested as the fix (the "Suggested fix: `...`" message)
  and what was run after it; root cause from the assistant's "Root cause: ..." summary;
- outcome: resolved, time from the first message to the confirmation, the session's rating.

The case id is derived from (org, session id) and `cases` is unique on (org, source_session_id),
so running again, or two replicas at once, never creates a duplicate.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from exporter.cases import repo
from exporter.cases.metrics import ASSEMBLED, TIME_TO_RESOLUTION
from exporter.store import Store, from_json
from exporter.text.embeddings import embed, whole_text_vectors

if TYPE_CHECKING:
    from exporter.service import Services

log = logging.getLogger(__name__)

QUIET_SECONDS = 600  # a session with no event for this long is finished
CONFIRM = re.compile(
    r"\b(fixed|resolved|solved|that (did it|worked)|works (again|now)|back to normal|is stable|stable now)\b", re.I
)
NEGATED = re.compile(r"\b(not|n't|never|still|no change|didn't|doesn't|isn't)\b", re.I)
NO_HELP = re.compile(r"\b(didn'?t help|did not help|no change|still the same|not fixed|same error|still (failing|broken))\b", re.I)
ENV = re.compile(r"(?:\(|\benv(?:ironment)?:\s*)(prod|production|staging|stage|dev|development|test)\b", re.I)
ROOT_CAUSE = re.compile(r"root cause:\s*(.+?)(?:\.\s|\.$|$)", re.I | re.S)
POINTS_AT = re.compile(r"points at\s+(.+?)(?:\.\s|\.$|$)", re.I | re.S)
SUGGESTED = re.compile(r"(?:suggested fix|fix|try|run)\s*:?\s*`([^`]+)`", re.I)
HOST = re.compile(r"\b([a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+[a-z0-9]*|[a-z]+\d{2,})\b")
ENV_SUFFIX = re.compile(r"\s*\((?:prod|production|staging|stage|dev|development|test)\)", re.I)
# Commands that change something: when the assistant never named the fix, the first of these is it.
MUTATING = re.compile(
    r"\b(restart|reload|start|stop|kill|pkill|scale|set|apply|delete|drop|patch|edit|truncate|rm|drain|cordon|"
    r"rollback|undo|upgrade|install|resize|pg_drop_\w+)\b|--vacuum|logrotate -f|--force",
    re.I,
)
ENV_NAMES = {"production": "prod", "stage": "staging", "development": "dev"}
PLATFORMS = (("kubectl", "kubernetes"), ("helm ", "kubernetes"), ("docker ", "docker"))
LINUX = re.compile(r"\b(systemctl|journalctl|top|ps|df|du|free|uptime|logrotate|apt|yum|dmesg|ss|netstat)\b")
SERVICES = (
    ("pgbouncer", "postgresql"), ("psql", "postgresql"), ("postgres", "postgresql"), ("php-fpm", "php"),
    ("nginx", "nginx"), ("java", "java"), ("redis", "redis"), ("mysql", "mysql"), ("kafka", "kafka"),
)


def pending_orgs(svc_or_store: Services | Store, now: float) -> list[str]:
    """Orgs with a finished troubleshooting session that has no case yet (the stage's work list)."""
    store: Store = getattr(svc_or_store, "store", svc_or_store)
    rows = store.query(
        "SELECT DISTINCT s.org_id FROM sessions s "
        "LEFT JOIN cases c ON c.org_id = s.org_id AND c.source_session_id = s.session_id "
        "WHERE s.session_type = 'troubleshooting' AND s.last_seen_at <= :quiet AND c.id IS NULL ORDER BY s.org_id",
        {"quiet": now - QUIET_SECONDS},
    )
    return [r["org_id"] for r in rows]


def assemble_cases(
    svc_or_store: Services | Store,
    org: str | None = None,
    now: float | None = None,
    embedder: Callable[[list[str]], np.ndarray] = embed,
) -> dict[str, Any]:
    """Turn every finished, confirmed troubleshooting session without a case into one.

    Parameters
    ----------
    svc_or_store : Services or Store
    org : str, optional
        Limit to one org; every org with troubleshooting sessions otherwise.
    now : float, optional
        Epoch seconds; sessions quiet since `now - QUIET_SECONDS` count as finished.

    Returns
    -------
    dict
        ``{"sessions": examined, "created": new cases, "unconfirmed": sessions without a fix}``.
    """
    store: Store = getattr(svc_or_store, "store", svc_or_store)
    now = time.time() if now is None else now
    params: dict[str, Any] = {"quiet": now - QUIET_SECONDS}
    org_filter = ""
    if org is not None:
        org_filter = "AND s.org_id = :org "
        params["org"] = org
    pending = store.query(
        "SELECT s.org_id, s.session_id, s.user_id FROM sessions s "
        "LEFT JOIN cases c ON c.org_id = s.org_id AND c.source_session_id = s.session_id "
        f"WHERE s.session_type = 'troubleshooting' AND s.last_seen_at <= :quiet AND c.id IS NULL {org_filter}"
        "ORDER BY s.org_id, s.started_at",
        params,
    )
    docs = []
    unconfirmed = 0
    for s in pending:
        events = store.query(
            "SELECT kind, ts, text, data FROM audit_events WHERE org_id = :org AND session_id = :sid ORDER BY ts, event_id",
            {"org": s["org_id"], "sid": s["session_id"]},
        )
        built = case_from_events(events)
        if built is None:
            unconfirmed += 1
            continue
        docs.append((s, *built))
    if not docs:
        return {"sessions": len(pending), "created": 0, "unconfirmed": unconfirmed}
    vectors = whole_text_vectors([repo.embedding_text(d) for _, d, _ in docs], embedder)
    rows = [
        repo.build_row(
            doc, s["org_id"], s["user_id"] or None, now,
            case_id=repo.session_case_id(s["org_id"], s["session_id"]),
            source_session_id=s["session_id"], occurred_at=occurred, vector=vectors[i], confirmed_at=occurred,
        )
        for i, (s, doc, occurred) in enumerate(docs)
    ]
    with store.transaction() as conn:
        new = set(repo.insert_rows(conn, rows, now))
    suggested = _sessions_with_case(store, [(s["org_id"], s["session_id"]) for s, _, _ in docs])
    for (s, doc, _), row in zip(docs, rows, strict=True):
        if row["id"] not in new:
            continue
        ttr = doc["outcome"].get("time_to_resolution_seconds")
        if ttr is not None:
            flag = "yes" if (s["org_id"], s["session_id"]) in suggested else "no"
            TIME_TO_RESOLUTION.labels(suggested=flag).observe(ttr)
    ASSEMBLED.inc(len(new))
    log.info("assembled %d case(s) from %d troubleshooting session(s)", len(new), len(pending))
    return {"sessions": len(pending), "created": len(new), "unconfirmed": unconfirmed}


def _sessions_with_case(store: Store, keys: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for org in {o for o, _ in keys}:
        sids = [sid for o, sid in keys if o == org]
        names = {f"s{i}": sid for i, sid in enumerate(sids)}
        marks = ", ".join(f":{k}" for k in names)
        rows = store.query(
            f"SELECT DISTINCT session_id FROM case_uses WHERE org_id = :org AND session_id IN ({marks})",
            {"org": org, **names},
        )
        out.update((org, r["session_id"]) for r in rows)
    return out


def case_from_events(events: Sequence[dict[str, Any]]) -> tuple[dict[str, Any], float] | None:
    """A case document (the shape of `CaseIn`) and when the fix was confirmed, or None if never confirmed."""
    queries = [e for e in events if e["kind"] == "user_query"]
    if not queries:
        return None
    first = queries[0]
    confirm = next(
        (q for q in queries[1:] if CONFIRM.search(q["text"]) and not NEGATED.search(q["text"])), None
    )
    if confirm is None:
        return None
    events = [e for e in events if e["ts"] <= confirm["ts"] + 3600]
    statement = first["text"].strip()
    steps, fix_at = _steps(events, confirm["ts"])
    if fix_at is None:
        fix_at = next(
            (i for i, s in enumerate(steps) if s.get("found") is not False and MUTATING.search(s["command"])), None
        )
    fix_cmds = [s["command"] for s in steps[fix_at:] if s.get("found") is not False] if fix_at is not None else []
    leading = [s for s in steps[: fix_at if fix_at is not None else len(steps)] if s.get("found") is not False]
    if leading and fix_at is not None:
        leading[-1]["found"] = True  # the check that led to the fix
    responses = [e["text"] for e in events if e["kind"] == "llm_response"]
    issue = _last_match(ROOT_CAUSE, responses) or _last_match(POINTS_AT, responses)
    rating = next((from_json(e["data"], {}).get("rating") for e in reversed(events) if e["kind"] == "feedback"), None)
    doc = {
        "title": _title(statement),
        "problem": {
            "statement": statement,
            "symptoms": [],
            "context": _context(statement, events, [s["command"] for s in steps if s.get("found") is not False]),
            "keywords": [],
        },
        "steps": steps,
        "root_cause": {"issue": issue, "location": None, "reason": None},
        "solution": {"immediate_fix": fix_cmds[0] if fix_cmds else None, "permanent_fix": None, "commands": fix_cmds},
        "outcome": {
            "status": "resolved",
            "time_to_resolution_seconds": round(confirm["ts"] - first["ts"], 3),
            "user_rating": rating,
        },
        "tags": ["assembled"],
    }
    return doc, confirm["ts"]


def _steps(events: Sequence[dict[str, Any]], until: float) -> tuple[list[dict[str, Any]], int | None]:
    """Commands with their output, and the position of the first fix step (None if none was named)."""
    steps: list[dict[str, Any]] = []
    suggested: set[str] = set()
    fix_at: int | None = None
    for e in events:
        if e["ts"] > until:
            break
        data = from_json(e["data"], {}) or {}
        if e["kind"] == "llm_response":
            suggested.update(m.strip() for m in SUGGESTED.findall(e["text"]) if "fix" in e["text"].lower())
        elif e["kind"] == "action" and data.get("command"):
            cmd = data["command"].strip()
            steps.append({"command": cmd, "output": "", "found": None})
            if fix_at is None and cmd in suggested:
                fix_at = len(steps) - 1
        elif e["kind"] == "execution_result" and steps:
            cmd = (data.get("command") or "").strip()
            target = next((s for s in reversed(steps) if s["command"] == cmd), steps[-1])
            target["output"] = e["text"][: repo.OUTPUT_EXCERPT]
            if data.get("success") is False:
                target["found"] = False
        elif e["kind"] == "user_query" and steps and NO_HELP.search(e["text"]):
            steps[-1]["found"] = False
    return steps, fix_at


def _last_match(pattern: re.Pattern, texts: Sequence[str]) -> str | None:
    for text in reversed(texts):
        m = pattern.search(text)
        if m:
            return m.group(1).strip()[:300]
    return None


def _title(statement: str) -> str:
    line = statement.splitlines()[0]
    return ENV_SUFFIX.sub("", line).strip(" -:")[:200] or line[:200]


def _context(statement: str, events: Sequence[dict[str, Any]], commands: Sequence[str]) -> dict[str, Any]:
    ctx: dict[str, Any] = {}
    texts = [statement] + [e["text"] for e in events if e["kind"] in ("page_context", "llm_request", "user_query")]
    for text in texts:
        m = ENV.search(text)
        if m:
            env = m.group(1).lower()
            ctx["environment"] = ENV_NAMES.get(env, env)
            break
    joined = "\n".join(commands)
    for needle, platform in PLATFORMS:
        if needle in joined:
            ctx["platform"] = platform
            break
    if LINUX.search(joined):
        ctx["os"] = "linux"
    for needle, service in SERVICES:
        if needle in joined or needle in statement.lower():
            ctx["service_type"] = service
            break
    host = HOST.search(statement)
    if host:
        ctx["host"] = host.group(1)
    return ctx
