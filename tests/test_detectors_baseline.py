import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.baseline import compare_to_baseline, describe_comparison, expected_baseline


def hourly_counts(seed: int, weeks: int = 4, rate: float = 2.5) -> pd.Series:
    rng = np.random.default_rng(seed)
    idx = pd.date_range("2024-01-01", periods=weeks * 168, freq="h", tz="UTC")
    return pd.Series(rng.poisson(rate, len(idx)).astype(float), index=idx)


def test_twelve_against_usual_two_or_three_is_significant_in_most_histories_and_said_plainly():
    """12 alerts in an hour against a Poisson 2.5 is called unusual in at least 31 of 40 four-week histories.

    A promise about one history is one draw (round 12: seed 1 scores 0.268, seeds 3 and 4 0.176
    and 0.097): the detector judges 12 against the history's own extremes, and a history whose
    chance peaks reach 9-10 makes 12 less surprising. Measured (bench/RESULTS.md, round 13): 32 of
    these 40 with the product's setting at 0.24 (26 with NAB's choice at 0.272, which the product
    does not run); a plain Poisson tail test (P(X >= 12 | 2.5) = 1.3e-5) calls all 40. 31 is one
    below what the product does: losing two histories fails this test.
    """
    significant = 0
    for seed in range(40):
        history = hourly_counts(seed)
        at = history.index[-1] + pd.Timedelta(hours=1)
        c = compare_to_baseline(history, 12, at)
        assert c is not None and c.baseline.bucket == "hour_of_week" and c.ratio > 3.0, seed
        text = describe_comparison(c)
        assert text.startswith("12 per hour, ")
        if c.significant:
            significant += 1
            assert "× the usual (normally " in text, seed
    assert significant >= 31


def test_three_against_usual_one_does_not_cry_wolf():
    history = hourly_counts(2, rate=1.0)
    at = history.index[-1] + pd.Timedelta(hours=1)
    c = compare_to_baseline(history, 3, at)
    assert c is not None and not c.significant
    assert "within the usual range" in describe_comparison(c)


def test_short_history_falls_back_to_hour_of_day():
    history = hourly_counts(3, weeks=1)
    base = expected_baseline(history, history.index[-1] + pd.Timedelta(hours=1))
    assert base is not None and base.bucket == "hour_of_day"


def test_hour_of_week_baseline_sees_the_monday_morning_rush():
    history = hourly_counts(4)
    busy = (history.index.day_of_week == 0) & (history.index.hour == 9)
    history[busy] += 20
    monday9 = pd.Timestamp("2024-01-29 09:00", tz="UTC")
    tuesday9 = pd.Timestamp("2024-01-30 09:00", tz="UTC")
    assert expected_baseline(history, monday9).expected > 15
    assert expected_baseline(history, tuesday9).expected < 5


def test_moderate_rise_is_described_as_a_percentage():
    history = hourly_counts(5, rate=100.0)
    at = history.index[-1] + pd.Timedelta(hours=1)
    # 130 against a Poisson 100 is a 3-sigma hour, which four weeks of such hours show several
    # times: the series' own extremes are usual. 148 (4.8 sigma) is not.
    assert not compare_to_baseline(history, 130, at).significant
    c = compare_to_baseline(history, 148, at)
    assert c.significant
    assert describe_comparison(c).startswith("This is ") and "% higher than usual for this time" in describe_comparison(c)


@pytest.mark.parametrize("history", [pd.Series([], dtype=float, index=pd.DatetimeIndex([], tz="UTC")),
                                     pd.Series([np.nan] * 5, index=pd.date_range("2024-01-01", periods=5, freq="h", tz="UTC"))])
def test_empty_or_all_gap_history_gives_no_comparison(history):
    assert compare_to_baseline(history, 5, "2024-02-01") is None


def test_arrays_with_timestamps_equal_a_series():
    history = hourly_counts(6)
    at = history.index[-1] + pd.Timedelta(hours=1)
    a = compare_to_baseline(history.to_numpy(), 9, at, timestamps=history.index.tz_localize(None))
    b = compare_to_baseline(history, 9, at)
    assert a == b


@settings(max_examples=20, deadline=None)
@given(st.integers(0, 10_000), st.integers(-30, 30))
def test_shifting_time_by_whole_weeks_keeps_the_baseline(seed, shift_weeks):
    history = hourly_counts(seed, weeks=3)
    at = history.index[-1] + pd.Timedelta(hours=1)
    shift = pd.Timedelta(weeks=shift_weeks)
    moved = history.copy()
    moved.index = moved.index + shift
    assert expected_baseline(history, at) == expected_baseline(moved, at + shift)
