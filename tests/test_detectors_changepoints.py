import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.changepoints import (
    change_point_indices,
    detect_change_points,
    place_on_lines,
    remove_season,
    seasonal_period,
)


def shifted(seed: int, n: int = 300, at: int = 150, jump: float = 5.0, sigma_after: float = 1.0) -> pd.Series:
    rng = np.random.default_rng(seed)
    x = rng.normal(10.0, 1.0, n)
    x[at:] = rng.normal(10.0 + jump, sigma_after, n - at)
    return pd.Series(x, index=pd.date_range("2024-03-01", periods=n, freq="h", tz="UTC"))


def test_injected_level_shift_is_found_with_its_size():
    s = shifted(0)
    cps = detect_change_points(s)
    assert len(cps) == 1
    cp = cps[0]
    assert abs(cp.index - 150) <= 2 and cp.kind == "level"
    assert cp.time == s.index[cp.index]
    assert cp.level_before == pytest.approx(10, abs=0.5) and cp.level_after == pytest.approx(15, abs=0.5)
    assert cp.relative_change == pytest.approx(0.5, abs=0.07)


def test_injected_variance_shift_is_labelled_variance():
    cps = detect_change_points(shifted(1, n=600, at=300, jump=0.0, sigma_after=6.0))
    assert cps and all(cp.kind == "variance" for cp in cps)
    assert any(abs(cp.index - 300) <= 25 for cp in cps)


def test_stationary_noise_has_no_change_points():
    rng = np.random.default_rng(2)
    assert detect_change_points(rng.normal(0, 1, 500)) == []


@pytest.mark.parametrize(
    "values", [[], [1.0], [3.0] * 100, [np.nan] * 50, [1.0, 2.0, np.nan]],
    ids=["empty", "single", "constant", "all-nan", "very-short"],
)
def test_degenerate_input_gives_no_change_points(values):
    assert detect_change_points(np.asarray(values, dtype=float)) == []


def test_nan_gaps_neither_break_nor_create_change_points():
    s = shifted(3)
    s.iloc[40:60] = np.nan
    cps = detect_change_points(s)
    assert len(cps) == 1 and abs(cps[0].index - 150) <= 2


@settings(max_examples=6, deadline=None)
@given(st.integers(0, 10_000), st.floats(1e-3, 1e4), st.integers(-1000, 1000))
def test_scaling_values_and_shifting_time_move_nothing_but_time(seed, scale, hours):
    s = shifted(seed)
    base = detect_change_points(s)
    scaled = s * scale
    scaled.index = scaled.index + pd.Timedelta(hours=hours)
    moved = detect_change_points(scaled)
    assert [c.index for c in moved] == [c.index for c in base]
    assert [c.time for c in moved] == [c.time + pd.Timedelta(hours=hours) for c in base]


def test_a_steady_trend_is_not_cut_into_steps():
    rng = np.random.default_rng(5)
    trend = np.linspace(0, 30, 400) + rng.normal(0, 1, 400)
    assert change_point_indices(trend) == []


def test_a_shift_in_small_units_is_found_beside_a_dimension_in_large_units():
    rng = np.random.default_rng(6)
    small = rng.normal(0, 0.001, 300)
    small[200:] += 0.01
    large = rng.normal(1e6, 1e4, 300)
    cps = change_point_indices(np.column_stack([small, large]))
    assert len(cps) == 1 and abs(cps[0] - 200) <= 2


def _wander(seed: int, n: int = 300, phi: float = 0.9) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x = np.zeros(n)
    for i in range(1, n):
        x[i] = phi * x[i - 1] + rng.normal()
    return x


def test_autocorrelated_wander_with_no_change_gets_none_while_a_step_keeps_its_change():
    # AR(1) noise around one mean: PELT's independent-noise penalty cuts it into levels
    # (seeds 0 and 3: three changes each); against the residuals' long-run variance those
    # levels explain nothing noise of that kind would not.
    for seed in (0, 3):
        x = _wander(seed)
        assert change_point_indices(x, null_check=None), "the penalty alone segments it"
        assert change_point_indices(x) == []
    for seed in range(4):
        rng = np.random.default_rng(seed)
        step = np.r_[rng.normal(0, 1, 150), rng.normal(2, 1, 150)]
        assert [abs(i - 150) <= 2 for i in change_point_indices(step)] == [True]


def _climb_then_level(seed: int) -> np.ndarray:
    # A GDP-like series: climbs for 40 samples, then drops back part-way and stays there.
    rng = np.random.default_rng(seed)
    return np.r_[np.linspace(0, 10, 40), np.full(40, 6.0)] + rng.normal(0, 0.5, 80)


def test_a_level_reached_by_a_climb_is_cut_at_the_turn_not_half_way_up():
    # The mean-shift split sits half-way up the climb (16-19); lines per segment put it at the turn.
    for seed in range(5):
        x = _climb_then_level(seed)
        assert [16 <= i <= 19 for i in change_point_indices(x, relocate=False)] == [True]
        assert change_point_indices(x) == [40]


def test_relocation_keeps_a_clean_step_and_the_number_of_changes():
    for seed in range(8):
        rng = np.random.default_rng(seed)
        step = np.r_[rng.normal(0, 1, 150), rng.normal(2, 1, 150)]
        assert change_point_indices(step) == change_point_indices(step, relocate=False)
        rng = np.random.default_rng(seed)
        counts = np.r_[rng.poisson(3, 45), rng.poisson(6, 45)].astype(float)
        assert change_point_indices(counts, min_size=3) == change_point_indices(counts, min_size=3, relocate=False)
    rng = np.random.default_rng(2)
    assert change_point_indices(rng.normal(0, 1, 500)) == []
    assert len(place_on_lines(_climb_then_level(0), [10, 40, 60], 6)) == 3


def test_a_change_moves_only_when_the_lines_beat_the_noise_not_to_the_bare_two_line_optimum():
    # Daily counts 3 -> 6 (seed 1): the lines' optimum leans into the noise at 18; the step is at 45.
    rng = np.random.default_rng(1)
    counts = np.r_[rng.poisson(3, 45), rng.poisson(6, 45)].astype(float)
    assert change_point_indices(counts, min_size=3, relocate=False) == [46]
    assert place_on_lines(counts, [46], 3, penalty=0.0) == [18]
    assert place_on_lines(counts, [46], 3) == [46]


def test_autocorrelated_noise_does_not_pull_a_step_onto_the_lines():
    # A step of 2 in AR(1) noise (phi 0.5), seed 7: with the residuals taken as independent the
    # gain of the lines passes BIC and the change moves 23 samples off; in long-run units it stays.
    rng = np.random.default_rng(7)
    e = rng.normal(size=120)
    noise = np.empty(120)
    noise[0] = e[0] / np.sqrt(1 - 0.25)
    for i in range(1, 120):
        noise[i] = 0.5 * noise[i - 1] + e[i]
    x = np.r_[np.zeros(60), np.full(60, 2.0)] + noise
    assert change_point_indices(x, relocate=False) == [57]
    assert change_point_indices(x) == [57]


def _monthly_season(seed: int, n: int = 240, at: int = 100, jump: float = 2.0) -> np.ndarray:
    # A 12-step pattern of 3 noise sd (e.g. monthly passengers), plus a level step of `jump` at `at`.
    rng = np.random.default_rng(seed)
    pattern = rng.normal(size=12)
    pattern = 3.0 * (pattern - pattern.mean()) / pattern.std()
    return pattern[np.arange(n) % 12] + jump * (np.arange(n) >= at) + rng.normal(size=n)


def test_a_step_inside_a_monthly_season_is_found_once_where_it_is():
    for seed in range(8):
        cps = change_point_indices(_monthly_season(seed))
        assert len(cps) == 1 and abs(cps[0] - 100) <= 3, (seed, cps)
    # The season's spread hides the step from the search when it is left in (seed 0).
    assert change_point_indices(_monthly_season(0), season=False) == []


def test_a_season_without_a_step_gives_no_change():
    for seed in range(8):
        assert change_point_indices(_monthly_season(seed, jump=0.0)) == []
    t = np.arange(120)
    assert change_point_indices(np.sin(2 * np.pi * t / 12)) == []  # nothing but the season


def test_a_season_is_found_in_the_differences_and_not_in_noise_walks_or_a_shift():
    assert seasonal_period(_monthly_season(0)) == 12
    for seed in range(10):
        rng = np.random.default_rng(seed)
        n = int(rng.integers(40, 400))
        ar = np.zeros(n)
        e = rng.normal(size=n)
        for i in range(1, n):
            ar[i] = 0.9 * ar[i - 1] + e[i]
        for x in (
            rng.normal(size=n),
            rng.poisson(3.0, n).astype(float),
            np.cumsum(rng.normal(size=n)),
            ar,
            5.0 * (np.arange(n) >= n // 2) + rng.normal(size=n),
        ):
            assert seasonal_period(x) is None


def test_removing_the_season_keeps_the_step():
    t = np.arange(120)
    pattern = np.array([0, 1, 3, 6, 3, 1, 0, -2, -5, -4, -2, -1.0])
    x = pattern[t % 12] + 4.0 * (t >= 50)
    flat = remove_season(x, seasonal_period(x))
    assert np.ptp(flat[:50]) == pytest.approx(0, abs=1e-9) and np.ptp(flat[50:]) == pytest.approx(0, abs=1e-9)
    assert flat[60] - flat[10] == pytest.approx(4.0)
    assert remove_season(x, None) is x or np.array_equal(remove_season(x, None), x)
