"""Intent clustering on CLINC150 without being told the number of intents.

Clusters the 4,500 in-scope test questions with `detectors.clustering.cluster_intents` and reports
ARI, NMI and the share left unassigned, beside k-means given the true k (150) in the same run. Then
assigns, as between batch runs, the 1,000 out-of-scope questions (``oos_test``) and the 3,000
in-scope validation questions: out-of-scope ones should mostly be unassigned or flagged
low-confidence, in-scope ones mostly not.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/intents.py [--data ../shared/data/intents/clinc150.json]

Embeddings are cached in var/clinc150-embeddings.npz (about 15 s to compute once).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from detectors.clustering import assign, cluster_intents

ROOT = Path(__file__).resolve().parent.parent


def embeddings(data: dict, cache: Path) -> dict[str, np.ndarray]:
    if cache.exists():
        got = np.load(cache)
        if all(len(got[s]) == len(data[s]) for s in ("test", "val", "oos_test")):
            return {s: got[s] for s in ("test", "val", "oos_test")}
    from exporter.embeddings import embed

    t0 = time.perf_counter()
    out = {s: embed([q for q, _ in data[s]], batch_size=128) for s in ("test", "val", "oos_test")}
    print(f"embedded {sum(len(v) for v in out.values())} questions in {time.perf_counter() - t0:.1f}s")
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, **out)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared/data/intents/clinc150.json"))
    ap.add_argument("--cache", default=str(ROOT / "var/clinc150-embeddings.npz"))
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


if __name__ == "__main__":
    main()
