"""Round 16 matcher variants for issue 17: the dev reports where the fusion loses to a plain baseline, read one by
one, and signals the present ones do not see, DEV lines only (c5, c6 and c7 released whole as dev data).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_r16_variants.py --sets postmortems-c7,c7-all,... \
        --embedding-cache /tmp/r16case/emb.pkl [--loso] [--diagnose]

`--diagnose` prints, for each dev report where plain BM25 or plain MiniLM puts the right case higher than the
product's fusion (`CaseIndex.search`, text only), the report, the product's first case and the answer (titles), and
the answer's rank under each signal, so the cause of each loss can be named.

As in `bench/case_r15_variants.py`, every variant is the shipped matcher with module settings changed and is scored
through `CaseIndex.search`; test lines are dropped before anything is embedded, except c5's, c6's and c7's (both
halves released as dev data, each spent by the lead's held-out runs).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
from bench.case_match_variants import loso_report, prepared_dev_set, record_dev_score  # noqa: E402
from bench.case_r15_variants import _first, _rank  # noqa: E402
from detectors.text_normalize import denoise  # noqa: E402
from exporter.cases import matching, repo  # noqa: E402

RELEASED = {"postmortems-c5", "c5-all", "postmortems-c6", "c6-all", "postmortems-c7", "c7-all"}
BASE = "product (round 15)"
MISSES = False  # --misses: every report the product does not put first, not only those a plain baseline wins


def variants() -> dict[str, dict]:
    """Label -> the `matching` settings it ranks with (every other setting is the shipped matcher's), and under
    "_passage" how the passage signal enters (see `PassageIndex`)."""
    out: dict[str, dict] = {BASE: {}}
    # Added 07:45 UTC after reading the losses (--diagnose): the report's sentences against the case's passages
    # (title, statement sentences, symptoms; "cause" adds the cause's sentences).
    for how in ("max", "late"):
        for a in (0.25, 0.5):
            out[f"cosine blended {a:g} with passages, {how}"] = {"_passage": (how, a, "passages")}
    out["cosine blended 0.5 with passages, late, cause passages too"] = {"_passage": ("late", 0.5, "cause")}
    # Added 07:58 UTC: no new stored vector: the report's sentences against the case's one stored vector, and the
    # report's own vector taken as its sentences' mean weighted by their words (one embedding call, not two).
    for a in (0.25, 0.5):
        out[f"cosine blended {a:g} with best sentence vs case vector"] = {"_passage": ("max", a, "vector")}
    out["report vector = sentences' weighted mean"] = {"_passage": ("max", 0.0, "vector"), "_derived": True}
    for a in (0.25, 0.5):
        out[f"report vector = sentences' weighted mean, blended {a:g} with best sentence"] = {
            "_passage": ("max", a, "vector"), "_derived": True}
    return out


_SENT = re.compile(r"(?<=[.!?;])\s+|\n+|\s\|\s")


def case_passages(doc: dict, cause: bool) -> list[str]:
    """A stored case as the passages a reporter could meet: title, statement sentences, each symptom (and the
    cause's sentences, for the row that tries them)."""
    p = doc["problem"]
    parts = [repo.title_of(doc), *_SENT.split(p["statement"]), *p.get("symptoms", [])]
    if cause:
        parts += _SENT.split((doc.get("root_cause") or {}).get("issue") or "")
    return [denoise(x) for x in parts if len(x.split()) >= 2]


def report_sentences(text: str) -> list[str]:
    return [denoise(x) for x in _SENT.split(text) if len(x.split()) >= 3] or [denoise(text)]


class PassageIndex(matching.CaseIndex):
    """The shipped index whose cosine is blended with passage evidence for the report being ranked."""

    passage: np.ndarray | None = None
    blend = 0.0

    def semantic(self, query_vector: np.ndarray) -> np.ndarray:
        sem = super().semantic(query_vector)
        return sem if self.passage is None else (1 - self.blend) * sem + self.blend * self.passage


def passage_scores(how: str, qsent: np.ndarray, pvecs: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """Per case: the best (report sentence, case passage) cosine ("max"), or the mean over report sentences of each
    one's best passage in the case ("late", late interaction)."""
    sims = qsent @ pvecs.T  # (sentences, passages)
    best = np.full((len(qsent), n), -1.0)
    for j in range(len(qsent)):
        np.maximum.at(best[j], owner, sims[j])
    return best.max(axis=0) if how == "max" else best.mean(axis=0)


def rank_all(ds: cm.Dataset, settings: dict, docs: list[dict], vecs: np.ndarray,
             qvecs: np.ndarray) -> dict[str, list[str]]:
    settings = dict(settings)
    passage = settings.pop("_passage", None)
    derived = settings.pop("_derived", False)
    kept = {k: getattr(matching, k) for k in settings}
    try:
        for k, v in settings.items():
            setattr(matching, k, v)
        ix = PassageIndex(ds.ids, [repo.matching_text(d) for d in docs], vecs)
        if passage is not None:
            how, ix.blend, side = passage
            if side == "vector":
                owner, pvecs = np.arange(len(docs)), vecs
            else:
                chunks = [case_passages(d, side == "cause") for d in docs]
                owner = np.array([i for i, c in enumerate(chunks) for _ in c])
                pvecs = cm.embed([x for c in chunks for x in c])
        out = {}
        for q, v in zip(ds.queries, qvecs, strict=True):
            if passage is not None:
                sents = report_sentences(q.text)
                svecs = cm.embed(sents)
                ix.passage = passage_scores(how, svecs, pvecs, owner, len(ds.ids))
                if derived:
                    v = (svecs * np.array([[len(x.split())] for x in sents])).sum(axis=0)
                    v = v / np.linalg.norm(v)
            res = ix.search(q.text, v, k=cm.DEPTH + 1, lines=matching.report_lines(q.text))
            out[q.qid] = [ds.ids[p] for p, *_ in res]
        return out
    finally:
        for k, v in kept.items():
            setattr(matching, k, v)


def diagnose(ds: cm.Dataset, docs: list[dict], vecs: np.ndarray, qvecs: np.ndarray,
             plain: dict[str, dict[str, list[str]]], product: dict[str, list[str]]) -> None:
    """Each dev report a plain baseline ranks better than the product: the text, the first case, every signal's rank."""
    ix = matching.CaseIndex(ds.ids, [repo.matching_text(d) for d in docs], vecs)
    title = dict(zip(ds.ids, (repo.title_of(d) for d in docs), strict=True))
    for q, v in zip(ds.queries, qvecs, strict=True):
        p = _first(product[q.qid], q)
        b, m = _first(plain["plain BM25"][q.qid], q), _first(plain["plain MiniLM"][q.qid], q)
        if min(b, m) >= p and not (MISSES and p > 1):
            continue
        sem = ix.semantic(v)
        cov = ix.coverage(q.text)
        lead = ix.coverage(matching.lead_text(q.text))
        shared = ix.overlap(matching.lexical_tokens(q.text))
        ranks = {k: _rank(s, ds.ids, q) for k, s in (("cos", sem), ("cov", cov), ("lead", lead), ("ovl", shared))}
        top = [d for d in product[q.qid] if d != q.exclude][:1]
        top = top[0] if top else "-"
        ans = sorted(q.relevant)[0]
        i, j = ds.ids.index(top) if top != "-" else 0, ds.ids.index(ans)
        print(json.dumps({"set": ds.name, "q": q.qid, "product": p, "bm25": b, "minilm": m, "ranks": ranks,
                          "first": [top, title.get(top), round(float(sem[i]), 3), round(float(cov[i]), 3),
                                    round(float(shared[i]), 3)],
                          "answer": [ans, title[ans], round(float(sem[j]), 3), round(float(cov[j]), 3),
                                     round(float(shared[j]), 3)],
                          "text": q.text[:700]}, ensure_ascii=False), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="postmortems-c7,c7-all")
    ap.add_argument("--embedding-cache", type=Path, default=None)
    ap.add_argument("--loso", action="store_true")
    ap.add_argument("--diagnose", action="store_true")
    ap.add_argument("--misses", action="store_true", help="with --diagnose: every report not ranked first")
    ap.add_argument("--moves", default="", help="a variant label: print each dev report whose rank it moves")
    ap.add_argument("--only", default="", help="variant labels to run, separated by | (default: all)")
    args = ap.parse_args()
    global MISSES
    MISSES = args.misses
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    results: dict[str, dict[str, float]] = {}
    best_plain: dict[str, float] = {}
    only = {x for x in args.only.split("|") if x}
    for name in (x for x in args.sets.split(",") if x):
        ds, plain, docs, vecs, qvecs = prepared_dev_set(name, RELEASED, best_plain)
        results[name] = {}
        rankings: dict[str, dict[str, list[str]]] = {}
        for label, settings in variants().items():
            if only and label not in only and label != BASE:
                continue
            ranking = rankings[label] = rank_all(ds, settings, docs, vecs, qvecs)
            record_dev_score(results, name, label, ds, ranking)
            if args.diagnose and label == BASE:
                diagnose(ds, docs, vecs, qvecs, plain, ranking)
        if args.moves in rankings:
            for q in ds.queries:
                a, b = _first(rankings[BASE][q.qid], q), _first(rankings[args.moves][q.qid], q)
                if a != b:
                    print(f"  moved {name} {q.qid} {a} -> {b}: {q.text[:90]}", flush=True)
    if args.loso and len(results) > 1:
        loso_report(results, BASE, 50, best_plain, gain_digits=4)


if __name__ == "__main__":
    main()
