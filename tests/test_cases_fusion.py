"""How the lexical evidence weighs against the cosine in `CaseIndex.search`: the first shared terms count most.

Vectors are set by hand so the cosine of each case is known, and the lexical side is the product's own.
"""

from __future__ import annotations

import numpy as np

from exporter.cases.matching import W_LEAD, W_LEXICAL, CaseIndex

REPORT = ("kafka consumer lag keeps growing on the orders topic; partitions rebalance every few minutes and the "
          "consumer group shows members leaving and rejoining")
# One case shares a single term of the report ("orders"), the other none.
SHARES = {"shares": "nightly export of orders to the warehouse runs late on the batch host",
          "none": "payments service slow"}


def _vector(cosine: float) -> np.ndarray:
    v = np.zeros(384, np.float32)
    v[0], v[1] = cosine, np.sqrt(1.0 - cosine * cosine)
    return v


def _search(cosines: dict[str, float], texts: dict[str, str]) -> list[tuple[str, float, float]]:
    """(case, cosine, coverage) best first, for a library with six unrelated cases beside `texts`."""
    library = {**texts, **{f"other-{n}": f"kafka broker {n} disk full: partitions offline, consumer group lag, members leaving" for n in range(6)}}
    ids = list(library)
    index = CaseIndex(ids, [library[i] for i in ids], np.stack([_vector(cosines.get(i, 0.1)) for i in ids]))
    query = np.zeros(384, np.float32)
    query[0] = 1.0
    return [(ids[pos], sem, cov) for pos, _, sem, cov, _ in index.search(REPORT, query)]


def _linear(cosine: float, coverage: float) -> float:
    """The fusion before round 12 (coverage counted as it is), for the whole report as its own headline."""
    return cosine + (W_LEXICAL + W_LEAD) * coverage


def test_a_shared_rare_term_outranks_no_shared_term_at_a_cosine_0_2_higher():
    found = _search({"shares": 0.5, "none": 0.7}, SHARES)
    assert found[0][0] == "shares"
    (_, cos_s, cov_s), (_, cos_n, cov_n) = found[0], found[1]
    assert cov_s > 0 and cov_n == 0
    assert _linear(cos_n, cov_n) > _linear(cos_s, cov_s)  # coverage counted as it is put the other case first


def test_a_clearly_closer_meaning_is_not_buried_by_a_little_shared_evidence():
    found = _search({"shares": 0.5, "none": 0.9}, SHARES)
    assert [f[0] for f in found[:2]] == ["none", "shares"]


def test_more_of_the_reports_words_still_lift_a_case_when_meanings_are_equal():
    found = _search({"part": 0.7, "whole": 0.7}, {"part": "kafka consumer lag keeps growing", "whole": REPORT})
    assert [f[0] for f in found[:2]] == ["whole", "part"]
