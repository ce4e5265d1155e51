"""HIT / PARTIAL / MISS: may an earlier answer stand for this question, now?

A hit needs all of: the same intent key (type, subject, filters), the same window (for "last 24
hours" the same length, for "today" the same start, otherwise both bounds), the entry still inside
its TTL, and a similarity above `hit_similarity` as a guard against a wrong reading. A partial is
the same intent over an overlapping window, or any question more similar than
`partial_similarity`: the earlier answer is shown with its age, to be refreshed. When the question's
time words cannot be read, only near-identical wording may be a hit, and the answer says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from exporter.querymem.policy import MemoryPolicy
from exporter.querymem.reading import Reading, Window, iso, stored_reading
from exporter.store import from_json

Decision = Literal["hit", "partial", "miss"]
Relation = Literal["same", "overlap", "different", "unknown"]
_RANK = {"hit": 2, "partial": 1, "miss": 0}
_NOUN = {"count": "count", "list": "list", "top": "ranking", "trend": "trend", "compare": "comparison",
         "status": "status"}


@dataclass
class Candidate:
    row: dict
    similarity: float
    same_intent: bool
    window: Relation
    decision: Decision
    age_seconds: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": int(self.row["id"]),
            "question": self.row["query_text"],
            "similarity": round(self.similarity, 4),
            "same_intent": self.same_intent,
            "window": self.window,
            "decision": self.decision,
            "age_seconds": round(self.age_seconds, 1),
        }


@dataclass
class LookupResult:
    decision: Decision
    message: str
    reading: Reading
    matching: Literal["structured", "semantic_only"]
    best: Candidate | None = None
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def saved_seconds(self) -> float:
        if self.decision != "hit" or self.best is None:
            return 0.0
        return float(self.best.row.get("execution_time_seconds") or 0.0)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "decision": self.decision,
            "message": self.message,
            "matching": self.matching,
            "intent": self.reading.as_dict(),
            "cached": None,
            "candidates": [c.as_dict() for c in self.candidates],
        }
        if self.best is not None and self.decision != "miss":
            out["cached"] = cached_view(self.best.row, self.best.age_seconds)
        return out


def cached_view(row: dict, age: float) -> dict[str, Any]:
    return {
        "id": int(row["id"]),
        "question": row["query_text"],
        "result_summary": row["result_summary"],
        "headline_value": row["headline_value"],
        "key_insights": from_json(row["key_insights"], []),
        "data_sources": from_json(row["data_sources"], []),
        "executed_at": iso(row["executed_at"]),
        "expires_at": iso(row["expires_at"]),
        "age_seconds": round(age, 1),
        "range_start": iso(row["range_start"]) if row["range_start"] is not None else None,
        "range_end": iso(row["range_end"]) if row["range_end"] is not None else None,
        "execution_time_seconds": row["execution_time_seconds"],
        "scope": row["scope"],
    }


def window_relation(asked: Reading, cached: Reading, cached_window: Window | None, policy: MemoryPolicy) -> Relation:
    if asked.time_state == "none" and cached.time_state == "none":
        return "same"  # point-in-time questions: the answer is as of when it was asked
    a, c = asked.window, cached_window
    if a is None or c is None:
        return "different"
    tol = policy.tolerance(a.duration)
    if a.relative and c.relative:
        same = abs(a.duration - c.duration) <= tol
    elif a.until_now and c.until_now and not (a.relative or c.relative):
        same = abs(a.start - c.start) <= tol  # "today" asked later: same start, the end moved on
    else:
        same = abs(a.start - c.start) <= tol and abs(a.end - c.end) <= tol
    if same:
        return "same"
    return "overlap" if a.overlaps(c) else "different"


def judge(asked: Reading, row: dict, similarity: float, now: float, policy: MemoryPolicy) -> Candidate:
    cached, cached_window = stored_reading(row)
    same_intent = cached is not None and cached.key == asked.key
    age = max(0.0, now - float(row["executed_at"]))
    if asked.semantic_only or cached is None or cached.time_state == "unclear":
        relation: Relation = "unknown"
        if same_intent and similarity >= policy.semantic_only_hit_similarity:
            decision: Decision = "hit"
        else:
            decision = "partial" if similarity >= policy.partial_similarity else "miss"
    else:
        relation = window_relation(asked, cached, cached_window, policy)
        if same_intent and relation == "same" and similarity >= policy.hit_similarity:
            decision = "hit"
        elif (same_intent and relation in ("same", "overlap")) or similarity >= policy.partial_similarity:
            decision = "partial"
        else:
            decision = "miss"
    return Candidate(row, similarity, same_intent, relation, decision, age)


def decide(asked: Reading, scored: list[tuple[dict, float]], now: float, policy: MemoryPolicy) -> LookupResult:
    """Judge every candidate; the best decision wins, then the same intent, similarity and freshness."""
    candidates = [judge(asked, row, sim, now, policy) for row, sim in scored]
    candidates.sort(key=lambda c: (-_RANK[c.decision], not c.same_intent, -c.similarity, c.age_seconds))
    matching: Literal["structured", "semantic_only"] = "semantic_only" if asked.semantic_only else "structured"
    best = candidates[0] if candidates else None
    decision: Decision = best.decision if best else "miss"
    return LookupResult(decision, message(decision, best, asked), asked, matching, best, candidates)


def ago(seconds: float) -> str:
    minutes = int(round(seconds / 60))
    if minutes < 1:
        return "less than a minute ago"
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''} ago"
    hours = seconds / 3600
    whole = int(round(hours))
    if abs(hours - whole) < 0.125 or hours >= 10:
        return f"{whole} hour{'s' if whole != 1 else ''} ago"
    return f"{hours:.1f} hours ago"


def describe(reading: Reading | None) -> str:
    """A noun phrase for what was counted: "critical alerts for payments-api"."""
    if reading is None or reading.subject is None:
        return "results"
    words = [reading.filters["severity"]] if "severity" in reading.filters else []
    words.append(reading.subject)
    if "service" in reading.filters:
        words.append(f"for {reading.filters['service']}")
    if "host" in reading.filters:
        words.append(f"on {reading.filters['host']}")
    if "environment" in reading.filters:
        words.append(f"in {reading.filters['environment']}")
    return " ".join(words)


def _number(x: float) -> str:
    return f"{x:.0f}" if abs(x - round(x)) < 1e-9 else f"{x:.3g}"


def message(decision: Decision, best: Candidate | None, asked: Reading) -> str:
    caveat = " Time not understood, so matched on meaning only." if asked.semantic_only else ""
    if decision == "miss" or best is None:
        return "Nothing recent to reuse: run the query." + caveat
    when = ago(best.age_seconds)
    if decision == "hit":
        return f"Data from {when} — refresh?" + caveat
    cached, _ = stored_reading(best.row)
    noun = _NOUN.get(cached.type if cached else "", "answer")
    headline = best.row.get("headline_value")
    if headline is not None and cached is not None and cached.subject is not None:
        found = f"{_number(float(headline))} {describe(cached)}"
    else:
        found = f"“{best.row['result_summary'] or best.row['query_text']}”"
    scope = ""
    if best.window in ("overlap", "different") and cached is not None and cached.window is not None:
        scope = f" ({cached.window.expression})" if cached.window.expression else ""
    return f"{when[0].upper()}{when[1:]} you found {found}{scope}. Want an updated {noun}?" + caveat
