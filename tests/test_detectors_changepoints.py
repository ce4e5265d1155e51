import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.changepoints import change_point_indices, detect_change_points


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


def test_a_change_in_one_of_two_dimensions_pays_what_bic_charges_for_its_parameters():
    # Round 15 of issue 18: a change in d dimensions adds d means and one place, (d + 1) / 2
    # one-dimensional penalties; charging d of them hid a step seen in one dimension only. These
    # seeds are ones the old charge misses a step in (bench/cp_dims_synth.py has the shares:
    # two 1.5 sd steps in different dimensions, n=150, both found 0.42 -> 0.68).
    for seed in (22, 23, 39):
        rng = np.random.default_rng(seed)
        x = rng.normal(0, 1, (300, 2))
        x[100:, 0] += 1.0
        x[200:, 1] += 1.0
        cps = change_point_indices(x)
        assert len(cps) == 2 and abs(cps[0] - 100) <= 3 and abs(cps[1] - 200) <= 3, (seed, cps)


def test_the_dimension_weight_leaves_one_dimension_alone_and_follows_bic_beyond():
    from detectors.changepoints import _dimension_weight, default_penalty

    assert _dimension_weight(1) == 1.0 and _dimension_weight(2) == 0.75 and _dimension_weight(3) == pytest.approx(2 / 3)
    rng = np.random.default_rng(12)
    one = rng.normal(0, 1, 200)
    # a constant second dimension is not a dimension that varies: the penalty stays one-dimensional
    assert default_penalty(np.column_stack([one, np.ones(200)])) == pytest.approx(default_penalty(one))
