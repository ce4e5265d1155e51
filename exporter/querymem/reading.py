"""A question as the cache understands it: what it asks, over which range, in whose time zone.

`detectors.query_compare` reads what is asked (intent, statistic, every content term including
ones no parser knows, negations); `detectors.timerange.read_time` resolves the range in the zone
the question's clock words are in, else the asker's, at the moment of asking. A question either
names a usable range (`range`), names no time at all (`none`: a point-in-time question such as
"disk space on server-01", read as the last five minutes), or has time words that could not be
resolved (`unclear`: "alerts at 3"), which can never be a hit. `detectors.query_intent` still
supplies the subject and known filters that messages and "what is usual" use.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from detectors.query_compare import Facts, alert_names, read_facts
from detectors.query_intent import parse_question
from detectors.spelling import correct_typos
from detectors.timerange import normalise_text, read_time
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
    facts: Facts | None = None
    tz: str = "UTC"

    @property
    def semantic_only(self) -> bool:
        return self.time_state == "unclear"

    def as_dict(self) -> dict[str, Any]:
        return {
            "reader": READER_VERSION,
            "type": self.type,
            "subject": self.subject,
            "filters": dict(self.filters),
            "key": self.key,
            "time_state": self.time_state,
            "time_range": self.window.as_dict() if self.window else None,
            "confidence": self.confidence,
            "notes": list(self.notes),
            "tz": self.tz,
            "facts": None if self.facts is None else {
                **self.facts.as_dict(),
                "mentioned": sorted(self.facts.mentioned),
                "surface": self.facts.surface,
                "runs": sorted(self.facts.runs),
            },
        }


# The rules `read_question` applies, as a number saved with every reading. Bump it whenever a change
# would read some question differently: answers recorded before are then read again with the rules
# that read the new question, instead of being compared under two different readings.
READER_VERSION = 37  # round 31 qrest7: incidents filed "against" a service, ISO timestamps joined by "to", kafka lag = consumer lag, kind nouns beside a declared alias; 36 round 30 qrest6: a short form spells only a region AWS has, k8s before an event type or a Kubernetes reason, deploys/incidents that "hit" a place, an active alert is firing; 35 round 29 qrest5: round 28 qrest4's region short forms re-landed and the SAID mark (its status request-rate reading reverted); 34 round 27 qrest3 (33 round 26 qrest2, re-landed); 32 round 25 qrest; round 21: 27 qpara3 and qscope2 each, 28 both merged or fixq2 alone, 29 all three; 30 round 22 qtime; 31 round 24 qtime


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z")


def read_question(text: str, now: float, tz: str) -> Reading:
    """Read ``text`` asked at ``now`` (epoch seconds) by someone in ``tz`` (IANA; ValueError if unknown)."""
    at = datetime.fromtimestamp(now, UTC)
    text = correct_typos(text)  # "yesterady", "namspace": slips in known words would hide the time or add a term
    asked = read_time(text, at, tz)
    intent = parse_question(text, at, asked.zone)
    facts = read_facts(normalise_text(text), asked.spans, alert_names(text))
    tr = asked.time_range
    window = None
    if tr is not None:
        window = Window(tr.start.timestamp(), tr.end.timestamp(), tr.relative, tr.until_now, tr.expression)
    state: TimeState = "range" if tr is not None and not asked.implicit_now else "none" if tr else "unclear"
    notes = tuple(asked.notes)
    if asked.implicit_now:
        notes += ("no time named: read as now (the last 5 minutes)",)
    if state == "unclear":
        notes += ("time not understood: never a hit",)
    return Reading(
        type=facts.intent or intent.type,
        subject=intent.subject,
        filters=dict(intent.filters),
        key=facts.key(),
        time_state=state,
        window=window,
        confidence=intent.confidence,
        notes=notes,
        facts=facts,
        tz=tz,
    )


def _facts(data: dict | None) -> Facts | None:
    if not data:
        return None
    return Facts(data.get("intent"), data.get("stat"), frozenset(data.get("terms") or ()),
                 frozenset(data.get("mentioned") or ()), dict(data.get("surface") or {}),
                 frozenset(data.get("runs") or ()))


def stored_reading(row: dict) -> tuple[Reading | None, Window | None]:
    """The reading saved with a recorded query, and the window its answer is really about.

    The AI helper's own range_start/range_end (what it executed) win over the parsed window; the
    parse still says whether that window was relative.
    """
    intent = row.get("intent")
    reading, parsed = _saved(intent) if isinstance(intent, str) else _parse_saved(intent)
    stale = reading is not None and reading.facts is not None and _version(intent) != READER_VERSION
    if stale and row.get("query_text"):
        reading, parsed = _read_again(row["query_text"], float(row["executed_at"]), reading.tz)
    if reading is None:
        return None, None
    if row.get("range_start") is not None and row.get("range_end") is not None:
        relative = parsed.relative if parsed else bool(row.get("relative_expression"))
        until_now = parsed.until_now if parsed else relative
        window = Window(float(row["range_start"]), float(row["range_end"]), relative, until_now,
                        parsed.expression if parsed else (row.get("relative_expression") or ""))
        return reading, window
    return reading, parsed


@functools.lru_cache(maxsize=8192)
def _saved(intent: str) -> tuple[Reading | None, Window | None]:
    """A saved reading is read again by every lookup that finds its row among the candidates: parse each
    once (the text is the whole reading, range included, so equal text is an equal reading)."""
    return _parse_saved(_saved_data(intent))


def _version(intent: str | dict | None) -> int | None:
    data = _saved_data(intent) if isinstance(intent, str) else (intent or {})
    return data.get("reader")


@functools.lru_cache(maxsize=8192)
def _saved_data(intent: str) -> dict:
    return from_json(intent, {}) or {}


@functools.lru_cache(maxsize=8192)
def _read_again(text: str, at: float, tz: str) -> tuple[Reading | None, Window | None]:
    """A reading saved by older rules, read again as it was asked (same text, moment and zone)."""
    try:
        reading = read_question(text, at, tz)
    except ValueError:
        return None, None
    return reading, reading.window


def _parse_saved(data: dict | None) -> tuple[Reading | None, Window | None]:
    data = data or {}
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
        facts=_facts(data.get("facts")),
        tz=data.get("tz") or "UTC",
    )
    return reading, parsed
