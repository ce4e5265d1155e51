"""Round 21 variants for issue 17: the report and the case read whole by the model (windows of 256 word pieces,
their vectors averaged) instead of cut at the model's window, judged on SeaMonkey's dev pairs and every released
writer set (c3-c12, both halves, each against the 127 postmortems cases and against all 345).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_r21_variants.py --embedding-cache /tmp/cases3/emb.pkl [--writers seamonkey]

The signals and the shipped fusion are round 20's harness (`bench/case_r20_variants.py`: cosine, coverage, headline
coverage, overlap read through `CaseIndex`, SeaMonkey's query report out of its library); only the vectors change.
Only SeaMonkey's dev reports are read. Plain BM25 and plain MiniLM on the raw text are scored in the same run (the
plain MiniLM baseline stays cut at the window: it is the model as it comes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
import bench.case_r20_variants as r20  # noqa: E402
from detectors.text_normalize import denoise  # noqa: E402
from exporter.cases import matching, repo  # noqa: E402
from exporter.text import embeddings  # noqa: E402

BASE = r20.BASE
#: label -> (cases read whole, reports read whole, the first window's weight, windows read at most)
VARIANTS = {
    "whole, 2 windows, mean by word pieces": (True, True, 1.0, 2),
    "whole, 2 windows, first window x2": (True, True, 2.0, 2),
    "whole, 2 windows, first window x0.75": (True, True, 0.75, 2),
    "whole, 2 windows, first window x0.5": (True, True, 0.5, 2),
    "whole, 2 windows, first window x0.25": (True, True, 0.25, 2),
    "whole, 4 windows": (True, True, 1.0, 4),
    "whole, every window": (True, True, 1.0, 1000),
    "whole cases only (reports cut), 2 windows": (True, False, 1.0, 2),
    "whole reports only (cases cut: stored before round 21), 2 windows": (False, True, 1.0, 2),
}


def vectors(texts: list[str], whole: bool, first: float, most: int) -> np.ndarray:
    """The texts' vectors, cut at the window (the model as it comes) or read over `most` windows, the first weighted
    `first`."""
    if not whole:
        return cm.embed(texts)
    before = embeddings.FIRST_WINDOW, embeddings.MAX_WINDOWS
    embeddings.FIRST_WINDOW, embeddings.MAX_WINDOWS = first, most
    try:
        return embeddings.whole_text_vectors(texts, cm.embed)
    finally:
        embeddings.FIRST_WINDOW, embeddings.MAX_WINDOWS = before


def rank_set(name: str) -> dict[str, dict[str, tuple[float, int]]]:
    """Per label, per split: (sum of reciprocal ranks, reports) on one set."""
    ds, docs, texts = r20.dev_library(name)
    case_texts = [repo.embedding_text(d) for d in docs]
    report_texts = [denoise(q.text) for q in ds.queries]
    out = {"plain BM25": r20.tally(ds, cm.bm25_rankings(ds)), "plain MiniLM": r20.tally(ds, cm.minilm_rankings(ds))}
    ix, base = None, None
    for label, (cases_whole, reports_whole, first, most) in {BASE: (False, False, 1.0, 1), **VARIANTS}.items():
        cvec = vectors(case_texts, cases_whole, first, most)
        if ix is None:
            ix = matching.CaseIndex(ds.ids, texts, cvec)
        ix.vectors = np.ascontiguousarray(cvec, dtype=np.float32)
        qvec = vectors(report_texts, reports_whole, first, most)
        ranking = r20.product_ranking(ix, ds, qvec)
        out[label] = r20.tally(ds, ranking)
        base = ranking if base is None else base
        r20.show(name, label, out[label], sum(ranking[q] != base[q] for q in ranking))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedding-cache", type=Path, default=None)
    ap.add_argument("--writers", default="seamonkey," + ",".join(f"c{i}" for i in range(3, 13)))
    args = ap.parse_args()
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    results = {name: rank_set(name) for name in r20.use_writers(args.writers, 12)}
    r20.report(results, list(VARIANTS))


if __name__ == "__main__":
    main()
