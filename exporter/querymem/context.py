"""How a new answer compares with the history of the same question ("20% higher than usual for this time").

Counts with enough history at this hour of the day go through `detectors.baseline` (hour-of-day /
hour-of-week slots, trimmed mean, Poisson significance), the same reading every other part of the
product uses. Other figures (latencies, rates) and sparse histories get a plain robust comparison
with the median and the interquartile range of all earlier answers, and the sentence says which.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from detectors.baseline import compare_to_baseline, describe_comparison
from exporter.querymem.lookup import _number, describe
from exporter.querymem.reading import Reading

MIN_HISTORY = 3  # fewer earlier answers than this say nothing about "usual"


@dataclass(frozen=True)
class Context:
    value: float
    usual: float | None
    low: float | None
    high: float | None
    ratio: float | None
    samples: int
    method: str  # "baseline" (detectors.baseline, same hour), "median" (all history), "none"
    sentence: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "usual": self.usual,
            "usual_range": None if self.low is None else [self.low, self.high],
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "samples": self.samples,
            "method": self.method,
            "sentence": self.sentence,
        }


def compare(reading: Reading, value: float, history: list[tuple[float, float]], now: float, tz: str) -> Context:
    """`history` is (executed_at, headline_value) of earlier answers to the same question."""
    past = [(t, v) for t, v in history if t < now and v is not None and np.isfinite(v)]
    what = describe(reading)
    if len(past) < MIN_HISTORY:
        return Context(value, None, None, None, None, len(past), "none",
                       f"Not enough history to say what is usual for {what} yet ({len(past)} earlier answers).")
    if reading.type == "count":
        series = pd.Series([v for _, v in past], index=pd.to_datetime([t for t, _ in past], unit="s", utc=True))
        cmp = compare_to_baseline(series, value, pd.Timestamp(now, unit="s", tz="UTC"), tz=tz)
        if cmp is not None and cmp.baseline.samples >= MIN_HISTORY:
            b = cmp.baseline
            sentence = describe_comparison(cmp, unit=what)
            return Context(value, b.expected, b.low, b.high, cmp.ratio, b.samples, "baseline", sentence)
    values = np.array([v for _, v in past], dtype=float)
    usual = float(np.median(values))
    low, high = (float(x) for x in np.percentile(values, [25, 75]))
    ratio = None if usual == 0 else value / usual
    usual_text = _number(low) if _number(low) == _number(high) else f"{_number(low)}–{_number(high)}"
    if low <= value <= high or ratio is None and value == 0:
        sentence = f"{_number(value)} {what}, within the usual range (normally {usual_text})"
    elif ratio is None:
        sentence = f"{_number(value)} {what}, where there is usually none (normally {usual_text})"
    else:
        pct = round(abs(ratio - 1) * 100)
        direction = "higher" if ratio > 1 else "lower"
        sentence = f"This is {pct}% {direction} than usual (normally {usual_text} {what})"
    return Context(value, usual, low, high, ratio, len(values), "median",
                   f"{sentence}, from {len(values)} earlier answers.")
