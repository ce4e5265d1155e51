"""Round 24 (issue 17): does a library's own self-retrieval choose a different lexical weight for SeaMonkey than for
the hand-written postmortem libraries, and what does each fixed scale score on the real reports beside it?

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/case_fusion_choice.py --embedding-cache /tmp/fuse/emb.pkl \
        [--libraries seamonkey,postmortems-c3,c3-all] [--seeds 24,25,26] [--writers seamonkey,c3,...,c15]

1. Per library (SeaMonkey's 1,076 reports, the 127 postmortems cases, all 345 hand-written cases), seed and way of
   cutting a case (`SPLITS`): the self-retrieval MRR of each candidate scale (`self_retrieval`: up to `SAMPLE`
   sampled cases indexed, `HELD` of them cut into two parts, one part kept in the sample's index in place of the
   case, the other asked through the product's signals), and the scale `choose` picks among `CHOICES`. No report
   and no label is read. Round 24 shipped this as `exporter/cases/fusion_choice.py` (odd/even halves) and reverted
   it by its ship rule: no cutting tells SeaMonkey from the postmortem libraries (bench/RESULTS.md, round 24).
2. With `--writers`: the real reports' MRR per fixed scale (every lexical weight times the scale, the rest of the
   fusion the product's), text only through `CaseIndex` (`bench/case_r20_variants.read_signals`; SeaMonkey's dev
   reports only, each out of its own library), per writer the mean over its two libraries, so the choice's
   consequence can be read beside it; beside them `REGISTER`, scales read per report from how alike the report is
   to its best case against how alike the library's own cases are to each other, and each set's median signals.
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
from exporter.cases import matching, repo  # noqa: E402
from exporter.text import embeddings  # noqa: E402

SCALES = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25)
CHOICES = (0.25, 0.5, 1.0)  # the scales round 24's product chose among
SAMPLE = 400  # library cases in the choice's index (the held ones among them)
HELD = 48  # cases cut into two parts and asked as pseudo-reports
MIN_HELD = 8  # fewer cuttable cases than this: no choice (scale 1)
MIN_SENTENCES = 4  # a case needs this many sentences to be cut
SEED = 24

Split = Callable[[str], "tuple[str, str] | None"]


def halves(lines: list[str]) -> tuple[str, str] | None:
    """(asked, kept): a case's odd sentences and its even ones, or None when it has too few to cut."""
    lines = [x for x in lines if x.strip()]
    if len(lines) < MIN_SENTENCES:
        return None
    return "\n".join(lines[0::2]), "\n".join(lines[1::2])


def sample_positions(n: int, size: int = SAMPLE) -> np.ndarray:
    """Up to `size` library positions in a seeded order (the same library gives the same sample)."""
    return np.random.default_rng(SEED + n).permutation(n)[:size]


def scaled(s: r20.Signals, a: float) -> np.ndarray:
    """The product's linear fusion with every lexical weight (coverage, headline, overlap) times `a`."""
    share = r20.overlap_share(s)
    out = np.clip(s.sem, 0.0, 1.0) + a * (matching.W_LEXICAL * s.cov + matching.W_LEAD * s.lead
                                          + matching.W_OVERLAP * share * s.shared)
    return out / (1.0 + a * (matching.W_LEXICAL + matching.W_LEAD + matching.W_OVERLAP * share))


def self_retrieval(texts: list[str], vectors: np.ndarray, split: Split) -> tuple[dict[float, float], int]:
    """Per scale, the mean reciprocal rank of each held case's kept part for its asked part, and the held count."""
    picked = [int(p) for p in sample_positions(len(texts))]
    cut: dict[int, tuple[str, str]] = {}
    for p in picked:
        pair = split(texts[p]) if len(cut) < HELD else None
        if pair is not None:
            cut[p] = pair
    if len(cut) < MIN_HELD:
        return {}, len(cut)
    held = list(cut)
    whole = lambda t: embeddings.whole_text_vectors([denoise(x) for x in t], cm.embed)  # noqa: E731
    asked_vecs, kept_vecs = whole([cut[p][0] for p in held]), whole([cut[p][1] for p in held])
    where = {p: i for i, p in enumerate(picked)}
    sample_vecs = np.asarray(vectors, dtype=np.float32)[picked].copy()
    for p, v in zip(held, kept_vecs, strict=True):
        sample_vecs[where[p]] = v
    index = matching.CaseIndex([str(p) for p in picked], [cut[p][1] if p in cut else texts[p] for p in picked],
                               sample_vecs)
    rr = np.zeros(len(SCALES))
    for p, v in zip(held, asked_vecs, strict=True):
        s = r20.read_signals(index, cut[p][0], v, None)
        rr += [1.0 / (1 + np.count_nonzero(rel > rel[where[p]])) for rel in (scaled(s, a) for a in SCALES)]
    return {a: float(x / len(held)) for a, x in zip(SCALES, rr, strict=True)}, len(held)


def choose(scores: dict[float, float]) -> float:
    """The scale that found the library's own cases best; on a tie the one nearest 1 (the fixed fusion)."""
    if not scores:
        return 1.0
    best = max(scores.values())
    return min((s for s, x in scores.items() if x >= best - 1e-12), key=lambda s: (abs(s - 1.0), -s))


def library(name: str, sampled_only: bool = False) -> tuple[cm.Dataset, list[str], np.ndarray]:
    """A set's library as the index loads it: lexical texts and whole-text vectors of the stored cases (with
    `sampled_only`, only the cases `sample_positions` picks are embedded, the rest left zero: the choice reads no
    other)."""
    ds, docs, texts = r20.dev_library(name)
    vectors = np.zeros((len(docs), embeddings.DIM), np.float32)
    at = sample_positions(len(docs)) if sampled_only else np.arange(len(docs))
    vectors[at] = embeddings.whole_text_vectors([repo.embedding_text(docs[int(i)]) for i in at], cm.embed)
    return ds, texts, vectors


def title_rest(text: str) -> tuple[str, str] | None:
    """The case's first line (its title) asked against the rest."""
    lines = [x for x in matching.report_lines(text) if x.strip()]
    return (lines[0], "\n".join(lines[1:])) if len(lines) >= MIN_SENTENCES else None


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
            pair = halves(matching.report_lines(text))
            if pair is None:
                return None
            kept = set(matching.lexical_tokens(pair[1]))
            words = [w for w in matching.lexical_tokens(pair[0]) if w not in kept or df.get(w, 0) > bar]
            return " ".join(words), pair[1]

        return split

    return make


SPLITS = {"odd/even halves": lambda texts, v: (lambda t: halves(matching.report_lines(t))),
          "title against the rest": lambda texts, v: title_rest,
          "halves, shared words only above 1% of the library": common_words_only(0.01),
          "halves, shared words only above 5% of the library": common_words_only(0.05)}


def choices(names: list[str], seeds: list[int], splits: list[str]) -> None:
    global SEED
    for name in names:
        for seed in seeds:
            SEED = seed
            _, texts, vectors = library(name, sampled_only=True)
            for label in splits:
                scores, held = self_retrieval(texts, vectors, SPLITS[label](texts, vectors))
                picked = choose({s: x for s, x in scores.items() if s in CHOICES})
                print(f"{name:16s} seed {seed} {label[:40]:40s} held {held:3d} "
                      + " ".join(f"x{s:g} {x:.3f}" for s, x in scores.items())
                      + f" | chosen among {CHOICES}: {picked:g}", flush=True)


def neighbour_cosines(vectors: np.ndarray) -> np.ndarray:
    """Each case's cosine to its nearest other case: how alike the library's own cases read."""
    sims = np.asarray(vectors, np.float32) @ np.asarray(vectors, np.float32).T
    np.fill_diagonal(sims, -np.inf)
    return sims.max(axis=1)


#: Lexical scales read from how alike the report is to its best case, against how alike the library's cases are to
#: their nearest other case (`alike`: the share of cases whose neighbour is no closer): a report that reads like one
#: of the library's own cases (a bug report against bug reports) is judged by meaning, one in another register (an
#: on-call report against written-up cases) keeps the words.
REGISTER: dict[str, Callable[[float], float]] = {
    "register step 0.5": lambda alike: 0.25 if alike >= 0.5 else 1.0,
    "register linear": lambda alike: 1.0 - 0.75 * alike,
}
LABELS = [f"x{a:g}" for a in SCALES] + list(REGISTER)


def fixed_scales(writers: str) -> None:
    results = {}
    for name in r20.use_writers(writers, 15):
        ds, texts, vectors = library(name)
        ix = matching.CaseIndex(ds.ids, texts, vectors)
        qvec = embeddings.whole_text_vectors([denoise(q.text) for q in ds.queries], cm.embed)
        rankings: dict[str, dict[str, list[str]]] = {label: {} for label in LABELS}
        nearest = neighbour_cosines(vectors)
        tops = []
        for q, v in zip(ds.queries, qvec, strict=True):
            drop = ds.ids.index(q.exclude) if q.exclude is not None else None
            s = r20.read_signals(ix, q.text, v, drop)
            alike = float(np.mean(nearest <= s.sem.max()))  # the report's best cosine among the cases' own
            tops.append((float(s.sem.max()), float(s.cov.max()), matching.gap_share(s.sem), matching.gap_share(s.cov),
                         alike))
            for a in SCALES:
                rel = scaled(s, a)
                rankings[f"x{a:g}"][q.qid] = [ds.ids[p] for p in r20.order(s, rel, cm.DEPTH + 1)]
            for label, rule in REGISTER.items():
                rankings[label][q.qid] = [ds.ids[p] for p in r20.order(s, scaled(s, rule(alike)),
                                                                           cm.DEPTH + 1)]
        results[name] = {label: r20.tally(ds, r) for label, r in rankings.items()}
        med = np.median(np.asarray(tops), axis=0)
        print(f"{name:18s} " + " ".join(f"{lab} {r20.mrr(list(t.values())):.3f}" for lab, t in results[name].items())
              + (" | median top cosine {:.3f}, top coverage {:.3f}, gap share cosine {:.3f}, coverage {:.3f}, "
                 "alike {:.3f}").format(*med),
              flush=True)
    print("\nPER WRITER (mean over its libraries, every report released: dev halves and released test halves)")
    for w, sets in r20.WRITERS.items():
        print(f"{w:10s} " + " ".join(
            f"{lab} {np.mean([r20.mrr(list(results[s][lab].values())) for s in sets]):.3f}" for lab in LABELS),
            flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedding-cache", type=Path, default=None)
    ap.add_argument("--libraries", default="seamonkey,postmortems-c3,c3-all")
    ap.add_argument("--seeds", default=str(SEED))
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
