"""Is a cached vector the text's own? Texts of a `bench/case_match.py` cache embedded again in another company.

    CASE_BENCH_BUGS=../shared/data/bugs HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/case_one_figure.py \
        --embedding-cache /tmp/fuse7/emb30.pkl [--draw 400] [--alone 50]

`--draw` of SeaMonkey's raw texts and reports (the plain MiniLM baseline's texts, each in the cache after a quality
run on SeaMonkey), drawn with a seed, are embedded again by the bench (`case_match.embed`, no cache) shuffled in one
call beside 100 SeaMonkey titles, in another process than the one that filled the cache, and the first `--alone` of
them by the model's own call of one text on one thread; each vector is compared bit for bit with the cache's (round
30: before, a text's vector depended on the batch that padded it, so the cache's fill order moved SeaMonkey's MRR by
0.005).
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
from exporter.text import embeddings  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedding-cache", type=Path, required=True)
    ap.add_argument("--draw", type=int, default=400)
    ap.add_argument("--alone", type=int, default=50)
    args = ap.parse_args()
    with open(args.embedding_cache, "rb") as fh:
        cache = pickle.load(fh)
    ds = cm.seamonkey()
    texts = [t for t in dict.fromkeys(ds.raw + [q.text for q in ds.queries]) if cm.cache_key(t) in cache]
    drawn = random.Random(30).sample(texts, min(args.draw, len(texts)))
    others = [c["title"] for c in ds.cases[:100]]
    mixed = drawn + others
    random.Random(31).shuffle(mixed)
    again = dict(zip(mixed, cm.embed(mixed), strict=True))
    same = sum(again[t].tobytes() == np.asarray(cache[cm.cache_key(t)]).tobytes() for t in drawn)
    torch.set_num_threads(1)
    alone = sum(embeddings.embed([t])[0].tobytes() == np.asarray(cache[cm.cache_key(t)]).tobytes()
                for t in drawn[:args.alone])
    worst = max(float(np.abs(again[t] - cache[cm.cache_key(t)]).max()) for t in drawn)
    print({"cached texts": len(texts), "drawn": len(drawn), "bit-identical in another batch": same,
           "alone": f"{alone} of {min(args.alone, len(drawn))}", "largest difference": worst}, flush=True)


if __name__ == "__main__":
    main()
