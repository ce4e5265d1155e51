"""Intent clusters: which differently worded questions mean the same thing, without being told how many.

Chosen by measurement on CLINC150 (bench/intents.py, figures in bench/RESULTS.md): HDBSCAN
finds the dense cores of each intent and so decides how many intents there are; k-means started
from those cores then gives every question its nearest intent; a question whose cosine similarity
to its centroid stays under ``floor`` is left unassigned (noise). Measured alternatives: HDBSCAN
alone leaves about a third of the questions as noise; agglomerative clustering with a fixed distance
threshold (ward or average linkage) either needs the threshold tuned per data-set size or loses
0.1 of ARI; a cut by mean within-cluster similarity splits loose intents into many pieces.

Between batch runs a new question is assigned to the nearest centroid and flagged low-confidence
when it is less similar than most of that cluster's own members were (out-of-scope questions land
there), and cluster ids are carried over from the previous run by member overlap, so dashboards
and stored patterns keep their ids when the clusters barely move.

Vectors are rows of unit length (cosine similarity is a dot product), as `exporter.text.embeddings` gives.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

__all__ = [
    "Assignment",
    "Cluster",
    "Clustering",
    "assign",
    "cluster_intents",
    "default_min_cluster_size",
    "distinctive_terms",
    "stable_ids",
]

FLOOR = 0.4  # below this cosine similarity to every centroid a question is not an intent we know
LOW_CONFIDENCE_QUANTILE = 0.1  # a new question less similar than 90% of the cluster's members is flagged
MAX_POINTS = 6000  # the HDBSCAN step holds an n x n distance matrix: 6000 points is 288 MB

_WORD = re.compile(r"[a-z][a-z0-9_'-]+")
_STOP = ENGLISH_STOP_WORDS | {"please", "show", "tell", "whats", "what's"}


@dataclass(frozen=True)
class Cluster:
    """One intent.

    Attributes
    ----------
    label : int
        Index in `Clustering.clusters` and the value in `Clustering.labels` (not a stable id: see
        `stable_ids`).
    members : numpy.ndarray
        Row indices of the questions assigned to it.
    centroid : numpy.ndarray
        Unit-length mean of its members' vectors.
    representative : int
        Row index of the member closest to the centroid: the question shown as its label.
    threshold : float
        Similarity under which a later question assigned here is flagged low-confidence.
    cohesion : float
        Mean member-to-centroid similarity (1 = identical questions).
    terms : tuple of str
        Its most distinctive words by class-based TF-IDF, when texts were given.
    """

    label: int
    members: np.ndarray
    centroid: np.ndarray
    representative: int
    threshold: float
    cohesion: float
    terms: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        return int(len(self.members))


@dataclass(frozen=True)
class Assignment:
    """Where each question went: ``labels`` (-1 = unassigned), ``similarity`` to that centroid, flags."""

    labels: np.ndarray
    similarity: np.ndarray
    low_confidence: np.ndarray

    @property
    def unassigned_ratio(self) -> float:
        return float(np.mean(self.labels < 0)) if len(self.labels) else 0.0


@dataclass(frozen=True)
class Clustering:
    clusters: list[Cluster]
    assignment: Assignment

    @property
    def labels(self) -> np.ndarray:
        return self.assignment.labels

    @property
    def noise_ratio(self) -> float:
        return self.assignment.unassigned_ratio

    def centroids(self) -> np.ndarray:
        if not self.clusters:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([c.centroid for c in self.clusters])

    def thresholds(self) -> np.ndarray:
        return np.array([c.threshold for c in self.clusters], dtype=np.float64)


def default_min_cluster_size(n: int) -> int:
    """How many questions make an intent: grows slowly with the batch (8 at 4,500 questions)."""
    return int(max(3, round(0.12 * np.sqrt(max(n, 1)))))


def cluster_intents(
    vectors: np.ndarray,
    texts: Sequence[str] | None = None,
    *,
    min_cluster_size: int | None = None,
    min_samples: int = 2,
    floor: float = FLOOR,
    pca_dims: int = 50,
    seed: int = 0,
) -> Clustering:
    """Cluster question vectors into intents without knowing how many there are.

    Parameters
    ----------
    vectors : numpy.ndarray, shape (n, d)
        Unit-length embeddings, one row per (distinct) question.
    texts : sequence of str, optional
        The questions, for the clusters' distinctive terms.
    min_cluster_size : int, optional
        Smallest group of questions that counts as an intent; `default_min_cluster_size(n)` if None.
    floor : float
        Cosine similarity to the centroid under which a question stays unassigned.

    Returns
    -------
    Clustering
        Clusters ordered by size (largest first) and each row's assignment. With fewer than
        ``2 * min_cluster_size`` rows, or more than `MAX_POINTS`, see the notes below.

    Notes
    -----
    Above `MAX_POINTS` rows a seeded sample of that size is clustered and the rest are assigned
    with `assign`, which keeps memory bounded (the sample's distance matrix) and time near-linear.
    """
    from sklearn.cluster import HDBSCAN, KMeans
    from sklearn.decomposition import PCA

    x = np.asarray(vectors, dtype=np.float32)
    n = len(x)
    mcs = min_cluster_size or default_min_cluster_size(n)
    empty = Assignment(np.full(n, -1), np.zeros(n), np.zeros(n, dtype=bool))
    if n < max(2 * mcs, 4):
        return Clustering([], empty)
    rng = np.random.default_rng(seed)
    fit_rows = np.sort(rng.choice(n, MAX_POINTS, replace=False)) if n > MAX_POINTS else np.arange(n)
    fx = x[fit_rows]
    reduced = fx
    if pca_dims and fx.shape[1] > pca_dims and len(fx) > pca_dims:
        reduced = PCA(pca_dims, random_state=seed).fit_transform(fx)
        reduced /= np.maximum(np.linalg.norm(reduced, axis=1, keepdims=True), 1e-12)
    dist = np.clip(1.0 - reduced @ reduced.T, 0.0, 2.0).astype(np.float64)
    np.fill_diagonal(dist, 0.0)
    cores = HDBSCAN(min_cluster_size=mcs, min_samples=min_samples, metric="precomputed", copy=True).fit(dist).labels_
    del dist
    k = int(cores.max()) + 1
    if k == 0:
        return Clustering([], empty)
    init = _unit(np.stack([fx[cores == c].mean(axis=0) for c in range(k)]))
    km = KMeans(k, init=init, n_init=1, max_iter=100, random_state=seed).fit(fx)
    centroids = _unit(km.cluster_centers_.astype(np.float32))
    sims = x @ centroids.T
    labels = sims.argmax(axis=1)
    best = sims[np.arange(n), labels]
    labels = np.where(best >= floor, labels, -1)
    return _build(x, texts, labels, best, floor, seed)


def _build(
    x: np.ndarray, texts: Sequence[str] | None, labels: np.ndarray, best: np.ndarray, floor: float, seed: int
) -> Clustering:
    """Recompute centroids from the final members, order clusters by size, attach labels and terms."""
    present = [c for c in np.unique(labels) if c >= 0]
    present.sort(key=lambda c: (-int(np.sum(labels == c)), int(c)))
    remap = np.full(int(labels.max()) + 2 if len(labels) else 1, -1)
    for new, old in enumerate(present):
        remap[old] = new
    labels = np.where(labels >= 0, remap[np.maximum(labels, 0)], -1)
    terms = distinctive_terms(texts, labels) if texts is not None else {}
    clusters = []
    for c in range(len(present)):
        members = np.flatnonzero(labels == c)
        centroid = _unit(x[members].mean(axis=0, keepdims=True))[0]
        own = x[members] @ centroid
        clusters.append(
            Cluster(
                label=c,
                members=members,
                centroid=centroid,
                representative=int(members[int(np.argmax(own))]),
                threshold=float(max(floor, np.quantile(own, LOW_CONFIDENCE_QUANTILE))),
                cohesion=float(own.mean()),
                terms=tuple(terms.get(c, ())),
            )
        )
    sim = np.where(labels >= 0, best, 0.0)
    low = np.zeros(len(labels), dtype=bool)
    for cl in clusters:
        low[cl.members] = sim[cl.members] < cl.threshold
    return Clustering(clusters, Assignment(labels, sim, low))


def assign(
    vectors: np.ndarray, centroids: np.ndarray, thresholds: np.ndarray, floor: float = FLOOR
) -> Assignment:
    """Assign new questions to existing clusters between batch runs.

    A question goes to its most similar centroid; under ``floor`` it stays unassigned (-1); under
    that cluster's own threshold it is assigned but flagged low-confidence, so callers can treat it
    as "probably this intent" rather than as a known one.
    """
    x = np.asarray(vectors, dtype=np.float32)
    if len(x) == 0 or len(centroids) == 0:
        return Assignment(np.full(len(x), -1), np.zeros(len(x)), np.zeros(len(x), dtype=bool))
    sims = x @ np.asarray(centroids, dtype=np.float32).T
    best_label = sims.argmax(axis=1)
    best = sims[np.arange(len(x)), best_label].astype(np.float64)
    labels = np.where(best >= floor, best_label, -1)
    low = (labels >= 0) & (best < np.asarray(thresholds)[best_label])
    return Assignment(labels, np.where(labels >= 0, best, 0.0), low)


def stable_ids(
    previous: Mapping[int, Collection[str]],
    current: Sequence[Collection[str]],
    min_jaccard: float = 0.3,
) -> list[int]:
    """Carry cluster ids over from the previous run by member overlap.

    Parameters
    ----------
    previous : mapping of id to member keys
        The last run's clusters (member keys are anything stable: question hashes, row ids).
    current : sequence of member-key collections
        This run's clusters, in their order.
    min_jaccard : float
        Overlap a pair needs to count as the same cluster; below it the new cluster gets a new id.

    Returns
    -------
    list of int
        One id per current cluster: the matched previous id, or a fresh one above every id used.
    """
    prev_ids = list(previous)
    prev_sets = [set(previous[i]) for i in prev_ids]
    cur_sets = [set(c) for c in current]
    out: list[int | None] = [None] * len(cur_sets)
    if prev_sets and cur_sets:
        jac = np.zeros((len(cur_sets), len(prev_sets)))
        for a, cs in enumerate(cur_sets):
            for b, ps in enumerate(prev_sets):
                inter = len(cs & ps)
                if inter:
                    jac[a, b] = inter / len(cs | ps)
        rows, cols = linear_sum_assignment(-jac)
        for a, b in zip(rows.tolist(), cols.tolist(), strict=True):
            if jac[a, b] >= min_jaccard:
                out[a] = prev_ids[b]
    nxt = max(prev_ids, default=-1) + 1
    ids: list[int] = []
    for value in out:
        if value is None:
            value, nxt = nxt, nxt + 1
        ids.append(int(value))
    return ids


def distinctive_terms(texts: Sequence[str], labels: np.ndarray, top: int = 5) -> dict[int, list[str]]:
    """Class-based TF-IDF (Grootendorst, BERTopic): words frequent in one cluster and rare in the others.

    Each cluster's questions are joined into one document; a term's weight is its frequency there
    times ``log(1 + A / f)``, where A is the mean number of words per cluster and f the term's
    frequency over all clusters.
    """
    labels = np.asarray(labels)
    keys = sorted(int(c) for c in np.unique(labels) if c >= 0)
    if not keys:
        return {}
    vocab: dict[str, int] = {}
    rows: list[dict[int, int]] = [dict() for _ in keys]
    pos = {c: i for i, c in enumerate(keys)}
    for text, lab in zip(texts, labels.tolist(), strict=True):
        if lab < 0:
            continue
        row = rows[pos[lab]]
        for word in _WORD.findall(text.lower()):
            if word in _STOP or word.isdigit():
                continue
            j = vocab.setdefault(word, len(vocab))
            row[j] = row.get(j, 0) + 1
    if not vocab:
        return {c: [] for c in keys}
    tf = np.zeros((len(keys), len(vocab)))
    for i, row in enumerate(rows):
        for j, cnt in row.items():
            tf[i, j] = cnt
    words_per_class = tf.sum(axis=1, keepdims=True)
    freq = tf / np.maximum(words_per_class, 1)
    avg = words_per_class.mean()
    weight = freq * np.log1p(avg / np.maximum(tf.sum(axis=0), 1))
    names = np.array(sorted(vocab, key=vocab.get))
    out = {}
    for i, c in enumerate(keys):
        order = np.argsort(-weight[i], kind="stable")[:top]
        out[c] = [str(names[j]) for j in order if weight[i, j] > 0]
    return out


def _unit(m: np.ndarray) -> np.ndarray:
    return (m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)).astype(np.float32)
