"""CAD OSE (detectors.context_anomaly): it learns sequences, rests after alarms, never peeks ahead,
and gives the published detector's detections on a NAB file."""

import json
from pathlib import Path

import numpy as np
import pandas as pd

from detectors.context_anomaly import ContextAnomalyDetector, context_scores, rest_period

PATTERN = [0, 2, 4, 6, 7, 5, 3, 1]


def test_a_learned_sequence_scores_nothing_and_a_broken_step_scores_high():
    x = np.array(PATTERN * 40, float)
    assert context_scores(x, rest=10, value_range=(0, 7))[100:].max() == 0.0
    x[301] = 0.0  # 5 expected after 7; 0 was seen, but never after 7
    s = context_scores(x, rest=10, value_range=(0, 7))
    assert s[301] >= 0.75
    assert np.count_nonzero(s[100:] >= 0.75) == 1  # the only alarm; the relearning may score lower


def test_a_running_range_finds_the_same_broken_step():
    x = np.array(PATTERN * 40, float)
    x[301] = 0.0
    s = context_scores(x, rest=10)
    assert int(np.argmax(s)) == 301 and s[301] >= 0.75


def test_nothing_scores_during_the_rest_after_an_alarm():
    x = np.random.default_rng(0).integers(0, 8, 400).astype(float)
    rest = 10
    s = context_scores(x, rest=rest, value_range=(0, 7))
    assert s[:rest].max() == 0.0  # the published code starts resting
    alarms = np.flatnonzero(s >= 0.75)
    assert alarms.size
    for i in alarms:
        assert s[i + 1 : i + 1 + rest].max(initial=0.0) == 0.0
    assert np.count_nonzero(context_scores(x, rest=1, value_range=(0, 7))) > np.count_nonzero(s)


def test_a_score_never_depends_on_later_points():
    x = np.random.default_rng(3).normal(10.0, 2.0, 300)
    x[200] += 15
    full = context_scores(x, rest=10)
    for k in (50, 150, 201, 260):
        np.testing.assert_array_equal(context_scores(x[:k], rest=10), full[:k])


def test_rest_period_is_a_fifth_of_nabs_probationary_period():
    assert rest_period(4032) == 120
    assert rest_period(2500) == 75
    assert rest_period(20_000) == 150


NAB = Path(__file__).parent / "data" / "nab"  # an excerpt of NAB (its README says what and why)


def test_with_the_files_range_it_gives_the_published_detectors_detections():
    """numenta/NAB's contextOSE results on realTraffic/speed_7578 at its published threshold."""
    frame = pd.read_csv(NAB / "speed_7578.csv")
    peer = json.loads((NAB / "contextOSE_speed_7578.json").read_text())
    v = frame["value"].to_numpy(float)
    det = ContextAnomalyDetector((float(v.min()), float(v.max())), rest=rest_period(len(v)))
    s = np.array([det.update(x) for x in v])
    mine = pd.to_datetime(frame["timestamp"][s >= peer["threshold_standard"]]).tolist()
    published = pd.to_datetime(peer["detections_standard"]).tolist()
    assert len(published) == 8 and mine == published
