"""Causal (streaming-safe) anomaly score.

A point's score is computed from that point and the points before it, never after: the
exporter scores samples as they arrive, so a detector that peeks ahead would look better in a
notebook than it ever can in production. :func:`anomaly_scores` is literally a loop over
:class:`StreamingAnomalyScorer`, so batch and streaming scores are the same numbers.

How a point is scored, and why:

1. Robust z-score of the value against a long trailing window (median and MAD), so that the
   incidents already in the window do not mask a new one.
2. That z is judged against the series' *own* recent z-scores (their 99th percentile), like
   Numenta's "anomaly likelihood": a bursty series whose z routinely reaches 6 does not alarm
   at 6, while a calm one does. Without this, one global threshold cannot serve both.
3. A point only scores when it is more unusual than everything in the recent past; other
   points score 0. One incident then raises one alarm instead of a burst of them.

Smoothing the values first, adding a step (first difference) z-score, or shorter windows
all scored worse on NAB (bench/nab.py); see bench/RESULTS_detectors.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from detectors.series import MAD_TO_SIGMA

__all__ = ["AnomalyScorerConfig", "StreamingAnomalyScorer", "anomaly_scores"]


@dataclass(frozen=True)
class AnomalyScorerConfig:
    """Tuning of :class:`StreamingAnomalyScorer`; the defaults were chosen on NAB (bench/nab.py).

    Attributes
    ----------
    window : int
        Number of trailing points that define "usual" (3000 five-minute points is ten days).
    min_history : int
        Points seen before any non-zero score is given; with fewer, "unusual" is meaningless.
    typical_quantile : float
        Quantile of the series' own past z-scores that counts as "as unusual as it gets here".
    suppress : int
        A point scores only if it is more unusual than every point in the previous
        ``suppress`` points (1000 five-minute points is about 3.5 days).
    scale : float
        Relative z that maps to a score of 0.5; scores are ``r / (r + scale)``.
    """

    window: int = 3000
    min_history: int = 50
    typical_quantile: float = 0.99
    suppress: int = 1000
    scale: float = 5.0


def _robust_z(x: float, history: np.ndarray) -> float:
    """|x - median| in units of the history's robust spread; 0 when x equals the usual value."""
    med = float(np.median(history))
    dev = np.abs(history - med)
    sigma = MAD_TO_SIGMA * float(np.median(dev))
    if sigma <= 0.0:
        # Mostly-constant history (sparse counts, flat lines): the mean deviation still sees
        # the rare moves, and a tiny relative floor keeps an exact repeat at z = 0.
        sigma = 1.2533 * float(np.mean(dev))
    diff = abs(x - med)
    if diff <= 1e-12 * max(1.0, abs(med)):
        return 0.0
    if sigma <= 0.0:
        sigma = 1e-6 * max(1.0, abs(med))
    return diff / sigma


class _Ring:
    """Fixed-size buffer of the most recent floats, readable as an array without copying order."""

    def __init__(self, size: int) -> None:
        self._buf = np.empty(size, dtype=float)
        self._n = 0
        self._pos = 0

    def push(self, x: float) -> None:
        self._buf[self._pos] = x
        self._pos = (self._pos + 1) % self._buf.size
        self._n = min(self._n + 1, self._buf.size)

    def values(self) -> np.ndarray:
        """Contents in no particular order (all statistics used here are order-free)."""
        return self._buf[: self._n] if self._n < self._buf.size else self._buf

    def __len__(self) -> int:
        return self._n


class StreamingAnomalyScorer:
    """Score each new sample by how unusual it is given only the samples before it.

    Parameters
    ----------
    config : AnomalyScorerConfig, optional
        Window sizes and scaling; defaults suit minutes-to-hours sampling.

    Examples
    --------
    >>> scorer = StreamingAnomalyScorer()
    >>> scores = [scorer.update(v) for v in [1.0, 1.1, 0.9] * 30 + [9.0]]
    >>> scores[-1] > 0.5
    True
    """

    def __init__(self, config: AnomalyScorerConfig | None = None) -> None:
        self.config = config or AnomalyScorerConfig()
        c = self.config
        self._values = _Ring(c.window)
        self._z = _Ring(c.window)
        self._recent = _Ring(max(1, c.suppress))

    def update(self, value: float, ts: pd.Timestamp | np.datetime64 | None = None) -> float:
        """Add one sample and return its anomaly score.

        Parameters
        ----------
        value : float
            The new observation. NaN is a gap: it scores 0.0 and is not remembered.
        ts : timestamp, optional
            When ``value`` was observed. Accepted for a uniform streaming call shape; the
            score depends on the order of samples only, so irregular sampling is fine.

        Returns
        -------
        float
            Score in [0, 1): 0 is ordinary or already alarmed on, above ~0.4 is worth a look.
            Uses only this and earlier samples.
        """
        if value is None or not np.isfinite(value):
            return 0.0
        value = float(value)
        c = self.config
        relative = 0.0
        if len(self._values) >= c.min_history:
            z = _robust_z(value, self._values.values())
            if len(self._z) >= c.min_history:
                typical = float(np.quantile(self._z.values(), c.typical_quantile))
                relative = z / max(typical, 1.0)
            self._z.push(z)
        self._values.push(value)

        recent_max = float(self._recent.values().max()) if len(self._recent) else 0.0
        self._recent.push(relative)
        if relative <= recent_max or relative <= 0.0:
            return 0.0
        return relative / (relative + c.scale)


def anomaly_scores(
    values: Sequence[float] | np.ndarray | pd.Series,
    timestamps: Sequence | np.ndarray | pd.DatetimeIndex | None = None,
    config: AnomalyScorerConfig | None = None,
) -> np.ndarray:
    """Causal anomaly scores for a whole series, identical to streaming it point by point.

    Parameters
    ----------
    values : array-like or pandas.Series, shape (n_samples,)
        Observations in time order. NaN marks a gap (scores 0).
    timestamps : array-like of datetimes, shape (n_samples,), optional
        Observation times; taken from the Series index when ``values`` is a Series with a
        DatetimeIndex. Only checked for length; scores depend on sample order.
    config : AnomalyScorerConfig, optional

    Returns
    -------
    numpy.ndarray of float, shape (n_samples,)
        Score per input point, in [0, 1). ``anomaly_scores(x[:k])`` equals
        ``anomaly_scores(x)[:k]`` for every k, by construction.
    """
    if isinstance(values, pd.Series) and timestamps is None and isinstance(values.index, pd.DatetimeIndex):
        timestamps = values.index
    x = np.asarray(values, dtype=float).reshape(-1)
    ts = None if timestamps is None else pd.DatetimeIndex(pd.to_datetime(timestamps))
    if ts is not None and len(ts) != len(x):
        raise ValueError(f"{len(x)} values but {len(ts)} timestamps")
    scorer = StreamingAnomalyScorer(config)
    out = np.zeros(len(x), dtype=float)
    for i, v in enumerate(x):
        out[i] = scorer.update(v, None if ts is None else ts[i])
    return out
