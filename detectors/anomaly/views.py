"""A view of a series: the trailing window that says what is usual, and how unusual a value is against it.

The scorer holds one view per way of looking (the value, the hour's mean, the step, each shift scale,
the seasonal residual); each keeps its past inputs and its past z-scores in fixed rings, so memory
and the cost of a sample stay bounded however long a series runs. :func:`view_scores` gives the
numbers a fresh view returns for a whole series at once, for the all-at-once path, and is held to
:meth:`View.observe` float for float.
"""

from __future__ import annotations

import numpy as np

from detectors.anomaly.robust import center_spread, quantile, robust_z, row_medians, row_quantiles
from detectors.anomaly.settings import AnomalyScorerConfig
from detectors.series import MAD_TO_SIGMA


class Ring:
    """Fixed-size buffer of the most recent floats, readable as an array without copying order."""

    def __init__(self, size: int) -> None:
        self._buf = np.empty(size, dtype=float)
        self._size = size
        self._n = 0
        self._pos = 0

    def push(self, x: float) -> None:
        self._buf[self._pos] = x
        self._pos = (self._pos + 1) % self._size
        if self._n < self._size:
            self._n += 1

    def values(self) -> np.ndarray:
        """Contents in no particular order (all statistics used here are order-free)."""
        return self._buf[: self._n] if self._n < self._buf.size else self._buf

    def __len__(self) -> int:
        return self._n


class View:
    """One view of the series: its past inputs, their past z-scores, and the relative score.

    The median, spread and typical z are recomputed every ``refresh`` samples rather than at
    every sample (from past data only, so still causal): a window of thousands of points moves
    little in a few samples, and it makes scoring several times faster.
    """

    def __init__(self, window: int) -> None:
        self.inputs = Ring(window)
        self.z = Ring(window)
        self._stats: tuple[float, float] | None = None
        self._stats_age = 0
        self._typical: float | None = None
        self._typical_age = 0

    def stats(self, ref: float, c: AnomalyScorerConfig, floor: float = 0.0) -> tuple[float, float] | None:
        """(median, spread) of the past inputs, or None while there are too few of them.

        ``floor`` is the least spread the data can have (1 for Anscombe-transformed counts:
        Poisson noise), so a count series that happened to be regular does not make a
        one-off difference of 2 look impossible.
        """
        if len(self.inputs) < c.min_history:
            return None
        if self._stats is None or self._stats_age >= c.refresh:
            med, sigma = center_spread(self.inputs.values(), ref)
            self._stats = (med, max(sigma, floor))
            self._stats_age = 0
        self._stats_age += 1
        return self._stats

    def relative(
        self, x: float, stats: tuple[float, float] | None, ref: float, c: AnomalyScorerConfig
    ) -> tuple[float, float]:
        """Push the z of ``x`` against ``stats``; return (z over the typical past z, z), 0s early on."""
        if stats is None:
            return 0.0, 0.0
        z = robust_z(x, stats[0], stats[1], ref)
        if len(self.z) >= c.min_history and (self._typical is None or self._typical_age >= c.refresh):
            self._typical = quantile(self.z.values(), c.typical_quantile)
            self._typical_age = 0
        self._typical_age += 1
        self.z.push(z)
        return (0.0 if self._typical is None else z / max(self._typical, 1.0)), z

    def observe(self, x: float, ref: float, c: AnomalyScorerConfig, floor: float = 0.0) -> tuple[float, float]:
        """Judge ``x`` against this view's past, then add it to the past: the step, shift and seasonal views
        learn from every value they judge, so the two steps always go together.

        The same numbers as :meth:`stats`, then :meth:`relative`, then pushing ``x`` (the test
        ``test_observe_is_stats_then_relative_then_the_push`` runs both side by side), written out in
        one body: five views observe every sample with :data:`HOURLY_COUNTS`, and the calls between
        those three steps and the two rings were a third of the product's learning pass
        (bench/RESULTS.md, round 14).
        """
        inputs, zs = self.inputs, self.z
        out = (0.0, 0.0)
        if inputs._n >= c.min_history:
            st = self._stats
            if st is None or self._stats_age >= c.refresh:
                med, sigma = center_spread(inputs.values(), ref)
                st = self._stats = (med, max(sigma, floor))
                self._stats_age = 0
            self._stats_age += 1
            diff = abs(x - st[0])
            z = 0.0 if diff <= 1e-9 * ref else min(diff / max(st[1], 1e-6 * ref), 1e6)
            typical = self._typical
            if zs._n >= c.min_history and (typical is None or self._typical_age >= c.refresh):
                typical = self._typical = quantile(zs.values(), c.typical_quantile)
                self._typical_age = 0
            self._typical_age += 1
            zs._buf[zs._pos] = z
            zs._pos = (zs._pos + 1) % zs._size
            if zs._n < zs._size:
                zs._n += 1
            out = (0.0 if typical is None else z / max(typical, 1.0)), z
        inputs._buf[inputs._pos] = x
        inputs._pos = (inputs._pos + 1) % inputs._size
        if inputs._n < inputs._size:
            inputs._n += 1
        return out

    def observe_in_steps(self, x: float, ref: float, c: AnomalyScorerConfig, floor: float = 0.0) -> tuple[float, float]:
        """:meth:`observe` as its three steps, the reference the tests hold it to."""
        out = self.relative(x, self.stats(ref, c, floor), ref, c)
        self.inputs.push(x)
        return out


def ring_order(a: np.ndarray, j: int, window: int) -> np.ndarray:
    """What a :class:`Ring` of ``window`` holding ``a[:j]`` returns from ``values()``, element for element.

    Sums over a ring (means of its values) depend on the order of their terms; the batch paths
    (:func:`view_scores`, the count view's fit, the magnitude ``ref``) must add in the ring's own
    order to give the same floats.
    """
    if j <= window:
        return a[:j]
    r = (j - window) % window
    return np.concatenate((a[j - r : j], a[j - window : j - r])) if r else a[j - window : j]


def view_scores(
    d: np.ndarray, ref: np.ndarray, c: AnomalyScorerConfig, floor: float = 0.0
) -> tuple[np.ndarray, np.ndarray]:
    """The (relative score, z) pairs a :class:`View` returns from ``observe(d[j], ref[j], c)`` for j = 0, 1, ...

    The same statistics at the same calls (median and spread every ``refresh`` calls from
    ``min_history`` on, the typical z every ``refresh`` calls from twice that), computed for all
    blocks at once over the windows as rows of one array: order statistics do not depend on the
    order of a window, and the one sum that does (the mean deviation, when the spread is 0) is taken
    in the ring's own order. The test ``test_batch_scores_equal_streaming_scores_exactly`` holds it
    to the streaming path.
    """
    n = d.size
    h, every, w = c.min_history, c.refresh, c.window
    rel = np.zeros(n)
    starts = np.arange(h, n, every)
    if not starts.size:
        return rel, np.zeros(n)
    med = np.empty(starts.size)
    sigma = np.empty(starts.size)
    full = starts >= w
    for b in np.flatnonzero(~full):
        med[b], sigma[b] = center_spread(d[: starts[b]], float(ref[starts[b]]))
        sigma[b] = max(sigma[b], floor)
    if full.any():
        rows = np.lib.stride_tricks.sliding_window_view(d, w)[starts[full] - w]
        med[full] = row_medians(rows)
        spread = MAD_TO_SIGMA * row_medians(np.abs(rows - med[full][:, None]))
        sigma[full] = np.maximum(spread, floor)
        for b in np.flatnonzero(full)[spread <= 1e-9 * ref[starts[full]]]:
            r = float(ref[starts[b]])
            dev = np.abs(ring_order(d, int(starts[b]), w) - med[b])
            sigma[b] = max(max(1.2533 * float(np.mean(dev)), 1e-6 * r), floor)
    block = (np.arange(h, n) - h) // every
    diff = np.abs(d[h:] - med[block])
    r = ref[h:]
    with np.errstate(over="ignore"):  # as in robust_z: an overflow is inf, capped at 1e6
        z = np.zeros(n)
        z[h:] = np.where(diff <= 1e-9 * r, 0.0, np.minimum(diff / np.maximum(sigma[block], 1e-6 * r), 1e6))
    at = np.arange(2 * h, n, every)
    if not at.size:
        return rel, z
    typical = np.empty(at.size)
    full = at - h >= w
    for b in np.flatnonzero(~full):
        typical[b] = quantile(z[h : at[b]], c.typical_quantile)
    if full.any():
        typical[full] = row_quantiles(np.lib.stride_tricks.sliding_window_view(z, w)[at[full] - w], c.typical_quantile)
    block = (np.arange(2 * h, n) - 2 * h) // every
    rel[2 * h :] = z[2 * h :] / np.maximum(typical[block], 1.0)
    return rel, z


def view_relatives(d: np.ndarray, ref: np.ndarray, c: AnomalyScorerConfig, floor: float = 0.0) -> np.ndarray:
    """The relative scores of :func:`view_scores`."""
    return view_scores(d, ref, c, floor)[0]


