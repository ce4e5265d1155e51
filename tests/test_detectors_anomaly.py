import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.anomaly import StreamingAnomalyScorer, anomaly_scores


def noisy(seed: int, n: int = 600) -> np.ndarray:
    return np.random.default_rng(seed).normal(100.0, 5.0, n)


def test_injected_spike_scores_highest():
    x = noisy(0)
    x[400] += 80
    scores = anomaly_scores(x)
    assert int(np.argmax(scores)) == 400 and scores[400] > 0.5


def test_streaming_and_batch_give_the_same_scores():
    x = noisy(1, 300)
    ts = pd.date_range("2024-01-01", periods=len(x), freq="5min", tz="UTC")
    scorer = StreamingAnomalyScorer()
    streamed = [scorer.update(v, t) for v, t in zip(x, ts, strict=True)]
    np.testing.assert_array_equal(streamed, anomaly_scores(x, ts))


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 299))
def test_a_score_never_depends_on_later_points(seed, k):
    x = noisy(seed, 300)
    x[seed % 300] += 50
    np.testing.assert_array_equal(anomaly_scores(x[:k]), anomaly_scores(x)[:k])


def test_flat_constant_and_empty_series_score_zero():
    assert anomaly_scores([]).size == 0
    assert not anomaly_scores(np.full(400, 7.0)).any()
    assert not anomaly_scores([1.0, 2.0]).any()


def test_nan_gaps_score_zero_and_do_not_raise():
    x = noisy(2)
    x[100:120] = np.nan
    scores = anomaly_scores(x)
    assert np.all(scores[100:120] == 0) and np.all(np.isfinite(scores))


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 10_000), st.floats(1e-3, 1e4))
def test_scaling_values_keeps_the_alarm_where_it_was(seed, scale):
    x = noisy(seed)
    x[450] += 100
    assert int(np.argmax(anomaly_scores(x * scale))) == int(np.argmax(anomaly_scores(x))) == 450
