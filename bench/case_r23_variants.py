"""Round 23 variants for issue 17: where the hybrid loses to plain MiniLM on SeaMonkey's dev pairs, and signals of a
problem report in general that might carry (the report's summary line against the case's title, how a long text's
windows are combined, the fusion's weights), judged on SeaMonkey's dev pairs and every released writer set (c3-c14,
both halves, each against the 127 postmortems cases and against all 345).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_r23_variants.py --embedding-cache /tmp/smk/emb.pkl [--losses]

Each report's signals are read once through the shipped `CaseIndex` (`bench/case_r20_variants.read_signals`; the
query's own SeaMonkey report dropped from its library), plus extra signals a variant may fuse: the cosine of the
report's headline (its first line, `matching.lead_text`: a bug's summary) against the case's title, the headline's
BM25 coverage over the cases' titles alone, and the cosine of the first windows only. Only SeaMonkey's dev reports
are read. Plain BM25 and plain MiniLM on the raw text are scored in the same run. `--losses` prints, per SeaMonkey dev
report, the rank of its first true duplicate under the product, plain MiniLM and each signal alone.
"""

from __future__ import annotations

import argparse
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
class Extra:
    """Signals beside the product's four, over the same kept positions."""

    title_sem: np.ndarray  # cosine of the report's headline and the case's title
    title_cov: np.ndarray  # the headline's coverage over the cases' titles alone
    head_sem: np.ndarray  # cosine of the report's headline and the case's whole vector
    first_sem: np.ndarray  # cosine of the first windows alone (report and case)
    shared_num: np.ndarray  # the overlap's numerator: the idf of the distinct terms report and case share
    case_weight: np.ndarray  # each case's own distinct terms' idf
    own: float  # the report's own distinct terms' idf (those the library holds)


def first_windows(texts: list[str]) -> np.ndarray:
    return cm.embed([embeddings.windows(t)[0][0] for t in texts])


def read_set(name: str) -> tuple:
    """(dataset, per-report (Signals, Extra), plain rankings)."""
    ds, docs, texts = r20.dev_library(name)
    etexts = [repo.embedding_text(d) for d in docs]
    cvec = embeddings.whole_text_vectors(etexts, cm.embed)
    cfirst = first_windows(etexts)
    titles = [denoise(repo.title_of(d)) for d in docs]
    tvec = cm.embed(titles)
    qtexts = [denoise(q.text) for q in ds.queries]
    qvec = embeddings.whole_text_vectors(qtexts, cm.embed)
    qfirst = first_windows(qtexts)
    heads = [matching.lead_text(q.text) or q.text for q in ds.queries]
    hvec = cm.embed([denoise(h) for h in heads])
    ix = matching.CaseIndex(ds.ids, texts, cvec)
    tix = matching.CaseIndex(ds.ids, titles, tvec)
    rows = []
    for q, v, fv, hv, head in zip(ds.queries, qvec, qfirst, hvec, heads, strict=True):
        drop = ds.ids.index(q.exclude) if q.exclude is not None else None
        s = r20.read_signals(ix, q.text, v, drop)
        k = s.keep
        own = own_weight(ix, matching.lexical_tokens(q.text))
        num = ix.overlap(matching.lexical_tokens(q.text)) * np.maximum(np.minimum(ix.case_weight, own), 1e-9)
        rows.append((s, Extra((tvec @ hv)[k].astype(np.float64), tix.coverage(head)[k].astype(np.float64),
                              (cvec @ hv)[k].astype(np.float64), (cfirst @ fv)[k].astype(np.float64),
                              num[k], ix.case_weight[k], own)))
    plain = {"plain BM25": cm.bm25_rankings(ds), "plain MiniLM": cm.minilm_rankings(ds)}
    return ds, rows, plain


def own_weight(ix: matching.CaseIndex, words: list[str]) -> float:
    """The report's distinct terms' idf, as `CaseIndex.overlap_of` reads it."""
    ids = np.unique(np.asarray(ix.bm25.get_tokens_ids(words), dtype=np.int64)) if ix.bm25 is not None else []
    return float(ix._term_idf[ids].sum()) if len(ids) else 0.0


Fuse = Callable[[r20.Signals, Extra], np.ndarray]


def added(field: str, w: float) -> Fuse:
    """The product's relevance with `w` x an extra signal added, on the same 0-1 scale."""

    def rel(s: r20.Signals, e: Extra) -> np.ndarray:
        x = np.clip(getattr(e, field), 0.0, 1.0)
        return (r20.product_rel(s) * (1.0 + matching.W_LEXICAL + matching.W_LEAD + 0.5) + w * x) / (
            1.0 + matching.W_LEXICAL + matching.W_LEAD + 0.5 + w)

    return rel


def sem_from(field: str, mix: float) -> Fuse:
    """The product's fusion with its cosine replaced by (1 - mix) x cosine + mix x an extra cosine."""

    def rel(s: r20.Signals, e: Extra) -> np.ndarray:
        t = r20.Signals(s.keep, (1.0 - mix) * s.sem + mix * getattr(e, field), s.cov, s.lead, s.shared)
        return r20.product_rel(t)

    return rel


def lex_scaled(a: float) -> Fuse:
    """Every lexical weight (coverage, headline, overlap) times `a`."""

    def rel(s: r20.Signals, e: Extra) -> np.ndarray:
        share = r20.overlap_share(s)
        out = np.clip(s.sem, 0.0, 1.0) + a * (matching.W_LEXICAL * s.cov + matching.W_LEAD * s.lead
                                              + matching.W_OVERLAP * share * s.shared)
        return out / (1.0 + a * (matching.W_LEXICAL + matching.W_LEAD + matching.W_OVERLAP * share))

    return rel


def weighted(w_lex: float, w_lead: float, w_over: float, by_share: str = "") -> Fuse:
    """The product's linear fusion with its lexical weights as given; with `by_share`, coverage's and the headline's
    weights ("cov") or all three ("all") times confidence_share(that signal's gap share, the cosine's), as the
    overlap's weight has been since round 13: a lexical signal weighs more when it singles out a case more clearly
    than meaning does, less when meaning is the clear one."""

    def rel(s: r20.Signals, e: Extra) -> np.ndarray:
        g_sem = matching.gap_share(s.sem)
        a_cov = matching.confidence_share(matching.gap_share(s.cov), g_sem) if by_share else 1.0
        a_lead = matching.confidence_share(matching.gap_share(s.lead), g_sem) if by_share else 1.0
        a_over = r20.overlap_share(s) if by_share != "none" else 1.0
        ws = (w_lex * a_cov, w_lead * a_lead, w_over * a_over)
        out = np.clip(s.sem, 0.0, 1.0) + ws[0] * s.cov + ws[1] * s.lead + ws[2] * s.shared
        return out / (1.0 + sum(ws))

    return rel


def longer_counts(a: float) -> Fuse:
    """The overlap's denominator min(case, report)^(1 - a) x max(case, report)^a: at 0 the shorter side's own weight
    (the product), at 0.5 the geometric mean (Ochiai's coefficient), at 1 the longer side's. A stub that shares its
    few words with a long report no longer counts as holding the whole story."""

    def rel(s: r20.Signals, e: Extra) -> np.ndarray:
        lo = np.maximum(np.minimum(e.case_weight, e.own), 1e-9)
        hi = np.maximum(np.maximum(e.case_weight, e.own), 1e-9)
        shared = e.shared_num / (lo ** (1.0 - a) * hi ** a)
        return r20.product_rel(r20.Signals(s.keep, s.sem, s.cov, s.lead, shared))

    return rel


def overlap_capped(cap: float, scale: float = 1.0) -> Fuse:
    """The overlap's adaptive weight share (round 13, 0-2) capped at `cap`, its weight times `scale`: the overlap
    may weigh less when meaning is the clear one, but never more than its fixed weight."""

    def rel(s: r20.Signals, e: Extra) -> np.ndarray:
        return r20.linear(s, matching.W_LEXICAL, scale * matching.W_OVERLAP * min(cap, r20.overlap_share(s)))

    return rel


def both(a: float) -> Fuse:
    """`weighted` by gap shares ("cov") over the overlap read as `longer_counts`(a)."""
    by_gap, longer = weighted(matching.W_LEXICAL, matching.W_LEAD, matching.W_OVERLAP, "cov"), longer_counts(0.0)

    def rel(s: r20.Signals, e: Extra) -> np.ndarray:
        lo = np.maximum(np.minimum(e.case_weight, e.own), 1e-9)
        hi = np.maximum(np.maximum(e.case_weight, e.own), 1e-9)
        return by_gap(r20.Signals(s.keep, s.sem, s.cov, s.lead, e.shared_num / (lo ** (1.0 - a) * hi ** a)), e)

    del longer
    return rel


def variants() -> dict[str, Fuse]:
    out: dict[str, Fuse] = {BASE: lambda s, e: r20.product_rel(s)}
    for w in (0.1, 0.25, 0.5):
        out[f"+ {w:g} x headline-title cosine"] = added("title_sem", w)
        out[f"+ {w:g} x headline coverage of titles"] = added("title_cov", w)
        out[f"+ {w:g} x headline-case cosine"] = added("head_sem", w)
    for mix in (0.25, 0.5):
        out[f"cosine mixed {mix:g} with the headline-title cosine"] = sem_from("title_sem", mix)
        out[f"cosine mixed {mix:g} with the first windows' cosine"] = sem_from("first_sem", mix)
    out["cosine of the first windows alone"] = sem_from("first_sem", 1.0)
    for a in (0.0, 0.25, 0.5, 0.75, 1.25):
        out[f"lexical weights x {a:g}"] = lex_scaled(a)
    wl, wd, wo = matching.W_LEXICAL, matching.W_LEAD, matching.W_OVERLAP
    out["no headline coverage"] = weighted(wl, 0.0, wo)
    out["no coverage"] = weighted(0.0, wd, wo)
    out["no overlap"] = weighted(wl, wd, 0.0)
    for cap in (0.5, 1.0, 1.5):
        out[f"overlap share capped at {cap:g}"] = overlap_capped(cap)
    for scale in (0.25, 0.5):
        out[f"overlap weight x {scale:g}"] = overlap_capped(2.0, scale)
    for a in (0.0, 0.1, 0.25, 0.5, 0.75):
        out[f"overlap over min^(1-a) max^a of the two sides, a {a:g}"] = longer_counts(a)
    for a in (0.25, 0.5):
        out[f"both: gap-share lexical weights and overlap over min/max a {a:g}"] = both(a)
    out["coverage and headline weighted by their gap share against the cosine's"] = weighted(wl, wd, wo, "cov")
    return out


def first_rank(ds: cm.Dataset, q: cm.Query, order: list[str]) -> int | None:
    order = [d for d in order if d != q.exclude][: cm.DEPTH]
    return next((i for i, d in enumerate(order, start=1) if d in q.relevant), None)


def signal_rank(s: r20.Signals, x: np.ndarray, ds: cm.Dataset, q: cm.Query) -> int | None:
    return first_rank(ds, q, [ds.ids[int(s.keep[i])] for i in np.argsort(-x, kind="stable")[: cm.DEPTH + 1]])


def losses(ds: cm.Dataset, rows: list, plain: dict) -> None:
    """Per SeaMonkey dev report: the true duplicate's rank under each ranker and signal."""
    print("qid product minilm bm25 | sem cov lead shared | title_sem title_cov head_sem first_sem", flush=True)
    for q, (s, e) in zip(ds.queries, rows, strict=True):
        prod = [ds.ids[p] for p in r20.order(s, r20.product_rel(s), cm.DEPTH + 1)]
        cells = [first_rank(ds, q, prod), first_rank(ds, q, plain["plain MiniLM"][q.qid]),
                 first_rank(ds, q, plain["plain BM25"][q.qid])]
        cells += [signal_rank(s, x, ds, q) for x in (s.sem, s.cov, s.lead, s.shared)]
        cells += [signal_rank(s, x, ds, q) for x in (e.title_sem, e.title_cov, e.head_sem, e.first_sem)]
        print(q.qid, " ".join("-" if c is None else str(c) for c in cells), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--embedding-cache", type=Path, default=None)
    ap.add_argument("--writers", default="seamonkey," + ",".join(f"c{i}" for i in range(3, 15)))
    ap.add_argument("--losses", action="store_true")
    ap.add_argument("--only", default="", help="run only the variants whose label holds one of these |-separated texts")
    args = ap.parse_args()
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    table = variants()
    only = [x for x in args.only.split("|") if x]
    table = {k: v for k, v in table.items() if k == BASE or not only or any(x in k for x in only)}
    results: dict[str, dict] = {}
    for name in r20.use_writers(args.writers, 14):
        ds, rows, plain = read_set(name)
        if args.losses and name == "seamonkey":
            losses(ds, rows, plain)
        rankings = {label: {q.qid: [ds.ids[p] for p in r20.order(s, fuse(s, e), cm.DEPTH + 1)]
                            for q, (s, e) in zip(ds.queries, rows, strict=True)} for label, fuse in table.items()}
        rankings |= plain
        results[name] = {label: r20.tally(ds, r) for label, r in rankings.items()}
        for label, t in results[name].items():
            r20.show(name, label, t, 0, 56)
    r20.report(results, [lab for lab in table if lab != BASE])


if __name__ == "__main__":
    main()
