"""Intent clustering on CLINC150 without being told the number of intents.

Clusters the 4,500 in-scope test questions with `detectors.clustering.cluster_intents` and reports
ARI, NMI and the share left unassigned, beside k-means given the true k (150) in the same run. Then
assigns, as between batch runs, the 1,000 out-of-scope questions (``oos_test``) and the 3,000
in-scope validation questions: out-of-scope ones should mostly be unassigned or flagged
low-confidence, in-scope ones mostly not.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/intents.py [--data ../shared/data/intents/clinc150.json] [--compare]

``--compare`` also measures the alternatives the choice was made against: HDBSCAN alone (noise as
found), agglomerative clustering with a cosine distance threshold (average and complete linkage,
a few thresholds) and the same followed by dropping members under ``FLOOR`` from their centroid.

Embeddings are cached in /tmp/clinc150-embeddings.npz (about 15 s to compute once).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from detectors.clustering import FLOOR, assign, cluster_intents

ROOT = Path(__file__).resolve().parent.parent


def embeddings(data: dict, cache: Path) -> dict[str, np.ndarray]:
    if cache.exists():
        got = np.load(cache)
        if all(len(got[s]) == len(data[s]) for s in ("test", "val", "oos_test")):
            return {s: got[s] for s in ("test", "val", "oos_test")}
    from exporter.text.embeddings import embed

    t0 = time.perf_counter()
    out = {s: embed([q for q, _ in data[s]], batch_size=128) for s in ("test", "val", "oos_test")}
    print(f"embedded {sum(len(v) for v in out.values())} questions in {time.perf_counter() - t0:.1f}s")
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, **out)
    return out


def scores(truth: np.ndarray, labels: np.ndarray) -> str:
    kept = labels >= 0
    k = len(set(labels[kept].tolist()))
    return (
        f"clusters {k:4d}  ARI {adjusted_rand_score(truth[kept], labels[kept]):.3f}  "
        f"NMI {normalized_mutual_info_score(truth[kept], labels[kept]):.3f}  unassigned {1 - kept.mean():.3f}"
    )


def drop_far(x: np.ndarray, labels: np.ndarray, floor: float = FLOOR) -> np.ndarray:
    """Members less similar than ``floor`` to their cluster's centroid become noise, as ours does."""
    out = labels.copy()
    for c in np.unique(labels[labels >= 0]):
        m = labels == c
        centre = x[m].mean(axis=0)
        centre /= np.linalg.norm(centre)
        out[np.flatnonzero(m)[x[m] @ centre < floor]] = -1
    return out


def seeded_kmeans(x: np.ndarray, seeds: np.ndarray, floor: float = FLOOR) -> np.ndarray:
    """k-means started from the given clusters' centroids, members under ``floor`` unassigned."""
    keep = [c for c in np.unique(seeds) if c >= 0]
    init = np.stack([x[seeds == c].mean(axis=0) for c in keep])
    init /= np.linalg.norm(init, axis=1, keepdims=True)
    centres = KMeans(len(keep), init=init, n_init=1, max_iter=100, random_state=0).fit(x).cluster_centers_
    sims = x @ (centres / np.linalg.norm(centres, axis=1, keepdims=True)).T
    return np.where(sims.max(axis=1) >= floor, sims.argmax(axis=1), -1)


def compare(x: np.ndarray, truth: np.ndarray) -> None:
    from sklearn.cluster import HDBSCAN, AgglomerativeClustering

    from detectors.clustering import default_min_cluster_size

    mcs = default_min_cluster_size(len(x))
    dist = np.clip(1.0 - x @ x.T, 0.0, 2.0).astype(np.float64)
    np.fill_diagonal(dist, 0.0)
    t0 = time.perf_counter()
    hd = HDBSCAN(min_cluster_size=mcs, min_samples=2, metric="precomputed", copy=True).fit(dist).labels_
    print(
        f"  HDBSCAN alone (min_cluster_size {mcs}):  {scores(truth, hd)}  ({time.perf_counter() - t0:.1f}s)"
    )
    for linkage, thresholds in (("average", (0.5, 0.6, 0.7)), ("complete", (0.8, 0.9, 1.0))):
        for t in thresholds:
            t0 = time.perf_counter()
            ag = AgglomerativeClustering(
                n_clusters=None, distance_threshold=t, metric="precomputed", linkage=linkage
            ).fit_predict(dist)
            took = time.perf_counter() - t0
            # singletons and pairs are not intents: count clusters under min_cluster_size as noise
            sizes = np.bincount(ag)
            ag = np.where(sizes[ag] >= mcs, ag, -1)
            print(f"  agglomerative {linkage:8s} t={t:.1f}:  {scores(truth, ag)}  ({took:.1f}s)")
            print(
                f"    + members under {FLOOR} of their centroid as noise:  {scores(truth, drop_far(x, ag))}"
            )
            if linkage == "average":
                print(
                    f"    as seeds of k-means (as ours seeds from HDBSCAN):  {scores(truth, seeded_kmeans(x, ag))}"
                )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/intents/clinc150.json"))
    ap.add_argument("--cache", default="/tmp/clinc150-embeddings.npz")
    ap.add_argument("--compare", action="store_true", help="also measure the alternatives")
    args = ap.parse_args()
    data = json.loads(Path(args.data).read_text())
    vec = embeddings(data, Path(args.cache))
    x, truth = vec["test"], np.array([label for _, label in data["test"]])
    texts = [q for q, _ in data["test"]]

    t0 = time.perf_counter()
    km = KMeans(len(set(truth)), n_init=3, random_state=0).fit_predict(x)
    t_km = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = cluster_intents(x, texts)
    t_ours = time.perf_counter() - t0
    labels = result.labels
    kept = labels >= 0

    print(f"questions: {len(x)}, true intents: {len(set(truth))}")
    print(
        f"k-means (true k=150):  ARI {adjusted_rand_score(truth, km):.3f}  NMI {normalized_mutual_info_score(truth, km):.3f}"
        f"  unassigned 0.000  ({t_km:.1f}s)"
    )
    print(
        f"cluster_intents (k unknown): clusters {len(result.clusters)}  "
        f"ARI {adjusted_rand_score(truth[kept], labels[kept]):.3f}  "
        f"NMI {normalized_mutual_info_score(truth[kept], labels[kept]):.3f}  "
        f"unassigned {result.noise_ratio:.3f}  ({t_ours:.1f}s)"
    )
    print(
        "  counting unassigned as one extra cluster: "
        f"ARI {adjusted_rand_score(truth, labels):.3f}  NMI {normalized_mutual_info_score(truth, labels):.3f}"
    )
    centroids, thresholds = result.centroids(), result.thresholds()
    for name in ("oos_test", "val"):
        a = assign(vec[name], centroids, thresholds)
        un = float(np.mean(a.labels < 0))
        low = float(np.mean(a.low_confidence))
        print(
            f"assigned later, {name:8s}: unassigned {un:.3f}  low-confidence {low:.3f}  "
            f"left out or flagged {un + low:.3f}"
        )
    for c in result.clusters[:5]:
        print(f"  e.g. [{c.size}] {texts[c.representative]!r}  terms: {', '.join(c.terms)}")
    if args.compare:
        print("alternatives (k unknown; clusters smaller than min_cluster_size count as unassigned):")
        compare(x, truth)


if __name__ == "__main__":
    main()
