"""The quality score, its decay and staleness: pure arithmetic, checked as properties."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from exporter.cases.confidence import moved
from exporter.cases.quality import DAY, PRIOR, QualityPolicy, quality

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


def test_evidence_halves_towards_the_prior_every_half_life_without_confirmation():
    strong = row(helpful_count=6, reuse_count=5, resolution_count=5, resolution_seconds_total=1500, confidence=0.9)
    fresh = quality(strong, NOW, POLICY)
    month = quality(strong, NOW + 30 * DAY, POLICY)
    assert fresh.effective > 0.8
    assert abs((month.effective - PRIOR) - (fresh.effective - PRIOR) / 2) < 1e-9


def test_an_unrated_case_confirmed_long_ago_keeps_the_no_evidence_score_not_zero():
    old = quality(row(), NOW + 2 * 365 * DAY, POLICY)
    assert abs(old.effective - PRIOR) < 0.01 and old.stale


def test_case_unconfirmed_past_the_revalidation_period_is_stale():
    assert not quality(row(), NOW + 59 * DAY, POLICY).stale
    assert quality(row(), NOW + 61 * DAY, POLICY).stale
    assert not quality(row(last_confirmed_at=NOW + 60 * DAY), NOW + 61 * DAY, POLICY).stale


def test_a_quick_fix_beats_a_slow_one_and_any_known_fix_beats_an_unknown_time_or_no_fix():
    quick = quality(row(resolution_count=1, resolution_seconds_total=300), NOW, POLICY)
    slow = quality(row(resolution_count=1, resolution_seconds_total=60 * 86400), NOW, POLICY)
    unknown = quality(row(), NOW, POLICY)
    unresolved = quality(row(outcome='{"status": "not_resolved"}'), NOW, POLICY)
    assert quick.speed > 0.9 > slow.speed >= unknown.speed == 0.5 > unresolved.speed == 0.0
    assert slow.score >= unknown.score > unresolved.score


def test_a_failure_newer_than_the_last_success_halves_quality_and_flags_stale():
    ok = row(reuse_count=1, last_success_at=NOW - 10)
    failed = quality({**ok, "last_failed_at": NOW - 5}, NOW, POLICY)
    recovered = quality({**ok, "last_failed_at": NOW - 20}, NOW, POLICY)
    assert failed.contradicted and failed.stale and not recovered.contradicted
    assert abs(failed.effective - quality(ok, NOW, POLICY).effective / 2) < 1e-9


counts = st.integers(min_value=0, max_value=1000)


@given(counts, counts, counts, counts, st.floats(0, 1), st.floats(0, 365 * DAY))
def test_quality_stays_between_zero_and_one(h, p, n, reuse, conf, age):
    q = quality(row(helpful_count=h, partial_count=p, not_helpful_count=n, reuse_count=reuse, confidence=conf,
                    last_confirmed_at=NOW - age), NOW, POLICY)
    assert 0.0 <= q.effective <= 1.0 and 0.0 <= q.score <= 1.0
    assert min(q.score, PRIOR) - 1e-9 <= q.effective <= max(q.score, PRIOR) + 1e-9


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
