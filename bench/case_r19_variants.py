"""Round 19 matcher variants for issue 17: where the hybrid ranks a true case below plain BM25's rank, and fusions
that keep BM25's strength where it is sure, judged leave-one-WRITER-out over every released report set, DEV lines
only (c3-c10 and the first postmortems reports released whole; the dev halves of SeaMonkey, postmortems2's sets
and incidents).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_r19_variants.py --embedding-cache /tmp/r19case/emb.pkl [--why]

`--why` counts, per writer, the dev reports plain BM25 ranks better than the product (text only, `CaseIndex.search`)
and sorts each into the first step that loses it: the product's own lexical coverage already ranks the answer
below BM25's rank ("text": what is indexed and how it is tokenised), or coverage ranks it as well as BM25 and the
fusion with the cosine, headline and overlap pulls it down ("fusion"). It prints each lost report of the released
writers with every signal's rank (c10 is released whole this round). Variants are ranked as round 18's script
ranks them (`bench.case_r18_variants.rank_all`), plus "_fix": the case's fix added to its lexical text.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
import bench.case_r18_variants as r18  # noqa: E402
from bench.case_r15_variants import _first  # noqa: E402
from exporter.cases import matching, repo  # noqa: E402

RELEASED = r18.RELEASED | {"postmortems-c10", "c10-all"}
WRITERS = {"c10": ["postmortems-c10", "c10-all"], **r18.WRITERS}
BASE = "product (round 18, shipped)"


def variants() -> dict[str, dict]:
    """Label -> the `matching` settings it ranks with ("_fix": the fix in the lexical text, as `FIX_TEXT` loads it).

    Every row names its lexical weight, so the table reads the same whatever the product ships. Two more kinds
    were run at `d82c652` through switches since removed (both lost leave one writer out, bench/RESULTS.md round
    19): coverage's weight scaled by its gap share against the cosine's, and relevance added to the case every
    lexical signal puts first.
    """
    out: dict[str, dict] = {BASE: {"W_LEXICAL": 0.5}}
    for w in (0.75, 1.0):
        out[f"W_LEXICAL {w:g}"] = {"W_LEXICAL": w}
    out["W_LEAD 0.5"] = {"W_LEXICAL": 0.5, "W_LEAD": 0.5}
    out["W_OVERLAP 0.75"] = {"W_LEXICAL": 0.5, "W_OVERLAP": 0.75}
    out["the fix in the lexical text"] = {"W_LEXICAL": 0.5, "_fix": True}
    out["the fix in the lexical text, W_LEXICAL 0.75 (the writers' pick, breaks a promise)"] = {"W_LEXICAL": 0.75, "_fix": True}
    return out


def rank_all(ds: cm.Dataset, settings: dict, docs: list[dict], vecs: np.ndarray,
             qvecs: np.ndarray) -> dict[str, list[str]]:
    """Every dev report ranked with `settings` through `CaseIndex.search` (text only, as the product ranks)."""
    settings = dict(settings)
    fix = bool(settings.pop("_fix", False))
    with cm.matcher_settings(**settings):
        ix = matching.CaseIndex(ds.ids, [repo.lexical_text(repo.matching_text(d), d.get("solution") if fix else None) for d in docs], vecs)
        out = {}
        for q, v in zip(ds.queries, qvecs, strict=True):
            res = ix.search(q.text, v, k=cm.DEPTH + 1, lines=matching.report_lines(q.text))
            out[q.qid] = [ds.ids[p] for p, *_ in res]
        return out


def signal_ranks(ix: matching.CaseIndex, ds: cm.Dataset, q: cm.Query, v: np.ndarray) -> dict[str, int]:
    """The answer's best rank under each of the product's own signals alone."""
    words = matching.lexical_tokens(q.text)
    lead = matching.report_lines(q.text)[:1] or [q.text]
    signals = {"cos": ix.semantic(v), "cov": ix.coverage(q.text), "lead": ix.coverage(lead[0]),
               "ovl": ix.overlap(words)}
    return {k: _first([ds.ids[i] for i in np.argsort(-s, kind="stable")[: cm.DEPTH + 1]], q) for k, s in signals.items()}


def why_lost(name: str, ds: cm.Dataset, docs: list[dict], vecs: np.ndarray, qvecs: np.ndarray,
             plain: dict[str, dict[str, list[str]]], product: dict[str, list[str]], show: bool) -> dict[str, int]:
    """Counts of the dev reports plain BM25 ranks better than the product, by the step that loses them."""
    ix = matching.CaseIndex(ds.ids, [repo.matching_text(d) for d in docs], vecs)
    counts = {"reports": 0, "bm25 better": 0, "text": 0, "fusion": 0, "product better": 0}
    for q, v in zip(ds.queries, qvecs, strict=True):
        p, b = _first(product[q.qid], q), _first(plain["plain BM25"][q.qid], q)
        counts["reports"] += 1
        counts["product better"] += p < b
        if p <= b:
            continue
        ranks = signal_ranks(ix, ds, q, v)
        step = "text" if ranks["cov"] > b else "fusion"
        counts["bm25 better"] += 1
        counts[step] += 1
        if show:
            m = _first(plain["plain MiniLM"][q.qid], q)
            print(f"  LOST {name} {q.qid} product {p} bm25 {b} minilm {m} {step} "
                  + " ".join(f"{k} {r}" for k, r in ranks.items()) + f" | {q.text[:160]}", flush=True)
    print(f"WHY {name:24s} " + " ".join(f"{k} {n}" for k, n in counts.items()), flush=True)
    return counts


def main() -> None:
    ap = r18.variant_args(WRITERS)
    ap.add_argument("--why", action="store_true", help="sort the reports BM25 ranks better by the step that loses them")
    args = ap.parse_args()

    def why(name: str, prepared: tuple, rankings: dict[str, dict[str, list[str]]]) -> None:
        if args.why:
            ds, plain, docs, vecs, qvecs = prepared
            why_lost(name, ds, docs, vecs, qvecs, plain, rankings[BASE], show=name in RELEASED)

    results = r18.score_variants(args, RELEASED, variants(), rank_all, BASE, why)
    if len(results) > 1:
        r18.writer_loso(results, WRITERS, BASE)


if __name__ == "__main__":
    main()
