"""Round 15 matcher variants for issue 17: where the hybrid loses to a plain baseline on dev reports, and why, DEV
lines only (c5 and c6 released whole as dev data).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_r15_variants.py --sets postmortems-c6,c6-all,... \
        --embedding-cache /tmp/r15case/emb.pkl [--loso] [--diagnose]

`--diagnose` prints, for each dev report where plain BM25 or plain MiniLM puts the right case higher than the
product's fusion (`CaseIndex.search`, text only: no context or quality), the right case's rank under each of the
fusion's signals (cosine, coverage, headline coverage, overlap) and under both plain baselines, and each signal's
gap share (how clearly its best case stands out): which signal had the answer higher, and how sure it was.

Every variant is the shipped matcher with module settings changed (`matching.*`), scored through
`CaseIndex.search` as the product ranks; `--loso` picks, for each set left out, the variant with the best mean dev
gain over the others (`loso_report`). Only dev lines are scored: test lines are dropped before anything is
embedded, except c5's and c6's (both halves released as dev data, each having been run twice held out by the lead).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
from bench.case_match_variants import loso_report, prepared_dev_set, record_dev_score  # noqa: E402
from exporter.cases import matching, repo  # noqa: E402

RELEASED = {"postmortems-c5", "c5-all", "postmortems-c6", "c6-all"}  # both halves are dev data from round 15 on
BASE = "product (round 14)"


def variants() -> dict[str, dict]:
    """Label -> the `matching` settings it ranks with (every other setting is the shipped matcher's)."""
    out: dict[str, dict] = {BASE: {"W_RANK": 0.0}}
    out["headline weight 0 (ablation)"] = {"W_LEAD": 0.0, "W_RANK": 0.0}
    out["round 14's best line x 0.5 x (1 - gap)"] = {"BEST_LINE": 0.5, "W_RANK": 0.0}
    # Run at 05:21 and 05:23 UTC (commit 0ab6cc7, flags since removed from the product; rows in bench/RESULTS.md):
    # the headline's coverage shrunk towards the report's when it holds the evidence of fewer than 1-4 rare terms
    # (LEAD_EVIDENCE), and the cosine's weight x its gap share against coverage's (SEM_BY_GAP).
    # Added 05:25 UTC after the first run (every row above read): the signals' ranks beside their values, so two
    # signals that agree on a case count for more than one confident signal alone (`matching.W_RANK`, shipped).
    for w in (0.05, 0.1, 0.2):
        for k in (5, 20, 60):
            out[f"+ {w:g} x mean reciprocal rank, k {k}"] = {"W_RANK": w, "RANK_K": k}
    # Added 05:34 UTC after run-to-run differences of one c4 query: ranks taken on scores rounded to `TIE_STEP`
    # (0.01; near-ties share a rank), now in the product; the rows above are these since then. TIE_STEP 0: exact.
    out["+ 0.1 x mean reciprocal rank, k 5, exact scores"] = {"W_RANK": 0.1, "RANK_K": 5, "TIE_STEP": 0.0}
    return out


def rank_all(ds: cm.Dataset, settings: dict, docs: list[dict], vecs: np.ndarray,
             qvecs: np.ndarray) -> dict[str, list[str]]:
    kept = {k: getattr(matching, k) for k in settings}
    try:
        for k, v in settings.items():
            setattr(matching, k, v)
        ix = matching.CaseIndex(ds.ids, [repo.matching_text(d) for d in docs], vecs)
        out = {}
        for q, v in zip(ds.queries, qvecs, strict=True):
            res = ix.search(q.text, v, k=cm.DEPTH + 1, lines=matching.report_lines(q.text))
            out[q.qid] = [ds.ids[p] for p, *_ in res]
        return out
    finally:
        for k, v in kept.items():
            setattr(matching, k, v)


def _rank(scores: np.ndarray, ids: list[str], q: cm.Query) -> int:
    s = np.asarray(scores, dtype=np.float64).copy()
    if q.exclude is not None:
        s[ids.index(q.exclude)] = -1e9
    order = np.argsort(-s, kind="stable")
    return next((r for r, d in enumerate(order, start=1) if ids[d] in q.relevant), 999)


def _first(order: list[str], q: cm.Query) -> int:
    order = [d for d in order if d != q.exclude]
    return next((r for r, d in enumerate(order, start=1) if d in q.relevant), 999)


def diagnose(ds: cm.Dataset, docs: list[dict], vecs: np.ndarray, qvecs: np.ndarray,
             plain: dict[str, dict[str, list[str]]], product: dict[str, list[str]]) -> None:
    """Each dev report a plain baseline ranks better than the product: every signal's rank of the answer."""
    ix = matching.CaseIndex(ds.ids, [repo.matching_text(d) for d in docs], vecs)
    for q, v in zip(ds.queries, qvecs, strict=True):
        p = _first(product[q.qid], q)
        b, m = _first(plain["plain BM25"][q.qid], q), _first(plain["plain MiniLM"][q.qid], q)
        if min(b, m) >= p:
            continue
        sem = ix.semantic(v)
        cov = ix.coverage(q.text)
        lead = ix.coverage(matching.lead_text(q.text))
        shared = ix.overlap(matching.lexical_tokens(q.text))
        ranks = {k: _rank(s, ds.ids, q) for k, s in (("cos", sem), ("cov", cov), ("lead", lead), ("ovl", shared))}
        gaps = {k: round(matching.gap_share(s), 2) for k, s in (("cos", sem), ("cov", cov), ("lead", lead),
                                                                ("ovl", shared))}
        top = product[q.qid][0] if product[q.qid] else "-"
        print(f"  {ds.name:22s} {q.qid:10s} product {p:3d} bm25 {b:3d} minilm {m:3d} | signal ranks {ranks} "
              f"gaps {gaps} | product's first {top} answer {sorted(q.relevant)[:3]} "
              f"| {len(matching.lexical_tokens(q.text))} terms", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="postmortems-c6,c6-all")
    ap.add_argument("--embedding-cache", type=Path, default=None)
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--diagnose", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated variant labels to run (default: all)")
    args = ap.parse_args()
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    results: dict[str, dict[str, float]] = {}
    best_plain: dict[str, float] = {}
    only = {x for x in args.only.split(",") if x}
    for name in (x for x in args.sets.split(",") if x):
        ds, plain, docs, vecs, qvecs = prepared_dev_set(name, RELEASED, best_plain)
        results[name] = {}
        for label, settings in variants().items():
            if only and label not in only and label != BASE:
                continue
            ranking = rank_all(ds, settings, docs, vecs, qvecs)
            record_dev_score(results, name, label, ds, ranking)
            if args.diagnose and label == BASE:
                diagnose(ds, docs, vecs, qvecs, plain, ranking)
    if args.loso and len(results) > 1:
        loso_report(results, BASE, 50, best_plain, gain_digits=4)


if __name__ == "__main__":
    main()
