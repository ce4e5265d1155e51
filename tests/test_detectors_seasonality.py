import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.seasonality import recurring_peaks, seasonal_strength


def with_friday_peak(seed: int, weeks: int = 4, skip_week: int | None = 1, one_off: bool = False) -> pd.Series:
    """Poisson counts, rate 6, with Fridays 15:00-16:00 at rate 20 (missing in ``skip_week``)."""
    rng = np.random.default_rng(seed)
    idx = pd.date_range("2024-04-01", periods=weeks * 168, freq="h", tz="UTC")  # a Monday
    rate = np.full(len(idx), 6.0)
    week = (idx - idx[0]) // pd.Timedelta(weeks=1)
    peak = (idx.day_of_week == 4) & (idx.hour == 15) & (week != (skip_week if skip_week is not None else -1))
    rate[peak] = 20.0
    if one_off:
        rate[(idx.day_of_week == 1) & (idx.hour == 3) & (week == weeks - 1)] = 40.0
    return pd.Series(rng.poisson(rate).astype(float), index=idx)


def test_weekly_peak_is_found_and_said_like_a_person_would():
    s = with_friday_peak(0)
    peaks = recurring_peaks(s)
    assert len(peaks) == 1
    p = peaks[0]
    assert (p.weekday_name, p.start_hour, p.end_hour) == ("Friday", 15, 16)
    assert (p.occurrences, p.weeks_considered) == (3, 4)
    assert p.describe().startswith("Fridays 15:00–16:00, about 3× baseline, in 3 of the last 4 weeks")
    now = s.index[-1] + pd.Timedelta(hours=1)
    assert p.next_occurrence > now and p.next_occurrence.day_of_week == 4 and p.next_occurrence.hour == 15


def test_a_one_off_incident_is_not_a_recurring_peak():
    peaks = recurring_peaks(with_friday_peak(1, one_off=True))
    assert [(p.weekday, p.start_hour) for p in peaks] == [(4, 15)]


def test_peaks_are_described_in_the_requested_time_zone():
    p = recurring_peaks(with_friday_peak(2), tz="Europe/Berlin")[0]
    assert (p.weekday, p.start_hour) == (4, 17)
    assert str(p.next_occurrence.tz) == "Europe/Berlin"


def test_daily_rhythm_is_strong_and_noise_is_not():
    rng = np.random.default_rng(3)
    idx = pd.date_range("2024-01-01", periods=6 * 168, freq="h", tz="UTC")
    daily = 10 + 8 * np.sin(2 * np.pi * idx.hour / 24)
    strong = seasonal_strength(pd.Series(daily + rng.normal(0, 1, len(idx)), index=idx))
    weak = seasonal_strength(pd.Series(rng.normal(10, 3, len(idx)), index=idx))
    assert strong.daily > 0.8 and weak.daily < 0.5
    assert strong.weekly is not None and strong.weekly < 0.5


@pytest.mark.parametrize(
    "values",
    [[], [5.0] * 800, [np.nan] * 800, [1.0, 2.0, 3.0]],
    ids=["empty", "constant", "all-nan", "very-short"],
)
def test_degenerate_input_gives_nothing(values):
    idx = pd.date_range("2024-01-01", periods=len(values), freq="h", tz="UTC")
    s = pd.Series(values, index=idx, dtype=float)
    assert recurring_peaks(s) == []
    assert seasonal_strength(s) is None


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10_000), st.floats(0.01, 1000), st.integers(-20, 20))
def test_scaling_values_and_shifting_whole_weeks_keep_the_peak(seed, scale, shift_weeks):
    s = with_friday_peak(seed, skip_week=None)
    base = recurring_peaks(s)
    moved = s * scale
    moved.index = moved.index + pd.Timedelta(weeks=shift_weeks)
    got = recurring_peaks(moved)
    assert [(p.weekday, p.start_hour, p.end_hour, p.occurrences) for p in got] == [
        (p.weekday, p.start_hour, p.end_hour, p.occurrences) for p in base
    ]
    assert [p.next_occurrence for p in got] == [p.next_occurrence + pd.Timedelta(weeks=shift_weeks) for p in base]
