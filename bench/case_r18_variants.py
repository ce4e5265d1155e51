"""Round 18 matcher variants for issue 17, judged leave-one-WRITER-out over every released report set, DEV lines only
(c3-c9 and the first postmortems reports released whole; the dev halves of SeaMonkey, postmortems2's sets and
incidents).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_r18_variants.py --embedding-cache /tmp/r18case/emb.pkl [--sets ...]

Every variant is the shipped matcher with module settings changed (`matching.*`; `STEMS` is the share of each
lexical signal read through Snowball stems) or, for pseudo-relevance feedback, the report's vector moved towards
its first pass's top cases, scored through `CaseIndex.search` as the product ranks (text only). A writer's reports
against the 127 postmortems and against all 345 cases go out together, SeaMonkey's pairs and whole groups too
(`WRITERS`): for each writer left out, the variant the other writers gain most from (mean of their sets' gains over
the product) and what it does on the writer left out (`writer_loso`). Test lines of the sets not released whole are
dropped before anything is embedded.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench.case_match as cm  # noqa: E402
from bench.case_match_variants import prepared_dev_set, record_dev_score  # noqa: E402
from bench.case_r15_variants import _first  # noqa: E402
from exporter.cases import matching, repo  # noqa: E402

RELEASED = {f"postmortems-c{i}" for i in range(3, 10)} | {f"c{i}-all" for i in range(3, 10)} | {"postmortems"}
WRITERS = {**{f"c{i}": [f"postmortems-c{i}", f"c{i}-all"] for i in range(3, 10)},
           "first reports": ["postmortems"],
           "pm2": ["postmortems2", "postmortems2-observed", "postmortems2-words", "postmortems2-firstlook",
                   "firstlook-all"],
           "seamonkey": ["seamonkey", "seamonkey-groups"], "incidents": ["incidents"]}
BASE = "product (round 16, shipped)"


def variants() -> dict[str, dict]:
    """Label -> the `matching` settings it ranks with, and under "_prf" (top cases, weight) the feedback it adds."""
    out: dict[str, dict] = {BASE: {}}
    for s in (0.25, 0.5):
        out[f"stems, share {s:g}"] = {"STEMS": s}
    for k, beta in ((3, 0.3), (5, 0.3), (3, 0.6)):
        out[f"vector feedback, top {k}, weight {beta:g}"] = {"_prf": (k, beta)}
    out["vector feedback, top 2, weight 0.3"] = {"_prf": (2, 0.3)}
    for s in (0.25, 0.5):
        out[f"stems {s:g} + vector feedback, top 3, weight 0.3"] = {"STEMS": s, "_prf": (3, 0.3)}
    for k1, b in ((1.2, 0.75), (1.5, 0.5), (1.2, 0.4), (2.0, 0.75)):
        out[f"BM25 k1 {k1:g}, b {b:g}"] = {"BM25_K1": k1, "BM25_B": b}
    # Added 13:36 UTC, after the ship run failed on SeaMonkey (long bug reports): stems only where a report's words
    # are few (a short report, or its headline), declared; dev only, no held-out run left this round.
    for most in (40, 80):
        out[f"stems 0.5 on reports of at most {most} terms"] = {"STEMS": 0.5, "_scope": ("short", most)}
    out["stems 0.5 in the headline's coverage only"] = {"STEMS": 0.5, "_scope": ("headline", 0)}
    return out


class ScopedStems(matching.CaseIndex):
    """The stems reading used only for short reports ("short": at most `most` terms) or only in the headline's
    coverage ("headline"); elsewhere the words as written alone."""

    scope: tuple[str, int] = ("short", 0)
    full = ""

    def search(self, query_text: str, query_vector, k: int = matching.CANDIDATES, lines=None):
        how, most = self.scope
        share = self.stem_share
        if how == "short" and len(matching.lexical_tokens(query_text)) > most:
            self.stem_share, kept = 0.0, self.stems
            self.stems = None
            try:
                return super().search(query_text, query_vector, k, lines)
            finally:
                self.stem_share, self.stems = share, kept
        self.full = query_text
        return super().search(query_text, query_vector, k, lines)

    def coverage(self, text: str) -> np.ndarray:
        if self.scope[0] == "headline" and text.strip() == self.full.strip():
            return self.coverage_of(matching.lexical_tokens(text))
        return super().coverage(text)

    def overlap(self, query_tokens: list[str]) -> np.ndarray:
        return self.overlap_of(query_tokens) if self.scope[0] == "headline" else super().overlap(query_tokens)


def feedback_vector(ix: matching.CaseIndex, first: list[tuple], vector: np.ndarray, k: int, beta: float) -> np.ndarray:
    """Rocchio on the semantic side: the report's vector moved towards the mean of its first pass's top `k` cases
    (no new embedding; a case's own wording lends the report the words it lacks)."""
    top = [p for p, *_ in first[:k]]
    if not top:
        return vector
    moved = vector + beta * ix.vectors[top].mean(axis=0)
    return moved / np.linalg.norm(moved)


def rank_all(ds: cm.Dataset, settings: dict, docs: list[dict], vecs: np.ndarray,
             qvecs: np.ndarray) -> dict[str, list[str]]:
    settings = dict(settings)
    prf = settings.pop("_prf", None)
    scope = settings.pop("_scope", None)
    with cm.matcher_settings(**settings):
        ix = (ScopedStems if scope else matching.CaseIndex)(ds.ids, [repo.matching_text(d) for d in docs], vecs)
        if scope:
            ix.scope = scope
        out = {}
        for q, v in zip(ds.queries, qvecs, strict=True):
            lines = matching.report_lines(q.text)
            res = ix.search(q.text, v, k=cm.DEPTH + 1, lines=lines)
            if prf is not None:
                res = ix.search(q.text, feedback_vector(ix, res, v, *prf), k=cm.DEPTH + 1, lines=lines)
            out[q.qid] = [ds.ids[p] for p, *_ in res]
        return out


def writer_loso(results: dict[str, dict[str, float]], groups: dict[str, list[str]] | None = None,
                base: str = BASE) -> None:
    """Leave one writer out: the pick of the other writers (mean over writers of their sets' mean gain) and its
    gain on the writer left out; then each variant's gain per writer, and on how many writers it is >= the product.
    `groups` (default `WRITERS`) names each writer's sets, `base` the product's label."""
    writers = {w: [s for s in sets if s in results] for w, sets in (groups or WRITERS).items()}
    writers = {w: sets for w, sets in writers.items() if sets}
    labels = [x for x in next(iter(results.values())) if x != base]

    def gain(w: str, v: str) -> float:
        return float(np.mean([results[s][v] - results[s][base] for s in writers[w]]))

    for out in writers:
        rest = [w for w in writers if w != out]
        pick = max(labels, key=lambda v: np.mean([gain(w, v) for w in rest]))
        print(f"WLOSO left out {out:14s} picked {pick:50s} others {np.mean([gain(w, pick) for w in rest]):+.4f}"
              f"  left out {gain(out, pick):+.4f}", flush=True)
    for v in labels:
        gains = {w: gain(w, v) for w in writers}
        held = sum(g >= 0 for g in gains.values())
        print(f"WRITERS {v:50s} mean {np.mean(list(gains.values())):+.4f}  >= product on {held}/{len(gains)}  "
              + " ".join(f"{w} {g:+.3f}" for w, g in gains.items()), flush=True)


def variant_args(groups: dict[str, list[str]] | None = None) -> argparse.ArgumentParser:
    """The arguments every writer-variant script takes: --sets (default: every set of `groups`, `WRITERS`'s),
    --embedding-cache and --only."""
    groups = groups or WRITERS
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(s for sets in groups.values() for s in sets if s != "seamonkey-groups"))
    ap.add_argument("--embedding-cache", type=Path, default=None)
    ap.add_argument("--only", default="", help="variant labels to run, separated by | (default: all)")
    return ap


def score_variants(args: argparse.Namespace, released: set[str], table: dict[str, dict], rank: Callable,
                   base: str, per_set: Callable | None = None) -> dict[str, dict[str, float]]:
    """Each named set's dev reports ranked by every variant of `table` (or the ones `--only` names, and `base`) with
    `rank` and scored; `per_set(name, prepared set, rankings by label)` runs after each set. Returns what
    `writer_loso` reads."""
    if args.embedding_cache is not None:
        cm.use_cache(args.embedding_cache)
    results: dict[str, dict[str, float]] = {}
    best_plain: dict[str, float] = {}
    only = {x for x in args.only.split("|") if x}
    for name in (x for x in args.sets.split(",") if x):
        prepared = prepared_dev_set(name, released, best_plain)
        ds, _plain, docs, vecs, qvecs = prepared
        rankings: dict[str, dict[str, list[str]]] = {}
        for label, settings in table.items():
            if only and label not in only and label != base:
                continue
            rankings[label] = rank(ds, settings, docs, vecs, qvecs)
            record_dev_score(results, name, label, ds, rankings[label])
        if per_set is not None:
            per_set(name, prepared, rankings)
    return results


def main() -> None:
    ap = variant_args()
    ap.add_argument("--moves", default="", help="a variant label: print each dev report whose rank it moves")
    args = ap.parse_args()

    def moves(name: str, prepared: tuple, rankings: dict[str, dict[str, list[str]]]) -> None:
        if args.moves in rankings:
            for q in prepared[0].queries:
                a, b = _first(rankings[BASE][q.qid], q), _first(rankings[args.moves][q.qid], q)
                if a != b:
                    print(f"  moved {name} {q.qid} {a} -> {b}: {q.text[:90]}", flush=True)

    results = score_variants(args, RELEASED, variants(), rank_all, BASE, moves)
    if len(results) > 1:
        writer_loso(results)


if __name__ == "__main__":
    main()
