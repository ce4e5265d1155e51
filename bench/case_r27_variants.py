"""Round 27 variants for issue 17 (review R1 of round 26): the per-report lexical scale read from how far the report's
best case stands out in meaning among its own cosines, instead of the best cosine alone, which rises with the
library's size (a larger library holds a nearer case by chance). Judged leave-one-writer-out over the released writer
sets c3-c18 with SeaMonkey left out (its dev pairs shown beside, never a fold's pick), and against distractors.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_r27_variants.py --embedding-cache /tmp/fuse4/emb.pkl \
        [--writers c3,...,c18,seamonkey] [--distractors seamonkey]

Each report's signals are read once through `CaseIndex` (`bench/case_r26_variants.read_set`: the query's own
SeaMonkey report dropped; whole-text vectors as the product reads them). The base here is the shipped fusion
(`matching.meaning_sure_scale` on the best cosine, `SURE_MEANING`); each variant replaces its reading:

- "stand-out k": the best cosine minus the report's k-th best (k 5, 10, 20): chance neighbours lift the k-th with the
  first, a case that reads as the report's own text stands out from them;
- "z": (best - mean) / sd over the report's cosines to the library;
- "both": the shipped ramp and a stand-out ramp together, the larger lexical share of the two (the words shrink only
  where the best case is near in meaning and stands out).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
import bench.case_r20_variants as r20  # noqa: E402
import bench.case_r26_variants as r26  # noqa: E402
from exporter.cases import matching  # noqa: E402

BASE = r20.BASE  # the label the tallies read as the base: here the shipped fusion (round 26)


def ramp(x: float, lo: float, hi: float, floor: float) -> float:
    """The lexical share: 1 at or below `lo`, `floor` at or above `hi`, linear between."""
    return floor + (1.0 - floor) * float(np.clip((hi - x) / max(hi - lo, 1e-9), 0.0, 1.0))


def stand_out(sem: np.ndarray, k: int) -> float:
    top = matching.highest(sem, min(k, len(sem)))
    return float(top[0] - top[-1]) if len(top) else 0.0


def z_of(sem: np.ndarray) -> float:
    sd = float(np.std(sem))
    return float((np.max(sem) - np.mean(sem)) / sd) if sd > 1e-9 else 0.0


def shipped(r: r26.Report) -> np.ndarray:
    return r26.scaled(r.s, matching.meaning_sure_scale(r.s.sem))


def variants() -> dict[str, object]:
    out: dict[str, object] = {BASE: shipped, "round 25 (x1 always)": lambda r: r26.scaled(r.s, 1.0)}
    lo_abs, hi_abs, floor = matching.SURE_MEANING
    for k in (5, 10, 20):
        for lo, hi in ((0.05, 0.15), (0.1, 0.2), (0.1, 0.25), (0.15, 0.3), (0.2, 0.35)):
            out[f"stand-out {k} {lo:g}-{hi:g}"] = (
                lambda r, k=k, lo=lo, hi=hi: r26.scaled(r.s, ramp(stand_out(r.s.sem, k), lo, hi, floor)))
            out[f"both: best 0.7-0.9 and stand-out {k} {lo:g}-{hi:g}"] = (
                lambda r, k=k, lo=lo, hi=hi: r26.scaled(r.s, max(ramp(float(np.max(r.s.sem)), lo_abs, hi_abs, floor),
                                                                 ramp(stand_out(r.s.sem, k), lo, hi, floor))))
    for lo, hi in ((3.0, 5.0), (4.0, 6.0), (5.0, 7.0), (6.0, 8.0)):
        out[f"z {lo:g}-{hi:g}"] = lambda r, lo=lo, hi=hi: r26.scaled(r.s, ramp(z_of(r.s.sem), lo, hi, floor))
    return out


def quantities(name: str, reps: list[r26.Report]) -> None:
    """Per set: the medians and 90th percentiles of the readings (what the ramps' ends are read against)."""
    cells = []
    for label, f in (("best", lambda s: float(np.max(s))), ("so10", lambda s: stand_out(s, 10)), ("z", z_of)):
        xs = [f(r.s.sem) for r in reps]
        cells.append(f"{label} p50 {np.median(xs):.3f} p90 {np.percentile(xs, 90):.3f}")
    print(f"QUANTITIES {name:18s} " + " | ".join(cells), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedding-cache", type=Path, default=None)
    ap.add_argument("--writers", default=",".join(f"c{i}" for i in range(3, 19)) + ",seamonkey")
    ap.add_argument("--distractors", default="", help="a set whose cases join every library (review R1: size)")
    args = ap.parse_args()
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    table = variants()
    results: dict[str, dict] = {}
    for name in r20.use_writers(args.writers, 18):
        ds, reps = r26.read_set(name, args.distractors)
        quantities(name, reps)
        rankings = {label: {q.qid: [ds.ids[p] for p in r20.order(r.s, fuse(r), cm.DEPTH + 1)]
                            for q, r in zip(ds.queries, reps, strict=True)} for label, fuse in table.items()}
        if not args.distractors:
            rankings |= {"plain BM25": cm.bm25_rankings(ds), "plain MiniLM": cm.minilm_rankings(ds)}
        results[name] = {label: r20.tally(ds, rk) for label, rk in rankings.items()}
        for label, t in results[name].items():
            r20.show(name, label, t, 0, 56)
    judge(results, [lab for lab in table if lab != BASE], folds=not args.distractors)


def judge(results: dict, labels: list[str], folds: bool = True) -> None:
    """Leave one writer out over the writers alone (SeaMonkey, when scored, left out of every fold and shown beside),
    then every half against the product."""
    if folds:
        seamonkey = results.pop("seamonkey", None)  # left out of every fold: the writers alone choose
        r20.WRITERS.pop("seamonkey", None)
        r20.report(results, labels)
        if seamonkey is not None:
            results["seamonkey"] = seamonkey
    r26.halves(results, labels)


if __name__ == "__main__":
    main()
