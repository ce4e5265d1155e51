"""Intent clusters on small synthetic embeddings: found without k, ids kept across runs, new questions placed."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detectors.clustering import assign, cluster_intents, distinctive_terms, stable_ids

DIM = 32


def unit(m: np.ndarray) -> np.ndarray:
    return (m / np.linalg.norm(m, axis=1, keepdims=True)).astype(np.float32)


def intents(seed: int, k: int = 6, per: int = 25, spread: float = 0.5):
    """``k`` intents of ``per`` questions each: unit vectors about 0.9 cosine from random centres."""
    rng = np.random.default_rng(seed)
    centres = unit(rng.normal(size=(k, DIM)))
    truth = np.repeat(np.arange(k), per)
    x = unit(centres[truth] + spread * rng.normal(size=(k * per, DIM)) / np.sqrt(DIM))
    return x, truth, centres, rng


def purity(labels: np.ndarray, truth: np.ndarray) -> float:
    kept = labels >= 0
    hits = sum(np.bincount(truth[kept & (labels == c)]).max() for c in np.unique(labels[kept]))
    return hits / max(kept.sum(), 1)


def test_finds_the_intents_without_being_told_how_many():
    x, truth, _, _ = intents(1, k=6)
    texts = [f"question about topic{t} number {i}" for i, t in enumerate(truth)]
    result = cluster_intents(x, texts, min_cluster_size=5)
    assert len(result.clusters) == 6
    assert result.noise_ratio <= 0.05
    assert purity(result.labels, truth) >= 0.98
    sizes = [c.size for c in result.clusters]
    assert sizes == sorted(sizes, reverse=True) and sum(sizes) == int((result.labels >= 0).sum())
    for c in result.clusters:
        topic = np.bincount(truth[c.members]).argmax()
        assert c.terms[0] == f"topic{topic}"  # the distinctive word, not the shared ones
        assert result.labels[c.representative] == c.label
        assert 0 < c.threshold <= c.cohesion <= 1


def test_far_off_question_is_left_unassigned():
    x, truth, centres, rng = intents(2)
    outlier = unit(rng.normal(size=(1, DIM)) - centres.sum(axis=0, keepdims=True))
    result = cluster_intents(np.vstack([x, outlier]), min_cluster_size=5)
    assert result.labels[-1] == -1


def test_new_question_goes_to_its_intent_and_an_odd_one_is_flagged_or_left_out():
    x, truth, centres, rng = intents(3)
    result = cluster_intents(x, min_cluster_size=5)
    label_of = {int(np.bincount(truth[c.members]).argmax()): c.label for c in result.clusters}
    close = unit(centres[[4]] + 0.02 * rng.normal(size=(1, DIM)))
    between = unit(centres[[0]] + centres[[1]])
    unrelated = unit(rng.normal(size=(1, DIM)) - centres.sum(axis=0, keepdims=True))
    a = assign(np.vstack([close, between, unrelated]), result.centroids(), result.thresholds())
    assert a.labels[0] == label_of[4] and not a.low_confidence[0]
    assert a.labels[1] in (label_of[0], label_of[1]) and a.low_confidence[1]
    assert a.labels[2] == -1 and not a.low_confidence[2]
    assert a.similarity[0] > a.similarity[1] > a.similarity[2] == 0.0


def test_ids_are_carried_over_by_member_overlap_and_new_clusters_get_new_ids():
    previous = {3: {"a", "b", "c", "d"}, 7: {"e", "f", "g"}, 9: {"x", "y"}}
    current = [{"e", "f", "g", "h"}, {"a", "b", "c"}, {"p", "q", "r"}]
    assert stable_ids(previous, current) == [7, 3, 10]


def test_clusters_of_a_rerun_keep_their_ids():
    x, truth, _, rng = intents(4, k=5)
    keys = [f"q{i}" for i in range(len(x))]
    first = cluster_intents(x, min_cluster_size=5)
    ids1 = stable_ids({}, [[keys[i] for i in c.members] for c in first.clusters])
    prev = {i: [keys[m] for m in c.members] for i, c in zip(ids1, first.clusters, strict=True)}
    # the next run sees most of the same questions plus a few new ones, in another order
    extra, _, _, _ = intents(4, k=5, per=3)
    order = rng.permutation(len(x))
    x2 = np.vstack([x[order], extra])
    keys2 = [keys[i] for i in order] + [f"new{i}" for i in range(len(extra))]
    second = cluster_intents(x2, min_cluster_size=5, seed=3)
    ids2 = stable_ids(prev, [[keys2[i] for i in c.members] for c in second.clusters])
    topic_id1 = {
        int(np.bincount(truth[c.members]).argmax()): i for i, c in zip(ids1, first.clusters, strict=True)
    }
    truth2 = np.concatenate([truth[order], np.repeat(np.arange(5), 3)])
    topic_id2 = {
        int(np.bincount(truth2[c.members]).argmax()): i for i, c in zip(ids2, second.clusters, strict=True)
    }
    assert topic_id1 == topic_id2


@settings(max_examples=30, deadline=None)
@given(
    sets=st.lists(st.sets(st.integers(0, 40), min_size=1, max_size=8), min_size=0, max_size=6),
    seed=st.integers(0, 1000),
)
def test_stable_ids_are_unique_and_an_unchanged_run_keeps_every_id(sets, seed):
    rng = np.random.default_rng(seed)
    ids = rng.choice(100, len(sets), replace=False).tolist()
    previous = dict(zip(ids, sets, strict=True))
    order = rng.permutation(len(sets)).tolist()
    again = stable_ids(previous, [sets[i] for i in order])
    assert len(set(again)) == len(again)
    for i, got in zip(order, again, strict=True):
        # identical member sets map to their own id unless another previous cluster had the same members
        assert got == ids[i] or any(sets[j] == sets[i] for j in range(len(sets)) if j != i)
    fresh = stable_ids(previous, [{1000 + i} for i in range(3)])
    assert fresh == list(range(max(ids, default=-1) + 1, max(ids, default=-1) + 4))


@pytest.mark.parametrize("n", [0, 1, 5])
def test_empty_and_tiny_batches_give_no_clusters(n):
    x = unit(np.random.default_rng(5).normal(size=(n, DIM))) if n else np.zeros((0, DIM), np.float32)
    result = cluster_intents(x, [""] * n)
    assert result.clusters == [] and list(result.labels) == [-1] * n
    assert result.noise_ratio == (1.0 if n else 0.0)
    a = assign(x, result.centroids(), result.thresholds())
    assert list(a.labels) == [-1] * n


def test_distinctive_terms_skip_stop_words_and_unassigned():
    terms = distinctive_terms(
        ["show the disk usage", "disk full on db", "the cert expires", "cert renewal", "random noise"],
        np.array([0, 0, 1, 1, -1]),
    )
    assert terms[0][0] == "disk" and terms[1][0] == "cert"
    assert "the" not in terms[0] + terms[1] and "random" not in terms[0] + terms[1]
