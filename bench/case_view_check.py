"""An asker's view of an org's case index (`matching.VisibleCases`, round 27) against an index built from the visible
cases alone: every signal's largest difference and whether the first 30 agree, on random cases and reports.

    PYTHONPATH=. .venv/bin/python bench/case_view_check.py [--cases 400] [--hidden 37] [--reports 50]

The view recomputes BM25's weights from each posting's term count (recovered from bm25s's float32 weights) with the
visible cases' idf and average length, and cuts the org's cosines; it must equal the fresh index up to float32
rounding, whatever is hidden.
"""

from __future__ import annotations

import argparse
import random

import numpy as np

from exporter.cases import matching


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=400)
    ap.add_argument("--hidden", type=int, default=37)
    ap.add_argument("--reports", type=int, default=50)
    args = ap.parse_args()
    rng = random.Random(1)
    words = [f"w{i}" for i in range(300)] + ["OOMKilled", "java.lang.OutOfMemoryError", "1.24"]
    texts = [" ".join(rng.choice(words[: rng.randint(20, len(words))]) for _ in range(rng.randint(3, 400)))
             for _ in range(args.cases)]
    vec = np.random.default_rng(0).normal(size=(args.cases, 384)).astype(np.float32)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True)
    ids = [f"c{i}" for i in range(args.cases)]
    whole = matching.CaseIndex(ids, texts, vec)
    keep = np.setdiff1d(np.arange(args.cases), sorted(rng.sample(range(args.cases), args.hidden)))
    view = matching.VisibleCases(whole, keep)
    fresh = matching.CaseIndex([ids[i] for i in keep], [texts[i] for i in keep], vec[keep])
    worst, same = 0.0, 0
    for _ in range(args.reports):
        t = " ".join(rng.choice(words) for _ in range(rng.randint(2, 200)))
        qv = vec[rng.randrange(args.cases)]
        a, b = view.read(t, qv, [t]), fresh.read(t, qv, [t])
        for x, y in ((a.sem, b.sem), (a.coverage, b.coverage), (a.lead, b.lead), (a.shared, b.shared),
                     (view.relevance(a), fresh.relevance(b))):
            worst = max(worst, float(np.abs(np.asarray(x, float) - np.asarray(y, float)).max()))
        same += [i for i, *_ in view.top(a, 30)] == [i for i, *_ in fresh.top(b, 30)]
    counts = whole.term_counts()
    print({"cases": args.cases, "hidden": args.hidden, "reports": args.reports, "max_abs_difference": worst,
           "same_top30": f"{same}/{args.reports}", "df_equal": view.df == fresh.df,
           "term_counts_integral": float(np.abs(counts - np.rint(counts)).max())})


if __name__ == "__main__":
    main()
