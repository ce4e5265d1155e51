"""How much a past case deserves to be trusted now: the quality score, its decay and staleness.

Quality = 0.4 x feedback + 0.3 x resolution speed + 0.2 x reuse + 0.1 x pattern confidence, each
term normalised to 0-1 as follows, so a case with no evidence at all scores 0.40 (band medium):

- feedback: Laplace-smoothed share of positive ratings, (helpful + 0.5 x partially + 1) / (n + 2);
  no feedback gives 0.5 and one rating cannot swing it to 0 or 1.
- resolution speed: 2^(-t / 30 min) of the mean recorded time to resolution t (0 min -> 1,
  30 min -> 0.5, 2 h -> 0.06); unknown gives 0.5.
- reuse: log(1 + reuses) / log(1 + 10), capped at 1 (1 reuse 0.29, 3 -> 0.58, 10 or more -> 1).
- pattern confidence: the case's stored `confidence`, moved up by resolved outcomes and helpful
  feedback, down by failures (see `exporter.cases.feedback`).

The score then decays with the time since the case was last confirmed (a resolved outcome, a
helpful rating, or its own resolution): effective = quality x 2^(-age / half-life). A case not
confirmed within the re-validation period is flagged stale. Both periods come from `Settings`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

DAY = 86400.0
SPEED_HALF_SECONDS = 1800.0
REUSE_SATURATION = 10
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
    """The score's parts (each 0-1), the undecayed score, the decayed one and the stale flag."""

    feedback: float
    speed: float
    reuse: float
    confidence: float
    score: float
    decay: float
    effective: float
    stale: bool

    @property
    def band(self) -> str:
        return band_of(self.effective)

    def as_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.effective, 4),
            "undecayed": round(self.score, 4),
            "decay": round(self.decay, 4),
            "stale": self.stale,
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


def speed_part(mean_seconds: float | None) -> float:
    if mean_seconds is None:
        return 0.5
    return 2.0 ** (-max(0.0, mean_seconds) / SPEED_HALF_SECONDS)


def reuse_part(reuses: int) -> float:
    return min(1.0, math.log1p(max(0, reuses)) / math.log1p(REUSE_SATURATION))


def mean_resolution_seconds(row: Mapping[str, Any]) -> float | None:
    n = int(row.get("resolution_count") or 0)
    return float(row["resolution_seconds_total"]) / n if n else None


def last_confirmed(row: Mapping[str, Any]) -> float:
    return float(row.get("last_confirmed_at") or row.get("created_at") or 0.0)


def quality(row: Mapping[str, Any], now: float, policy: QualityPolicy) -> Quality:
    """The quality of one `cases` row (its counters, confidence and dates) at time `now`."""
    fb = feedback_part(int(row["helpful_count"]), int(row["partial_count"]), int(row["not_helpful_count"]))
    speed = speed_part(mean_resolution_seconds(row))
    reuse = reuse_part(int(row["reuse_count"]))
    conf = min(1.0, max(0.0, float(row["confidence"])))
    score = (
        WEIGHTS["feedback"] * fb + WEIGHTS["speed"] * speed + WEIGHTS["reuse"] * reuse + WEIGHTS["confidence"] * conf
    )
    age = max(0.0, now - last_confirmed(row))
    decay = 2.0 ** (-age / policy.half_life_seconds)
    return Quality(fb, speed, reuse, conf, score, decay, score * decay, age > policy.revalidate_seconds)
