"""Round 22 variants for issue 17: what the lexical signals read. Identifiers written in humps read in their parts
(`matching.ID_PARTS`, `text_normalize.identifier_parts`: ``CrashLoopBackOff`` holds "crash" and "loop") and adjacent
word pairs as terms of their own, judged on SeaMonkey's dev pairs and every released writer set (c3-c13, both
halves, each against the 127 postmortems cases and against all 345).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_r22_variants.py --embedding-cache /tmp/cases4/emb.pkl [--writers ...]

Each variant swaps the tokeniser every lexical signal reads (`matching.lexical_tokens`: coverage, headline coverage,
overlap) and rebuilds the index; the vectors are the product's (`whole_text_vectors`), the fusion the shipped one
(`bench/case_r20_variants.py`'s harness, SeaMonkey's query report out of its library). Only SeaMonkey's dev reports
are read. Plain BM25 and plain MiniLM on the raw text are scored in the same run. Nothing here is fitted: each
variant is one rule, so leave-one-writer-out is each writer's own figure (`report` prints it all the same).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
import bench.case_r20_variants as r20  # noqa: E402
from detectors.text_normalize import denoise, identifier_parts, tokens  # noqa: E402
from exporter.cases import matching, repo  # noqa: E402
from exporter.text import embeddings  # noqa: E402

BASE = r20.BASE


def words(text: str) -> list[str]:
    """The round start's lexical tokens: words and compound names as written, lower-cased."""
    return tokens(denoise(text), normalized=True)


def with_parts(text: str, min_humps: int = 2) -> list[str]:
    """Words, and the words inside identifiers written in humps (of at least `min_humps` humps)."""
    return words(text) + identifier_parts(denoise(text), min_humps)


def parts_of(min_humps: int) -> Callable[[str], list[str]]:
    return lambda text: with_parts(text, min_humps)


def pairs(read: Callable[[str], list[str]]) -> Callable[[str], list[str]]:
    """`read`'s tokens and each pair of adjacent words (stopwords skipped) as one more term, "crash~loop"."""

    def tok(text: str) -> list[str]:
        seq = words(text)
        return read(text) + [f"{a}~{b}" for a, b in zip(seq, seq[1:], strict=False)]

    return tok


VARIANTS: dict[str, Callable[[str], list[str]]] = {
    "identifier parts, names of 2 humps or more": with_parts,
    "identifier parts, names of 3 humps or more (shipped: MIN_HUMPS)": parts_of(3),
    "identifier parts, names of 4 humps or more": parts_of(4),
    "word pairs": pairs(words),
    "identifier parts and word pairs": pairs(with_parts),
}


def rank_set(name: str) -> dict[str, dict[str, tuple[float, int]]]:
    """Per label, per split: (sum of reciprocal ranks, reports) on one set."""
    ds, docs, texts = r20.dev_library(name)
    cvec = embeddings.whole_text_vectors([repo.embedding_text(d) for d in docs], cm.embed)
    qvec = embeddings.whole_text_vectors([denoise(q.text) for q in ds.queries], cm.embed)
    out = {"plain BM25": r20.tally(ds, cm.bm25_rankings(ds)), "plain MiniLM": r20.tally(ds, cm.minilm_rankings(ds))}
    base = None
    kept = matching.lexical_tokens
    try:
        for label, read in {BASE: words, **VARIANTS}.items():
            matching.lexical_tokens = read
            ix = matching.CaseIndex(ds.ids, texts, cvec)
            ranking = r20.product_ranking(ix, ds, qvec)
            out[label] = r20.tally(ds, ranking)
            base = ranking if base is None else base
            r20.show(name, label, out[label], sum(ranking[q] != base[q] for q in ranking), 40)
    finally:
        matching.lexical_tokens = kept
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedding-cache", type=Path, default=None)
    ap.add_argument("--writers", default="seamonkey," + ",".join(f"c{i}" for i in range(3, 14)))
    ap.add_argument("--only", default="", help="run only the variants whose label holds this text")
    args = ap.parse_args()
    for label in [v for v in VARIANTS if args.only not in v]:
        del VARIANTS[label]
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    results = {name: rank_set(name) for name in r20.use_writers(args.writers, 13)}
    r20.report(results, list(VARIANTS))
    sets = [s for s in results if s != "seamonkey"]
    print("\nPER SET, test / dev (product, plain BM25, plain MiniLM, variants)", flush=True)
    for s in sets:
        print(f"{s:16s} " + " | ".join(
            f"{label[:14]} " + "/".join(f"{rr / max(n, 1):.3f}" for _, (rr, n) in sorted(results[s][label].items(),
                                                                                       reverse=True))
            for label in [BASE, "plain BM25", "plain MiniLM", *VARIANTS]), flush=True)


if __name__ == "__main__":
    main()
