"""What is normal for this hour, and is the current value out of line with it.

Ops counts are sparse and weekly-shaped ("normally 2–3 per hour, more on Monday mornings"), so
the baseline is kept per hour-of-week, falling back to hour-of-day while there are fewer than
``min_weeks`` weeks of history (one or two weeks make a noisy hour-of-week estimate). The
expected level is a trimmed mean, which unlike the median does not collapse to 0 for counts
that are usually 0 or 1, and unlike the mean ignores last month's incident.

Whether the value is out of line is not decided here: it is the product's one anomaly detector
(:func:`detectors.anomaly.surprise`, the scorer bench/nab.py measures), run over the same
history, so that "higher than usual" in an answer and a spike recommendation can never
disagree about the same hour. The baseline supplies the words (the usual range, the ratio).
A Poisson tail probability against the expected rate (with a floor of 1 per sample, so that 3
events against a usual 1 are not astronomically unlikely) is kept beside it for the record.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
from scipy import stats

from detectors.anomaly import CHOSEN_ALARM, HOURLY_COUNTS, AnomalyScorerConfig, surprise
from detectors.series import as_series

__all__ = ["Baseline", "BaselineComparison", "expected_baseline", "compare_to_baseline", "describe_comparison"]


@dataclass(frozen=True)
class Baseline:
    """Usual level for one hour slot.

    Attributes
    ----------
    expected : float
        Robust expected value for the slot (10%-trimmed mean), in the series' units per sample.
    low, high : float
        Usual range: 25th and 75th percentiles of past values in the slot.
    bucket : {"hour_of_week", "hour_of_day"}
        Which slot definition was used (hour-of-day while history is short).
    samples : int
        Number of past values in the slot.
    """

    expected: float
    low: float
    high: float
    bucket: Literal["hour_of_week", "hour_of_day"]
    samples: int


@dataclass(frozen=True)
class BaselineComparison:
    """The current value set against its baseline.

    Attributes
    ----------
    time : pandas.Timestamp
        When the value was observed (UTC).
    value : float
        The observed value.
    baseline : Baseline
    ratio : float or None
        ``value / baseline.expected`` (4.0 means "4× the usual"); None when the usual is 0.
    p_value : float
        Poisson tail probability of a value at least this far from the expected rate (upper
        tail when above, lower tail when below), against ``max(expected, rate_floor)``.
    score : float
        The anomaly detector's score of the value after the history (unsuppressed), in [0, 1).
    significant : bool
        ``score >= threshold`` (:data:`detectors.anomaly.CHOSEN_ALARM` by default).
    """

    time: pd.Timestamp
    value: float
    baseline: Baseline
    ratio: float | None
    p_value: float
    significant: bool
    score: float = 0.0


def _slots(index: pd.DatetimeIndex, bucket: str, tz: str) -> np.ndarray:
    local = index.tz_convert(tz)
    if bucket == "hour_of_week":
        return np.asarray(local.day_of_week * 24 + local.hour)
    return np.asarray(local.hour)


def expected_baseline(
    history: pd.Series | Sequence[float] | np.ndarray,
    at: pd.Timestamp | str,
    timestamps: Sequence | np.ndarray | pd.DatetimeIndex | None = None,
    *,
    min_weeks: float = 3.0,
    tz: str = "UTC",
) -> Baseline | None:
    """Usual level for the hour slot of ``at``, from history strictly before ``at``.

    Parameters
    ----------
    history : pandas.Series or array-like, shape (n_samples,)
        Hourly values (e.g. counts per hour) on a tz-aware DatetimeIndex, or an array with
        ``timestamps``. NaN hours are ignored; hours with no events must be given as 0 rather
        than left out, or the baseline will read high.
    at : timestamp
        The time being judged; naive means UTC.
    timestamps : array-like of datetimes, optional
        Times of ``history`` when it is an array.
    min_weeks : float
        History span needed before hour-of-week slots are used instead of hour-of-day.
    tz : str
        Time zone whose clock defines the slots (business hours follow local time).

    Returns
    -------
    Baseline or None
        None when there is no usable history for the slot.
    """
    s = as_series(history, timestamps).dropna()
    at = pd.Timestamp(at)
    at = at.tz_localize("UTC") if at.tzinfo is None else at.tz_convert("UTC")
    s = s[s.index < at]
    if s.empty:
        return None
    span_weeks = (s.index[-1] - s.index[0]) / pd.Timedelta(weeks=1)
    bucket: Literal["hour_of_week", "hour_of_day"] = "hour_of_week" if span_weeks >= min_weeks else "hour_of_day"
    slots = _slots(s.index, bucket, tz)
    target = _slots(pd.DatetimeIndex([at]), bucket, tz)[0]
    values = s.to_numpy()[slots == target]
    if values.size == 0:
        return None
    low, high = np.percentile(values, [25, 75])
    return Baseline(
        expected=float(stats.trim_mean(values, 0.1)),
        low=float(low),
        high=float(high),
        bucket=bucket,
        samples=int(values.size),
    )


def compare_to_baseline(
    history: pd.Series | Sequence[float] | np.ndarray,
    value: float,
    at: pd.Timestamp | str,
    timestamps: Sequence | np.ndarray | pd.DatetimeIndex | None = None,
    *,
    rate_floor: float = 1.0,
    min_weeks: float = 3.0,
    tz: str = "UTC",
    config: AnomalyScorerConfig | None = None,
    threshold: float = CHOSEN_ALARM,
) -> BaselineComparison | None:
    """Compare ``value`` observed at ``at`` with the usual level for that hour.

    Parameters
    ----------
    history, at, timestamps, min_weeks, tz
        As for :func:`expected_baseline`; only history before ``at`` is used.
    value : float
        The current hour's value.
    rate_floor : float
        Smallest expected rate used for the Poisson tail probability, in counts per sample.
    config : AnomalyScorerConfig, optional
        Settings of the anomaly scorer that judges the value over the whole history;
        :data:`detectors.anomaly.HOURLY_COUNTS` (hourly counts) by default.
    threshold : float
        Score from which the value counts as unusual: :data:`detectors.anomaly.CHOSEN_ALARM`, the
        threshold NAB chose for the setting :data:`~detectors.anomaly.HOURLY_COUNTS` rescales; pass
        the one that goes with ``config`` when you pass another.

    Returns
    -------
    BaselineComparison or None
        None when ``value`` is NaN or there is no history for the slot.
    """
    if value is None or not np.isfinite(value):
        return None
    base = expected_baseline(history, at, timestamps, min_weeks=min_weeks, tz=tz)
    if base is None:
        return None
    rate = max(base.expected, rate_floor)
    k = math.floor(value) if value >= rate else math.ceil(value)
    p = float(stats.poisson.sf(k - 1, rate)) if value >= rate else float(stats.poisson.cdf(k, rate))
    at = pd.Timestamp(at)
    at = at.tz_localize("UTC") if at.tzinfo is None else at.tz_convert("UTC")
    past = as_series(history, timestamps)
    past = past[past.index < at]
    score = surprise(past.to_numpy(), value, past.index, at, config or HOURLY_COUNTS)
    return BaselineComparison(
        time=at,
        value=float(value),
        baseline=base,
        ratio=None if base.expected <= 0 else float(value) / base.expected,
        p_value=min(1.0, p),
        significant=score >= threshold,
        score=round(score, 4),
    )


def _num(x: float) -> str:
    return f"{x:.0f}" if abs(x - round(x)) < 0.05 or abs(x) >= 10 else f"{x:.1f}"


def describe_comparison(comparison: BaselineComparison, unit: str = "per hour") -> str:
    """One sentence a person would say about the comparison.

    Large significant ratios read "12 per hour, 4× the usual (normally 2–3)"; smaller
    significant ones "This is 20% higher than usual for this time (normally 2–3 per hour)";
    the rest "3 per hour, within the usual range for this time (normally 1–2)".
    """
    c, b = comparison, comparison.baseline
    usual = _num(b.low) if _num(b.low) == _num(b.high) else f"{_num(b.low)}–{_num(b.high)}"
    head = f"{_num(c.value)} {unit}".strip()
    if not c.significant:
        return f"{head}, within the usual range for this time (normally {usual})"
    if c.ratio is None:
        return f"{head}, where there is usually none (normally {usual})"
    if c.ratio >= 1.5:
        return f"{head}, {c.ratio:.0f}× the usual (normally {usual})" if c.ratio >= 2.5 else (
            f"{head}, {c.ratio:.1f}× the usual (normally {usual})"
        )
    pct = round(abs(c.ratio - 1) * 100)
    direction = "higher" if c.ratio > 1 else "lower"
    return f"This is {pct}% {direction} than usual for this time (normally {usual} {unit})".rstrip()
