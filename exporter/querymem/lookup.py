"""HIT / PARTIAL / MISS: may an earlier answer stand for this question, now? (issue 15's specification)

Each candidate the index found (by embedding similarity, or by the same structured key) is judged
by the first rule that applies:

1. miss: another subject, or unrelated (no content term in common);
2. miss: a sibling filter value or a complement (checkout vs payments, critical vs non-critical,
   above vs below) -- every content word counts, including ones no parser knows;
3. miss: ranges overlapping less than 25% of the shorter one, or lengths differing more than 31x;
   except that the same rolling or "now" window re-asked while its answer is fresh is partial. Two
   ranges whose bounds match within rule 5's tolerance are one range here ("now" asked 4 minutes
   later overlaps 20% but is the same five minutes, within 5 min);
4. partial: another intent over the same data, a nested filter (all > critical, 5xx > 503), or
   another statistic of the same series (p50 vs p99);
5. the same question: hit when the answer is fresh and both bounds match within
   max(15% of the shorter range, 5 min); otherwise partial ("1 hour ago you found ...").
   The wording guard (MiniLM cosine >= `hit_similarity`) is not held against a pair that the org's
   declared alias table joined ("Birch" = ehr-web): no embedding knows an org's code names. A pair
   joined only through a short form read by its shape (initials, a contraction, a part of a known
   name: "pauth" = patron-auth) is at most partial: a guess, which the org's alias table confirms.

The embedding similarity finds candidates and is reported, but never turns a conflict into a
match. Every decision carries `why`: the ranges compared, the terms equal / nested / conflicting,
intent and statistic, and the answer's age against its TTL.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any, Literal

from detectors.org_aliases import Aliases
from detectors.org_topology import Topology
from detectors.query_compare import PASTED_QUERY, relate
from detectors.query_repeat import said_again
from detectors.query_wording import worded_alike
from exporter.querymem.policy import MemoryPolicy
from exporter.querymem.reading import Reading, Window, iso, stored_reading
from exporter.store import from_json

Decision = Literal["hit", "partial", "miss"]
Relation_ = Literal["same", "overlap", "different", "unknown"]
_RANK = {"hit": 2, "partial": 1, "miss": 0}
_NOUN = {"count": "count", "list": "list", "top": "ranking", "trend": "trend", "compare": "comparison",
         "status": "status"}


@dataclass
class Candidate:
    row: dict
    similarity: float
    same_intent: bool
    window: Relation_
    decision: Decision
    age_seconds: float
    why: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": int(self.row["id"]),
            "question": self.row["query_text"],
            "similarity": round(self.similarity, 4),
            "same_intent": self.same_intent,
            "window": self.window,
            "decision": self.decision,
            "age_seconds": round(self.age_seconds, 1),
            "why": self.why,
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
            "why": self.best.why if self.best is not None else {"rule": "no earlier answer found"},
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


def _words(terms, *surfaces: dict[str, str]) -> list[str]:
    """Stems back to the words as written, for a person reading `why`."""
    out = []
    for t in terms:
        word = next((m[t] for m in surfaces if t in m), t)
        out.append(("not " + word.lstrip("!")) if t.startswith("!") and not word.startswith("!") else word)
    return out


@functools.lru_cache(maxsize=8192)
def _frozen_view(window: Window) -> tuple[tuple[str, Any], ...]:
    return tuple(window.as_dict().items())


def _window_view(window: Window) -> dict[str, Any]:
    """`Window.as_dict`, formatted once per window: a lookup shows its own window beside each of its ~20
    candidates', and the candidates' saved windows recur from lookup to lookup (ISO text is most of it)."""
    return dict(_frozen_view(window))


def compare_windows(asked: Window | None, cached: Window | None, policy: MemoryPolicy) -> dict[str, Any]:
    """Overlap, length ratio and whether both bounds match within tolerance (rules 3 and 5)."""
    if asked is None or cached is None:
        return {"comparable": False}
    overlap = max(0.0, min(asked.end, cached.end) - max(asked.start, cached.start))
    shorter = max(1.0, min(asked.duration, cached.duration))
    longer = max(1.0, asked.duration, cached.duration)
    tol = policy.tolerance(shorter)
    return {
        "comparable": True,
        "asked": _window_view(asked),
        "cached": _window_view(cached),
        "overlap_of_shorter": round(overlap / shorter, 3),
        "length_ratio": round(longer / shorter, 2),
        "tolerance_seconds": round(tol, 1),
        "bounds_match": abs(asked.start - cached.start) <= tol and abs(asked.end - cached.end) <= tol,
        "same_rolling": asked.relative and cached.relative and abs(asked.duration - cached.duration) <= tol,
    }


def judge(asked: Reading, row: dict, similarity: float, now: float, policy: MemoryPolicy,
          names: frozenset[str] = frozenset(), aliases: Aliases | None = None,
          topology: Topology | None = None) -> Candidate:
    """The first rule of the specification (module docstring) that applies to this candidate. ``names`` are the
    org's known names (`QueryMemory.known`): the initials of one ("mm") read as that name; ``aliases`` the org's
    declared alias table (`QueryMemory.aliases`): "Birch" reads as ehr-web; ``topology`` what holds what, learned
    from the org's alerts (`QueryMemory.known`): the circulation team holds hold-queue."""
    cached, cached_window = stored_reading(row)
    executed, expires = float(row["executed_at"]), float(row["expires_at"])
    age = max(0.0, now - executed)
    fresh = now <= expires
    why: dict[str, Any] = {"similarity": round(similarity, 4), "age_seconds": round(age, 1),
                           "ttl_seconds": round(expires - executed, 1), "fresh": fresh}
    if cached is None or cached.facts is None or asked.facts is None:
        why["rule"] = "0 recorded before structured reading: never a hit"
        decision: Decision = "partial" if similarity >= policy.partial_similarity else "miss"
        return Candidate(row, similarity, False, "unknown", decision, age, why)
    rel = relate(cached.facts, asked.facts, names, aliases, topology)
    surfaces = (cached.facts.surface, asked.facts.surface)
    why["terms"] = {"equal": _words(rel.equal, *surfaces), "nested": _words(rel.narrower, *surfaces),
                    "conflicting": _words(rel.conflicting, *surfaces)}
    if rel.by_shape:
        why["terms"]["read_by_shape"] = list(rel.by_shape)
    # the same words and range asked again with "how many" or "list" added ask for what the first answer was not
    intent_same = rel.intent_same and not said_again(cached.facts, asked.facts, _written_range(cached_window),
                                                     _written_range(asked.window))
    why["intent"] = {"cached": cached.facts.intent, "asked": asked.facts.intent, "same": intent_same}
    why["statistic"] = {"cached": cached.facts.stat, "asked": asked.facts.stat, "same": rel.stat_same}
    ranges = compare_windows(asked.window, cached_window, policy)
    why["ranges"] = ranges
    same_substance = rel.kind == "same" and intent_same and rel.stat_same
    # the wording guard is waived for code against prose only: two pastes are code against code, which the
    # embedding does compare (count by vs sum by of one selector reads 0.92 apart from their statistic)
    pasted = (PASTED_QUERY in cached.facts.mentioned) != (PASTED_QUERY in asked.facts.mentioned)
    relation: Relation_ = "unknown"
    if ranges["comparable"]:
        relation = "same" if ranges["bounds_match"] else "overlap" if ranges["overlap_of_shorter"] > 0 else "different"
    if rel.kind == "unrelated" or (rel.kind == "conflict" and rel.subject_conflict):
        why["rule"], decision = "1 another subject or unrelated", "miss"
    elif rel.kind == "conflict":
        why["rule"], decision = "2 sibling filter value or complement", "miss"
    elif not ranges["comparable"]:
        why["rule"] = "3 time not understood: the ranges cannot be compared"
        decision = "partial"
    elif not ranges["bounds_match"] and (ranges["overlap_of_shorter"] < policy.min_overlap
                                         or ranges["length_ratio"] > policy.max_length_ratio):
        if ranges["same_rolling"] and fresh:
            why["rule"], decision = "3 same rolling or now window re-asked while fresh", "partial"
        else:
            why["rule"], decision = "3 ranges do not overlap enough", "miss"
    elif not same_substance:
        why["rule"], decision = "4 another intent, a nested filter or another statistic", "partial"
    elif fresh and ranges["bounds_match"] and not rel.by_shape and (
            similarity >= policy.hit_similarity or rel.aliased or pasted
            or worded_alike(cached.facts, asked.facts, rel.named)):
        # The wording guard stands in for what the reading may have missed; a name the org declared as another
        # ("Birch" = ehr-web) is wording no embedding can know, a query pasted as PromQL / LogQL is code no
        # embedding compares with prose (its selector is read whole), and two questions holding the same content
        # words apart from grammar ("prod crit alerts" / "production critical alerts") leave the reading nothing
        # to miss, so none of them is held against the pair.
        why["rule"], decision = "5 same question, fresh, same range", "hit"
        if similarity < policy.hit_similarity:
            why["wording"] = ("far apart, but an alias the org declared was read" if rel.aliased else
                              "far apart, but one side is a query pasted as PromQL / LogQL, read whole" if pasted
                              else "far apart, but the same content words, only the grammar differs"
                              + (" (names read by their shape or written with other separators)" if rel.named else "")) \
                + ": the wording guard is not applied"
    else:
        # a name only a short form's shape ties to the other side's ("webapp" / webshop-app) is a guess: offered as
        # context, never served as the answer (round 19's review, S34); the org's alias table confirms one
        why["rule"] = "5 same question, " + ("expired" if not fresh else "range moved" if not ranges["bounds_match"]
                                              else "a name read only from a short form's shape, not confirmed"
                                              if rel.by_shape else "wording too far apart to trust")
        decision = "partial"
    return Candidate(row, similarity, same_substance, relation, decision, age, why)


def _written_range(window: Window | None) -> str:
    return window.expression if window is not None else ""


def decide(asked: Reading, scored: list[tuple[dict, float]], now: float, policy: MemoryPolicy,
           names: frozenset[str] = frozenset(), aliases: Aliases | None = None,
           topology: Topology | None = None) -> LookupResult:
    """Judge every candidate; the best decision wins, then the same intent, similarity and freshness."""
    candidates = [judge(asked, row, sim, now, policy, names, aliases, topology) for row, sim in scored]
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
    caveat = " Time not understood, so this cannot be the same answer: check the range." if asked.semantic_only else ""
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
