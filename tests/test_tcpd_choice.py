"""The TCPD bench's leave-one-series-out choice: a fold keeps the product's defaults unless another
setting beats them clearly, so a gain carried by one series (or a tie) no longer decides a fold."""

from __future__ import annotations

import numpy as np

from bench.tcpd import DEFAULT_INDEX, GRID, choose_setting


def _objective(seed: int = 0, series: int = 31) -> np.ndarray:
    rng = np.random.default_rng(seed)
    obj = np.clip(rng.normal(0.7, 0.02, (len(GRID), series)), 0, 1)
    obj[DEFAULT_INDEX] = obj.max(axis=0)  # the defaults at least tie every setting on every series
    return obj


def test_the_defaults_index_is_the_products_defaults():
    assert GRID[DEFAULT_INDEX] == {"beta": 3.0, "trend_factor": 0.8, "min_size": 6, "null_check": 2.0}


def test_an_exact_tie_keeps_the_defaults_whatever_the_grid_order():
    obj = _objective()
    first = 0 if DEFAULT_INDEX else 1
    obj[first] = obj[DEFAULT_INDEX]
    assert choose_setting(obj, "mean")[0] == first  # the best mean takes the first of the tied rows
    chosen, lead = choose_setting(obj, "one_se")
    assert chosen == DEFAULT_INDEX and lead > 0  # identical rows are one choice; the lead is over the rest


def test_a_gain_carried_by_one_series_does_not_move_the_choice_but_a_spread_one_does():
    obj = _objective()
    other = (DEFAULT_INDEX + 1) % len(GRID)
    obj[other] = obj[DEFAULT_INDEX]
    obj[other, 4] += 0.3
    assert choose_setting(obj, "mean")[0] == other
    assert choose_setting(obj, "one_se")[0] == DEFAULT_INDEX
    obj[other] = obj[DEFAULT_INDEX] + np.random.default_rng(1).uniform(0.01, 0.03, obj.shape[1])
    assert choose_setting(obj, "one_se")[0] == other
