"""How much a library's lexical signals weigh against its cosine, chosen by the library itself from its own cases.

Why: the fixed weights that serve the hand-written postmortem libraries (reports by an on-call engineer against
written-up cases, where shared identifiers and error words single out the case) cost SeaMonkey's bug reports about
0.07 MRR on its dev pairs (bench/RESULTS.md, round 23, engineer smk): there every report shares the product's and the
platform's names and the steps' boilerplate with hundreds of others, and the words move the ranking as much as words
that single out one bug. No fixed weight serves both, and no per-report statistic told them apart.

The instrument, with no labels: a sample of the library's own cases, each cut into two halves by its sentences
(`halves`: the odd sentences and the even ones, so both halves tell the same story in different words, as two
reports of one problem do), one half kept in the sample's index in place of the case, the other asked as a
pseudo-report. Each candidate scale of the lexical weights (`SCALES`) ranks the held halves with the product's own
fusion (`matching.linear_relevance`); the scale under which the library best finds its own cases is the one it
serves with (`choose`). Bounded in cost: at most `SAMPLE` cases indexed and `HELD` halves embedded (two model calls
in batches), once per library, recomputed when the library grew or shrank by `REFRESH` of itself
(`matching.IndexCache`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

#: Candidate scales of every lexical weight (coverage, headline, overlap); 1 is the fixed fusion of round 22.
SCALES = (0.25, 0.5, 1.0)
SAMPLE = 400  # library cases in the choice's index (the held ones among them)
HELD = 48  # cases cut into halves and asked as pseudo-reports
MIN_HELD = 8  # fewer splittable cases than this: too little evidence, the fixed fusion (scale 1)
MIN_SENTENCES = 4  # a case needs this many sentences to be cut into two halves that each tell something
REFRESH = 0.25  # the choice is made again once the library's size moved by this share since it was made
SEED = 24


def halves(lines: Sequence[str]) -> tuple[str, str] | None:
    """(asked, kept): a case's odd sentences and its even ones, or None when it has too few to cut."""
    lines = [x for x in lines if x.strip()]
    if len(lines) < MIN_SENTENCES:
        return None
    return "\n".join(lines[0::2]), "\n".join(lines[1::2])


def sample_positions(n: int, size: int = SAMPLE) -> np.ndarray:
    """Up to `size` library positions in a seeded order (the same library gives the same sample)."""
    rng = np.random.default_rng(SEED + n)
    return rng.permutation(n)[:size]


def self_retrieval(
    index_factory: Callable[[list[str], list[str], np.ndarray], object],
    texts: Sequence[str],
    vectors: np.ndarray,
    split: Callable[[str], tuple[str, str] | None],
    embed_texts: Callable[[list[str]], np.ndarray],
    rank_scales: Callable[[object, str, np.ndarray, int, Sequence[float]], list[int]],
    scales: Sequence[float] = SCALES,
) -> tuple[dict[float, float], int]:
    """Per scale, the mean reciprocal rank of each held case's kept half for its asked half, and the held count.

    `index_factory(ids, texts, vectors)` builds the sample's index; `rank_scales(index, asked, vector, position,
    scales)` gives the kept half's rank under each scale (1 first).
    """
    picked = sample_positions(len(texts))
    cut: dict[int, tuple[str, str]] = {}
    for p in picked:
        if len(cut) >= HELD:
            break
        pair = split(texts[int(p)])
        if pair is not None:
            cut[int(p)] = pair
    if len(cut) < MIN_HELD:
        return {}, len(cut)
    held = list(cut)
    asked_vecs = embed_texts([cut[p][0] for p in held])
    kept_vecs = embed_texts([cut[p][1] for p in held])
    order = [int(p) for p in picked]
    where = {p: i for i, p in enumerate(order)}
    sample_texts = [cut[p][1] if p in cut else texts[p] for p in order]
    sample_vecs = np.asarray(vectors, dtype=np.float32)[order].copy()
    for p, v in zip(held, kept_vecs, strict=True):
        sample_vecs[where[p]] = v
    index = index_factory([str(p) for p in order], sample_texts, sample_vecs)
    rr = np.zeros(len(scales))
    for p, v in zip(held, asked_vecs, strict=True):
        rr += 1.0 / np.asarray(rank_scales(index, cut[p][0], v, where[p], scales), dtype=np.float64)
    return {float(s): float(x / len(held)) for s, x in zip(scales, rr, strict=True)}, len(held)


def choose(scores: dict[float, float]) -> float:
    """The scale that found the library's own cases best; on a tie the one nearest 1 (the fixed fusion)."""
    if not scores:
        return 1.0
    best = max(scores.values())
    return min((s for s, x in scores.items() if x >= best - 1e-12), key=lambda s: (abs(s - 1.0), -s))
