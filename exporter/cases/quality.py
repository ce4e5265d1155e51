"""How much a past case deserves to be trusted now: quality from outcomes that happened, its decay, staleness.

Quality = 0.4 x feedback + 0.3 x resolution + 0.2 x reuse + 0.1 x pattern confidence, each part
0-1, as follows; a resolved case with no feedback and no reuse yet scores about 0.41:

- feedback: Laplace-smoothed share of positive ratings, (helpful + 0.5 x partially + 1) / (n + 2);
  no feedback gives 0.5 and one rating cannot swing it to 0 or 1.
- resolution: 0 when the case was never resolved (no fix worked); 0.5 when it was resolved but the
  time is unknown; 0.5 + 0.5 x 2^(-t / 30 min) with a known mean time t. So any known fix scores
  at least an unknown one, and an unresolved case never outranks a fixed one on speed.
- reuse: log(1 + successful reuses) / log(1 + 10), capped at 1. Only outcomes "resolved" count.
- pattern confidence: the case's stored `confidence`, moved by outcomes and ratings
  (`exporter.cases.confidence`).

A failed outcome newer than the last success is an unresolved *contradiction*: quality is halved
at once and the case is stale (and out of the runbooks) until a later success.

Evidence ages: the score relaxes towards the no-evidence prior `PRIOR` (0.4), not towards 0, with
the time since someone last confirmed the case (a resolved outcome, a helpful rating, or recording
it): effective = prior + (score - prior) x 2^(-age / half-life). A two-year-old import that nobody
has rated is as trustworthy as a new unrated case, not worthless. A case not confirmed within the
re-validation period is flagged stale. Both periods come from `Settings`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from exporter.store import from_json

DAY = 86400.0
SPEED_HALF_SECONDS = 1800.0
REUSE_SATURATION = 10
PRIOR = 0.4
CONTRADICTED = 0.5
WEIGHTS = {"feedback": 0.4, "speed": 0.3, "reuse": 0.2, "confidence": 0.1}
BANDS = (("low", 0.0), ("medium", 0.35), ("high", 0.65))


@dataclass(frozen=True)
class QualityPolicy:
    half_life_seconds: float = 90 * DAY
    revalidate_seconds: float = 180 * DAY

    @classmethod
    def from_settings(cls, settings: Any) -> QualityPolicy:
        return cls(settings.case_half_life_days * DAY, settings.case_revalidate_days * DAY)


@dataclass(frozen=True)
class Quality:
    """The score's parts (each 0-1), the undecayed score, the decayed one and the flags."""

    feedback: float
    speed: float
    reuse: float
    confidence: float
    score: float
    decay: float
    effective: float
    stale: bool
    contradicted: bool = False

    @property
    def band(self) -> str:
        return band_of(self.effective)

    def as_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.effective, 4),
            "undecayed": round(self.score, 4),
            "decay": round(self.decay, 4),
            "stale": self.stale,
            "contradicted": self.contradicted,
            "band": self.band,
            "parts": {
                "feedback": round(self.feedback, 4),
                "resolution_speed": round(self.speed, 4),
                "reuse": round(self.reuse, 4),
                "pattern_confidence": round(self.confidence, 4),
            },
            "weights": dict(WEIGHTS),
        }


def band_of(value: float) -> str:
    name = BANDS[0][0]
    for label, floor in BANDS:
        if value >= floor:
            name = label
    return name


def feedback_part(helpful: int, partial: int, not_helpful: int) -> float:
    n = helpful + partial + not_helpful
    return (helpful + 0.5 * partial + 1.0) / (n + 2.0)


def speed_part(mean_seconds: float | None, resolved: bool) -> float:
    if not resolved:
        return 0.0
    if mean_seconds is None:
        return 0.5
    return 0.5 + 0.5 * 2.0 ** (-max(0.0, mean_seconds) / SPEED_HALF_SECONDS)


def reuse_part(reuses: int) -> float:
    return min(1.0, math.log1p(max(0, reuses)) / math.log1p(REUSE_SATURATION))


def mean_resolution_seconds(row: Mapping[str, Any]) -> float | None:
    n = int(row.get("resolution_count") or 0)
    return float(row["resolution_seconds_total"]) / n if n else None


def was_resolved(row: Mapping[str, Any]) -> bool:
    """Resolved at least once: when recorded, or by a later successful reuse."""
    if int(row.get("reuse_count") or 0) > 0 or int(row.get("resolution_count") or 0) > 0:
        return True
    outcome = row.get("outcome")
    outcome = from_json(outcome, {}) if isinstance(outcome, str) else outcome
    return (outcome or {}).get("status", "resolved") == "resolved"


def contradicted(row: Mapping[str, Any]) -> bool:
    """A failed outcome newer than the last success (or with no success since it)."""
    failed = row.get("last_failed_at")
    if failed is None:
        return False
    success = row.get("last_success_at")
    return success is None or float(failed) >= float(success)


def last_confirmed(row: Mapping[str, Any]) -> float:
    return float(row.get("last_confirmed_at") or row.get("created_at") or 0.0)


def quality(row: Mapping[str, Any], now: float, policy: QualityPolicy) -> Quality:
    """The quality of one `cases` row (its counters, confidence and dates) at time `now`."""
    fb = feedback_part(int(row["helpful_count"]), int(row["partial_count"]), int(row["not_helpful_count"]))
    speed = speed_part(mean_resolution_seconds(row), was_resolved(row))
    reuse = reuse_part(int(row["reuse_count"]))
    conf = min(1.0, max(0.0, float(row["confidence"])))
    score = (
        WEIGHTS["feedback"] * fb + WEIGHTS["speed"] * speed + WEIGHTS["reuse"] * reuse + WEIGHTS["confidence"] * conf
    )
    age = max(0.0, now - last_confirmed(row))
    decay = 2.0 ** (-age / policy.half_life_seconds)
    effective = PRIOR + (score - PRIOR) * decay
    against = contradicted(row)
    if against:
        effective *= CONTRADICTED
    return Quality(fb, speed, reuse, conf, score, decay, effective, against or age > policy.revalidate_seconds, against)
