"""A long question reads as its short form does, now that the readers' look-backs are bounded.

A question may be 8,192 characters through the API; round 14's review found three readers that looked back from
every time phrase (or every " 4 ", or every blank) to the text's start, quadratic: 6 s for 8 KB of PromQL selectors.
Their look-backs now stop a few hundred characters before the phrase; these tests pin that a phrase far into a long
question still reads as near its start. The timing itself is bench/reader_speed.py's (not a timed unit test)."""

from __future__ import annotations

import pytest

from detectors.query_compare import EXCLUDED_TIME
from exporter.querymem.reading import read_question

T0 = 1773144000.0  # 2026-03-10 12:00 UTC

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
