"""Matcher variants tried for issue 17, scored on the DEV splits only, so a choice can be made without test.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_match_variants.py --embedding-cache /tmp/cases_emb.pkl

Each variant re-ranks the same cases from the same stored texts the product keeps (`repo.matching_text`
for the lexical side, `repo.embedding_text` for the semantic side, after redaction), with the product's
own tokeniser and coverage (`matching.CaseIndex`). Context and quality are left out: every case here
is new and unrated, so they would only scale scores by the same factor. Variants, all general,
well-known techniques:

- semantic: the whole report's embedding (the product); a second embedding of the title blended in;
  passage embeddings (the report split into sentence windows of at most 60 words, each prefixed with
  the title, since MiniLM reads only 256 word pieces) scored by the best passage or the mean of the
  best two; late interaction (each query passage's best document passage, averaged);
- lexical: BM25 coverage on the stored text (the product); the title counted twice or three times;
  a separate title field added (BM25F-like);
- fusion: calibrated linear (the product: cosine + w x coverage) against reciprocal rank fusion;
- pseudo-relevance feedback: the query vector moved towards the mean of its top-k cases (Rocchio).

Test splits are never scored here; `bench/case_match.py` reports test first for what was kept.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
from detectors.text_normalize import denoise  # noqa: E402
from exporter.cases import repo  # noqa: E402
from exporter.cases.matching import CaseIndex, lexical_tokens  # noqa: E402
from exporter.cases.model import CaseIn  # noqa: E402
from exporter.privacy.gate import Gate  # noqa: E402
from exporter.privacy.redaction import Redactor  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+|\s\|\s")


def passages(text: str, max_words: int = 60) -> list[str]:
    """Sentence windows of at most `max_words` words (a long sentence is cut)."""
    out: list[str] = []
    cur: list[str] = []
    for sentence in (s.strip() for s in _SENTENCE.split(text) if s and s.strip()):
        words = sentence.split()
        if cur and len(cur) + len(words) > max_words:
            out.append(" ".join(cur))
            cur = []
        cur += words
        while len(cur) > max_words:
            out.append(" ".join(cur[:max_words]))
            cur = cur[max_words:]
    if cur:
        out.append(" ".join(cur))
    return out or [text]


def dev_score(ds: cm.Dataset, scores: Callable[[int], np.ndarray]) -> tuple[float, float]:
    """(MRR over the top 50, recall@10) on the dev split, the query's own report excluded."""
    rr, hit, n = 0.0, 0, 0
    for i, q in enumerate(ds.queries):
        if q.split != "dev":
            continue
        s = np.asarray(scores(i), dtype=np.float64).copy()
        if q.exclude is not None:
            s[ds.ids.index(q.exclude)] = -1e9
        order = np.argsort(-s, kind="stable")[: cm.DEPTH]
        first = next((r for r, d in enumerate(order, start=1) if ds.ids[d] in q.relevant), None)
        n += 1
        rr += 1.0 / first if first else 0.0
        hit += bool(first and first <= 10)
    return round(rr / n, 3), round(hit / n, 3)


def rrf(signals: list[np.ndarray], weights: list[float], k: int = 60) -> np.ndarray:
    out = np.zeros(len(signals[0]))
    for s, w in zip(signals, weights, strict=True):
        ranks = np.empty(len(s))
        ranks[np.argsort(-s, kind="stable")] = np.arange(len(s))
        out += w / (k + 1 + ranks)
    return out


def variants(ds: cm.Dataset) -> dict[str, tuple[float, float]]:
    gate = Gate(Redactor())
    docs = [gate.value(CaseIn.model_validate(c).model_dump(mode="json", exclude={"author", "occurred_at", "alert"}))
            for c in ds.cases]
    n = len(docs)
    lexical_texts = [repo.matching_text(d) for d in docs]
    report_texts = [repo.embedding_text(d) for d in docs]
    titles = [denoise(repo.title_of(d)) for d in docs]
    chunked = [passages(t) for t in report_texts]
    owner = np.array([i for i, cs in enumerate(chunked) for _ in cs])
    titled = [c if c.startswith(titles[i][:40]) else f"{titles[i]} | {c}" for i, cs in enumerate(chunked) for c in cs]
    query_texts = [q.text for q in ds.queries]
    q_chunks = [passages(denoise(t)) for t in query_texts]

    full, title_vec, passage_vec = cm.embed(report_texts), cm.embed(titles), cm.embed(titled)
    query_vec = cm.embed([denoise(t) for t in query_texts])
    query_passages = [cm.embed(c) for c in q_chunks]

    zeros = np.zeros((n, 384), np.float32)
    body, title_index = CaseIndex(ds.ids, lexical_texts, zeros), CaseIndex(ds.ids, titles, zeros)
    title_twice = CaseIndex(ds.ids, [f"{t}\n{m}" for t, m in zip(titles, lexical_texts, strict=True)], zeros)
    title_thrice = CaseIndex(ds.ids, [f"{t}\n{t}\n{m}" for t, m in zip(titles, lexical_texts, strict=True)], zeros)

    def coverage(index: CaseIndex, text: str) -> np.ndarray:
        lex, weight = index.lexical(lexical_tokens(text))
        return np.clip(lex / weight, 0.0, 1.0) if weight > 0 else np.zeros(n)

    cov = [coverage(body, t) for t in query_texts]
    cov_title = [coverage(title_index, t) for t in query_texts]

    def best_passage(i: int, top: int = 1) -> np.ndarray:
        s = passage_vec @ query_vec[i]
        if top == 1:
            out = np.full(n, -1.0)
            np.maximum.at(out, owner, s)
            return out
        out = np.zeros(n)
        for d in range(n):
            out[d] = np.sort(s[owner == d])[-top:].mean()
        return out

    def late(i: int) -> np.ndarray:
        sims = passage_vec @ query_passages[i].T
        best = np.full((n, sims.shape[1]), -1.0)
        for j in range(sims.shape[1]):
            np.maximum.at(best[:, j], owner, sims[:, j])
        return best.mean(axis=1)

    def semantic(i: int, title_share: float = 0.0) -> np.ndarray:
        return (1 - title_share) * (full @ query_vec[i]) + title_share * (title_vec @ query_vec[i])

    def product(i: int, q: np.ndarray | None = None) -> np.ndarray:
        q = query_vec[i] if q is None else q
        return np.clip(full @ q, 0.0, 1.0) + 0.5 * cov[i]

    def rocchio(i: int, k: int, beta: float) -> np.ndarray:
        s = product(i)
        if ds.queries[i].exclude is not None:
            s[ds.ids.index(ds.queries[i].exclude)] = -9.0
        q = query_vec[i] + beta * full[np.argsort(-s)[:k]].mean(axis=0)
        return product(i, q / np.linalg.norm(q))

    out: dict[str, tuple[float, float]] = {}
    table: dict[str, Callable[[int], np.ndarray]] = {
        "product: cosine + 0.5 x coverage": product,
        "semantic: whole report (product)": lambda i: full @ query_vec[i],
        "semantic: title only": lambda i: title_vec @ query_vec[i],
        "semantic: report + 0.3 title": lambda i: semantic(i, 0.3),
        "semantic: best passage (titled)": best_passage,
        "semantic: mean of best 2 passages": lambda i: best_passage(i, 2),
        "semantic: 0.5 report + 0.5 best passage": lambda i: 0.5 * (full @ query_vec[i]) + 0.5 * best_passage(i),
        "semantic: late interaction (query passages)": late,
        "lexical: coverage (product)": lambda i: cov[i],
        "lexical: title counted twice": lambda i: coverage(title_twice, query_texts[i]),
        "lexical: title counted three times": lambda i: coverage(title_thrice, query_texts[i]),
        "lexical: body + title field": lambda i: cov[i] + cov_title[i],
        "fusion: (report + 0.3 title) + 0.25 x (body + title field)/2":
            lambda i: semantic(i, 0.3) + 0.25 * (cov[i] + cov_title[i]) / 2,
        "fusion: (report + 0.2 title) + 0.5 x (body + 0.5 title field)/1.5":
            lambda i: semantic(i, 0.2) + 0.5 * (cov[i] + 0.5 * cov_title[i]) / 1.5,
        "fusion: report cosine + 0.5 x (body + title field)/2":
            lambda i: np.clip(full @ query_vec[i], 0, 1) + 0.5 * (cov[i] + cov_title[i]) / 2,
        "fusion: RRF, semantic 0.5 / lexical 0.5": lambda i: rrf([full @ query_vec[i], cov[i]], [0.5, 0.5]),
        "fusion: RRF, semantic 0.7 / lexical 0.3": lambda i: rrf([full @ query_vec[i], cov[i]], [0.7, 0.3]),
        "fusion: RRF, (report + 0.3 title) 0.7 / (body + title) 0.3":
            lambda i: rrf([semantic(i, 0.3), cov[i] + cov_title[i]], [0.7, 0.3]),
        "feedback: Rocchio k=3 beta=0.3": lambda i: rocchio(i, 3, 0.3),
        "feedback: Rocchio k=5 beta=0.6": lambda i: rocchio(i, 5, 0.6),
    }
    for label, fn in table.items():
        out[label] = dev_score(ds, fn)
        print(f"{ds.name:12s} {label:66s} MRR {out[label][0]:.3f}  R@10 {out[label][1]:.3f}", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="seamonkey,postmortems,postmortems2,incidents")
    ap.add_argument("--embedding-cache", type=Path, default=None)
    args = ap.parse_args()
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    for name in [s for s in args.sets.split(",") if s]:
        variants(cm.SETS[name]())


if __name__ == "__main__":
    main()
