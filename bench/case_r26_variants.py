"""Round 26 variants for issue 17: an org with no confirmed pairs, and the lexical weight read per report from how
much its own words say, judged leave-one-writer-out over SeaMonkey's dev pairs and the released writer sets c3-c17
(both halves of each, each writer's reports against the 127 postmortems cases and against all 345).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_r26_variants.py --embedding-cache /tmp/fuse3/emb.pkl [--dump F]

Each report's signals are read once through the shipped `CaseIndex` (`bench/case_r20_variants.read_signals`, the
query's own SeaMonkey report dropped from its library; whole-text vectors as the product reads them) and every
variant fuses those arrays. Beside the signals, per report, the quantities a per-report rule may read: how many
terms the report holds, how informative they are (the mean idf of its distinct terms over the library's largest),
and the cosine's best value and gap share. `--causes` prints, per set, the reports whose rank moves between the
product and its lexical weights at 0.25, and those quantities' medians on the reports each side wins.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
import bench.case_r20_variants as r20  # noqa: E402
from detectors.text_normalize import denoise  # noqa: E402
from exporter.cases import matching, repo  # noqa: E402
from exporter.text import embeddings  # noqa: E402

BASE = r20.BASE


@dataclass
class Report:
    """One report's signals (`r20.Signals`) and the per-report quantities a rule may read."""

    s: r20.Signals
    terms: int  # distinct lexical terms of the report that the library holds
    info: float  # mean idf of those terms over the library's largest idf (0-1): how far they single out a case
    rare: float  # share of the report's idf mass in terms held by at most 1% of the library
    sem_top: float
    sem_gap: float


def read_set(name: str, distractors: str = "") -> tuple[cm.Dataset, list[Report]]:
    """A set's reports read against its library; with `distractors` (a set's name), that set's cases join the
    library as cases no report belongs to (a larger org's library, where the best cosine of N cases rises with N)."""
    ds, docs, texts = r20.dev_library(name)
    ids = list(ds.ids)
    if distractors:
        extra, extra_docs, extra_texts = r20.dev_library(distractors)
        ids += [f"x-{i}" for i in extra.ids]
        docs, texts = docs + extra_docs, texts + extra_texts
    cvec = embeddings.whole_text_vectors([repo.embedding_text(d) for d in docs], cm.embed)
    qvec = embeddings.whole_text_vectors([denoise(q.text) for q in ds.queries], cm.embed)
    ds.ids = ids
    ix = matching.CaseIndex(ids, texts, cvec)
    top_idf = float(ix._term_idf.max()) if len(ix._term_idf) else 1.0
    n = len(ds.ids)
    out = []
    for q, v in zip(ds.queries, qvec, strict=True):
        drop = ds.ids.index(q.exclude) if q.exclude is not None else None
        s = r20.read_signals(ix, q.text, v, drop)
        words = sorted(set(matching.lexical_tokens(q.text)))
        held = [w for w in words if ix.df.get(w, 0) > 0]
        idf = np.array([ix.idf(w) for w in held]) if held else np.zeros(1)
        rare = np.array([ix.df[w] <= max(1, 0.01 * n) for w in held]) if held else np.zeros(1, bool)
        out.append(Report(s, len(held), float(idf.mean() / top_idf), float(idf[rare].sum() / max(idf.sum(), 1e-9)),
                          float(s.sem.max()), matching.gap_share(s.sem)))
    return ds, out


Fuse = Callable[[Report], np.ndarray]


def scaled(s: r20.Signals, a: float) -> np.ndarray:
    """The product's fusion, every lexical weight times `a` (`matching.linear_relevance`)."""
    return matching.linear_relevance(s.sem, s.cov, s.lead, s.shared, a)


def by_info(lo: float, hi: float, floor: float) -> Fuse:
    """Lexical scale from the report's informativeness: `floor` at or below `lo`, 1 at or above `hi`, linear between."""

    def rel(r: Report) -> np.ndarray:
        t = min(1.0, max(0.0, (r.info - lo) / max(hi - lo, 1e-9)))
        return scaled(r.s, floor + (1.0 - floor) * t)

    return rel


def by_terms(lo: int, hi: int, floor: float) -> Fuse:
    """Lexical scale from the report's length in distinct terms: 1 at or below `lo`, `floor` at or above `hi`."""

    def rel(r: Report) -> np.ndarray:
        t = min(1.0, max(0.0, (r.terms - lo) / max(hi - lo, 1)))
        return scaled(r.s, 1.0 - (1.0 - floor) * t)

    return rel


def by_field(field: str, lo: float, hi: float, floor: float, rising: bool) -> Fuse:
    def rel(r: Report) -> np.ndarray:
        t = min(1.0, max(0.0, (getattr(r, field) - lo) / max(hi - lo, 1e-9)))
        t = t if rising else 1.0 - t
        return scaled(r.s, floor + (1.0 - floor) * t)

    return rel


def variants() -> dict[str, Fuse]:
    out: dict[str, Fuse] = {BASE: lambda r: scaled(r.s, 1.0)}
    for a in (0.0, 0.25, 0.5):
        out[f"lexical x {a:g}"] = lambda r, a=a: scaled(r.s, a)
    for lo, hi in ((0.3, 0.5), (0.35, 0.55), (0.4, 0.6), (0.45, 0.65)):
        for floor in (0.25, 0.5):
            out[f"scale by info {lo:g}-{hi:g} floor {floor:g}"] = by_info(lo, hi, floor)
    for lo, hi in ((20, 60), (30, 100), (40, 150), (60, 200)):
        for floor in (0.25, 0.5):
            out[f"scale by terms {lo}-{hi} floor {floor:g}"] = by_terms(lo, hi, floor)
    for lo, hi in ((0.6, 0.8), (0.65, 0.85), (0.7, 0.9), (0.7, 0.8), (0.75, 0.9), (0.8, 0.95)):
        for floor in (0.0, 0.25, 0.5):
            out[f"scale by best cosine {lo:g}-{hi:g} floor {floor:g}"] = by_field("sem_top", lo, hi, floor, False)
    for lo, hi in ((0.45, 0.6), (0.5, 0.65), (0.5, 0.7), (0.55, 0.7)):
        for floor in (0.0, 0.25):
            out[f"scale by info {lo:g}-{hi:g} floor {floor:g}"] = by_info(lo, hi, floor)
    for lo, hi in ((0.1, 0.3), (0.2, 0.5)):
        out[f"scale by rare share {lo:g}-{hi:g} floor 0.25"] = by_field("rare", lo, hi, 0.25, True)
    return out


def causes(name: str, ds: cm.Dataset, reps: list[Report], table: dict[str, Fuse]) -> None:
    """Per set: the reports the product and x0.25 rank differently, and the quantities where each wins."""
    win: dict[str, list[Report]] = {"x1": [], "x0.25": []}
    for q, r in zip(ds.queries, reps, strict=True):
        a = rank_of(ds, q, r, table[BASE](r))
        b = rank_of(ds, q, r, table["lexical x 0.25"](r))
        if a != b:
            win["x1" if (a or 99) < (b or 99) else "x0.25"].append(r)
    cells = []
    for side, rs in win.items():
        if rs:
            cells.append(f"{side} wins {len(rs)}: terms {np.median([r.terms for r in rs]):.0f} info "
                         f"{np.median([r.info for r in rs]):.3f} rare {np.median([r.rare for r in rs]):.2f} "
                         f"semtop {np.median([r.sem_top for r in rs]):.3f}")
    allr = f"all {len(reps)}: terms {np.median([r.terms for r in reps]):.0f} info {np.median([r.info for r in reps]):.3f}"
    print(f"CAUSES {name:18s} {allr} | " + " | ".join(cells), flush=True)


def rank_of(ds: cm.Dataset, q: cm.Query, r: Report, rel: np.ndarray) -> int | None:
    order = [ds.ids[p] for p in r20.order(r.s, rel, cm.DEPTH + 1)]
    return r20.first_rank(ds, q, order) if hasattr(r20, "first_rank") else _first(q, order)


def _first(q: cm.Query, order: list[str]) -> int | None:
    order = [d for d in order if d != q.exclude][: cm.DEPTH]
    return next((i for i, d in enumerate(order, start=1) if d in q.relevant), None)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedding-cache", type=Path, default=None)
    ap.add_argument("--writers", default="seamonkey," + ",".join(f"c{i}" for i in range(3, 18)))
    ap.add_argument("--causes", action="store_true")
    ap.add_argument("--dump", type=Path, default=None, help="pickle the per-report quantities and ranks here")
    ap.add_argument("--distractors", default="", help="a set whose cases join every library (review R1: size)")
    ap.add_argument("--only", default="", help="run only the variants whose label holds one of these |-separated texts")
    args = ap.parse_args()
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    table = variants()
    only = [x for x in args.only.split("|") if x]
    table = {k: v for k, v in table.items() if k == BASE or not only or any(x in k for x in only)}
    results: dict[str, dict] = {}
    dump: dict[str, list] = {}
    for name in r20.use_writers(args.writers, 17):
        ds, reps = read_set(name, args.distractors)
        if args.causes:
            causes(name, ds, reps, table)
        rankings = {label: {q.qid: [ds.ids[p] for p in r20.order(r.s, fuse(r), cm.DEPTH + 1)]
                            for q, r in zip(ds.queries, reps, strict=True)} for label, fuse in table.items()}
        if not args.distractors:
            rankings |= {"plain BM25": cm.bm25_rankings(ds), "plain MiniLM": cm.minilm_rankings(ds)}
        results[name] = {label: r20.tally(ds, rk) for label, rk in rankings.items()}
        dump[name] = [(q.qid, q.split, r.terms, r.info, r.rare, r.sem_top, r.sem_gap,
                       {a: rank_of(ds, q, r, scaled(r.s, a)) for a in (0.0, 0.25, 0.5, 1.0)})
                      for q, r in zip(ds.queries, reps, strict=True)]
        for label, t in results[name].items():
            r20.show(name, label, t, 0, 56)
    if args.dump is not None:
        with open(args.dump, "wb") as fh:
            pickle.dump(dump, fh)
    if not args.distractors:  # the plain baselines are not read against distractors
        r20.report(results, [lab for lab in table if lab != BASE])
    halves(results, [lab for lab in table if lab != BASE])


def halves(results: dict, labels: list[str]) -> None:
    """Per variant: SeaMonkey dev, and every writer half (set x split) against the product: the lowest, how many
    fall more than 0.015, and the gain pooled over the halves."""
    print("\nHALVES (writer set x split against the product)", flush=True)
    for label in labels:
        deltas = {}
        for name, res in results.items():
            for split, (rr, n) in res[label].items():
                if name != "seamonkey":
                    deltas[f"{name}:{split}"] = (rr - res[BASE][split][0]) / max(n, 1)
        sm = results.get("seamonkey", {}).get(label, {}).get("dev")
        worst = min(deltas, key=deltas.get) if deltas else ""
        print(f"{label:56s} seamonkey dev {sm[0] / max(sm[1], 1) if sm else float('nan'):.3f} "
              f"halves {len(deltas)} mean {np.mean(list(deltas.values())) if deltas else 0:+.4f} "
              f"below -0.015: {sum(d < -0.015 for d in deltas.values())} worst {worst} "
              f"{deltas.get(worst, 0):+.3f} up {sum(d > 0 for d in deltas.values())} "
              f"down {sum(d < 0 for d in deltas.values())}", flush=True)


if __name__ == "__main__":
    main()
