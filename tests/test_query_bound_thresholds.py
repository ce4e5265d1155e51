"""A threshold is read with the measure it qualifies: the same numbers on other measures are another question
(issue 15, rules 2 and 4; round 16, engineer qrelate)."""

from __future__ import annotations

import pytest

from detectors.query_compare import read_facts, relate
from detectors.timerange import normalise_text
from exporter.querymem.reading import read_question


def kinds(a: str, b: str) -> tuple[str, str]:
    fa, fb = read_facts(normalise_text(a)), read_facts(normalise_text(b))
    return relate(fa, fb).kind, relate(fb, fa).kind


@pytest.mark.parametrize("a, b, expected", [
    # swapped between the measures: each side is narrower on one measure and broader on the other (siblings, rule 2)
    ("quillon hosts with cpu above 80% and memory above 95%", "quillon hosts with cpu above 95% and memory above 80%",
     "conflict"),
    ("brindle nodes where disk usage over 70% and cpu over 90%", "brindle nodes where disk usage over 90% and cpu over 70%",
     "conflict"),
    # ... twin: the same thresholds on the same measures, written in another order, are the same question
    ("quillon hosts with cpu above 80% and memory above 95%", "quillon hosts with memory above 95% and cpu above 80%",
     "same"),
    # swapped in a way that narrows both measures on one side: nested (rule 4)
    ("quillon hosts with cpu above 50% and memory below 80%", "quillon hosts with cpu above 80% and memory below 50%",
     "nested"),
    # ... twin: one measure narrower each way round stays apart
    ("quillon hosts with cpu above 50% and memory above 80%", "quillon hosts with cpu above 80% and memory above 50%",
     "conflict"),
    # a single threshold per side compares as before: nested in one direction, whatever the measure's place
    ("quillon hosts with cpu above 80%", "quillon hosts with cpu above 95%", "nested"),
    ("quillon hosts above 80% cpu", "quillon hosts with cpu above 95%", "nested"),
    # a measure in another clause binds no threshold: nothing is known to differ, so nothing changes
    ("cpu of quillon hosts, and any above 80% or above 95%", "cpu of quillon hosts, and any above 95% or above 80%",
     "same"),
])
def test_a_threshold_goes_with_its_measure(a, b, expected):
    assert kinds(a, b) == (expected, expected)


def test_swapped_thresholds_are_no_hit_through_the_product_path():
    """As the helper's users write it ("mem", ">"), read by `read_question`; its twin keeps the measures' values."""
    t = 1773144000.0
    def relation(a: str, b: str):
        return relate(read_question(a, t, "UTC").facts, read_question(b, t, "UTC").facts)

    swapped = relation("how many tolvane hosts have cpu > 80% and mem > 95% right now",
                       "how many tolvane hosts have cpu > 95% and mem > 80% right now")
    assert swapped.kind == "conflict"
    assert swapped.conflicting == ("cpu above 80% ~ above 95%", "memory above 95% ~ above 80%")
    assert relation("how many tolvane hosts have cpu > 80% and mem > 95% right now",
                    "how many tolvane hosts have mem > 95% and cpu > 80% right now").kind == "same"
