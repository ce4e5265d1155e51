"""The scorer one sample at a time, from that sample and the ones before it: the reference for the rest.

Every score is computed from the sample and those before it, never after, so what bench/nab.py
measures is what a live stream can reach. This is the reference the all-at-once path
(:mod:`detectors.anomaly.whole_series`) is held to, float for float; when it is handed the whole
series up front (``_ahead``), the views whose inputs are the values alone are computed in one go
(:meth:`StreamingAnomalyScorer._prepare`) and only the seasonal view, the gate, the suppression
and the hold stay per sample.
"""

from __future__ import annotations

import bisect
import math
from collections import deque

import numpy as np
import pandas as pd

from detectors.anomaly.alarm_hold import AlarmGovernor
from detectors.anomaly.count_tail import CountTail
from detectors.anomaly.robust import anscombe, rolling_median
from detectors.anomaly.settings import DAY_NS, SMALL_COUNT, WORKING_WEEK_LAG, AnomalyScorerConfig
from detectors.anomaly.views import View, ring_order, view_relatives


class StreamingAnomalyScorer:
    """Score each new sample by how unusual it is given only the samples before it.

    Parameters
    ----------
    config : AnomalyScorerConfig, optional
        Window sizes and scaling; defaults suit minutes-to-hours sampling.

    Examples
    --------
    >>> scorer = StreamingAnomalyScorer()
    >>> scores = [scorer.update(v) for v in [1.0, 1.1, 0.9] * 40 + [9.0]]
    >>> scores[-1] > 0.5
    True
    """

    def __init__(self, config: AnomalyScorerConfig | None = None) -> None:
        self.config = config or AnomalyScorerConfig()
        c = self.config
        self._value = View(c.window)
        self._mean = View(c.window)
        self._step = View(c.window)
        self._seasonal = View(c.window)
        self._last: deque[float] = deque(maxlen=max(1, c.mean_window - 1))  # previous values
        # Times (ns) and values for the seasonal lag, oldest first; entries before _past_lo are gone.
        self._past_t: list[int] = []
        self._past_v: list[float] = []
        self._past_lo = 0
        self._now: int | None = None
        self._recent: deque[float] = deque(maxlen=max(1, c.suppress))  # relative scores, newest last
        self._season_ns = None if c.season is None else pd.Timedelta(c.season).value
        self._max_lag = max(WORKING_WEEK_LAG) if c.working_week else 1
        self._tolerance_ns = pd.Timedelta(c.season_tolerance).value
        self._ref = 0.0
        self._ref_age = 0
        self._drift = View(c.window)
        self._drift_last: deque[float] = deque(maxlen=max(1, c.drift_window - 1))
        self._drift_sum = 0.0
        self._shift_views = [View(c.window) for _ in c.shift_scales]
        self._shift_last: deque[float] = deque(maxlen=2 * max(c.shift_scales, default=0))
        self._govern = AlarmGovernor(c) if c.hold or c.hold_per_alarm else None
        # Batch scoring (anomaly_scores) hands the scorer every finite value up front, so the step and
        # shift views, whose inputs are the values alone, are computed for the whole series at once.
        self._ahead: np.ndarray | None = None
        self._difference: np.ndarray | None = None
        self._counted: np.ndarray | None = None
        self._valued: np.ndarray | None = None
        self._refs: np.ndarray | None = None
        self._k = 0
        self._counts = c.counts
        self._tail = CountTail(c) if c.count_tail else None
        self._tail_on = False
        # Until the kind of series is known, the first points wait here (they score 0 either way).
        self._pending: list | None = [] if c.counts is None or c.count_tail else None
        self._still = True  # every pending value so far equals the first
        #: Score of the last sample before suppression: how unusual it is even when an earlier,
        #: stronger alarm in the suppression window means it raises no new one.
        self.last_surprise = 0.0

    def _season_band(self, ts: pd.Timestamp | np.datetime64 | int | None) -> tuple[float, float] | None:
        """Lowest and highest value seen within ``season_tolerance`` of one season before ``ts``.

        Remembers ``ts``'s value afterwards (in :meth:`update`); None without timestamps or
        while less than a season has been seen.
        """
        if self._season_ns is None or ts is None:
            return None
        now = ts if isinstance(ts, int | np.integer) else pd.Timestamp(ts).as_unit("ns").value
        self._now = now
        tol = self._tolerance_ns
        lag = self._season_ns
        if self.config.working_week:
            lag *= WORKING_WEEK_LAG[(now // DAY_NS + 3) % 7]
        target = now - lag
        times = self._past_t
        # Nothing older than the longest lag is ever needed again.
        self._past_lo = bisect.bisect_left(times, now - self._season_ns * self._max_lag - tol, self._past_lo)
        if self._past_lo > 4096:
            del times[: self._past_lo], self._past_v[: self._past_lo]
            self._past_lo = 0
        i = bisect.bisect_left(times, target - tol, self._past_lo)
        j = bisect.bisect_right(times, target + tol, i)
        return (min(self._past_v[i:j]), max(self._past_v[i:j])) if j > i else None

    def _prepare(self) -> None:
        """Every view whose inputs are the values alone, for every finite sample at once, from ``_ahead``.

        The value view (when no mean or drift view reads its statistics), the step and shift views
        (differences of the transformed values), the count view (the raw counts) and ``ref``, the
        magnitude of the data (the mean absolute value of the value view's window, refreshed every
        ``refresh`` samples, in the ring's order): all follow from the values, so they are computed
        here with the numbers :meth:`_update` would reach one sample at a time; only the seasonal
        view, the gate, the suppression and the hold stay per sample. Five views a sample were most
        of the product's learning pass (bench/RESULTS.md, round 14).
        """
        c = self.config
        t = np.asarray(self._ahead, dtype=float)
        if self._counts:
            t = 2.0 * np.sqrt(np.maximum(t, 0.0) + 0.375)  # anscombe, elementwise, the same floats
        n = t.size
        ref = np.empty(n)
        for k in range(0, n, c.refresh):
            base = float(np.mean(np.abs(ring_order(t, k, c.window)))) if k else 0.0
            ref[k : k + c.refresh] = np.maximum(np.maximum(base, np.abs(t[k : k + c.refresh])), 1e-300)
        self._refs = ref
        self._valued = None
        if c.mean_window <= 1 and c.drift_window <= 1:
            self._valued = view_relatives(t, ref, c, 1.0 if self._counts else 0.0)
        if self._tail_on:
            self._counted = self._tail.relatives(np.asarray(self._ahead, dtype=float), c)
        out = np.zeros(n)
        if c.use_steps and n > 1:
            out[1:] = view_relatives(t[1:] - t[:-1], ref[1:], c)
        first = 2 * max(c.shift_scales, default=0) - 1
        if c.shift_scales and n > first:
            for w in c.shift_scales:
                med = rolling_median(t, w)  # med[i] is the median of t[i : i + w]
                k = np.arange(first, n)
                d = med[k - w + 1] - med[k - 2 * w + 1]
                out[first:] = np.maximum(out[first:], view_relatives(d, ref[first:], c))
        self._difference = out

    def _shift_relative(self, value: float, ref: float, c: AnomalyScorerConfig) -> float:
        """Largest relative z over scales w of median(last w) - median(w before), against its own past."""
        buf = self._shift_last
        buf.append(value)
        if len(buf) < buf.maxlen:
            return 0.0
        arr = list(buf)
        best = 0.0
        # small_median written out (the same numbers): six calls a sample were a fifth of the scorer.
        for w, view in zip(c.shift_scales, self._shift_views, strict=True):
            if w == 1:
                d = arr[-1] - arr[-2]
            else:
                m = w // 2
                a, b = sorted(arr[-w:]), sorted(arr[-2 * w : -w])
                d = a[m] - b[m] if w % 2 else (a[m - 1] + a[m]) / 2.0 - (b[m - 1] + b[m]) / 2.0
            r = view.observe(d, ref, c)[0]
            if r > best:
                best = r
        return best

    def update(self, value: float, ts: pd.Timestamp | np.datetime64 | int | None = None) -> float:
        """Add one sample and return its anomaly score.

        Parameters
        ----------
        value : float
            The new observation. NaN is a gap: it scores 0.0 and is not remembered.
        ts : timestamp or int, optional
            When ``value`` was observed (an int is nanoseconds since the epoch). Without
            timestamps the seasonal view is off; the other views depend on the order of samples
            only, so irregular sampling is fine.

        Returns
        -------
        float
            Score in [0, 1): 0 is ordinary or already alarmed on; from the threshold that goes
            with the settings on it is an alarm (:data:`ALARM_SCORE`, 0.24, for the default;
            :data:`CHOSEN_ALARM`, 0.272, for :data:`NAB_CHOSEN` and :data:`HOURLY_COUNTS`). Uses
            only this and earlier samples.
        """
        if value is None or not np.isfinite(value):
            return 0.0
        value = float(value)
        if self._pending is not None:
            self._pending.append((value, ts))
            self._still = self._still and value == self._pending[0][0]
            if len(self._pending) < self.config.min_history:
                return 0.0
            if self._still and len(self._pending) < self.config.window:
                # A constant start (a quiet group's zeros, a flat line) says nothing about the kind
                # of series: keep looking, for at most a window's worth of points (bounded memory).
                return 0.0
            pending, self._pending = self._pending, None
            self._decide_kind([v for v, _ in pending])
            return max(self._update(v, t) for v, t in pending)
        return self._update(value, ts)

    def _decide_kind(self, warm: list[float]) -> None:
        """Counts or values, tail on or off, from the warm-up alone: one decision for the streaming path
        and the whole-series path, so scoring a series at once gives the per-sample path's scores."""
        integer = all(v >= 0 and v == int(v) for v in warm)
        if self.config.counts is None:
            self._counts = integer and math.fsum(warm) / len(warm) <= SMALL_COUNT
        self._tail_on = self._tail is not None and integer

    def _update(self, value: float, ts) -> float:
        c = self.config
        if self._ahead is not None and self._refs is None:
            self._prepare()
        k = self._k
        if self._ahead is not None:
            count_relative = self._counted[k] if self._tail_on else 0.0
        else:
            count_relative = self._tail.observe(value, c) if self._tail_on else 0.0
        if self._counts:
            value = anscombe(value)
        floor = 1.0 if self._counts else 0.0  # Anscombe-transformed Poisson noise has spread 1
        values = self._value.inputs
        if self._valued is not None:
            return self._judge(value, ts, self._refs[k], self._valued[k], count_relative, floor)
        if len(values) and self._ref_age < c.refresh:
            self._ref_age += 1
        else:
            self._ref = float(np.mean(np.abs(values.values()))) if len(values) else 0.0
            self._ref_age = 1
        # Magnitude of the data, for scale-free floors; the value itself when history is all 0.
        ref = max(self._ref, abs(value), 1e-300)

        value_stats = self._value.stats(ref, c, floor)
        relative = self._value.relative(value, value_stats, ref, c)[0]
        if c.mean_window > 1 and len(self._last) == c.mean_window - 1:
            mean = (sum(self._last) + value) / c.mean_window
            relative = max(relative, self._mean.relative(mean, value_stats, ref, c)[0])
        if c.drift_window > 1:
            if len(self._drift_last) == c.drift_window - 1:
                drift = (self._drift_sum + value) / c.drift_window
                relative = max(relative, self._drift.relative(drift, value_stats, ref, c)[0])
                self._drift_sum -= self._drift_last[0]
            self._drift_last.append(value)
            self._drift_sum += value
        if self._ahead is None:
            if c.use_steps and self._last:
                r = self._step.observe(value - self._last[-1], ref, c)[0]
                if r > relative:
                    relative = r
            if c.shift_scales:
                r = self._shift_relative(value, ref, c)
                if r > relative:
                    relative = r
        return self._judge(value, ts, ref, relative, count_relative, floor)

    def _judge(self, value: float, ts, ref: float, relative: float, count_relative: float, floor: float) -> float:
        """The per-sample rest of :meth:`_update`: the seasonal view and its gate, then suppression and hold."""
        c = self.config
        if self._ahead is not None:
            r = self._difference[self._k]
            self._k += 1
            if r > relative:
                relative = r
        self._now = None
        band = self._season_band(ts)
        if band is not None:
            residual = value - min(max(value, band[0]), band[1])
            seasonal, z = self._seasonal.observe(residual, ref, c, floor)
            if z < c.seasonal_gate and self._seasonal.z._n > c.min_history:
                # The same happened at this time yesterday: not news, for the count view too.
                relative = count_relative = 0.0
            relative = max(relative, seasonal)
        if count_relative > relative:
            relative = count_relative
        if self._now is not None:
            self._past_t.append(self._now)
            self._past_v.append(value)
        self._value.inputs.push(value)
        self._last.append(value)

        recent_max = max(self._recent) if self._recent else 0.0
        self._recent.append(relative)
        self.last_surprise = relative / (relative + c.scale) if relative > 0.0 else 0.0
        score = 0.0 if relative <= recent_max or relative <= 0.0 else self.last_surprise
        return score if self._govern is None else self._govern(score, relative)

