"""Shared helpers: turning caller input into one clean series, and robust spread estimates.

Every detector accepts either a pandas Series with a DatetimeIndex or a 1-D array plus a
matching sequence of timestamps. Normalising that here keeps each detector to its analytic.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

#: Scale factor that turns a median absolute deviation into a standard deviation for normal noise.
MAD_TO_SIGMA = 1.4826


def as_series(
    values: pd.Series | Sequence[float] | np.ndarray,
    timestamps: Sequence | np.ndarray | pd.DatetimeIndex | None = None,
) -> pd.Series:
    """Return the input as a float Series on a sorted, unique, tz-aware (UTC) DatetimeIndex.

    Parameters
    ----------
    values : pandas.Series or array-like, shape (n_samples,)
        The observations. A Series must carry a DatetimeIndex unless ``timestamps`` is given.
    timestamps : array-like of datetimes, shape (n_samples,), optional
        Times of ``values``. Naive times are taken to be UTC, because Prometheus and the store
        both speak UTC and guessing a local zone would silently shift hour-of-week buckets.

    Returns
    -------
    pandas.Series
        Float values (NaN kept: detectors decide how to treat gaps) indexed by UTC timestamps,
        sorted, with duplicate timestamps collapsed to the last observation.
    """
    if isinstance(values, pd.Series) and timestamps is None:
        index = values.index
        data = values.to_numpy()
    else:
        data = np.asarray(values.to_numpy() if isinstance(values, pd.Series) else values)
        index = timestamps if timestamps is not None else pd.DatetimeIndex([])
    data = np.asarray(data, dtype=float).reshape(-1)
    index = pd.DatetimeIndex(pd.to_datetime(index))
    if len(index) != len(data):
        raise ValueError(f"{len(data)} values but {len(index)} timestamps")
    index = index.tz_localize("UTC") if index.tz is None else index.tz_convert("UTC")
    series = pd.Series(data, index=index, dtype=float)
    series = series[~series.index.duplicated(keep="last")]
    return series.sort_index()


def robust_sigma(x: np.ndarray) -> float:
    """Spread of ``x`` that a few outliers cannot inflate (MAD scaled to a standard deviation).

    Returns 0.0 for fewer than two finite values.
    """
    x = np.asarray(x, dtype=float)
    x = x[np.isfinite(x)]
    if x.size < 2:
        return 0.0
    return float(MAD_TO_SIGMA * np.median(np.abs(x - np.median(x))))


def noise_sigma(x: np.ndarray) -> float:
    """Point-to-point noise level of ``x``, estimated from first differences.

    Level shifts and seasonality barely move the median of the differences, so unlike the
    plain standard deviation this estimates the noise *around* the structure we look for.
    Falls back to the mean absolute difference when more than half the differences are zero
    (sparse counts), and returns 0.0 for a constant or too-short series.
    """
    x = np.asarray(x, dtype=float)
    x = x[np.isfinite(x)]
    if x.size < 3:
        return 0.0
    d = np.diff(x)
    sigma = robust_sigma(d) / np.sqrt(2.0)
    if sigma == 0.0:
        sigma = float(np.mean(np.abs(d - np.median(d)))) * np.sqrt(np.pi / 2.0) / np.sqrt(2.0)
    return float(sigma)


def median_step(index: pd.DatetimeIndex) -> pd.Timedelta | None:
    """Typical sampling interval of ``index``, or None when it has fewer than two points."""
    if len(index) < 2:
        return None
    # asi8 counts in the index's own unit (pandas 2+ parses strings to microseconds), so
    # convert to nanoseconds first or a 5-minute step reads as 0.3 s.
    steps = np.diff(pd.DatetimeIndex(index).as_unit("ns").asi8)
    steps = steps[steps > 0]
    if steps.size == 0:
        return None
    return pd.Timedelta(int(np.median(steps)), unit="ns")
