"""Round 12 matcher variants for issue 17: how the lexical evidence is counted and fused, DEV splits only.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_fusion_variants.py --sets seamonkey,postmortems-c3,... \
        --embedding-cache /tmp/r12case/emb.pkl [--loso]

Listed before any run of this round (2026-12-05 20:45 UTC). Rounds 1-10 moved the *weights* of the same three
signals, added signals (titles, passages, identifiers, phrases, fields, neighbours, feedback, cause vectors) or
swapped the fusion for ranks or per-query z-scores. None of them changed how the report's own terms are counted or
how the two scales interact, which is what this list tries, each a general, well-known form:

- **query terms once**: a long report that repeats a word ("crash ... crashes ... crash") counts it as often in
  BM25 and in the attainable weight; counted once, a report's coverage is the share of its *distinct* evidence;
- **key terms**: coverage over the report's k rarest distinct terms only (k 10, 20), so a long report's background
  cannot dilute the few terms that name the failure (Lavrenko-style query reduction);
- **reverse coverage**: the share of the *case's* distinct term evidence (idf) the report holds, added beside the
  report-side coverage, or their geometric mean in its place (a duplicate tells the same things both ways);
- **multiplicative fusion**: cosine x (1 + lexical), so lexical evidence lifts a case in proportion to how close it
  already is in meaning, and a lexical hit with a weak cosine gains little;
- **concave coverage**: sqrt of coverage and headline coverage, so the first shared rare terms count most and a
  case repeating the report's words gains less for each further one.

Context and quality are left out (every case here is new and unrated), as in `bench/case_match_variants.py`.
`--loso` picks, for each set left out, the variant with the best mean dev MRR gain over the other sets and prints
its gain on the set left out: a change chosen on some sets must help the others before it is believed.
Test splits are never scored here.

First run (20:43-21:03 UTC, ten dev splits, before c4 existed in this tree): the leave-one-set-out pick is the
concave form (cos + 0.5 sqrt(cov) + 0.25 sqrt(headline)) on 7 of 10 folds, reverse coverage on 3 (x 0.5 loses
0.059 on SeaMonkey dev when SeaMonkey is left out). **Chosen at 21:05 UTC: the concave form**, before the fourth
writer's reports (`postmortems-c4`, `c4-all`, merged from main at 21:04) were scored: their dev splits are the
check of that choice on reports no variant was chosen on.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
from bench.case_match_variants import dev_score, loso_report, stored_docs  # noqa: E402
from detectors.text_normalize import denoise  # noqa: E402
from exporter.cases import repo  # noqa: E402
from exporter.cases.matching import CaseIndex, lead_text, lexical_tokens  # noqa: E402


def _coverage(ix: CaseIndex, toks: list[str]) -> np.ndarray:
    lex, weight = ix.lexical(toks)
    return np.clip(lex / weight, 0.0, 1.0) if weight > 0 else np.zeros(len(ix), np.float32)


def _once(toks: list[str]) -> list[str]:
    return list(dict.fromkeys(toks))


def _key_terms(ix: CaseIndex, toks: list[str], k: int) -> list[str]:
    distinct = [t for t in _once(toks) if ix.idf(t) > 0]
    return sorted(distinct, key=lambda t: -ix.idf(t))[:k]


def signals(ds: cm.Dataset) -> dict[str, np.ndarray]:
    docs = stored_docs(ds)
    n = len(docs)
    qs = [q.text for q in ds.queries]
    lex = [repo.matching_text(d) for d in docs]
    ix = CaseIndex(ds.ids, lex, np.zeros((n, 384), np.float32))
    qtok = [lexical_tokens(t) for t in qs]
    ltok = [lexical_tokens(lead_text(t)) for t in qs]
    case_sets = [set(lexical_tokens(t)) for t in lex]
    case_weight = np.array([sum(ix.idf(t) for t in s) for s in case_sets])
    rev = np.zeros((len(qs), n))
    for i, toks in enumerate(qtok):
        asked = set(toks)
        rev[i] = [sum(ix.idf(t) for t in s & asked) for s in case_sets]
    rev /= np.maximum(case_weight, 1e-9)
    s = {"cos": cm.embed([denoise(t) for t in qs]) @ cm.embed([repo.embedding_text(d) for d in docs]).T,
         "cov": np.array([_coverage(ix, t) for t in qtok]), "lead": np.array([_coverage(ix, t) for t in ltok]),
         "cov_once": np.array([_coverage(ix, _once(t)) for t in qtok]),
         "lead_once": np.array([_coverage(ix, _once(t)) for t in ltok]), "rev": rev}
    for k in (10, 20):
        s[f"cov_key{k}"] = np.array([_coverage(ix, _key_terms(ix, t, k)) for t in qtok])
    return s


def table(s: dict[str, np.ndarray]) -> dict[str, Callable[[int], np.ndarray]]:
    def product(i: int, wl: float = 0.5, wh: float = 0.25, cov: np.ndarray | None = None,
                lead: np.ndarray | None = None) -> np.ndarray:
        c = s["cov"][i] if cov is None else cov
        h = s["lead"][i] if lead is None else lead
        return np.clip(s["cos"][i], 0, 1) + wl * c + wh * h

    t: dict[str, Callable[[int], np.ndarray]] = {"product (cos + 0.5 cov + 0.25 headline)": product}
    t["query terms once"] = lambda i: product(i, cov=s["cov_once"][i], lead=s["lead_once"][i])
    for k in (10, 20):
        t[f"key terms: coverage of the {k} rarest"] = lambda i, k=k: product(i, cov=s[f"cov_key{k}"][i])
    for w in (0.25, 0.5):
        t[f"+ {w} x reverse coverage"] = lambda i, w=w: product(i) + w * s["rev"][i]
    t["geometric mean of coverage and reverse coverage"] = (
        lambda i: product(i, cov=np.sqrt(s["cov"][i] * s["rev"][i])))
    for wl, wh in ((0.5, 0.25), (1.0, 0.5)):
        t[f"multiplicative: cos x (1 + {wl} cov + {wh} headline)"] = (
            lambda i, wl=wl, wh=wh: np.clip(s["cos"][i], 0, 1) * (1 + wl * s["cov"][i] + wh * s["lead"][i]))
    for wl, wh in ((0.5, 0.25), (0.25, 0.125)):
        t[f"concave: cos + {wl} sqrt(cov) + {wh} sqrt(headline)"] = (
            lambda i, wl=wl, wh=wh: product(i, wl, wh, np.sqrt(s["cov"][i]), np.sqrt(s["lead"][i])))
    return t


def ranks(ds: cm.Dataset, s: dict[str, np.ndarray]) -> None:
    """Dev queries whose answer the product ranks 2-10: the answer's signals against the case put first, so
    what lifted the wrong case (a higher cosine, more coverage, the headline) can be counted (added after
    the round's test run, 21:35 UTC; reads dev only)."""
    fns = table(s)
    product, concave = fns["product (cos + 0.5 cov + 0.25 headline)"], fns[
        "concave: cos + 0.5 sqrt(cov) + 0.25 sqrt(headline)"]
    lifted: dict[str, int] = {}
    for i, q in enumerate(ds.queries):
        if q.split != "dev":
            continue
        orders = []
        for fn in (product, concave):
            sc = np.asarray(fn(i), dtype=np.float64).copy()
            if q.exclude is not None:
                sc[ds.ids.index(q.exclude)] = -1e9
            orders.append(np.argsort(-sc, kind="stable"))
        first = [next((r for r, d in enumerate(o, start=1) if ds.ids[d] in q.relevant), 99) for o in orders]
        if not 2 <= first[0] <= 10:
            continue
        top, ans = orders[0][0], orders[0][first[0] - 1]
        sig = {k: (round(float(s[k][i][ans]), 3), round(float(s[k][i][top]), 3)) for k in ("cos", "cov", "lead")}
        why = "+".join(k for k in ("cos", "cov", "lead") if sig[k][1] > sig[k][0]) or "none"
        lifted[why] = lifted.get(why, 0) + 1
        print(f"{ds.name:24s} {q.qid}: rank {first[0]} (concave {first[1]}); answer / first {ds.ids[top]}: {sig}",
              flush=True)
    print(f"{ds.name:24s} answers at rank 2-10, by the signals on which the first case led: {lifted}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="seamonkey,postmortems-c3")
    ap.add_argument("--embedding-cache", type=Path, default=None)
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--ranks", action="store_true", help="dev answers at rank 2-10 and what put another case first")
    args = ap.parse_args()
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    results: dict[str, dict[str, float]] = {}
    for name in (x for x in args.sets.split(",") if x):
        ds = cm.SETS[name]()
        s = signals(ds)
        if args.ranks:
            ranks(ds, s)
            continue
        results[name] = {}
        for label, fn in table(s).items():
            mrr, r10 = dev_score(ds, fn)
            results[name][label] = mrr
            print(f"{name:24s} {label:60s} MRR {mrr:.3f}  R@10 {r10:.3f}", flush=True)
    if args.loso and len(results) > 1:
        loso_report(results, "product (cos + 0.5 cov + 0.25 headline)", 56)


if __name__ == "__main__":
    main()
