"""Frequent questions: templates count differently worded askings together, trends are called honestly."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.frequent import top_questions

DAY = 86400.0
START, END = 0.0, 28 * DAY


def asked(
    rng: np.random.Generator, texts: list[str], first: int, second: int
) -> tuple[list[str], list[float]]:
    """``first`` askings in the window's first half and ``second`` in its second, wording drawn from ``texts``."""
    ts = np.concatenate([rng.uniform(START, END / 2, first), rng.uniform(END / 2, END, second)])
    return [texts[i] for i in rng.integers(0, len(texts), len(ts))], ts.tolist()


def batch(*groups):
    texts, ts = [], []
    for g in groups:
        texts += g[0]
        ts += g[1]
    return texts, np.array(ts)


def test_errors_on_different_hosts_and_ranges_count_as_one_question():
    rng = np.random.default_rng(1)
    texts, ts = batch(
        asked(rng, ["errors on server-03 in the last hour", "errors on web-7 in the last 2 hours"], 6, 6),
        asked(rng, ["disk usage on db01"], 3, 3),
    )
    top = top_questions(texts, ts, START, END)
    assert [q.count for q in top] == [12, 6]
    assert top[0].template == "errors on {host} {range}"
    assert top[0].example in {"errors on server-03 in the last hour", "errors on web-7 in the last 2 hours"}
    assert top[0].share == pytest.approx(12 / 18, abs=1e-4)


@pytest.mark.parametrize(
    ("first", "second", "trend"),
    [(4, 20, "rising"), (12, 12, "steady"), (20, 4, "falling"), (10, 14, "steady"), (1, 3, "steady")],
)
def test_trend_compares_the_window_halves(first, second, trend):
    rng = np.random.default_rng(2)
    texts, ts = batch(asked(rng, ["p99 latency of checkout today"], first, second))
    (q,) = top_questions(texts, ts, START, END)
    assert (q.first_half, q.second_half, q.trend) == (first, second, trend)


def test_only_the_top_n_above_min_count_inside_the_window():
    rng = np.random.default_rng(3)
    groups = [asked(rng, [f"status of queue {name}"], 5 + i, 5) for i, name in enumerate("abcdefghijkl")]
    texts, ts = batch(*groups, asked(rng, ["restart the scheduler"], 1, 0))
    texts, ts = texts + ["outside the window"] * 5, np.concatenate([ts, np.full(5, END + DAY)])
    top = top_questions(texts, ts, START, END, top=10)
    assert len(top) == 10
    assert [q.count for q in top] == sorted((q.count for q in top), reverse=True)
    assert all("outside" not in q.template and "scheduler" not in q.template for q in top)


def test_no_questions_in_the_window_is_an_empty_list():
    assert top_questions([], np.array([]), START, END) == []
    assert top_questions(["why is it slow"], np.array([END + 1]), START, END) == []


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**31 - 1), n=st.integers(0, 60))
def test_counts_do_not_depend_on_the_order_questions_arrive_in(seed, n):
    rng = np.random.default_rng(seed)
    pool = [
        "errors on web-1 in the last hour",
        "cpu of db-2 since 9am",
        "who changed the firewall",
        "top alerts",
    ]
    texts = [pool[i] for i in rng.integers(0, len(pool), n)]
    ts = rng.uniform(START, END, n)
    perm = rng.permutation(n)
    a = top_questions(texts, ts, START, END)
    b = top_questions([texts[i] for i in perm], ts[perm], START, END)
    assert [(q.template, q.count, q.first_half, q.trend) for q in a] == [
        (q.template, q.count, q.first_half, q.trend) for q in b
    ]
    assert sum(q.count for q in a) <= n
