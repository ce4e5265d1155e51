"""Robust statistics the scorer recomputes every few samples, as cheap as numpy's own numbers allow.

Every view judges a value by the median and MAD of a trailing window and by a high quantile of its
own past z-scores; a pass over a thousand hourly groups takes these thousands of times, so each one
here is numpy's number by one partition, without the overhead of ``numpy.median`` and
``numpy.quantile`` (tests/test_detectors_anomaly.py holds them to numpy's, float for float). The
``row_`` forms are the same arithmetic over many windows at once, for the all-at-once path.
"""

from __future__ import annotations

import math

import numpy as np

from detectors.series import MAD_TO_SIGMA


def anscombe(x: float) -> float:
    """Variance-stabilising transform of a Poisson count: its noise is about 1 at any rate.

    Counts of events (alerts per hour, requests per interval) are bursty and mostly small; on the
    raw scale a quiet stretch of zeros has no spread at all and the first 2 looks infinitely
    unusual, while a busy series' ordinary noise grows with its level. ``2 sqrt(x + 3/8)``
    gives a spread near 1 whatever the rate, so the same robust z means the same surprise.
    """
    return 2.0 * math.sqrt(max(x, 0.0) + 0.375)


def center_spread(history: np.ndarray, ref: float) -> tuple[float, float]:
    """Median and robust spread (MAD as a standard deviation) of ``history``, never 0.

    ``ref`` is the magnitude of the series' values, so that the floors below scale with the
    data (multiplying a series by a constant leaves every z unchanged).
    """
    med = median(history)
    dev = np.abs(history - med)
    sigma = MAD_TO_SIGMA * median(dev)
    if sigma <= 1e-9 * ref:
        # Mostly-constant history (sparse counts, flat lines): the mean deviation still sees
        # the rare moves, and a tiny relative floor keeps a constant series finite.
        sigma = max(1.2533 * float(np.mean(dev)), 1e-6 * ref)
    return med, sigma


def median(a: np.ndarray) -> float:
    """``numpy.median`` of a non-empty 1-D float array without NaN, by one partition (no reduction overhead).

    The scorer recomputes the medians of a few windows of hundreds of values every ``refresh``
    samples; ``numpy.median``'s own overhead (~30 us) was a large part of a pass over hourly
    groups. Same number: the middle value, or the two middle values' sum halved, as
    ``numpy.median`` takes their mean (tests/test_detectors_anomaly.py).
    """
    n = a.size
    m = n // 2
    if n % 2:
        return float(np.partition(a, m)[m])
    part = np.partition(a, (m - 1, m))
    return (float(part[m - 1]) + float(part[m])) / 2.0


def quantile(a: np.ndarray, q: float) -> float:
    """``numpy.quantile(a, q)`` (its default, linear method) of a non-empty 1-D float array without NaN, q in [0, 1].

    The same arithmetic as numpy's: the virtual index ``(n - 1) q``, the two order statistics
    around it from one partition, and numpy's two-sided interpolation; about 20x cheaper on a
    few hundred values (numpy's ~110 us is mostly its own overhead).
    """
    n = a.size
    v = (n - 1) * q
    lo = math.floor(v)
    if v >= n - 1:
        return float(np.max(a))
    part = np.partition(a, (lo, lo + 1))
    x, y = float(part[lo]), float(part[lo + 1])
    t = v - lo
    diff = y - x
    return y - diff * (1 - t) if t >= 0.5 else x + diff * t


def small_median(xs: list[float]) -> float:
    """Median of a short list of floats, the same number as ``numpy.median`` gives.

    The shift views take six medians of 1-144 values per sample; ``numpy.median``'s overhead on
    so few values was most of the scorer's cost at hourly sampling (bench/RESULTS.md, round 12:
    ~9x the cost without the views). The middle value, or the two middle values' sum halved,
    is what ``numpy.median`` computes too (tests/test_detectors_anomaly.py checks it on NAB data).
    """
    s = sorted(xs)
    m = len(s) // 2
    return s[m] if len(s) % 2 else (s[m - 1] + s[m]) / 2.0


def robust_z(x: float, med: float, sigma: float, ref: float) -> float:
    """|x - median| in units of the robust spread; 0 when x equals the usual value."""
    diff = abs(x - med)
    if diff <= 1e-9 * ref:
        return 0.0
    # The floor is applied here too: a history of zeros has a spread of 0 whatever the floor
    # was when it was computed, and ``ref`` includes the current value.
    return min(diff / max(sigma, 1e-6 * ref), 1e6)



def row_medians(rows: np.ndarray) -> np.ndarray:
    """:func:`median` of every row, the same arithmetic."""
    m = rows.shape[1] // 2
    if rows.shape[1] % 2:
        return np.partition(rows, m, axis=1)[:, m]
    part = np.partition(rows, (m - 1, m), axis=1)
    return (part[:, m - 1] + part[:, m]) / 2.0


def row_quantiles(rows: np.ndarray, q: float) -> np.ndarray:
    """:func:`quantile` of every row, the same arithmetic."""
    n = rows.shape[1]
    v = (n - 1) * q
    lo = math.floor(v)
    if v >= n - 1:
        return rows.max(axis=1)
    part = np.partition(rows, (lo, lo + 1), axis=1)
    x, y = part[:, lo], part[:, lo + 1]
    t = v - lo
    diff = y - x
    return y - diff * (1 - t) if t >= 0.5 else x + diff * t


def rolling_median(t: np.ndarray, w: int) -> np.ndarray:
    """Median of ``t[i : i + w]`` for every i, each the number :func:`small_median` gives."""
    if w == 1:
        return t
    s = np.sort(np.lib.stride_tricks.sliding_window_view(t, w), axis=1)
    m = w // 2
    return s[:, m] if w % 2 else (s[:, m - 1] + s[:, m]) / 2.0

