"""Top-k recall of a sign-bit first pass with exact rescoring, on real question embeddings.

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONPATH=$PWD .venv/bin/python bench/query_binary_recall.py \
        [--cache /tmp/binary_emb.npz]

The index may drop a candidate only if few are dropped: a missed candidate turns a hit or a partial into a
miss (never a wrong answer: rows with the same structured key are judged anyway), so the first pass must keep
>= 0.99 of the exact top k. This counts it: each row as its 384 sign bits (48 bytes, an eighth of the int8
row), a question's rows ranked by Hamming distance to the question's bits, the `keep` nearest (ties at the
cut all kept) rescored exactly, and the share of the exact top k (k = `MemoryPolicy.candidates` = 10) among
the result.

Rows (real texts, each once): CLINC150 (test, val, oos_test: 8,500 questions of a banking/travel/small-talk
assistant), the SeaMonkey bug reports' summaries (../shared/data/bugs, ~10k problem reports in users' words),
the earlier question of every dev-split pair (bench/data/query_pairs*, dev halves only). Questions: the dev pairs'
later questions (not among the rows) and the speed bench's 200. To reach 100k rows without inventing text,
"mix" adds convex mixes of two real rows (renormalised): they sit between real questions, so they are harder
neighbours than real ones; "random" is the speed bench's 100k random unit rows (no structure: the worst case,
where a sign bit carries the least). No test or blind split is read.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import query_cache as qc  # noqa: E402

from exporter.text.embeddings import DIM, embed  # noqa: E402

K = 10
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
KEEPS = (128, 256, 512, 1024, 2048)


def bits(vecs: np.ndarray) -> np.ndarray:
    return np.packbits(vecs > 0, axis=-1).view(np.uint64)


def recall(rows: np.ndarray, queries: np.ndarray, keeps=KEEPS) -> dict[int, tuple[float, float]]:
    """keep -> (mean recall of the exact top k, share of questions with the whole top k)."""
    codes = bits(rows)
    got = {keep: [] for keep in keeps}
    for q in queries:
        exact = rows @ q
        top = set(np.argpartition(exact, -K)[-K:].tolist())
        kth = np.partition(exact, -K)[-K]
        top = set(np.flatnonzero(exact >= kth).tolist())  # ties at the k-th all count as found
        d = np.bitwise_count(codes ^ bits(q)[None]).sum(axis=1)
        for keep in keeps:
            cut = np.partition(d, keep - 1)[keep - 1]
            pos = np.flatnonzero(d <= cut)
            best = pos[np.argsort(-exact[pos], kind="stable")[:K]]
            got[keep].append(len(top & set(best.tolist())) / K if len(top) >= K else 1.0)
    return {keep: (float(np.mean(v)), float(np.mean(np.array(v) == 1.0))) for keep, v in got.items()}


def report(name: str, rows: np.ndarray, queries: np.ndarray) -> None:
    kth = [float(np.partition(rows @ q, -K)[-K]) for q in queries[:200]]
    print(f"\n{name}: {len(rows)} rows, {len(queries)} questions, 10th best cosine p50 {np.median(kth):.3f}")
    for keep, (r, whole) in recall(rows, queries).items():
        print(f"  keep {keep:5d} ({keep / len(rows):.2%}): recall@{K} {r:.4f}, questions with the whole top {K} "
              f"{whole:.3f}")


def texts() -> tuple[list[str], list[str]]:
    clinc = json.loads((SHARED / "intents" / "clinc150.json").read_text())
    rows = {t for part in clinc.values() for t, _ in part}
    with open(SHARED / "bugs" / "seamonkey_bugs.csv", newline="") as f:
        rows |= {r["Summary"].strip() for r in csv.DictReader(f) if r["Summary"].strip()}
    pairs = qc.load_pairs(tuple(s for s in qc.SPLITS if s.startswith("dev")))
    earlier = {p["a"]["q"] for p in pairs}
    later = sorted({p["b"]["q"] for p in pairs} - earlier)
    return sorted(rows | earlier), later


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=None, help="keep the embeddings here between runs")
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        z = np.load(args.cache)
        rows, later, speed_q = z["rows"], z["queries"], z["speed"]
    else:
        row_texts, later_texts = texts()
        print(f"rows {len(row_texts)}, questions {len(later_texts)}")
        rows, later, speed_q = embed(row_texts), embed(later_texts), embed(qc.speed_questions(200))
        if args.cache:
            np.savez(args.cache, rows=rows, queries=later, speed=speed_q)
    rng = np.random.default_rng(12)
    queries = np.vstack([later, speed_q])
    report("real rows, each once (dev later + speed bench questions)", rows, queries)
    a, b = rng.integers(0, len(rows), (2, 100_000 - len(rows)))
    w = rng.uniform(0.2, 0.8, (len(a), 1)).astype(np.float32)
    mix = w * rows[a] + (1 - w) * rows[b]
    mix /= np.linalg.norm(mix, axis=1, keepdims=True)
    report("100k: the real rows + mixes of two", np.vstack([rows, mix]), queries)
    rnd = rng.standard_normal((100_000, DIM)).astype(np.float32)
    rnd /= np.linalg.norm(rnd, axis=1, keepdims=True)
    report("100k random unit rows (the speed bench's), speed bench questions", rnd, speed_q)


if __name__ == "__main__":
    main()
