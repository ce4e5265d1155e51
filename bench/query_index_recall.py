"""Recall of the index's partitioned search against its exact scan, at 100k live entries of realistic questions.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/query_index_recall.py [--size 100000] [--k 10]

Above `lists.PARTITION_ABOVE` rows a packed block reads only the lists nearest the question, so a row in a list
left unread is never a candidate. This measures how often: one org of `--size` rows built as the speed bench's
structured rows (`query_cache._live_rows` with a basis: each row a mix of two real questions, the dev splits'
earlier questions), packed as the learning pass packs it, then every question searched twice, partitioned and
with the partition set aside (the exact scan every earlier round served), and the top k row ids compared.

Two sets of questions, reported apart, since they find different neighbourhoods:
- asked again: the dev splits' later questions (paraphrases of questions whose mixes fill the index);
- new: the test and blind splits' later questions not among the dev ones (no copy of them in the index).
Recall is the share of the exact top k (by row id) that the partitioned search returned; the figure where the
rows' similarity ties the k-th (within 1e-6) is the same as by id here (mixes are never exact copies).

It measures a tree whose index partitions (`exporter/querymem/lists.py`): branch r21-qspeed3 at 05afe9e, where
round 21 ran it (bench/RESULTS.md); the partition was reverted after it, so on later trees it stops at its assert
until a partitioned search lands again.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np

sys.argv, _argv = sys.argv[:1], sys.argv  # query_cache parses its own --code: none here
import query_cache as qc  # noqa: E402

sys.argv = _argv

from exporter.querymem.index import IndexEntry, QueryIndex  # noqa: E402
from exporter.text.embeddings import embed  # noqa: E402


def question_sets() -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The basis (dev splits' earlier questions) and the two sets of questions asked, embedded."""
    pairs = qc.load_pairs()
    dev = [p for p in pairs if p["split"].startswith("dev")]
    basis = sorted({p["a"]["q"] for p in dev})
    again = sorted({p["b"]["q"] for p in dev} - set(basis))
    new = sorted({p["b"]["q"] for p in pairs if not p["split"].startswith("dev")} - set(basis) - set(again))
    return embed(basis), {"asked again": embed(again), "new": embed(new)}


def build(size: int, basis: np.ndarray) -> QueryIndex:
    """One org of `size` mixes of two basis questions (the speed bench's structured rows), packed."""
    rng = np.random.default_rng(3)
    share = rng.uniform(0, 0.5, (size, 1)).astype(np.float32)
    vecs = (1 - share) * basis[rng.integers(0, len(basis), size)] + share * basis[rng.integers(0, len(basis), size)]
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    index = QueryIndex()
    index.add(IndexEntry(i, "org", vecs[i], qc.NOW + 3600, None, None, None) for i in range(size))
    t0 = time.perf_counter()
    index.pack()
    print(f"{size} rows packed and partitioned in {time.perf_counter() - t0:.1f}s")
    return index


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--k", type=int, default=10)
    args = ap.parse_args()
    print(f"load {os.getloadavg()[0]:.1f}")
    basis, asked = question_sets()
    index = build(args.size, basis)
    block = index._orgs["org"].block
    assert block.lists is not None, "the block was not partitioned"
    print(f"{len(block.lists.centroids)} lists, {block.lists.probe} probed")
    for name, qs in asked.items():
        got, exact = [], []
        for q in qs:
            got.append({i for i, _ in index.search("org", q, user=None, now=qc.NOW, k=args.k)})
        kept, block.lists = block.lists, None  # the exact scan: the partition set aside
        for q in qs:
            exact.append({i for i, _ in index.search("org", q, user=None, now=qc.NOW, k=args.k)})
        block.lists = kept
        per = np.array([len(g & e) / len(e) for g, e in zip(got, exact, strict=True)])
        print(f"{name:12s}: {len(qs)} questions, top-{args.k} recall {per.mean():.4f}; questions missing any "
              f"{np.mean(per < 1):.3f}; missing more than one {np.mean(per < 1 - 1.5 / args.k):.3f}")
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
