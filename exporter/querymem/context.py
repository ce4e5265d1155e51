"""How a new answer compares with the history of the same question ("20% higher than usual for this time").

Whether an answer is unusual is decided by the product's one anomaly detector
(`detectors.anomaly.surprise` with the `ANSWERS` settings, the scorer bench/nab.py measures),
over all earlier answers to the question in time order: the same notion the spike
recommendations and /insights/context use, self-calibrated on the question's own history, with
counts read as counts (variance-stabilised, Poisson noise as the least spread). The words come
from the usual level: counts with enough history at this hour of the day go through
`detectors.baseline` (hour-of-day / hour-of-week slots, trimmed mean); other figures (latencies,
rates) and sparse histories are set against the median and the interquartile range of all
earlier answers, and the sentence says which.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from detectors.anomaly import ALARM_SCORE, ANSWERS, surprise
from detectors.baseline import compare_to_baseline, describe_comparison
from exporter.querymem.lookup import _number, describe
from exporter.querymem.reading import Reading

#: Fewer earlier answers than this say nothing about "usual": the scorer needs ANSWERS.min_history
#: values for a median and as many scores of its own to know how unusual the question's answers get.
MIN_HISTORY = 2 * ANSWERS.min_history


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
    past.sort()
    config = replace(ANSWERS, counts=reading.type == "count")
    if reading.type == "count":
        series = pd.Series([v for _, v in past], index=pd.to_datetime([t for t, _ in past], unit="s", utc=True))
        cmp = compare_to_baseline(series, value, pd.Timestamp(now, unit="s", tz="UTC"), tz=tz, config=config,
                                  threshold=ALARM_SCORE)
        if cmp is not None and cmp.baseline.samples >= MIN_HISTORY:
            b = cmp.baseline
            sentence = describe_comparison(cmp, unit=what)
            return Context(value, b.expected, b.low, b.high, cmp.ratio, b.samples, "baseline", sentence)
    values = np.array([v for _, v in past], dtype=float)
    usual = float(np.median(values))
    low, high = (float(x) for x in np.percentile(values, [25, 75]))
    ratio = None if usual == 0 else value / usual
    usual_text = _number(low) if _number(low) == _number(high) else f"{_number(low)}–{_number(high)}"
    if surprise(values, value, config=config) < ALARM_SCORE or ratio is None and value == 0:
        sentence = f"{_number(value)} {what}, within the usual range (normally {usual_text})"
    elif ratio is None:
        sentence = f"{_number(value)} {what}, where there is usually none (normally {usual_text})"
    else:
        pct = round(abs(ratio - 1) * 100)
        direction = "higher" if ratio > 1 else "lower"
        sentence = f"This is {pct}% {direction} than usual (normally {usual_text} {what})"
    return Context(value, usual, low, high, ratio, len(values), "median",
                   f"{sentence}, from {len(values)} earlier answers.")
