"""The quality score, its decay and staleness: pure arithmetic, checked as properties."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from exporter.cases.feedback import moved
from exporter.cases.quality import DAY, QualityPolicy, quality

POLICY = QualityPolicy(half_life_seconds=30 * DAY, revalidate_seconds=60 * DAY)
NOW = 1_750_000_000.0


def row(**kw):
    base = {"helpful_count": 0, "partial_count": 0, "not_helpful_count": 0, "reuse_count": 0, "confidence": 0.5,
            "resolution_count": 0, "resolution_seconds_total": 0.0, "created_at": NOW, "last_confirmed_at": NOW}
    return {**base, **kw}


def test_a_case_without_evidence_scores_in_the_middle():
    q = quality(row(), NOW, POLICY)
    assert q.score == 0.4 * 0.5 + 0.3 * 0.5 + 0.2 * 0 + 0.1 * 0.5
    assert q.band == "medium" and not q.stale


def test_confidence_halves_every_half_life_without_confirmation():
    fresh = quality(row(), NOW, POLICY)
    month = quality(row(), NOW + 30 * DAY, POLICY)
    assert abs(month.effective - fresh.effective / 2) < 1e-9


def test_case_unconfirmed_past_the_revalidation_period_is_stale():
    assert not quality(row(), NOW + 59 * DAY, POLICY).stale
    assert quality(row(), NOW + 61 * DAY, POLICY).stale
    assert not quality(row(last_confirmed_at=NOW + 60 * DAY), NOW + 61 * DAY, POLICY).stale


def test_a_quick_fix_scores_better_than_a_slow_one():
    quick = quality(row(resolution_count=1, resolution_seconds_total=300), NOW, POLICY)
    slow = quality(row(resolution_count=1, resolution_seconds_total=7200), NOW, POLICY)
    assert quick.speed > 0.8 > 0.1 > slow.speed


counts = st.integers(min_value=0, max_value=1000)


@given(counts, counts, counts, counts, st.floats(0, 1), st.floats(0, 365 * DAY))
def test_quality_stays_between_zero_and_one(h, p, n, reuse, conf, age):
    q = quality(row(helpful_count=h, partial_count=p, not_helpful_count=n, reuse_count=reuse, confidence=conf,
                    last_confirmed_at=NOW - age), NOW, POLICY)
    assert 0.0 <= q.effective <= q.score <= 1.0


@given(counts, counts)
def test_one_more_helpful_rating_never_lowers_quality(h, n):
    a = quality(row(helpful_count=h, not_helpful_count=n), NOW, POLICY)
    b = quality(row(helpful_count=h + 1, not_helpful_count=n), NOW, POLICY)
    assert b.score > a.score


@given(st.floats(0, 1), st.sampled_from(["resolved", "partially", "not_resolved", "helpful",
                                          "partially_helpful", "not_helpful"]))
def test_confidence_moves_stay_within_zero_and_one_and_point_the_right_way(c, event):
    after = moved(c, event)
    assert 0.0 <= after <= 1.0
    if event.startswith("not"):
        assert after <= c
    else:
        assert after >= c
