"""Round 31 (issue 17): the product's fusion replayed offline over kept signals (`bench/case_r31_signals.py`), so a
change to how the signals are fused can be read on SeaMonkey's dev reports and on every writer's reports in seconds.

    PYTHONPATH=$PWD .venv/bin/python bench/case_r31_fusions.py --signals /tmp/fuse8/signals.pkl [--why]

`replay` ranks as `matching.rank` does (the fusion `CaseIndex.relevance` at the org's scale 1, the candidates'
cut, then each case's near-tie factor); with the product's settings it must give the product's own ranking
(checked on every report: `same_as_product`). `--why` prints, for each dev report the product ranks below plain
BM25 or plain MiniLM, the signals of its first right case and of the cases ranked above it.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import case_match as cm  # noqa: E402

from exporter.cases import matching  # noqa: E402

DEPTH = 50


class _Cases:
    def __init__(self, n: int):
        self.ids = list(range(n))


settings = cm.matcher_settings  # the matcher's module settings inside a block, the product's after it


def replay(r: dict) -> list[str]:
    """The product's ranking of one report from its kept signals, under the matcher's current module settings."""
    s = matching.Signals(r["sem"], r["coverage"], r["lead"], r["shared"])
    rel = matching.CaseIndex.relevance(_Cases(len(r["docs"])), s, 1.0)
    keep = np.flatnonzero((rel > 0) & ((s.sem >= matching.MIN_COSINE) | (s.coverage >= matching.MIN_LEXICAL_COVERAGE)))
    top = keep[np.argsort(-rel[keep], kind="stable")][:max(matching.CANDIDATES, DEPTH)]
    scored = sorted(((min(1.0, float(rel[i]) * r["factor"][i]), i) for i in top), key=lambda x: -x[0])
    return [r["docs"][i] for _, i in scored]


def first_right(r: dict, ranking: list[str], group: bool = False) -> int | None:
    right = (r["group"] or r["relevant"]) if group else r["relevant"]
    order = [d for d in ranking if d != r["exclude"]][:DEPTH]
    return next((i for i, d in enumerate(order, start=1) if d in right), None)


def mrr(reports: list[dict], rankings: list[list[str]], group: bool = False) -> float:
    if not reports:
        return 0.0
    return sum(1.0 / x if (x := first_right(r, k, group)) else 0.0 for r, k in zip(reports, rankings, strict=True)) \
        / len(reports)


def why(r: dict) -> dict:
    """The report's first right case and the cases ranked above it, with their signals."""
    ranking = replay(r)
    at = {d: i for i, d in enumerate(r["docs"])}
    pos = first_right(r, ranking)
    out = {"qid": r["qid"], "headline": r["lines"][0][:120] if r["lines"] else "", "len": len(r["text"]),
           "product": pos, "bm25": first_right(r, r["bm25"]), "minilm": first_right(r, r["minilm"]),
           "best_cos": round(float(np.max(r["sem"])), 3), "scale": round(matching.meaning_sure_scale(r["sem"]), 3)}
    order = [d for d in ranking if d != r["exclude"]]
    shown = order[: (pos or 3)]
    right = next((d for d in order if d in r["relevant"]), None)
    if right and right not in shown:
        shown.append(right)
    out["cases"] = [{"doc": d, "right": d in r["relevant"], "sem": round(float(r["sem"][at[d]]), 3),
                     "cov": round(float(r["coverage"][at[d]]), 3), "lead": round(float(r["lead"][at[d]]), 3),
                     "shared": round(float(r["shared"][at[d]]), 3) if r["shared"] is not None else None}
                    for d in shown]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--signals", type=Path, required=True)
    ap.add_argument("--why", action="store_true")
    ap.add_argument("--settings", default="{}", help="JSON of matcher settings to replay beside the product's")
    a = ap.parse_args()
    with open(a.signals, "rb") as fh:
        got = pickle.load(fh)
    variant = json.loads(a.settings)
    for name, reports in got.items():
        base = [replay(r) for r in reports]
        same = sum(b[:DEPTH] == r["product"][:DEPTH] for b, r in zip(base, reports, strict=True))
        with settings(**variant):
            alt = [replay(r) for r in reports]
        line = {"set": name, "reports": len(reports), "same_as_product": same}
        for split in sorted({r["split"] for r in reports}):
            idx = [i for i, r in enumerate(reports) if r["split"] == split]
            part = [reports[i] for i in idx]
            line[split] = {"product": round(mrr(part, [base[i] for i in idx]), 3),
                           "variant": round(mrr(part, [alt[i] for i in idx]), 3),
                           "bm25": round(mrr(part, [r["bm25"] for r in part]), 3),
                           "minilm": round(mrr(part, [r["minilm"] for r in part]), 3)}
        print(json.dumps(line), flush=True)
        if a.why:
            for r in reports:
                p, b, m = (first_right(r, k) or 999 for k in (replay(r), r["bm25"], r["minilm"]))
                if p > min(b, m):
                    print(json.dumps(why(r)), flush=True)


if __name__ == "__main__":
    main()
