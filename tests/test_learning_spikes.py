"""Spike episodes come from the benchmarked anomaly detector: a burst several groups share is an
incident, a quiet org's ordinary hours are not, and the spike similarity is bounded."""

from __future__ import annotations

from exporter.demo.quiet import quiet_org
from exporter.learning import detect
from exporter.learning.params import LearningParams
from exporter.learning.recommend import MIN_SIMILARITY, _similarity
from exporter.learning.series import HOUR

NOW = 1_795_719_600.0  # a Thursday 17:00 UTC
PARAMS = LearningParams()


def test_a_quiet_org_has_no_incident_in_its_last_week():
    for seed in (1, 2, 3):
        series = quiet_org(seed, NOW, groups=12, days=28)
        found = detect.incidents(detect.analyse_series(series, NOW, PARAMS), PARAMS.spike_alpha)
        assert not [i for i in found if i.end > NOW - 7 * 24 * HOUR], seed


def test_a_burst_shared_by_three_groups_is_one_incident_naming_them_in_enough_orgs():
    """+6 alerts for two hours in three groups of a quiet org is one incident naming all three in >= 8 of 20 orgs.

    Round 12's test was one org (seed 4). Over seeds 0-19 of the same generator and planting the
    product finds exactly that incident in 9 (bench/RESULTS.md, round 13; NAB's choice at 0.272,
    which the product does not run: 8): where one of the three groups' own history already holds
    such hours it does not alarm, and two groups of twelve are not a coincidence the org's own
    alarm rate rules out. A stated rate, not a promise about every org; 8 is one below what the
    product does, so losing two orgs fails this test. Where it is found, it is found whole.
    """
    whole = 0
    for seed in range(20):
        series = quiet_org(seed, NOW, groups=12, days=28)
        burst = list(series.values)[:3]
        at = series.n_hours - 30  # yesterday, 11:00
        for label in burst:
            series.values[label][at : at + 2] += 6
        analyses = detect.analyse_series(series, NOW, PARAMS)
        found = [i for i in detect.incidents(analyses, PARAMS.spike_alpha) if i.end > NOW - 7 * 24 * HOUR]
        if len(found) == 1 and set(burst) <= set(found[0].groups):
            whole += 1
            assert found[0].start <= series.start + at * HOUR < found[0].end, seed
        assert all(0 <= a.anomaly_score < 1 for a in analyses)
    assert whole >= 8


def test_spike_similarity_is_bounded_and_identical_spikes_score_one():
    e = detect.Episode("a/warning/x", NOW, NOW + HOUR, 8, 1, 1e-5)
    f = detect.Episode("b/warning/y", NOW, NOW + HOUR, 4, 1, 1e-3)
    inc = detect.Incident(NOW, NOW + HOUR, [e, f], 1e-7)
    week_later = detect.Incident(NOW + 7 * 24 * HOUR, NOW + 7 * 24 * HOUR + HOUR,
                                 [detect.Episode(x.group, x.start + 7 * 24 * HOUR, x.end + 7 * 24 * HOUR, x.total,
                                                 x.expected, x.p_value) for x in (e, f)], 1e-7)
    assert abs(_similarity(inc, week_later) - 1.0) < 1e-9
    other = detect.Incident(NOW + 3 * HOUR, NOW + 4 * HOUR, [detect.Episode("c/warning/z", NOW, NOW, 50, 1, 1e-9)], 1e-9)
    assert 0.0 <= _similarity(inc, other) < MIN_SIMILARITY


def test_a_chance_coincidence_somewhere_in_a_quiet_week_is_not_an_incident():
    # Fifty quiet groups over eight weeks. Seed 4: seven groups' weak chance alarms on its last
    # Tuesday, p ~ 3e-4 for that window, but a week holds many places for one to start. Seed 18:
    # five groups on its last Monday, two of them among the org's strongest chance episodes of
    # the eight weeks; two such falling in the same hours somewhere in that time is not rare.
    now = 1_795_658_400.0  # Thursday 2026-11-26 02:00 UTC
    for seed in (4, 18):
        series = quiet_org(seed, now, groups=50, days=56)
        found = detect.incidents(detect.analyse_series(series, now, PARAMS), PARAMS.spike_alpha,
                                 PARAMS.spike_lookback_hours)
        assert not [i for i in found if i.end > now - 7 * 24 * HOUR], seed


def test_a_weak_alarm_two_hours_after_a_burst_does_not_join_it():
    series = quiet_org(4, NOW, groups=12, days=28)
    labels = list(series.values)
    burst, late = labels[:3], labels[3]
    at = series.n_hours - 30
    for label in burst:
        series.values[label][at - 3 : at + 5] = [0, 0, 0, 7, 6, 1, 0, 0]
    series.values[late][at - 3 : at + 5] = [0, 0, 0, 0, 0, 2, 0, 0]
    series.values[late][: at - 3] = 0.0  # a group that never alerts: its 2 alerts alarm on their own
    analyses = detect.analyse_series(series, NOW, PARAMS)
    late_eps = [e for a in analyses if a.group == late for e in a.episodes]
    assert late_eps and late_eps[0].start == series.start + (at + 2) * HOUR, "the late group alarms by itself"
    found = [i for i in detect.incidents(analyses, PARAMS.spike_alpha, PARAMS.spike_lookback_hours)
             if i.end > NOW - 7 * 24 * HOUR]
    assert len(found) == 1 and set(burst) <= set(found[0].groups)
    assert late not in found[0].groups
