"""Round 24 (issue 17): does a library's own self-retrieval choose a different lexical weight for SeaMonkey than for
the hand-written postmortem libraries, and what does each fixed scale score on the real reports beside it?

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/case_fusion_choice.py --embedding-cache /tmp/fuse/emb.pkl \
        [--libraries seamonkey,postmortems-c3,c3-all] [--seeds 24,25,26] [--writers seamonkey,c3,...,c15]

1. Per library (SeaMonkey's 2,500 reports, the 127 postmortems cases, all 345 hand-written cases) and seed: the
   self-retrieval MRR of each candidate scale (`matching.library_scores`: each sampled case cut into its odd and
   even sentences, one half kept in the sample's index, the other asked), and the scale `fusion_choice.choose` picks.
   No report and no label is read.
2. With `--writers`: the real reports' MRR per fixed scale (every lexical weight times the scale, the rest of the
   fusion the product's), text only through `CaseIndex` (`bench/case_r20_variants.read_signals`; SeaMonkey's dev
   reports only, each out of its own library), per writer the mean over its two libraries, so the choice's
   consequence can be read beside it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
import bench.case_r20_variants as r20  # noqa: E402
from detectors.text_normalize import denoise  # noqa: E402
from exporter.cases import fusion_choice, matching, repo  # noqa: E402
from exporter.text import embeddings  # noqa: E402

SCALES = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25)


def library(name: str, sampled_only: bool = False) -> tuple[cm.Dataset, list[str], np.ndarray]:
    """A set's library as the index loads it: lexical texts and whole-text vectors of the stored cases (with
    `sampled_only`, only the cases `fusion_choice` samples are embedded, the rest left zero: the choice reads no
    other)."""
    ds, docs, texts = r20.dev_library(name)
    vectors = np.zeros((len(docs), embeddings.DIM), np.float32)
    at = fusion_choice.sample_positions(len(docs)) if sampled_only else np.arange(len(docs))
    vectors[at] = embeddings.whole_text_vectors([repo.embedding_text(docs[int(i)]) for i in at], cm.embed)
    return ds, texts, vectors


def title_rest(text: str) -> tuple[str, str] | None:
    """The case's first line (its title) asked against the rest."""
    lines = [x for x in matching.report_lines(text) if x.strip()]
    return (lines[0], "\n".join(lines[1:])) if len(lines) >= fusion_choice.MIN_SENTENCES else None


def common_words_only(share: float) -> Callable[[list[str], np.ndarray], Callable[[str], tuple[str, str] | None]]:
    """Odd and even halves, the asked half keeping of the words it shares with the kept half only those held by
    more than `share` of the library (as a second reporter would share the common words, not the rare ones)."""

    def make(texts: list[str], _vectors: np.ndarray) -> Callable[[str], tuple[str, str] | None]:
        df: dict[str, int] = {}
        for t in texts:
            for w in set(matching.lexical_tokens(t)):
                df[w] = df.get(w, 0) + 1
        bar = share * len(texts)

        def split(text: str) -> tuple[str, str] | None:
            pair = fusion_choice.halves(matching.report_lines(text))
            if pair is None:
                return None
            kept = set(matching.lexical_tokens(pair[1]))
            words = [w for w in matching.lexical_tokens(pair[0]) if w not in kept or df.get(w, 0) > bar]
            return " ".join(words), pair[1]

        return split

    return make


SPLITS = {"odd/even halves": lambda texts, v: (lambda t: fusion_choice.halves(matching.report_lines(t))),
          "title against the rest": lambda texts, v: title_rest,
          "halves, shared words only above 1% of the library": common_words_only(0.01),
          "halves, shared words only above 5% of the library": common_words_only(0.05)}


def choices(names: list[str], seeds: list[int], splits: list[str]) -> None:
    for name in names:
        for seed in seeds:
            fusion_choice.SEED = seed
            _, texts, vectors = library(name, sampled_only=True)
            for label in splits:
                score_split(name, seed, label, texts, vectors)


def score_split(name: str, seed: int, label: str, texts: list[str], vectors: np.ndarray) -> None:
    """One library's self-retrieval MRR per scale under one way of cutting its cases."""
    if label == "odd/even halves":
        scores, held = matching.library_scores(texts, vectors, cm.embed, SCALES)
    else:
        scores, held = fusion_choice.self_retrieval(
            lambda ids, t, v: matching.CaseIndex(ids, t, v), texts, vectors, SPLITS[label](texts, vectors),
            lambda t: embeddings.whole_text_vectors([denoise(x) for x in t], cm.embed),
            lambda ix, text, vec, pos, sc: ix.held_ranks(text, vec, pos, sc), SCALES)
    picked = fusion_choice.choose({s: x for s, x in scores.items() if s in fusion_choice.SCALES})
    print(f"{name:16s} seed {seed} {label[:40]:40s} held {held:3d} "
          + " ".join(f"x{s:g} {x:.3f}" for s, x in scores.items())
          + f" | chosen among {fusion_choice.SCALES}: {picked:g}", flush=True)


def fixed_scales(writers: str) -> None:
    results = {}
    for name in r20.use_writers(writers, 15):
        ds, texts, vectors = library(name)
        ix = matching.CaseIndex(ds.ids, texts, vectors)
        qvec = embeddings.whole_text_vectors([denoise(q.text) for q in ds.queries], cm.embed)
        rankings: dict[str, dict[str, list[str]]] = {f"x{s:g}": {} for s in SCALES}
        for q, v in zip(ds.queries, qvec, strict=True):
            drop = ds.ids.index(q.exclude) if q.exclude is not None else None
            s = r20.read_signals(ix, q.text, v, drop)
            for a in SCALES:
                rel = matching.linear_relevance(s.sem, s.cov, s.lead, s.shared, a)
                rankings[f"x{a:g}"][q.qid] = [ds.ids[p] for p in r20.order(s, rel, cm.DEPTH + 1)]
        results[name] = {label: r20.tally(ds, r) for label, r in rankings.items()}
        print(f"{name:18s} " + " ".join(f"{lab} {r20.mrr(list(t.values())):.3f}" for lab, t in results[name].items()),
              flush=True)
    print("\nPER WRITER (mean over its libraries, every report released: dev halves and released test halves)")
    for w, sets in r20.WRITERS.items():
        print(f"{w:10s} " + " ".join(
            f"x{a:g} {np.mean([r20.mrr(list(results[s][f'x{a:g}'].values())) for s in sets]):.3f}" for a in SCALES),
            flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedding-cache", type=Path, default=None)
    ap.add_argument("--libraries", default="seamonkey,postmortems-c3,c3-all")
    ap.add_argument("--seeds", default=str(fusion_choice.SEED))
    ap.add_argument("--splits", default="|".join(SPLITS), help="|-separated labels of `SPLITS`")
    ap.add_argument("--writers", default="", help="also score fixed scales on these writers' real reports")
    args = ap.parse_args()
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    choices([x for x in args.libraries.split(",") if x], [int(x) for x in args.seeds.split(",")],
            [x for x in args.splits.split("|") if x])
    if args.writers:
        fixed_scales(args.writers)


if __name__ == "__main__":
    main()
