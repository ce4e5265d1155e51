"""Round 29 variants for issue 17 (SeaMonkey's gap): the dev reports whose duplicate the product ranks below where
plain MiniLM or plain BM25 does, grouped by cause, and general readings of the fusion tried on them and on every
released hand-written writer (c3-c20, both libraries, both halves), leave one writer out.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/case_r29_variants.py --embedding-cache /tmp/fuse6/emb.pkl \
        [--writers seamonkey,c3,...,c20] [--causes]

Each report's signals are read once through the shipped `CaseIndex` (`bench/case_r26_variants.read_set`: the query's
own SeaMonkey report dropped; whole-text vectors as the product reads them) and every variant fuses those arrays.
Only SeaMonkey's dev reports are read (`r20.dev_library`). `--causes` prints, per SeaMonkey dev report the product
ranks below a plain baseline, the duplicate's rank under each signal and the case(s) the product puts above it.
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
import bench.case_r26_variants as r26  # noqa: E402
import bench.case_r27_variants as r27  # noqa: E402
from exporter.cases import matching  # noqa: E402

BASE = r20.BASE  # the label the tallies read as the base: here the shipped fusion (round 26's scale)
Fuse = Callable[[r26.Report], np.ndarray]


def shipped(r: r26.Report) -> np.ndarray:
    return r26.scaled(r.s, matching.meaning_sure_scale(r.s.sem))


def rank_in(x: np.ndarray, pos: int) -> int:
    """1-based rank of position `pos` under the signal `x` (ties: the better rank)."""
    return int(np.count_nonzero(x > x[pos])) + 1


def near_tie_by(step: float, signal: str) -> Fuse:
    """The shipped relevance cut to steps of `step`, cases within a step ordered by `signal` (a near-tie reordered
    by one reading, not by the sum that made it)."""

    def rel(r: r26.Report) -> np.ndarray:
        base = shipped(r)
        x = getattr(r.s, signal)
        return np.floor(base / step) * step + step * 0.999 * (x - x.min()) / max(float(x.max() - x.min()), 1e-12)

    return rel


def agreement(w: float, k: int = matching.RANK_K) -> Fuse:
    """The shipped relevance plus `w` x the mean reciprocal rank over cosine, coverage and overlap (`W_RANK`)."""

    def rel(r: r26.Report) -> np.ndarray:
        base = shipped(r)
        agreed = sum(matching.reciprocal_ranks(matching._steps(x), k) for x in (r.s.sem, r.s.cov, r.s.shared))
        return (base + w * agreed * (k + 1) / 3.0) / (1.0 + w)

    return rel


def cosine_rank(w: float, k: int = matching.RANK_K) -> Fuse:
    """The shipped relevance plus `w` x the cosine's reciprocal rank: meaning's own order as a tie-breaker."""

    def rel(r: r26.Report) -> np.ndarray:
        return (shipped(r) + w * matching.reciprocal_ranks(r.s.sem, k) * (k + 1)) / (1.0 + w)

    return rel


def title_field(w: float) -> Fuse:
    """The shipped relevance plus `w` x the report headline's coverage of each case's title alone (a field of its
    own: two reports of one problem name it in their first lines), both on the report's 0-1 scale."""

    def rel(r: r26.Report) -> np.ndarray:
        return (shipped(r) + w * matching.meaning_sure_scale(r.s.sem) * r.title_cov) / (1.0 + w)

    return rel


def read_titles(ds: cm.Dataset, reps: list[r26.Report]) -> None:
    """Each report's headline coverage over the cases' titles alone (`title_cov`, cut to the report's library)."""
    titles = matching.CaseIndex(ds.ids, [c["title"] for c in ds.cases[:len(ds.ids)]],
                                np.zeros((len(ds.ids), matching.DIM), np.float32), stems=0.0)
    for q, r in zip(ds.queries, reps, strict=True):
        head = [x for x in matching.report_lines(q.text) if x.strip()][:1]
        r.title_cov = titles.coverage(head[0] if head else q.text)[r.s.keep].astype(np.float64)


def variants() -> dict[str, Fuse]:
    out: dict[str, Fuse] = {BASE: shipped}
    for w in (0.05, 0.1, 0.2, 0.3):
        out[f"title field {w:g}"] = title_field(w)
    for step in (0.005, 0.01, 0.02):
        for sig in ("sem", "cov", "lead", "shared"):
            out[f"near-tie {step:g} by {sig}"] = near_tie_by(step, sig)
    for w in (0.02, 0.05, 0.1):
        out[f"agreement {w:g}"] = agreement(w)
        out[f"cosine rank {w:g}"] = cosine_rank(w)
    return out


def causes(ds: cm.Dataset, reps: list[r26.Report], base: dict, bm25: dict, minilm: dict) -> None:
    """Per SeaMonkey dev report the product ranks below a plain baseline: ranks, the duplicate's signals and ranks
    under each, and the first case above it with its signals."""
    for q, r in zip(ds.queries, reps, strict=True):
        got = {name: r26._first(q, rk[q.qid]) for name, rk in (("product", base), ("bm25", bm25), ("minilm", minilm))}
        if (got["product"] or 99) <= min(got["bm25"] or 99, got["minilm"] or 99):
            continue
        rel = shipped(r)
        keep = list(r.s.keep)
        dup = min((keep.index(ds.ids.index(d)) for d in q.relevant if ds.ids.index(d) in keep),
                  key=lambda p: -rel[p])
        top = int(np.argmax(rel))
        cells = {sig: getattr(r.s, sig) for sig in ("sem", "cov", "lead", "shared")}
        print(f"CAUSE {q.qid} ranks {got} scale {matching.meaning_sure_scale(r.s.sem):.2f} terms {r.terms}", flush=True)
        for label, p in (("dup", dup), ("top", top)):
            print(f"   {label} {ds.ids[keep[p]]:>8s} rel {rel[p]:.3f} " + " ".join(
                f"{s} {x[p]:.3f}(#{rank_in(x, p)})" for s, x in cells.items())
                + f" | {ds.cases[keep[p]]['title'][:70]!r}", flush=True)
        print(f"   report {q.text[:110]!r}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--writers", default="seamonkey," + ",".join(f"c{i}" for i in range(3, 21)))
    ap.add_argument("--embedding-cache", type=Path, default=None)
    ap.add_argument("--causes", action="store_true")
    ap.add_argument("--only", default="", help="only the variants whose label holds one of these |-separated texts")
    args = ap.parse_args()
    only = [x for x in args.only.split("|") if x]
    table = {k: v for k, v in variants().items() if k == BASE or not only or any(x in k for x in only)}
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    results: dict[str, dict] = {}
    for name in r20.use_writers(args.writers, 20):
        ds, reps = r26.read_set(name)
        read_titles(ds, reps)
        rankings = {label: {q.qid: [ds.ids[p] for p in r20.order(r.s, fuse(r), cm.DEPTH + 1)]
                            for q, r in zip(ds.queries, reps, strict=True)} for label, fuse in table.items()}
        rankings |= {"plain BM25": cm.bm25_rankings(ds), "plain MiniLM": cm.minilm_rankings(ds)}
        if args.causes and name == "seamonkey":
            causes(ds, reps, rankings[BASE], rankings["plain BM25"], rankings["plain MiniLM"])
        results[name] = {label: r20.tally(ds, rk) for label, rk in rankings.items()}
        for label, t in results[name].items():
            moved = sum(rankings[label][q.qid][:10] != rankings[BASE][q.qid][:10] for q in ds.queries)
            r20.show(name, label, t, moved, 40)
    r27.judge(results, [lab for lab in table if lab != BASE], folds=any(n != "seamonkey" for n in results))


if __name__ == "__main__":
    main()
