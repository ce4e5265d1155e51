"""Would a SimHash first pass (random-hyperplane sign codes, a Hamming cut with a Binomial guarantee) shrink the
query-memory scan? Counts, without building it, the rows such a cut must keep.

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONPATH=$PWD .venv/bin/python bench/query_simhash_cut.py \
        [--cache /tmp/simhash_emb.npz]

Codes: sign(R v) for a seeded Gaussian R (384 x 384). For unit vectors at angle t each bit differs with
probability t/pi, independently, so a row's Hamming distance to the question is Binomial(384, t/pi). The lookup
needs the exact top k (k = `MemoryPolicy.candidates` = 10) whatever their cosine (a candidate far below the hit
guard can still be a partial, rules 3-4), so the cut is set from the k-th best cosine c: keep every row whose
distance is at most the Binomial(384, arccos(c)/pi) quantile with 1e-9 above it; a row at cosine >= c is then
dropped with probability <= 1e-9 (stochastic order), whatever the rows. This takes c as known (the best case:
a real pass would first have to find it); what it reports is the share of rows the cut keeps, each to be
rescored exactly.

Rows and questions: (1) the speed bench's: 100k random unit vectors, 100 random questions; (2) real questions,
each once: CLINC150 (../shared/data/intents/clinc150.json: test, val and oos_test, 8,500 utterances of a
banking/travel/small-talk assistant, not ops questions) plus the earlier question of every dev-split pair
(bench/data/query_pairs*, dev halves only), as rows; as questions the later question of each dev pair (not
among the rows) and the speed bench's 200 questions. No test or blind split is read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy.stats import binom

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import query_cache as qc  # noqa: E402

from exporter.text.embeddings import DIM, embed  # noqa: E402

K, DELTA = 10, 1e-9
CLINC = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "intents" / "clinc150.json"  # as bench/intents.py


def cut_for(cos: float) -> int:
    """The largest Hamming distance kept: P(Binomial(DIM, arccos(cos)/pi) > cut) <= DELTA."""
    return int(binom.isf(DELTA, DIM, np.arccos(np.clip(cos, -1, 1)) / np.pi))


def study(name: str, rows: np.ndarray, queries: np.ndarray, planes: np.ndarray) -> None:
    codes = np.packbits(rows @ planes.T > 0, axis=1)
    kept, kth = [], []
    for q in queries:
        c = float(np.partition(rows @ q, -K)[-K])
        d = np.bitwise_count(np.bitwise_xor(codes, np.packbits(planes @ q > 0)[None])).sum(axis=1)
        kept.append(np.mean(d <= cut_for(c)))
        kth.append(c)
    kept, kth = np.array(kept), np.array(kth)
    print(f"{name}: {len(rows)} rows, {len(queries)} questions; k-th best cosine p50 {np.median(kth):.3f} "
          f"p10 {np.percentile(kth, 10):.3f}; rows kept p50 {np.median(kept):.1%} p90 {np.percentile(kept, 90):.1%} "
          f"p99 {np.percentile(kept, 99):.1%}; questions keeping under 1/16 of the rows {np.mean(kept <= 1 / 16):.1%}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=None, help="keep the real embeddings here between runs")
    ap.add_argument("--clinc", type=Path, default=CLINC)
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        z = np.load(args.cache)
        rows, later, speed_q = z["rows"], z["queries"], z["speed"]
    else:
        clinc = json.loads(args.clinc.read_text())
        texts = sorted({t for part in clinc.values() for t, _ in part})
        pairs = qc.load_pairs(tuple(s for s in qc.SPLITS if s.startswith("dev")))
        earlier = sorted({p["a"]["q"] for p in pairs})
        later_q = sorted({p["b"]["q"] for p in pairs} - set(earlier))
        print(f"CLINC150 {len(texts)}, dev earlier questions {len(earlier)}, dev later questions {len(later_q)}")
        rows, later, speed_q = embed(texts + earlier), embed(later_q), embed(qc.speed_questions(200))
        if args.cache:
            np.savez(args.cache, rows=rows, queries=later, speed=speed_q)
    rng = np.random.default_rng(11)
    planes = rng.standard_normal((DIM, DIM)).astype(np.float32)
    for c in (0.19, 0.3, 0.5, 0.6, 0.7, 0.8):
        print(f"k-th best cosine {c}: cut {cut_for(c)} of {DIM} bits; a row at cosine 0 kept with probability "
              f"{binom.cdf(cut_for(c), DIM, 0.5):.3g}")
    rnd = rng.standard_normal((100_000, DIM)).astype(np.float32)
    rnd /= np.linalg.norm(rnd, axis=1, keepdims=True)
    qr = rng.standard_normal((100, DIM)).astype(np.float32)
    qr /= np.linalg.norm(qr, axis=1, keepdims=True)
    study("random rows (the speed bench's)", rnd, qr, planes)
    study("real rows (CLINC150 + dev earlier), dev later questions", rows, later, planes)
    study("real rows, the speed bench's questions", rows, speed_q, planes)
    sample = (rows[:2000] @ rows[2000:4000].T).ravel()
    print("real rows, cosine between two of them p50 / p90 / p99:", np.round(np.percentile(sample, [50, 90, 99]), 3))


if __name__ == "__main__":
    main()
