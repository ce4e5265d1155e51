"""Knowledge gaps: intents asked often that the knowledge base does not serve, with the three remedies."""

import pytest

from detectors.gaps import OPTIONS, ClusterUsage, knowledge_gaps


def usage(cluster_id: int, asks: float, **kw) -> ClusterUsage:
    fields = {"best_case_confidence": 0.9, "mean_answer_seconds": 2.0, "not_helpful": 0, "rated": 0}
    return ClusterUsage(cluster_id, f"intent {cluster_id}", asks, **(fields | kw))


def test_frequent_troubleshooting_intent_without_a_good_case_is_a_gap_with_three_options():
    (gap,) = knowledge_gaps([usage(1, 12, best_case_confidence=None), usage(2, 12)])
    assert (gap.cluster_id, gap.reasons, gap.options) == (1, ("no_case",), OPTIONS)
    assert len(gap.options) == 3
    assert gap.evidence["best_case_confidence"] is None and gap.evidence["asks_per_week"] == 12


@pytest.mark.parametrize(
    ("kw", "reason"),
    [
        ({"best_case_confidence": 0.4}, "no_case"),
        ({"mean_answer_seconds": 25.0}, "slow_answers"),
        ({"not_helpful": 4, "rated": 8}, "not_helpful"),
    ],
)
def test_each_signal_alone_makes_a_gap(kw, reason):
    (gap,) = knowledge_gaps([usage(3, 6, **kw)])
    assert gap.reasons == (reason,)


def test_rarely_asked_lookups_and_few_ratings_are_not_gaps():
    assert knowledge_gaps([usage(4, 4.9, best_case_confidence=None)]) == []  # under 5 a week
    assert (
        knowledge_gaps([usage(5, 20, best_case_confidence=None, troubleshooting_share=0.1)]) == []
    )  # look-ups
    assert knowledge_gaps([usage(6, 20, not_helpful=3, rated=4)]) == []  # too few ratings to say
    assert knowledge_gaps([]) == []


def test_more_signals_and_more_demand_rank_higher_and_most_asked_comes_first():
    gaps = knowledge_gaps(
        [
            usage(7, 6, mean_answer_seconds=30.0),
            usage(8, 10, best_case_confidence=None, mean_answer_seconds=30.0, not_helpful=5, rated=6),
            usage(9, 8, best_case_confidence=None),
        ]
    )
    assert [g.cluster_id for g in gaps] == [8, 9, 7]
    conf = {g.cluster_id: g.confidence for g in gaps}
    assert conf[8] == 1.0 and conf[8] > conf[9] > conf[7] > 0
