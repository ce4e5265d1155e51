"""Subjects: what questions are about, across wording, services, hosts and time ranges.

Intent clusters (`detectors.clustering`) are fine: "p95 for pricing today" and "is checkout laggy"
land apart because the names and the wording differ. A person means a *subject* (latency, disk
space, certificates), and habits, month-end spikes and knowledge gaps are stated per subject, or
one habit spreads over fourteen clusters and none of them is a habit. Subjects are found from the
structured reading of each question: its template with the org's names and time ranges slotted
(`detectors.templates`, `detectors.entities`), each slot read as its plain kind ("how slow is
service"), embedded, and grouped by average-linkage agglomeration with a cosine distance cut. The
cut was chosen on the dev seeds of bench/usage_eval.py (figures in bench/RESULTS.md).

Templates are few next to questions (one per wording), so the hierarchy is cheap; above
`MAX_TEMPLATES` the most asked are grouped and the rest join their nearest subject (or stay alone
under the cut).

The same tree cut higher (`BROAD_CUT`) gives each subject its *broad* group, nested by
construction: where MiniLM does not relate a piece of jargon to its plain wording ("nxdomain for
service" and "dns lookups failing"), the two are separate subjects but one broad group. Habits are
looked for in subjects first and in broad groups only where a subject alone shows none (a person
who alternates the two wordings week by week); a knowledge gap and a person's month-end spike are
reported once per broad group. Where even the broad cut keeps two wordings apart, the habit pass
joins a person's subjects by time instead (`exporter.usage.stage._together`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage

__all__ = ["BROAD_CUT", "CUT", "MAX_TEMPLATES", "Subjects", "group_subjects", "reading"]

CUT = 0.6  # cosine distance: templates closer than this (average linkage) share a subject (dev ARI 0.74)
BROAD_CUT = 0.75  # the next level up, for habits, month ends and one gap per group (dev seeds: bench/RESULTS.md, issue 16)
MAX_TEMPLATES = 3000
_PLAIN = {
    "service": "service", "host": "server", "database": "database", "queue": "queue", "namespace": "namespace",
}
_SLOT = re.compile(r"\{([a-z_]+)\}")


def reading(template: str) -> str:
    """A template as plain words for embedding: a name slot becomes its kind, other slots go."""
    out = _SLOT.sub(lambda m: _PLAIN.get(m.group(1), ""), template)
    return re.sub(r"\s+", " ", out).strip() or template


@dataclass(frozen=True)
class Subjects:
    """``labels[i]``: the subject of template i (0..k-1, largest first by weight); ``broad[j]``: the
    broad group of subject j (the same tree cut at `BROAD_CUT`)."""

    labels: np.ndarray
    centroids: np.ndarray
    broad: np.ndarray

    @property
    def count(self) -> int:
        return int(len(self.centroids))


def group_subjects(
    vectors: np.ndarray, weights: np.ndarray | None = None, *, cut: float = CUT, broad_cut: float = BROAD_CUT
) -> Subjects:
    """Group template vectors (unit rows) into subjects.

    Parameters
    ----------
    vectors : numpy.ndarray, shape (n, d)
        One unit-length row per distinct template reading.
    weights : numpy.ndarray, shape (n,), optional
        How often each template was asked; decides which templates are grouped when there are more
        than `MAX_TEMPLATES`, and the order of the subjects.
    cut : float
        Cosine distance at which the average-linkage tree is cut.
    broad_cut : float
        The higher cut of the same tree that gives the broad groups (``>= cut``).
    """
    x = np.asarray(vectors, dtype=np.float32)
    n = len(x)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Subjects(empty, np.zeros((0, x.shape[1] if x.ndim == 2 else 0)), empty)
    order = np.argsort(-w, kind="stable")
    core = order[:MAX_TEMPLATES]
    labels = np.full(n, -1, dtype=np.int64)
    if len(core) == 1:
        labels[core] = 0
        wide = np.zeros(1, dtype=np.int64)
    else:
        tree = linkage(x[core].astype(np.float64), method="average", metric="cosine")
        labels[core] = fcluster(tree, t=cut, criterion="distance") - 1
        wide = fcluster(tree, t=max(cut, broad_cut), criterion="distance") - 1
    k = int(labels.max()) + 1
    broad = np.zeros(k, dtype=np.int64)
    broad[labels[core]] = wide  # nested cuts of one tree: every template of a subject has one broad group
    cents = _centroids(x, labels, k)
    rest = order[MAX_TEMPLATES:]
    if len(rest):
        sims = x[rest] @ cents.T
        best = sims.argmax(axis=1)
        near = sims[np.arange(len(rest)), best] >= 1 - cut
        labels[rest] = np.where(near, best, k + np.arange(len(rest)))
        alone = int(labels.max()) + 1 - k
        broad = np.concatenate([broad, broad.max() + 1 + np.arange(alone)])
        k = int(labels.max()) + 1
        cents = _centroids(x, labels, k)
    # largest subject first
    mass = np.bincount(labels, weights=w, minlength=k)
    rank = np.empty(k, dtype=np.int64)
    rank[np.argsort(-mass, kind="stable")] = np.arange(k)
    labels = rank[labels]
    ranked_broad = np.empty(k, dtype=np.int64)
    ranked_broad[rank] = broad
    return Subjects(labels, _centroids(x, labels, k), ranked_broad)


def _centroids(x: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    sums = np.zeros((k, x.shape[1]), dtype=np.float64)
    np.add.at(sums, labels, x)
    return (sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)).astype(np.float32)
