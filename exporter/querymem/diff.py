"""What changed since my last check: the caller's previous answer to the same question beside the new one.

"The same question" is the same intent key, whatever window it covered then (the point is to
compare then with now). Without a usable key (time words unreadable, or never asked with this
key) the caller's most similar earlier question above the partial threshold stands in for it.
Insights are matched with their numbers blanked, so "payments-api: 5 alerts" becoming
"payments-api: 7 alerts" reads as one changed insight, not one gone and one new.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from exporter.querymem.lookup import _number, ago, cached_view, describe
from exporter.querymem.reading import Reading, stored_reading
from exporter.text.embeddings import from_blob

_NUM = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


@dataclass
class Current:
    headline_value: float | None = None
    key_insights: list[str] = field(default_factory=list)
    result_summary: str = ""


def _shape(text: str) -> str:
    return " ".join(_NUM.sub("#", text.lower()).split())


def insight_changes(before: list[str], after: list[str]) -> dict[str, list]:
    old = {_shape(t): t for t in before}
    new = {_shape(t): t for t in after}
    return {
        "new": [new[k] for k in new if k not in old],
        "gone": [old[k] for k in old if k not in new],
        "changed": [{"before": old[k], "after": new[k]} for k in new if k in old and old[k] != new[k]],
        "unchanged": [new[k] for k in new if k in old and old[k] == new[k]],
    }


def headline_change(before: float | None, after: float | None) -> dict[str, Any] | None:
    if before is None or after is None:
        return None
    delta = after - before
    return {
        "before": before,
        "after": after,
        "delta": delta,
        "percent": None if before == 0 else round(100.0 * delta / abs(before), 1),
    }


def pick_previous(rows: list[dict], reading: Reading, vec: np.ndarray, threshold: float) -> tuple[dict | None, str]:
    """The newest row with the same intent key, else the most similar one above `threshold`."""
    if not reading.semantic_only:
        for row in rows:  # newest first
            cached, _ = stored_reading(row)
            if cached is not None and cached.key == reading.key:
                return row, "same_intent"
    best, best_sim = None, threshold
    for row in rows:
        stored = from_blob(row.get("embedding"))
        if stored is None:
            continue
        sim = float(stored @ vec)
        if sim >= best_sim:
            best, best_sim = row, sim
    return best, ("similar_question" if best is not None else "none")


def build_diff(reading: Reading, previous: dict | None, how: str, current: Current, now: float) -> dict[str, Any]:
    if previous is None:
        return {
            "intent": reading.as_dict(),
            "previous": None,
            "matched_by": how,
            "change": None,
            "message": "No earlier answer to this question: this is your first check.",
        }
    age = now - float(previous["executed_at"])
    cached, _ = stored_reading(previous)
    before_insights = _insights(previous)
    head = headline_change(previous["headline_value"], current.headline_value)
    insights = insight_changes(before_insights, current.key_insights)
    what = describe(cached if cached is not None else reading)
    parts = [f"Since your last check {ago(age)}:"]
    if head is not None:
        if head["delta"] == 0:
            parts.append(f"{what} unchanged at {_number(head['after'])}.")
        else:
            pct = f", {head['percent']:+.0f}%" if head["percent"] is not None else ""
            parts.append(
                f"{what} went from {_number(head['before'])} to {_number(head['after'])} "
                f"({head['delta']:+g}{pct})."
            )
    if insights["new"]:
        parts.append("New: " + "; ".join(insights["new"]) + ".")
    if insights["changed"]:
        parts.append("Changed: " + "; ".join(f"{c['before']} → {c['after']}" for c in insights["changed"]) + ".")
    if insights["gone"]:
        parts.append("No longer: " + "; ".join(insights["gone"]) + ".")
    if len(parts) == 1:
        parts.append("nothing changed in the headline or the insights.")
    return {
        "intent": reading.as_dict(),
        "previous": cached_view(previous, age),
        "matched_by": how,
        "change": {"headline": head, "insights": insights},
        "message": " ".join(parts),
    }


def _insights(row: dict) -> list[str]:
    from exporter.store import from_json

    return [str(x) for x in from_json(row.get("key_insights"), []) or []]
