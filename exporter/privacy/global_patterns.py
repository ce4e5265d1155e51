"""Global patterns: what many orgs have in common, published only when no one can be singled out.

A pattern is published when at least `k` distinct orgs *and* `k` distinct people contribute to
it (k = `Settings.global_min_contributors`, default 5). Only rows of people who contribute and of
orgs that allow global aggregation count (`exporter.scoping.global_contributing`); personal
(`user` scope) rows never count. Output carries no org, person, session or case id; its only text
is the pattern itself (a question template, a bounded intent name, an alert name, a root-cause
outline), and that text is the grouping key, so by construction it is shared by at least `k` orgs.

Alert history has no person in it: alert patterns need `k` orgs, and the people condition is
taken over the people of the contributing orgs who asked about alerts. (A pattern of k orgs whose
people did not ask is not published.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from detectors.query_intent import parse_question
from detectors.templates import question_template
from exporter.scoping import global_contributing, org_contributes_globally
from exporter.store import Store, from_json

WINDOW_DAYS = 90
MAX_ROWS = 200_000


class _Groups:
    def __init__(self) -> None:
        self.orgs: dict[str, set[str]] = defaultdict(set)
        self.people: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.count: dict[str, int] = defaultdict(int)

    def add(self, key: str, org: str, user: str | None) -> None:
        self.orgs[key].add(org)
        if user:
            self.people[key].add((org, user))
        self.count[key] += 1

    def published(self, k: int, field: str) -> list[dict[str, Any]]:
        out = [
            {field: key, "orgs": len(self.orgs[key]), "users": len(self.people[key]), "occurrences": self.count[key]}
            for key in self.orgs
            if len(self.orgs[key]) >= k and len(self.people[key]) >= k
        ]
        return sorted(out, key=lambda r: (-r["orgs"], -r["occurrences"], r[field]))


def global_patterns(store: Store, k: int, now: float, tz: str = "UTC") -> dict[str, Any]:
    since = now - WINDOW_DAYS * 86400
    when = datetime.fromtimestamp(now, UTC)
    templates, intents = _Groups(), _Groups()
    askers: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in _rows(store, "SELECT q.org_id, q.user_id, q.query_text FROM query_executions q "
                     f"WHERE q.executed_at >= :since AND q.scope <> 'user' AND {global_contributing('q')} "
                     f"ORDER BY q.executed_at DESC LIMIT {MAX_ROWS}", {"since": since}):
        text = row["query_text"] or ""
        templates.add(question_template(text), row["org_id"], row["user_id"])
        intent = parse_question(text, when, tz)
        intents.add(f"{intent.type}:{intent.subject or '*'}", row["org_id"], row["user_id"])
        if intent.subject == "alerts" or "alert" in text.lower():
            askers[row["org_id"]].add((row["org_id"], row["user_id"] or ""))
    alerts = _Groups()
    for row in _rows(store, "SELECT a.org_id, a.alertname, a.severity FROM alert_events a "
                     f"WHERE a.starts_at >= :since AND {org_contributes_globally('a')} "
                     "GROUP BY a.org_id, a.alertname, a.severity", {"since": since}):
        key = f"{row['alertname']}:{row['severity'] or '*'}"
        alerts.orgs[key].add(row["org_id"])
        alerts.people[key] |= {p for p in askers.get(row["org_id"], set()) if p[1]}
        alerts.count[key] += 1
    solutions = _Groups()
    for row in _rows(store, "SELECT c.org_id, c.author_id, c.title, c.root_cause FROM cases c "
                     f"WHERE c.status = 'active' AND c.scope <> 'user' AND c.reuse_count >= 1 "
                     f"AND {global_contributing('c', 'author_id')}", {}):
        cause = (from_json(row["root_cause"], {}) or {}).get("issue") or row["title"] or ""
        solutions.add(question_template(cause), row["org_id"], row["author_id"])
    return {
        "k": k,
        "window_days": WINDOW_DAYS,
        "question_templates": templates.published(k, "template"),
        "intent_clusters": intents.published(k, "intent"),
        "alert_patterns": alerts.published(k, "alert"),
        "solution_outlines": solutions.published(k, "root_cause"),
    }


def _rows(store: Store, sql: str, params: dict[str, Any]) -> Iterable[dict[str, Any]]:
    return store.query(sql, params)
