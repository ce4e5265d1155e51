"""Round 28 variants for issue 17 (SeaMonkey's last +0.007): long reports read passage by passage. Measured on
SeaMonkey's dev pairs only (in-sample); no variant ships from this bench.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/case_r28_variants.py --embedding-cache /tmp/fuse5/emb.pkl

The product reads a text past the model's window as the mean of its windows' vectors (`embeddings.whole_text_vectors`,
round 21). Here each window (passage) of the report and of every case is also a vector of its own, and a case's
passage cosine is the best over (the report whole or any of its passages) x (the case whole or any of its passages).
A text within one window is its own only passage, so a pair of short texts reads the same as the product's: every
hand-written writer set (none runs past a window) is unmoved by construction; only SeaMonkey's long reports move.
Variants replace the fusion's cosine by: the best passage cosine ("passage max"), the mean of it and the whole
text's ("passage mean"); and, on reports past one window, the lexical weights times a factor ("long x a").
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
import bench.case_r20_variants as r20  # noqa: E402
import bench.case_r26_variants as r26  # noqa: E402
from detectors.text_normalize import denoise  # noqa: E402
from exporter.cases import matching, repo  # noqa: E402
from exporter.text import embeddings  # noqa: E402


def passages(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Every window's vector of every text (through the bench's cache, as `whole_text_vectors` embedded them), and
    the text each belongs to."""
    parts = [[p for p, _ in embeddings.windows(t)] for t in texts]
    owner = np.repeat(np.arange(len(texts)), [len(p) for p in parts])
    return cm.embed([p for ps in parts for p in ps]), owner


def best_by_owner(cos: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    out = np.full(n, -1.0)
    np.maximum.at(out, owner, cos)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedding-cache", type=Path, default=None)
    args = ap.parse_args()
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    ds, docs, texts = r20.dev_library("seamonkey")
    ctexts = [repo.embedding_text(d) for d in docs]
    qtexts = [denoise(q.text) for q in ds.queries]
    cvec = embeddings.whole_text_vectors(ctexts, cm.embed)
    qvec = embeddings.whole_text_vectors(qtexts, cm.embed)
    cpass, cown = passages(ctexts)
    qpass, qown = passages(qtexts)
    ix = matching.CaseIndex(list(ds.ids), texts, cvec)
    labels = ["shipped", "passage max", "passage mean", "long x0.5", "long x1.5", "passage max, long x1.5"]
    rr: dict[str, list[float]] = {k: [] for k in labels}
    long_q = 0
    for qi, (q, v) in enumerate(zip(ds.queries, qvec, strict=True)):
        drop = ds.ids.index(q.exclude) if q.exclude is not None else None
        s = r20.read_signals(ix, q.text, v, drop)
        mine = np.vstack([v[None, :], qpass[qown == qi]])
        cos_pass = np.max(mine @ cpass.T, axis=0)
        best = np.maximum(best_by_owner(cos_pass, cown, len(ds.ids)), ix.semantic(v))[s.keep]
        is_long = int((qown == qi).sum()) > 1
        long_q += is_long
        sems = {"passage max": best, "passage mean": (best + s.sem) / 2.0}
        for label in labels:
            t = replace(s, sem=sems.get(label.split(",")[0], s.sem))
            a = matching.meaning_sure_scale(t.sem)
            if "long x" in label and is_long:
                a *= float(label.rsplit("x", 1)[1])
            rel = r26.scaled(t, a)
            rank = r26.rank_of(ds, q, type("R", (), {"s": t})(), rel)
            rr[label].append(1.0 / rank if rank else 0.0)
    print({"seamonkey dev reports": len(ds.queries), "past one window": long_q})
    for label in labels:
        moved = sum(a != b for a, b in zip(rr[label], rr["shipped"], strict=True))
        print(f"{label:28s} MRR {np.mean(rr[label]):.3f}  reports whose rank moved: {moved}")


if __name__ == "__main__":
    main()
