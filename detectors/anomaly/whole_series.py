"""Scores for a whole series at once, and one value judged after its history: the two calls the product makes.

A learning pass scores every group's stored hours, and a lookup judges one answer against the
answers before it; a loop of :class:`StreamingAnomalyScorer` over every sample was the whole cost
of that pass (bench/RESULTS.md, rounds 14 and 15). For settings without a mean or drift view (the
product's :data:`HOURLY_COUNTS` and :data:`ANSWERS`) every step is an array here; other settings
still stream, handed the series up front. Either way every score is the float the
sample-by-sample scorer gives (tests/test_detectors_anomaly.py), which is why this module reaches
into the scorer's state: it is the same scorer, run another way.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from detectors.anomaly.alarm_hold import AlarmGovernor
from detectors.anomaly.settings import DAY_NS, WORKING_WEEK_LAG, AnomalyScorerConfig
from detectors.anomaly.streaming import StreamingAnomalyScorer
from detectors.anomaly.views import view_scores


def _scores_at_once(
    v: np.ndarray, ns: np.ndarray | None, c: AnomalyScorerConfig
) -> tuple[np.ndarray, np.ndarray] | None:
    """Scores and surprises of the finite samples ``v`` (times ``ns``, int nanoseconds) as arrays, or None.

    The same floats as :meth:`StreamingAnomalyScorer.update` one sample at a time, for settings whose
    every view reads either the values alone or the values one season back: no mean or drift view
    (:data:`HOURLY_COUNTS`, :data:`ANSWERS`), times in order and a seasonal tolerance shorter than the
    season. The per-sample loop was the product's whole cost once the value-only views were batched
    (round 14): :func:`surprise` on 8,760 hourly counts cost 2.7x round 13's (bench/RESULTS.md, round
    15). Here the seasonal band (the lowest and highest transformed value within the tolerance one lag
    back) is two searches and a reduction per sample, its residuals form one view like the others, and
    suppression is a rolling maximum; only the hold after an alarm, a few comparisons a sample, stays a
    loop. Held to the streaming path by ``test_batch_scores_equal_streaming_scores_exactly`` and the
    equality tests on NAB's files and the count check's series. None means "score one at a time".
    """
    n = v.size
    season_ns = None if c.season is None or ns is None else pd.Timedelta(c.season).value
    tol = pd.Timedelta(c.season_tolerance).value
    if c.mean_window > 1 or c.drift_window > 1:
        return None
    if season_ns is not None and (tol >= season_ns or (n > 1 and bool(np.any(np.diff(ns) < 0)))):
        return None
    scores, surprises = np.zeros(n), np.zeros(n)
    scorer = StreamingAnomalyScorer(c)
    first = 0  # the sample at which the kind of series is decided (update's warm-up, in arrays)
    if scorer._pending is not None:
        h = c.min_history
        moved = np.flatnonzero(v != v[0]) if n else np.zeros(0, dtype=int)
        ready = max(h - 1, int(moved[0]) if moved.size else n)
        first = min(ready, max(c.window - 1, h - 1))
        if first >= n:
            return scores, surprises
        scorer._decide_kind(v[: first + 1].tolist())
    scorer._ahead = v
    scorer._prepare()
    t = 2.0 * np.sqrt(np.maximum(v, 0.0) + 0.375) if scorer._counts else v
    floor = 1.0 if scorer._counts else 0.0
    relative = np.maximum(scorer._valued, scorer._difference)
    counted = scorer._counted if scorer._tail_on else np.zeros(n)
    if season_ns is not None and n:
        lag = np.full(n, season_ns, dtype=np.int64)
        if c.working_week:
            lag *= np.asarray(WORKING_WEEK_LAG, dtype=np.int64)[(ns // DAY_NS + 3) % 7]
        target = ns - lag
        lo = np.searchsorted(ns, target - tol, side="left")
        hi = np.searchsorted(ns, target + tol, side="right")
        has = np.flatnonzero(hi > lo)
        if has.size:
            padded = np.append(t, 0.0)  # reduceat needs every bound to be an index
            bounds = np.empty(2 * has.size, dtype=np.int64)
            bounds[0::2], bounds[1::2] = lo[has], hi[has]
            low = np.minimum.reduceat(padded, bounds)[0::2]
            high = np.maximum.reduceat(padded, bounds)[0::2]
            x = t[has]
            seasonal, z = view_scores(x - np.minimum(np.maximum(x, low), high), scorer._refs[has], c, floor)
            calls = np.arange(1, has.size + 1)
            gated = (z < c.seasonal_gate) & (np.minimum(calls - c.min_history, c.window) > c.min_history)
            relative[has[gated]] = 0.0
            counted[has[gated]] = 0.0
            relative[has] = np.maximum(relative[has], seasonal)
    relative = np.maximum(relative, counted)
    s = max(1, c.suppress)
    recent = np.lib.stride_tricks.sliding_window_view(np.concatenate((np.zeros(s), relative)), s)[:n].max(axis=1)
    positive = relative > 0.0
    surprises[positive] = relative[positive] / (relative[positive] + c.scale)
    scores = np.where(positive & (relative > recent), surprises, 0.0)
    if c.hold or c.hold_per_alarm:
        govern = AlarmGovernor(c)
        scores = np.array([govern(a, b) for a, b in zip(scores.tolist(), relative.tolist(), strict=True)])
    if first:
        scores[first] = scores[: first + 1].max()
        scores[:first] = 0.0
        surprises[:first] = 0.0
    return scores, surprises


def anomaly_scores(
    values: Sequence[float] | np.ndarray | pd.Series,
    timestamps: Sequence | np.ndarray | pd.DatetimeIndex | None = None,
    config: AnomalyScorerConfig | None = None,
    *,
    with_surprise: bool = False,
) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
    """Causal anomaly scores for a whole series, identical to streaming it point by point.

    Parameters
    ----------
    values : array-like or pandas.Series, shape (n_samples,)
        Observations in time order. NaN marks a gap (scores 0).
    timestamps : array-like of datetimes, shape (n_samples,), optional
        Observation times; taken from the Series index when ``values`` is a Series with a
        DatetimeIndex. They enable the seasonal (same time yesterday) view.
    config : AnomalyScorerConfig, optional
    with_surprise : bool
        Also return each point's score before suppression (see :func:`surprise`).

    Returns
    -------
    numpy.ndarray of float, shape (n_samples,)
        Score per input point, in [0, 1). ``anomaly_scores(x[:k])`` equals
        ``anomaly_scores(x)[:k]`` for every k, by construction. With ``with_surprise``, a
        tuple (scores, surprises) of two such arrays.
    """
    if isinstance(values, pd.Series) and timestamps is None and isinstance(values.index, pd.DatetimeIndex):
        timestamps = values.index
    x = np.asarray(values, dtype=float).reshape(-1)
    ts = None if timestamps is None else pd.DatetimeIndex(pd.to_datetime(timestamps))
    if ts is not None and len(ts) != len(x):
        raise ValueError(f"{len(x)} values but {len(ts)} timestamps")
    finite = np.isfinite(x)
    at_once = _scores_at_once(x[finite], None if ts is None else ts.as_unit("ns").asi8[finite],
                              config or AnomalyScorerConfig())
    if at_once is not None:
        out = np.zeros(len(x), dtype=float)
        surprises = np.zeros(len(x), dtype=float)
        out[finite], surprises[finite] = at_once
        return (out, surprises) if with_surprise else out
    scorer = StreamingAnomalyScorer(config)
    scorer._ahead = x[finite]
    out = np.zeros(len(x), dtype=float)
    surprises = np.zeros(len(x), dtype=float)
    ns = None if ts is None else ts.as_unit("ns").asi8.tolist()  # ints: no Timestamp boxing per sample
    for i, v in enumerate(x.tolist()):
        out[i] = scorer.update(v, None if ns is None else ns[i])
        if v == v:  # a NaN gap leaves the previous sample's surprise in the scorer
            surprises[i] = scorer.last_surprise
    return (out, surprises) if with_surprise else out


def surprise(
    history: Sequence[float] | np.ndarray,
    value: float,
    timestamps: Sequence | np.ndarray | pd.DatetimeIndex | None = None,
    at: pd.Timestamp | None = None,
    config: AnomalyScorerConfig | None = None,
) -> float:
    """How unusual ``value`` is after ``history``, on the scale of :func:`anomaly_scores`.

    The same scorer and threshold (:data:`ALARM_SCORE`) as the alarms, without their suppression:
    "is this answer higher than usual?" must be yes in the second hour of an incident too, even
    though that hour raises no new alarm.

    Parameters
    ----------
    history : array-like, shape (n_samples,)
        Earlier observations in time order (NaN gaps allowed).
    value : float
        The observation being judged.
    timestamps : array-like of datetimes, optional
        Times of ``history``; with ``at`` they enable the seasonal view.
    at : timestamp, optional
        Time of ``value``.
    config : AnomalyScorerConfig, optional

    Returns
    -------
    float
        Score in [0, 1); 0 while there is too little history to know what is usual.
    """
    if value is None or not np.isfinite(value):
        return 0.0
    x = np.asarray(history, dtype=float).reshape(-1)
    ns = None
    if timestamps is not None and at is not None:
        ns = pd.DatetimeIndex(pd.to_datetime(timestamps)).as_unit("ns").asi8
        if len(ns) != x.size:
            raise ValueError(f"{x.size} values but {len(ns)} timestamps")
        ns = np.append(ns, pd.Timestamp(at).as_unit("ns").value)
    x = np.append(x, float(value))
    finite = np.isfinite(x)
    at_once = _scores_at_once(x[finite], None if ns is None else ns[finite], config or AnomalyScorerConfig())
    if at_once is not None:
        return float(at_once[1][-1])
    x = x[:-1]
    scorer = StreamingAnomalyScorer(config)
    if timestamps is None or at is None:
        for v in x.tolist():
            scorer.update(v)
        scorer.update(value)
    else:
        ns = pd.DatetimeIndex(pd.to_datetime(timestamps)).as_unit("ns").asi8.tolist()
        if len(ns) != x.size:
            raise ValueError(f"{x.size} values but {len(ns)} timestamps")
        for v, t in zip(x.tolist(), ns, strict=True):
            scorer.update(v, t)
        scorer.update(value, pd.Timestamp(at).as_unit("ns").value)
    return scorer.last_surprise

