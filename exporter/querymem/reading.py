"""A question as the cache understands it: the parsed intent plus what its time words allow.

The parser (`detectors.query_intent`) says what is asked; this module decides how far that reading
can be trusted for matching. A question either names a usable range (`range`), names no time at all
(`none`: a point-in-time question such as "disk space on server-01", answered as of when it was
asked), or has time words that could not be resolved (`unclear`: "alerts at 3"); only the last
falls back to semantic-only matching, and the answer says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from detectors.query_intent import QueryIntent, parse_question
from exporter.store import from_json

TimeState = Literal["range", "none", "unclear"]


@dataclass(frozen=True)
class Window:
    """A resolved range in epoch seconds and how it moves with the moment of asking."""

    start: float
    end: float
    relative: bool  # "last 24 hours": the same words later mean a later window of the same length
    until_now: bool  # ends at the moment of asking ("today", "since 9am", every relative range)
    expression: str = ""

    @property
    def duration(self) -> float:
        return self.end - self.start

    def overlaps(self, other: Window) -> bool:
        return self.start < other.end and other.start < self.end

    def as_dict(self) -> dict[str, Any]:
        return {
            "start": iso(self.start),
            "end": iso(self.end),
            "expression": self.expression,
            "relative": self.relative,
            "until_now": self.until_now,
        }


@dataclass(frozen=True)
class Reading:
    type: str
    subject: str | None
    filters: dict[str, str]
    key: str
    time_state: TimeState
    window: Window | None
    confidence: float
    notes: tuple[str, ...]

    @property
    def semantic_only(self) -> bool:
        return self.time_state == "unclear"

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "subject": self.subject,
            "filters": dict(self.filters),
            "key": self.key,
            "time_state": self.time_state,
            "time_range": self.window.as_dict() if self.window else None,
            "confidence": self.confidence,
            "notes": list(self.notes),
        }


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z")


def _time_state(intent: QueryIntent) -> TimeState:
    if intent.time_range is not None:
        return "range"
    # The parser notes "no time range found" when there were no time words at all; any other
    # missing range (ambiguous "at 3", an empty or unreadable phrase) is unclear.
    if any(n.startswith("no time range found") for n in intent.notes):
        return "none"
    return "unclear"


def read_question(text: str, now: float, tz: str) -> Reading:
    intent = parse_question(text, datetime.fromtimestamp(now, UTC), tz)
    state = _time_state(intent)
    tr = intent.time_range
    window = None
    if tr is not None:
        window = Window(tr.start.timestamp(), tr.end.timestamp(), tr.relative, tr.until_now, tr.expression)
    notes = tuple(intent.notes)
    if state == "unclear":
        notes += ("time not understood: matched on meaning only",)
    return Reading(
        type=intent.type,
        subject=intent.subject,
        filters=dict(intent.filters),
        key=intent.key(),
        time_state=state,
        window=window,
        confidence=intent.confidence,
        notes=notes,
    )


def stored_reading(row: dict) -> tuple[Reading | None, Window | None]:
    """The reading saved with a recorded query, and the window its answer is really about.

    The AI helper's own range_start/range_end (what it executed) win over the parsed window; the
    parse still says whether that window was relative.
    """
    data = from_json(row.get("intent"), {}) or {}
    if not data.get("key"):
        return None, None
    tr = data.get("time_range")
    parsed = None
    if tr:
        parsed = Window(
            datetime.fromisoformat(tr["start"]).timestamp(),
            datetime.fromisoformat(tr["end"]).timestamp(),
            bool(tr.get("relative")),
            bool(tr.get("until_now")),
            tr.get("expression", ""),
        )
    reading = Reading(
        type=data.get("type", ""),
        subject=data.get("subject"),
        filters=data.get("filters") or {},
        key=data["key"],
        time_state=data.get("time_state", "unclear"),
        window=parsed,
        confidence=float(data.get("confidence") or 0.0),
        notes=tuple(data.get("notes") or ()),
    )
    if row.get("range_start") is not None and row.get("range_end") is not None:
        relative = parsed.relative if parsed else bool(row.get("relative_expression"))
        until_now = parsed.until_now if parsed else relative
        window = Window(float(row["range_start"]), float(row["range_end"]), relative, until_now,
                        parsed.expression if parsed else (row.get("relative_expression") or ""))
        return reading, window
    return reading, parsed
