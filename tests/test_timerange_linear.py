"""A long question reads in time linear in its length, and reads as its short form does.

A question may be 8,192 characters through the API; round 14's review found three readers that looked back from
every time phrase (or every " 4 ", or every blank) to the text's start, quadratic: 6 s for 8 KB of PromQL selectors.
Timing is compared as a ratio on the same machine (four times the text must take well under sixteen times as
long), the min of three runs, each on a text of its own so no kept result is reused."""

from __future__ import annotations

import time

import pytest

from detectors.query_compare import EXCLUDED_TIME
from exporter.querymem.reading import read_question

T0 = 1773144000.0  # 2026-03-10 12:00 UTC


def _rep(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _best(text: str) -> float:
    best = float("inf")
    for run in range(3):
        t = time.perf_counter()
        read_question(f"q{run} {text}", T0, "UTC")
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize("unit", ["max_over_time(x_celsius[2h]) ", "a 4 b ", "not in the last hour "])
def test_a_long_question_reads_in_linear_time(unit):
    short, long = _best(_rep(unit, 2_500)), _best(_rep(unit, 10_000))
    assert long < 8 * short + 0.05, (unit, short, long)  # quadratic is ~16x


FILLER = "errors " * 80  # 560 characters: beyond any look-back


@pytest.mark.parametrize("question", [
    "how many errors on web-1 not in the last 2 hours",
    "errors on web-1 in the 2 hours before the last hour",
    "deploys since the rollout at 14:10",
    "p99 latency 4 checkout in the last hour",
    "top 4 services by errors in the last hour",
    "rate(http_errors_total[15m]) on web-1",
])
def test_a_time_phrase_far_into_a_question_reads_as_it_does_near_its_start(question):
    near, far = read_question(question, T0, "UTC"), read_question(FILLER + question, T0, "UTC")
    assert far.window == near.window
    assert (EXCLUDED_TIME in far.facts.terms) == (EXCLUDED_TIME in near.facts.terms)
    assert far.facts.terms >= near.facts.terms - {"errors", "error"}


def test_a_negator_far_before_a_time_phrase_does_not_exclude_it():
    question = "how many errors on web-1 in the last 2 hours"
    far = read_question("not " + FILLER + question, T0, "UTC")
    assert far.window == read_question(question, T0, "UTC").window
    assert EXCLUDED_TIME not in far.facts.terms
    assert EXCLUDED_TIME in read_question("errors not in the last 2 hours", T0, "UTC").facts.terms
