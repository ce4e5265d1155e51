"""The count view: a count judged by the distribution counts have, not by a robust z.

Alert counts per hour are small, bursty integers; a robust z (even after Anscombe's transform)
calls too many ordinary bursts unusual (bench/RESULTS.md, round 13). Fitting a negative binomial to
the series' own recent counts asks the question the product means, "how unlikely is this many,
here?", and stays quiet where the model does not fit, because its z too is judged against the
series' own extremes.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import special

from detectors.anomaly.robust import quantile, row_quantiles
from detectors.anomaly.settings import AnomalyScorerConfig
from detectors.anomaly.views import Ring, ring_order


class CountTail:
    """The count view: how unlikely the latest count is under the series' own recent count distribution.

    A robust z on counts (even variance-stabilised) judges 12 alerts against a usual 2.5 by the
    spread of the series' past z-scores, which in a few weeks of Poisson hours reach 9-10 by chance
    (bench/RESULTS.md, round 13: called unusual in 26-32 of 40 such histories). A count has a
    known shape: this view fits a negative binomial to the trailing ``window`` counts by moments
    (mean m, variance v; the dispersion r = m^2 / (v - m) comes from the series, so a bursty
    series is judged against its bursts; v <= m is Poisson) and turns the upper tail P(X >= x)
    into a normal quantile z. The mean has half a count added over the window, so a group that
    never alerted still gives its first alert a finite, small probability. Only the upper tail
    counts: fewer alerts than usual is no incident.

    Like every view, z is judged against the series' own recent z (their ``typical_quantile``,
    at least 1): where the model does not fit (integer speeds, travel times, a daily rhythm the
    one distribution ignores), the series' own extremes set the bar and the view stays as quiet
    as the others; where it fits, the bar is near the model's own 99.5% point.
    """

    def __init__(self, c: AnomalyScorerConfig) -> None:
        self.counts = Ring(c.window)
        self.z = Ring(c.window)
        self._fit: tuple[float, float] | None = None  # (mean, dispersion r; inf for Poisson)
        self._fit_age = 0
        self._z_of: dict[float, float] = {}  # z by count under the current fit: counts repeat
        self._typical = 0.0
        self._typical_age = 0

    def observe(self, x: float, c: AnomalyScorerConfig) -> float:
        """Relative score of count ``x`` against the past counts, then remember it."""
        n = len(self.counts)
        out = 0.0
        if n >= c.min_history:
            if self._fit is None or self._fit_age >= c.refresh:
                past = self.counts.values()
                m = (float(past.sum()) + 0.5) / n
                v = float(past.var(ddof=1))
                self._fit = (m, m * m / (v - m) if v > m else math.inf)
                self._fit_age = 0
                self._z_of = {}
            self._fit_age += 1
            z = self._z_of.get(x)
            if z is None:
                z = self._z_of[x] = self._z(x)
            if len(self.z) >= c.min_history and self._typical_age >= c.refresh:
                self._typical = quantile(self.z.values(), c.typical_quantile)
                self._typical_age = 0
            self._typical_age += 1
            self.z.push(z)
            out = z / max(self._typical, 1.0)
        self.counts.push(x)
        return out

    def relatives(self, x: np.ndarray, c: AnomalyScorerConfig) -> np.ndarray:
        """What :meth:`observe` returns for x[0], x[1], ... from a fresh view, for the whole series at once.

        The fit every ``refresh`` calls from ``min_history`` on (its sum and variance over the
        window in the ring's order, so the same floats), each block's distinct counts scored once,
        and the typical z on :meth:`observe`'s schedule; held to :meth:`observe` by the test
        ``test_batch_scores_equal_streaming_scores_exactly``.
        """
        n = x.size
        h, every, w = c.min_history, c.refresh, c.window
        z = np.zeros(n)
        starts = range(h, n, every)
        if not starts:
            return z
        fits = np.empty((len(starts), 2))
        for b, j in enumerate(starts):
            past = ring_order(x, j, w)
            k = past.size
            m = (float(past.sum()) + 0.5) / k
            v = float(past.var(ddof=1))
            fits[b] = self._fit = (m, m * m / (v - m) if v > m else math.inf)
        block = (np.arange(h, n) - h) // every
        z[h:] = self._zs(x[h:], fits[block, 0], fits[block, 1])
        rel = z.copy()  # until the first typical z, z / max(0, 1)
        at = np.arange(h + max(h, every), n, every)
        typical = np.empty(at.size)
        full = at - w >= h
        for b in np.flatnonzero(~full):
            typical[b] = quantile(z[max(h, at[b] - w) : at[b]], c.typical_quantile)
        if full.any():
            typical[full] = row_quantiles(np.lib.stride_tricks.sliding_window_view(z, w)[at[full] - w],
                                           c.typical_quantile)
        if at.size:
            rel[at[0] :] = z[at[0] :] / np.maximum(typical[(np.arange(at[0], n) - at[0]) // every], 1.0)
        return rel

    @staticmethod
    def _zs(x: np.ndarray, m: np.ndarray, r: np.ndarray) -> np.ndarray:
        """:meth:`_z` of every count ``x[i]`` under the fit ``(m[i], r[i])``: the same ufuncs, element by element."""
        z = np.zeros(x.size)
        tail = np.ones(x.size)
        above = x > m
        poisson = above & np.isinf(r)
        negative = above & ~np.isinf(r)
        tail[poisson] = special.gammainc(x[poisson], m[poisson])
        mn, rn = m[negative], r[negative]
        tail[negative] = special.betainc(x[negative], rn, mn / (mn + rn))
        z[above] = np.where(tail[above] <= 0.0, 40.0, np.minimum(40.0, np.maximum(0.0, -special.ndtri(tail[above]))))
        return z

    def _z(self, x: float) -> float:
        """Normal quantile of P(X >= x) under the current fit; 0 at or below the mean."""
        m, r = self._fit
        if x <= m:
            return 0.0
        tail = special.gammainc(x, m) if r == math.inf else special.betainc(x, r, m / (m + r))
        return 40.0 if tail <= 0.0 else min(40.0, max(0.0, -float(special.ndtri(tail))))

