"""Hybrid ranking of past cases for a new problem: semantic and lexical on calibrated scales, then near-ties by context and quality.

Per org, an in-memory `CaseIndex` holds the case ids, their embeddings as one (n, 384) float32
matrix (a single matmul scores them all) and a BM25 index (bm25s) over their matching text. The
lexical tokens keep identifiers, versions, error codes and exception names (``OOMKilled``,
``1.24``, ``java.lang.OutOfMemoryError``, ``2147483647``); only noise (UUIDs, hex ids, pod hashes,
IP addresses, pasted browser user-agent strings) is removed, by `detectors.text_normalize.denoise`. The index is rebuilt only when the
org's `case_index_versions` row changed; quality and feedback are read fresh for the few top
candidates, through `scoping.visible`, on every match. An asker who may not read every case of the org (an opted-out
person's, a personal one) is ranked on an index of the cases they may read (`audience`, round 27): what one cannot
see moves no statistic of one's ranking (best cosine, gap shares, idf, candidates, `searched`).

Ranking, in three steps:

1. **Relevance** = cosine + `W_LEXICAL` x lexical coverage + `W_LEAD` x headline coverage. All are
   absolute, calibrated scales: cosine of the MiniLM embeddings, and coverage = BM25 score / the
   query's attainable weight (the sum of its terms' idf), the share of the query's term evidence the
   case holds. The headline is the report's first sentence or line (`lead_text`): people on call put
   what they see first and context after it, so its evidence counts twice. Where the headline singles out
   no case (a greeting, "after the blip last night", a manager's summary), part of its weight can go to the
   report's best-covered line: the headline coverage becomes (1 - m) x the headline's + m x the best line's,
   per case, with m = `BEST_LINE` x (1 - the headline coverage's gap share). `BEST_LINE` is 0 (the headline
   alone): 0.5 gained on dev but lost on SeaMonkey's held-out pairs (0.653 -> 0.650) in round 14's lead run,
   so its pre-registered rule set it back to 0. Not BM25 divided
   by the query's best BM25 score: three shared everyday words cover a few percent of a report, so
   a weak lexical match stays weak, whatever its rank. Plus `W_OVERLAP` x f x overlap (round 13): the
   idf of the distinct terms report and case share over the *shorter* side's own (a duplicate holds the
   other's story whichever is longer, which BM25's length discount hides), with f = 2 g_o / (g_o + g_c)
   from each signal's gap share g (how far its best case stands out among its first `SPREAD_TOP`):
   shared words count double when they single out a case more clearly than meaning does, and little
   when meaning is the clear one. Chosen leave-one-set-out on twelve dev splits
   (`bench/case_adaptive_variants.py`; bench/RESULTS.md, round 13). Plus `W_RANK` x the mean over cosine,
   coverage and overlap of (k + 1) / (k + 1 + the case's rank under that signal), k = `RANK_K` (round 15): the
   values above are on absolute scales, so one signal that spreads its cases widely (a cosine sure of the wrong
   case) outvotes two that agree on another case by less; the ranks count that agreement. k is small, so only a
   signal's first few cases gain much and the values still order the rest; scores within `TIE_STEP` share a rank
   (`_steps`), so a cosine difference of a millionth (or of the machine's arithmetic) is never a rank step. A
   tie-breaker: at 0.05 it moves relevance by at most 5%. Chosen leave-one-set-out on sixteen dev splits
   (`bench/case_r15_variants.py`), but it lowered SeaMonkey's held-out MRR (0.653 -> 0.637), so it ships at 0
   (bench/RESULTS.md, round 15). (Reciprocal rank fusion, `FUSION = "rrf"`,
   scored the same on the dev splits of `bench/case_match.py` but turns a cosine difference of a
   thousandth into a full rank step, so near-duplicates could never be told apart by context.)
   **Stems at half credit** (`STEMS`, round 18): coverage, headline coverage and overlap are each the mean of
   their reading over the words as written and over their Snowball stems (`StemReading`; identifiers, versions,
   codes and compound names are never stemmed). A report in other inflections than the case ("replicas lagging"
   against "replica lag") shares its evidence in the stems half; a word shared as written counts in both halves,
   so it still outweighs its stem. Chosen leave-one-writer-out over eleven released writers' dev reports
   (`bench/case_r18_variants.py`: 0.5 the pick on 9 of 11 folds), but it lowered SeaMonkey's held-out pairs
   (0.653 -> 0.638), so it ships at 0 (bench/RESULTS.md, round 18).
   **The fix as lexical evidence** (`FIX_TEXT`, round 19): the index reads each case's fix (immediate and permanent
   fix, commands; `repo.lexical_text`) beside its stored matching text, as the plain BM25 baseline reads it, so a
   report that names what the fix touched ("the Marathon role quota is used up") holds that case's evidence. Level
   or ahead on 11 of 12 released writers through the product path (`bench/case_r19_variants.py`,
   `bench/case_match.py --previous`; bench/RESULTS.md, round 19). With the lexical weight at 0.75 it was the
   writers' pick on every fold, but the two together put a background sentence's case above the headline's
   (`test_the_reports_headline_weighs_more_than_the_background_told_after_it`), so the weight stays 0.5. The
   stored `search_text`, which the cause miner reads too, is unchanged.
   **A sure lexical answer kept first** (`SURE_MARGIN`, `SURE_COS_RANK`, round 20): where coverage's first case
   leads the next by a fifth of its coverage and at most two cases are closer in meaning, it is ranked first
   (`sure_lexical_answer`). Level or ahead on every released writer text only, but through the product path it
   lowered the writers' pooled test halves (0.887 -> 0.886 on the 127 cases), so its pre-registered rule set it
   back to 0 (bench/RESULTS.md, round 20). Margins calibrated per library, confidence-weighted rank fusion and a
   coverage weight grown with its margin were judged beside it (`bench/case_r20_variants.py`): the reports plain
   BM25 ranks better mostly have unsure lexical evidence (a median relative margin of 0.11, against 0.08 where
   coverage's first case is wrong), so no rule from the margins tells them apart.
   **A long report read whole** (round 21): the report's vector and each case's are
   `embeddings.whole_text_vectors`, the mean of up to `MAX_WINDOWS` windows of 254 word pieces, where the model alone
   reads its first 256 and drops the rest (a bug report's steps and error output; 24% of SeaMonkey's reports). Texts
   within the window keep the model's own vector, so no hand-written writer set moves. Cases stored before it keep
   their cut vector until re-recorded; read against whole reports they still gained on SeaMonkey's dev pairs
   (`bench/case_r21_variants.py`, bench/RESULTS.md round 21).
2. A candidate with neither cosine `MIN_COSINE` nor coverage `MIN_LEXICAL_COVERAGE` is not
   returned (nothing connects it to the problem).
3. **Near-ties** move by context agreement (environment, os, platform, service type) and case
   quality: together they scale relevance by at most 1 +- ``TIE / 2`` (4%), which reorders cases
   about that close (two records of one problem on web-1 and web-2 differ by about 1%) and never
   buries a clearly more relevant one.

The result's `match_score` is that adjusted relevance (a ranking score, 0-1); the case's own
trust, decayed quality, is `why.case_quality` here and `confidence` in `GET /cases/<id>`.
Constants were chosen on the dev splits of `bench/case_match.py` (SeaMonkey and incidents). Title
vectors, passage embeddings, a BM25 title field, rank fusion and pseudo-relevance feedback were
tried on the dev splits too (`bench/case_match_variants.py`, three sets) and not kept: none gained
0.05 MRR on SeaMonkey, and each that gained there lost on the hand-written postmortem sets. The
headline weight was chosen on four dev splits; identifier and phrase overlap as signals of their own,
field-aware coverage, a headline vector and a logistic fusion were tried there and not kept.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import bm25s
import numpy as np

from detectors.query_compare import _stem
from detectors.text_normalize import denoise, tokens
from exporter.cases import audience, pairs, repo
from exporter.cases.model import MatchIn
from exporter.cases.quality import QualityPolicy, quality
from exporter.privacy import contribution
from exporter.scoping import Principal
from exporter.store import Store, from_json
from exporter.text.embeddings import DIM, embed, from_blob, one_blas_thread, whole_text_vectors

FUSION = "linear"
W_SEMANTIC = 0.7
W_LEXICAL = 0.5  # 0.75 with FIX_TEXT was round 19's dev pick, but together they break the headline promise
W_LEAD = 0.25
W_OVERLAP = 0.5
BEST_LINE = 0.0  # the best line's largest share of the headline's weight (0: the headline alone; 0.5 failed held out)
LINE_BY_GAP = True  # False: that share whatever the headline says (tried on dev, bench/case_term_prior_variants)
W_RANK = 0.0  # weight of the signals' mean reciprocal rank (0: the values alone; 0.05 failed held out, round 15)
FIX_TEXT = True  # the case's fix is lexical evidence too (`repo.lexical_text`; False: its problem and cause alone)
SURE_MARGIN = 0.0  # coverage's first case kept first when it leads the next by this share of its own coverage ...
SURE_COS_RANK = 3  # ... and fewer than this many cases are closer in meaning (0.2 / 3 failed its dev rule, round 20)
STEMS = 0.0  # the stems reading's share of each lexical signal (0: words as written alone; 0.5 failed held out, round 18)
SURE_MEANING = (0.7, 0.9, 0.25)  # best cosine where the lexical weights start to shrink, where they reach their floor,
# and the floor (the smallest scale an org's pairs can choose, `pairs.SCALES`, so identifiers keep some weight)
RANK_K = 5  # the reciprocal rank's constant: small, so only a signal's first few cases gain much
SPREAD_TOP = 10
BM25_K1, BM25_B = 1.5, 0.75  # bm25s' defaults: term-frequency saturation and length normalisation
LEAD_MIN_TOKENS = 3
RRF_K = 60
DEPTH = 100
CANDIDATES = 30
MIN_COSINE = 0.2
MIN_LEXICAL_COVERAGE = 0.05
TIE = 0.08
TIE_STEP = 0.01
CONTEXT_KEYS = ("environment", "os", "platform", "service_type")


def lexical_tokens(text: str) -> list[str]:
    """BM25 tokens: lower-cased words and compound names, identifiers and codes kept whole."""
    return tokens(denoise(text), normalized=True)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def report_lines(problem: str) -> list[str]:
    """The report cut into its sentences or lines, each joined to the next while it holds fewer than
    `LEAD_MIN_TOKENS` terms (so "Hi team." alone is never one)."""
    out: list[str] = []
    part: list[str] = []
    for piece in (p for p in _SENTENCE_END.split(problem.strip()) if p.strip()):
        part.append(piece)
        if len(lexical_tokens(" ".join(part))) >= LEAD_MIN_TOKENS:
            out.append(" ".join(part))
            part = []
    return out + [" ".join(part)] if part else out


def lead_text(problem: str) -> str:
    """The report's headline: its first line (`report_lines`)."""
    lines = report_lines(problem)
    return lines[0] if lines else ""


class CaseIndex:
    """Lexical and semantic search over one org's cases, held in memory.

    Parameters
    ----------
    ids : sequence of str
        Case ids, in the order of `texts` and `vectors`.
    texts : sequence of str
        Matching text of each case (`repo.matching_text`).
    vectors : ndarray, shape (n, 384)
        Unit-length float32 embeddings.
    """

    def __init__(self, ids: Sequence[str], texts: Sequence[str], vectors: np.ndarray, stems: float | None = None):
        self.ids = list(ids)
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(self.ids), DIM)
        self._index_terms([lexical_tokens(t) for t in texts])
        self.lexical_scale = 1.0  # every lexical weight times this: the org's confirmed pairs choose it (`pairs`)
        self.audience = audience.Audience.everyone(len(self.ids))  # who may read each case (`load_index` sets it)
        self.stem_share = STEMS if stems is None else float(stems)
        self.stems: StemReading | None = None  # the same cases read as stems (built only when `stem_share` > 0)
        if self.stem_share > 0 and self.bm25 is not None:
            self.stems = StemReading(self.ids, self._corpus)
        del self._corpus

    def _index_terms(self, corpus: list[list[str]]) -> None:
        """The BM25 index of the cases' terms and each term's and case's evidence weights."""
        self._corpus = corpus
        self.lengths = np.array([len(c) for c in corpus], dtype=np.float64)  # each case's terms, BM25's length
        self._counts: np.ndarray | None = None  # each posting's term count, recovered when a view reads it
        self._counting = threading.Lock()  # per index: one org's first view never waits on another org's
        self.bm25: bm25s.BM25 | None = None
        self.df: dict[str, int] = {}  # per term, the cases that hold it
        self._term_idf = np.zeros(0)  # per bm25s term id, `lucene_idf` of the cases that hold it
        self.case_weight = np.zeros(len(self.ids))  # each case's own evidence: the idf of its distinct terms
        if any(corpus):  # bm25s cannot index a corpus without a single token (cases whose text is all symbols)
            self.bm25 = bm25s.BM25(k1=BM25_K1, b=BM25_B)
            self.bm25.index(term_ids(corpus), show_progress=False)
            held = np.diff(self.bm25.scores["indptr"])
            self.df = {t: int(held[i]) for t, i in self.bm25.vocab_dict.items() if i < len(held)}
            self._term_idf = lucene_idf(len(self.ids), held)
            self.case_weight = np.bincount(self.bm25.scores["indices"], weights=np.repeat(self._term_idf, held),
                                           minlength=len(self.ids))

    def __len__(self) -> int:
        return len(self.ids)

    def term_counts(self, terms: np.ndarray | None = None) -> np.ndarray:
        """Each BM25 posting's term count (the order of `bm25.scores`), recovered from its weight: bm25s keeps
        idf x tf / (tf + K) with K = k1 (1 - b + b length / average length), so tf = K w / (idf - w); a view of the
        cases one asker may read (`VisibleCases`) weighs the terms again with its own idf and average length.

        Only the postings of `terms` (None: every term) are sure to be recovered: a term's are recovered the first time
        a report on a view holds it and kept while the index version holds, so the first view of a version pays for
        the terms it reads, not for the whole library's (~1.5 s at 100k cases, round 27's review R4)."""
        ptr = self.bm25.scores["indptr"]
        with self._counting:  # two first reports of a view recover into one array
            return self._recover(ptr, terms)

    def _recover(self, ptr: np.ndarray, terms: np.ndarray | None) -> np.ndarray:
        if self._counts is None:
            self._counts = np.zeros(len(self.bm25.scores["data"]), dtype=np.float32)  # 0: not recovered yet
            self._counted = np.zeros(len(ptr) - 1, dtype=bool)
            self._norm = length_norm(self.lengths, float(self.lengths.mean()))
        todo = np.flatnonzero(~self._counted) if terms is None else np.unique(terms)
        for t in todo[~self._counted[todo]]:
            span = slice(ptr[t], ptr[t + 1])
            share = self.bm25.scores["data"][span] / self._term_idf[t]
            norm = self._norm[self.bm25.scores["indices"][span]]
            self._counts[span] = np.maximum(np.rint(norm * share / np.maximum(1.0 - share, 1e-12)), 1.0)
        self._counted[todo] = True
        return self._counts

    def postings(self, terms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For `terms` (repeats kept, in their order), every case holding each and its term count, the terms'
        postings one after another: what a view weighs again (`VisibleCases.lexical`)."""
        ptr, docs, counts = self.bm25.scores["indptr"], self.bm25.scores["indices"], self.term_counts(terms)
        spans = [slice(ptr[t], ptr[t + 1]) for t in terms]
        return np.concatenate([docs[x] for x in spans]), np.concatenate([counts[x] for x in spans])

    def idf(self, term: str) -> float:
        """The weight one occurrence of `term` adds to a case of average length (0 for a term no case holds)."""
        i = self.bm25.vocab_dict.get(term, -1) if self.bm25 is not None else -1
        return float(self._term_idf[i]) if 0 <= i < len(self._term_idf) else 0.0

    def lexical(self, query_tokens: list[str]) -> tuple[np.ndarray, float]:
        """BM25 score of every case, shape (n,), and the query's attainable weight (sum of its terms' idf).

        Score / attainable weight is the share of the query's evidence a case holds: a case that
        shares three common words with a long query covers a few percent of it, however it ranks.
        """
        if self.bm25 is None:
            return np.zeros(0, dtype=np.float32), 0.0
        ids = self.bm25.get_tokens_ids(query_tokens)
        if not ids:
            return np.zeros(len(self.ids), dtype=np.float32), 0.0
        weight = sum(self.idf(t) for t in query_tokens)
        return np.asarray(self.bm25.get_scores_from_ids(ids), dtype=np.float32), weight

    def overlap(self, query_tokens: list[str]) -> np.ndarray:
        """`overlap_of` the report's words, mixed with its stems' reading by `stem_share` (see `StemReading`)."""
        shared = self.overlap_of(query_tokens)
        if self.stems is None:
            return shared
        return (1.0 - self.stem_share) * shared + self.stem_share * self.stems.overlap_of(stemmed(query_tokens))

    def overlap_of(self, query_tokens: list[str]) -> np.ndarray:
        """Shared evidence as a share of the shorter side's, 0-1, shape (n,): the idf of the distinct terms report
        and case both hold over the smaller of their own distinct terms' idf (an idf-weighted overlap coefficient).

        Coverage reads the case through BM25, which discounts long cases and repeated words; this reads both
        texts as sets, so a case that holds the report's story (or a report that holds the case's, whichever is
        shorter) scores high however long the other side runs.
        """
        n = len(self.ids)
        if self.bm25 is None:
            return np.zeros(n)
        ids = np.unique(np.asarray(self.bm25.get_tokens_ids(query_tokens), dtype=np.int64))
        if ids.size == 0:
            return np.zeros(n)
        own = float(self._term_idf[ids].sum())
        return self._shared_idf(ids) / np.maximum(np.minimum(self.case_weight, own), 1e-9)

    def _shared_idf(self, ids: np.ndarray) -> np.ndarray:
        """Per case, the idf of the distinct terms `ids` it holds, shape (n,)."""
        ptr, held = self.bm25.scores["indptr"], self.bm25.scores["indices"]
        spans = [held[ptr[t]:ptr[t + 1]] for t in ids]
        return np.bincount(np.concatenate(spans), minlength=len(self.ids),
                           weights=np.repeat(self._term_idf[ids], [len(x) for x in spans]))

    def semantic(self, query_vector: np.ndarray) -> np.ndarray:
        """Cosine similarity of every case, shape (n,)."""
        with one_blas_thread():
            return self.vectors @ np.asarray(query_vector, dtype=np.float32)

    def coverage(self, text: str) -> np.ndarray:
        """Share of the evidence of `text`'s terms each case holds, 0-1, shape (n,); with stems, the words' share
        mixed with the stems' by `stem_share`."""
        words = lexical_tokens(text)
        cov = self.coverage_of(words)
        if self.stems is None:
            return cov
        return (1.0 - self.stem_share) * cov + self.stem_share * self.stems.coverage_of(stemmed(words))

    def coverage_of(self, query_tokens: list[str]) -> np.ndarray:
        """Share of the evidence of these terms each case holds, 0-1, shape (n,)."""
        lex, weight = self.lexical(query_tokens)
        return np.clip(lex / weight, 0.0, 1.0) if weight > 0 else np.zeros(len(self.ids), np.float32)

    def search(self, query_text: str, query_vector: np.ndarray | None, k: int = CANDIDATES,
               lines: Sequence[str] | None = None) -> list[tuple[int, float, float, float, float]]:
        """The `k` most relevant cases as (position, relevance, cosine, coverage, line coverage), best first.

        `lines` are the report's lines, its headline first (`report_lines`); their line coverage is the headline's
        coverage, mixed with the best line's by `BEST_LINE`. None means the whole text is its own headline.
        """
        return self.top(self.read(query_text, query_vector, lines), k)

    def read(self, query_text: str, query_vector: np.ndarray | None, lines: Sequence[str] | None = None) -> Signals:
        """Every case's signals for one report (see `search`), before they are fused."""
        n = len(self.ids)
        coverage = self.coverage(query_text)
        lines = [x for x in lines or () if x.strip()][: None if BEST_LINE > 0 else 1]
        covs = [coverage if x.strip() == query_text.strip() else self.coverage(x) for x in lines]
        lead_cov = coverage if not covs else covs[0]
        if len(covs) > 1 and BEST_LINE > 0:
            mix = BEST_LINE * (1.0 - gap_share(covs[0])) if LINE_BY_GAP else BEST_LINE
            lead_cov = (1.0 - mix) * covs[0] + mix * np.max(covs, axis=0)
        sem = self.semantic(query_vector) if query_vector is not None else np.zeros(n, np.float32)
        shared = self.overlap(lexical_tokens(query_text)) if W_OVERLAP > 0 or W_RANK > 0 else None
        return Signals(sem, coverage, lead_cov, shared)

    def top(self, s: Signals, k: int = CANDIDATES, scale: float | None = None,
            rel: np.ndarray | None = None) -> list[tuple[int, float, float, float, float]]:
        """The `k` most relevant cases for the signals `s`, as `search` returns them, every lexical weight times
        `scale` (None: the org's own, `lexical_scale`); `rel`, when given, is that relevance already fused (a
        session's match reads each scale's once, `rank`)."""
        if len(self.ids) == 0:
            return []
        if rel is None:
            rel = self.relevance(s, self.lexical_scale if scale is None else scale)
        keep = np.flatnonzero((rel > 0) & ((s.sem >= MIN_COSINE) | (s.coverage >= MIN_LEXICAL_COVERAGE)))
        top = keep[np.argsort(-rel[keep], kind="stable")][:k]
        return [(int(i), float(rel[i]), float(s.sem[i]), float(s.coverage[i]), float(s.lead[i])) for i in top]

    def relevance(self, s: Signals, scale: float = 1.0) -> np.ndarray:
        """The fused relevance of every case, shape (n,): the linear fusion (`linear_relevance`), its lexical weights
        times `scale`, or reciprocal rank fusion; a sure lexical answer kept first."""
        n = len(self.ids)
        rel = np.zeros(n, dtype=np.float64)
        if FUSION == "linear":
            rel += linear_relevance(s.sem, s.coverage, s.lead, s.shared, scale * meaning_sure_scale(s.sem))
            if W_RANK > 0:
                agreed = sum(reciprocal_ranks(_steps(x), RANK_K) for x in (s.sem, s.coverage, s.shared))
                rel = (rel + W_RANK * agreed * (RANK_K + 1) / 3.0) / (1.0 + W_RANK)  # still 0-1
        else:
            _add_rrf(rel, _steps(np.where(s.coverage >= MIN_LEXICAL_COVERAGE, s.coverage, 0.0)), 1.0 - W_SEMANTIC)
            _add_rrf(rel, _steps(np.where(s.sem > 0, s.sem, 0.0)), W_SEMANTIC)
            rel *= RRF_K + 1
        sure = sure_lexical_answer(s.coverage, s.sem)
        if sure is not None:
            rel[sure] = max(float(rel[sure]), min(1.0, float(rel.max()) + 1e-6))
        return rel


@dataclass
class Signals:
    """One report's signals over an org's cases, each shape (n,): cosine, coverage, headline coverage, overlap."""

    sem: np.ndarray
    coverage: np.ndarray
    lead: np.ndarray
    shared: np.ndarray | None


def term_ids(corpus: list[list[str]]) -> tuple[list[list[int]], dict[str, int]]:
    """The cases' terms as ids numbered in the order they first occur, and that vocabulary, for `bm25s.BM25.index`.

    bm25s numbers a corpus of words in the order of a Python set, which follows the string hash (`PYTHONHASHSEED`,
    different in every process), and the term ids order the sums of a report's evidence (`overlap_of`, each case's
    own `case_weight`): two processes on one library summed them in different orders, so their relevances differed
    in the last bits and a near-tie could part differently (round 30). Numbered by first occurrence, one library is
    one index in every process."""
    vocab: dict[str, int] = {}
    return [[vocab.setdefault(t, len(vocab)) for t in doc] for doc in corpus], vocab


def length_norm(lengths: np.ndarray, average: float) -> np.ndarray:
    """BM25's K per case, k1 (1 - b + b length / average length), as bm25s weighs a posting: idf x tf / (tf + K)."""
    return BM25_K1 * (1.0 - BM25_B + BM25_B * lengths / average)


def meaning_sure_scale(sem: np.ndarray) -> float:
    """The lexical weights' share for one report, 0-1, from how near its nearest case reads in meaning: 1 while the
    best cosine is below `SURE_MEANING[0]`, the floor `SURE_MEANING[2]` from `SURE_MEANING[1]`, linear between.

    Where a case reads as nearly the same text as the report (a second person's report of one bug in the same
    register), the model's meaning decides, and the words report and case share are mostly the library's common
    vocabulary, which lifts the cases that share it (SeaMonkey's duplicates fell 1 -> 2 ... 4 -> 6 under the full
    lexical weights); where meaning is unsure (an on-call report in other words than the written-up case), the
    shared words are the evidence and keep their full weight. A per-report reading, not an org's: chosen with the
    writers c3-c17 alone (SeaMonkey left out: level on every writer half, -0.002 at worst), it lifted SeaMonkey's
    dev pairs 0.653 -> 0.671 (bench/case_r26_variants.py, bench/RESULTS.md round 26; floor 0 scored the same there)."""
    lo, hi, floor = SURE_MEANING
    if hi <= lo or len(sem) == 0:
        return 1.0
    return floor + (1.0 - floor) * float(np.clip((hi - float(np.max(sem))) / (hi - lo), 0.0, 1.0))


def linear_relevance(sem: np.ndarray, coverage: np.ndarray, lead_cov: np.ndarray, shared: np.ndarray | None,
                     scale: float = 1.0) -> np.ndarray:
    """The linear fusion, 0-1: cosine + `W_LEXICAL` x coverage + `W_LEAD` x headline coverage + the overlap's
    gap-shared weight x overlap, every lexical weight times `scale` (the org's confirmed pairs choose it, `pairs`).
    At scale 1 the sums are round 22's fusion's, in the same order and precision."""
    rel = np.zeros(len(sem), dtype=np.float64)
    rel += np.clip(sem, 0.0, 1.0) + scale * W_LEXICAL * coverage + scale * W_LEAD * lead_cov
    w_shared = 0.0
    if W_OVERLAP > 0 and shared is not None:
        w_shared = scale * W_OVERLAP * confidence_share(gap_share(shared), gap_share(sem))
        rel += w_shared * shared
    rel /= 1.0 + scale * W_LEXICAL + scale * W_LEAD + w_shared
    return rel


class VisibleCases(CaseIndex):
    """An org's index read as if only the cases at `keep` were in it (those one asker may read, `audience`).

    BM25's statistics are those of these cases alone (their count, each term's cases and idf, their average length):
    a report's terms are weighed again from the org's postings, each case's term count (`term_counts`) with the
    view's idf and length norm, and the hidden cases' postings skipped; the vectors stay the org's (every cosine is
    computed, the kept ones read). So a view holds a few arrays per term and per case (not a copy of the postings,
    review R3: ~1-2 MB at 100k cases, so an org keeps `audience.VIEWS` of them), is made from the org's index in
    memory in one pass over its postings (no read of the store, no second tokenising), and equals an index built from
    the kept cases alone up to float32 rounding (`bench/case_view_check.py`)."""

    def __init__(self, whole: CaseIndex, keep: np.ndarray):
        self.whole, self.keep = whole, np.asarray(keep, dtype=np.int64)
        self.ids = [whole.ids[i] for i in self.keep.tolist()]
        self.vectors = whole.vectors  # read through `semantic`, then cut to `keep`
        self.lexical_scale, self.stem_share = whole.lexical_scale, whole.stem_share
        self.audience = audience.Audience.everyone(len(self.ids))
        self._view_terms(whole)
        self.stems = VisibleCases(whole.stems, self.keep) if whole.stems is not None else None

    def semantic(self, query_vector: np.ndarray) -> np.ndarray:
        return self.whole.semantic(query_vector)[self.keep]

    def _view_terms(self, whole: CaseIndex) -> None:
        """Each term's visible cases are the org's less the hidden ones that hold it (a running count of the hidden
        postings, no copy of the org's); each case's evidence is summed over the org's postings in their order, so
        a kept case's sum is the one an index of the kept cases alone adds up."""
        self.lengths, self._counts, self.bm25 = whole.lengths[self.keep], None, None
        self._term_idf, self.case_weight = np.zeros(0), np.zeros(len(self.ids))
        if whole.bm25 is None or not len(self.ids):
            return
        ptr, docs = whole.bm25.scores["indptr"], whole.bm25.scores["indices"]
        hidden = np.ones(len(whole.ids), dtype=bool)
        hidden[self.keep] = False
        run = np.concatenate([[0], np.cumsum(hidden[docs], dtype=np.int64)])
        self.held = np.diff(ptr) - (run[ptr[1:]] - run[ptr[:-1]])
        self._term_idf = lucene_idf(len(self.ids), self.held)
        self.case_weight = np.bincount(docs, weights=np.repeat(self._term_idf, np.diff(ptr)),
                                       minlength=len(whole.ids))[self.keep]
        self.norm = length_norm(whole.lengths, float(self.lengths.mean()))  # per org case, the view's average
        self.bm25 = whole.bm25  # its vocabulary; its weights are read only through `whole.postings`

    @property
    def df(self) -> dict[str, int]:  # type: ignore[override]
        """Per term, the visible cases that hold it (terms only hidden cases hold are not the view's)."""
        if self.bm25 is None:
            return {}
        return {t: int(self.held[i]) for t, i in self.bm25.vocab_dict.items() if i < len(self.held) and self.held[i]}

    def lexical(self, query_tokens: list[str]) -> tuple[np.ndarray, float]:
        """As `CaseIndex.lexical`, each term's BM25 weight in a case computed from its count with the view's idf and
        length norm (bm25s's lucene weight: idf x tf / (tf + norm)), summed over the report's terms per org case in
        the postings' order and cut to the visible cases (a hidden case's sum is made and dropped: no gather to skip
        it, which cost more than it saved)."""
        if self.bm25 is None:
            return np.zeros(0, dtype=np.float32), 0.0
        ids = self.bm25.get_tokens_ids(query_tokens)
        if not ids:
            return np.zeros(len(self.ids), dtype=np.float32), 0.0
        terms = np.asarray(ids, dtype=np.int64)
        docs, tf = self.whole.postings(terms)
        ptr = self.bm25.scores["indptr"]
        tf = tf.astype(np.float64)
        weight = np.repeat(self._term_idf[terms], ptr[terms + 1] - ptr[terms]) * tf / (tf + self.norm[docs])
        scores = np.bincount(docs, weights=weight, minlength=len(self.whole.ids))[self.keep].astype(np.float32)
        return scores, sum(self.idf(t) for t in query_tokens)

    def _shared_idf(self, ids: np.ndarray) -> np.ndarray:
        """As `CaseIndex._shared_idf`, with the view's idf, summed per org case and cut to the visible ones."""
        ptr, docs = self.bm25.scores["indptr"], self.bm25.scores["indices"]
        spans = [docs[ptr[t]:ptr[t + 1]] for t in ids]
        return np.bincount(np.concatenate(spans), minlength=len(self.whole.ids),
                           weights=np.repeat(self._term_idf[ids], [len(x) for x in spans]))[self.keep]


class StemReading(CaseIndex):
    """The cases' terms read as Snowball stems ("waits" and "waiting" one term), for the half of each lexical signal
    that `STEMS` gives them: a report in other inflections than the case ("replicas lagging" against "replica
    lag") shares its evidence there, while a word shared as written counts in both halves, so it still outweighs
    its stem in another inflection. Identifiers, versions, codes and compound names are never stemmed (`stemmed`).
    """

    def __init__(self, ids: Sequence[str], corpus: list[list[str]]):  # the words already read: no second tokenising
        self.ids = list(ids)
        self.vectors = np.zeros((0, DIM), np.float32)
        self._index_terms([stemmed(c) for c in corpus])
        del self._corpus
        self.stem_share, self.stems = 0.0, None


def stemmed(words: list[str]) -> list[str]:
    """Each plain word as its Snowball stem (the query reader's own, `detectors.query_compare._stem`); a token with a
    digit, dot, hyphen or underscore (an identifier, version, code or compound name) or of three letters stays."""
    return [_stem(w) for w in words]


def sure_lexical_answer(coverage: np.ndarray, sem: np.ndarray) -> int | None:
    """Coverage's first case when the words are sure of it and the meaning does not object, else None.

    Sure: it leads the next case by at least `SURE_MARGIN` of its own coverage, the relative margin, free of the
    report's length. Not objected: fewer than `SURE_COS_RANK` cases are closer to the report in meaning. The fusion
    then keeps it first (`CaseIndex.search`), where the cosine's first case, a little closer in meaning, would
    otherwise pass it. Chosen over the released writers c3-c11 and SeaMonkey's dev pairs (`bench/case_r20_variants.py`,
    bench/RESULTS.md round 20): level or ahead on every writer text only, but lower on their pooled test halves
    through the product path, so `SURE_MARGIN` ships at 0 (off). Where the words are surer still (a margin of 0.5),
    the fusion already ranks that case first; where the cosine places it further down, keeping it lost.
    """
    if SURE_MARGIN <= 0 or len(coverage) < 2:
        return None
    top = int(np.argmax(coverage))
    first, second = highest(coverage, 2)
    if first <= 0 or (first - second) / first < SURE_MARGIN:
        return None
    return top if int(np.count_nonzero(sem > sem[top])) < SURE_COS_RANK else None


def lucene_idf(n: int, held: np.ndarray) -> np.ndarray:
    """Lucene's BM25 idf of terms held by `held` of `n` cases, 0 where no case holds one: the one formula that
    coverage's attainable weight, the overlap's shares and `why`'s evidence weights all read, so they agree."""
    held = np.asarray(held, dtype=np.float64)
    return np.where(held > 0, np.log1p((n - held + 0.5) / (held + 0.5)), 0.0)


def gap_share(scores: np.ndarray, k: int = SPREAD_TOP) -> float:
    """How far a signal's best case stands out for this report: (x(1) - x(2)) / (x(1) - x(k)) over its k
    highest scores, 0-1, free of the signal's scale (0 when the top scores are bunched or level)."""
    k = min(k, len(scores))
    if k < 2:
        return 0.0
    top = highest(scores, k)
    span = float(top[0] - top[k - 1])
    return float(top[0] - top[1]) / span if span > 1e-12 else 0.0


def highest(scores: np.ndarray, k: int) -> np.ndarray:
    """The `k` highest scores, highest first (k <= len(scores)).

    The positive scores are picked out before the partition: a lexical signal is 0 for most of an org's cases,
    and numpy's partition slows on ties, 14-40 ms at 100k scores nineteen in twenty of them 0 against 0.3 ms
    for the positive ones alone.
    """
    scores = np.asarray(scores)
    pos = scores[scores > 0]
    if pos.size >= k:
        return np.sort(np.partition(pos, pos.size - k)[pos.size - k:])[::-1]
    rest = scores[scores <= 0]
    zeros = min(k - pos.size, rest.size - np.count_nonzero(rest))
    neg = rest[rest < 0]
    tail = k - pos.size - zeros
    low = np.sort(np.partition(neg, neg.size - tail)[neg.size - tail:])[::-1] if tail > 0 else neg[:0]
    return np.concatenate([np.sort(pos)[::-1], np.zeros(zeros, scores.dtype), low])


def reciprocal_ranks(scores: np.ndarray, k: int = RANK_K, depth: int = DEPTH) -> np.ndarray:
    """1 / (k + 1 + rank) for each of the `depth` highest positive scores (rank 0 first, equal scores share a rank),
    0 for every other case, shape (n,).

    The positive scores are picked out before the partition, as in `highest`: most cases score 0 on a lexical signal.
    """
    scores = np.asarray(scores, dtype=np.float64)
    out = np.zeros(len(scores))
    pos = np.flatnonzero(scores > 0)
    if pos.size > depth:
        pos = pos[np.argpartition(-scores[pos], depth - 1)[:depth]]
    ordered = np.sort(-scores[pos])
    out[pos] = 1.0 / (k + 1 + np.searchsorted(ordered, -scores[pos], side="left"))
    return out


def confidence_share(mine: float, other: float) -> float:
    """2 mine / (mine + other): 1 when two signals are as sure of their best case, 0-2 otherwise (1 if both are 0)."""
    return 2.0 * mine / (mine + other) if mine + other > 1e-12 else 1.0


def _steps(scores: np.ndarray) -> np.ndarray:
    """Scores rounded up to `TIE_STEP`, so cases closer than that share a rank (a near-tie).

    Two copies of one problem on ``web-1`` and ``web-2`` differ in cosine by a few thousandths;
    ranked exactly, RRF would put a whole rank between them, and quality could never decide.
    """
    if TIE_STEP <= 0:
        return scores
    return np.ceil(np.asarray(scores, dtype=np.float64) / TIE_STEP) * TIE_STEP


def _add_rrf(out: np.ndarray, scores: np.ndarray, weight: float) -> None:
    """Add weight / (RRF_K + rank) for each case in the signal's top `DEPTH` with a positive score.

    Cases with equal scores share a rank, so the order they were recorded in cannot decide between
    two copies of one problem; context and quality do (`near_tie_factor`).
    """
    depth = min(DEPTH, len(scores))
    top = np.argpartition(-scores, depth - 1)[:depth] if depth < len(scores) else np.arange(len(scores))
    top = top[np.argsort(-scores[top], kind="stable")]
    top = top[scores[top] > 0]
    ordered = -scores[top]
    ranks = np.searchsorted(ordered, ordered, side="left")  # equal scores share a rank
    out[top] += weight / (RRF_K + 1 + ranks)


class IndexCache:
    """One `CaseIndex` per (store, org), rebuilt when the org's index version moved."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], tuple[int, CaseIndex, audience.Views]] = {}
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, store: Store, org: str, asker: Principal | None = None) -> CaseIndex:
        """The org's index, or, for an `asker` who may not see all of it, the index of what they may see
        (`audience`), its lexical weights scaled by what the org's confirmed pairs chose (`pairs`; 1 until they are
        enough): the version, the scale and the count of opted-out people are read in one lookup, and a new scale
        needs no rebuild."""
        version, scale, opted_out = repo.index_state(store, org)
        index, views = self._index(store, org, version)
        if asker is not None:
            quiet = contribution.opted_out_users(store, org) if opted_out else set()
            hidden = index.audience.hidden(asker.user_id, quiet)
            if hidden.size:
                index = self._view(index, views, hidden)
        index.lexical_scale = scale
        return index

    def _lock(self, key: tuple[str, str]) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())

    def _index(self, store: Store, org: str, version: int) -> tuple[CaseIndex, audience.Views]:
        key = (store.url, org)
        entry = self._entries.get(key)
        if entry is not None and entry[0] == version:
            return entry[1], entry[2]
        with self._lock(key):
            entry = self._entries.get(key)
            if entry is not None and entry[0] == version:
                return entry[1], entry[2]
            index, views = load_index(store, org), audience.Views()
            self._entries[key] = (version, index, views)
            return index, views

    @staticmethod
    def _view(index: CaseIndex, views: audience.Views, hidden: np.ndarray) -> CaseIndex:
        """The org's index as if the cases at `hidden` were not in it (`VisibleCases`, made in memory), kept while
        the version holds for every asker who may not see the same cases."""
        view = views.get(hidden)
        if view is None:
            view = VisibleCases(index, np.setdiff1d(np.arange(len(index)), hidden))
            views.put(hidden, view)
        return view  # type: ignore[return-value]

    def invalidate(self, store: Store, org: str) -> None:
        self._entries.pop((store.url, org), None)


def load_index(store: Store, org: str) -> CaseIndex:
    """Read an org's active cases into a fresh index (the org filter here only picks whose index); each case's owner
    and scope are kept, so an asker who may not read them all is ranked on a view of those they may (`audience`)."""
    rows = store.query(
        "SELECT id, search_text, solution, embedding, user_id, scope FROM cases WHERE org_id = :org "
        "AND status = 'active' ORDER BY created_at, id",
        {"org": org},
    )
    vectors = np.zeros((len(rows), DIM), dtype=np.float32)
    for i, r in enumerate(rows):
        v = from_blob(r["embedding"])
        if v is not None and v.shape == (DIM,):
            vectors[i] = v
    texts = [repo.lexical_text(r["search_text"], from_json(r["solution"], {})) if FIX_TEXT else r["search_text"]
             for r in rows]
    index = CaseIndex([r["id"] for r in rows], texts, vectors)
    index.audience = audience.Audience.of([r["user_id"] for r in rows], [r["scope"] for r in rows])
    return index


def query_text(req: MatchIn) -> str:
    return "\n".join([req.problem, *req.symptoms])


@dataclass
class Match:
    case_id: str
    score: float
    relevance: float
    semantic: float
    lexical: float
    lead: float
    context: dict[str, str]
    context_agreement: float
    row: dict[str, Any]


def context_agreement(asked: dict[str, Any], known: dict[str, Any]) -> tuple[float, dict[str, str]]:
    detail: dict[str, str] = {}
    compared = []
    for key in CONTEXT_KEYS:
        a, b = asked.get(key), known.get(key)
        if a and b:
            same = str(a).lower() == str(b).lower()
            detail[key] = "same" if same else f"differs ({b})"
            compared.append(1.0 if same else 0.0)
    return (sum(compared) / len(compared) if compared else 0.5), detail


def near_tie_factor(agreement: float, case_quality: float) -> float:
    """1 +- TIE/2: context agreement and quality (0.5 each is neutral) only reorder near-ties."""
    return 1.0 + TIE * ((2.0 * agreement - 1.0) + (2.0 * case_quality - 1.0)) / 4.0


def rank(
    store: Store,
    principal: Principal,
    req: MatchIn,
    now: float,
    policy: QualityPolicy,
    embedder: Callable[[list[str]], np.ndarray] = embed,
    *,
    index: CaseIndex,
    scales: Sequence[float] = (),
) -> tuple[list[Match], dict[float, list[str]]]:
    """Past cases visible to `principal` for the problem in `req`, best first (at most `req.limit`), and, for each of
    `scales`, the ids of the cases the fusion with its lexical weights times that scale ranks first (`pairs.DEPTH`;
    what a later confirmation of this report is measured against). `index` is the org's, read once by the caller
    (`match_cases`), so the ranking and its explanation read one version of the library; each scale's relevance is
    fused once, the org's own among them."""
    if len(index) == 0:
        return [], {}
    text = query_text(req)
    vector = whole_text_vectors([denoise(text)], embedder)[0]  # a long report read whole, as its cases are
    lines = report_lines(text)
    if req.problem and lines and lines[0] != lead_text(req.problem):
        lines.insert(0, lead_text(req.problem))
    signals = index.read(text, vector, lines)
    fused = {a: index.relevance(signals, a) for a in dict.fromkeys([index.lexical_scale, *scales])}
    candidates = index.top(signals, k=max(CANDIDATES, req.limit), rel=fused[index.lexical_scale])
    ranked = {a: [index.ids[i] for i, *_ in index.top(signals, pairs.DEPTH, rel=fused[a])] for a in scales}
    rows = repo.visible_rows(store, principal, [index.ids[i] for i, *_ in candidates])
    asked = req.context.model_dump(exclude_none=True)
    out = []
    for pos, rel, sem, cov, lead in candidates:
        row = rows.get(index.ids[pos])
        if row is None:
            continue
        ctx = (from_json(row["problem"], {}) or {}).get("context", {}) or {}
        agreement, detail = context_agreement(asked, ctx)
        score = rel * near_tie_factor(agreement, quality(row, now, policy).effective)
        out.append(Match(row["id"], min(1.0, score), rel, sem, cov, lead, detail, agreement, row))
    out.sort(key=lambda m: -m.score)
    return out[: req.limit], ranked


_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2,}")


def _evidence_weight(term: str, passage: str, index: CaseIndex) -> float:
    """How much a shared term says: its idf, doubled for identifiers (codes, versions, names).

    Identifiers (a digit, a dot or underscore inside, CamelCase or ALLCAPS as written) are the
    evidence an engineer looks for; rare plain words are often filler that happens to be rare.
    """
    weight = index.idf(term)
    if any(c.isdigit() for c in term) or any(c in term for c in "._:") or _written_as_identifier(term, passage):
        weight *= 2.0
    return weight


def _written_as_identifier(term: str, passage: str) -> bool:
    return any(_CAMEL.search(m.group(0)) for m in re.finditer(re.escape(term), passage, re.I))


def case_passages(row: dict[str, Any]) -> list[tuple[str, str]]:
    """A case as (field, text) passages: what `why` can point at."""
    problem = from_json(row["problem"], {}) or {}
    out = [("title", row["title"]), ("statement", problem.get("statement") or "")]
    out += [("symptom", s) for s in problem.get("symptoms") or []]
    out += [("keyword", k) for k in problem.get("keywords") or []]
    rc = from_json(row["root_cause"], {}) or {}
    out += [("root_cause", rc.get(k) or "") for k in ("issue", "location")]
    for step in from_json(row["steps"], []) or []:
        if step.get("found") is not False and step.get("output"):
            out.append((f"output of `{step['command'][:80]}`", step["output"][: repo.OUTPUT_EXCERPT]))
    if FIX_TEXT:  # the fix is matched too, so `why` can point at it
        parts = repo.fix_parts(from_json(row["solution"], {}))
        fixes = {text for kind, text in parts if kind == "fix"}
        out += [(kind, text) for kind, text in parts if kind == "fix" or text not in fixes]  # not the fix repeated
    return [(f, t) for f, t in out if t and t.strip()]


def matched_passages(query: str, row: dict[str, Any], index: CaseIndex, limit: int = 3) -> list[dict[str, Any]]:
    """The case's passages that share the most query evidence, each with the terms it shares, strongest first."""
    asked = set(lexical_tokens(query))
    asked_stems = set(stemmed(list(asked))) if index.stems is not None else set()  # named as the case wrote them
    found = []
    for field, text in case_passages(row):
        shared = {t for t in lexical_tokens(text) if t in asked or (asked_stems and _stem(t) in asked_stems)}
        if not shared:
            continue
        weights = {t: _evidence_weight(t, text, index) for t in shared}
        terms = sorted(weights, key=lambda t: (-weights[t], t))
        # A compound and its own parts say the same thing: keep the compound, drop the parts.
        terms = [t for t in terms if not any(t != o and t in re.split(r"[-._]", o) for o in terms)]
        found.append({"field": field, "text": _excerpt(text, terms), "terms": terms[:6],
                      "_w": sum(weights.values())})
    found.sort(key=lambda p: -p["_w"])
    for p in found:
        del p["_w"]
    return found[:limit]


def _excerpt(text: str, terms: list[str], width: int = 240) -> str:
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    at = min((i for i in (flat.lower().find(t) for t in terms[:3]) if i >= 0), default=0)
    start = max(0, at - width // 4)
    return ("..." if start else "") + flat[start:start + width] + "..."


_SPANS = (("year", 365 * 86400), ("month", 30 * 86400), ("week", 7 * 86400), ("day", 86400),
          ("hour", 3600), ("minute", 60))


def human_span(seconds: float) -> str:
    """"90 minutes", "36 hours", "3 days", "10 weeks", "2 years": the largest unit that counts at least 2."""
    seconds = max(0.0, float(seconds))
    for unit, size in _SPANS:
        n = int(seconds // size)
        if n >= 2 or (unit == "minute" and n >= 1):
            return f"{n} {unit}{'s' if n != 1 else ''}"
    return "under a minute"


def ago(seconds: float) -> str:
    return "just now" if seconds < 60 else f"{human_span(seconds)} ago"


def duration(seconds: float) -> str:
    return human_span(max(60.0, seconds))


def summary(row: dict[str, Any], now: float) -> str:
    """"Similar case 2 days ago on server-01: <cause>; fixed in 12 minutes"."""
    problem = from_json(row["problem"], {}) or {}
    host = (problem.get("context") or {}).get("host")
    cause = (from_json(row["root_cause"], {}) or {}).get("issue") or row["title"]
    outcome = from_json(row["outcome"], {}) or {}
    status = outcome.get("status", "resolved")
    ttr = outcome.get("time_to_resolution_seconds")
    where = f" on {host}" if host else ""
    if status == "not_resolved":
        result = "not resolved"
    else:
        verb = "fixed" if status == "resolved" else "partially fixed"
        result = f"{verb} in {duration(ttr)}" if ttr is not None else verb
    return f"Similar case {ago(now - float(row['created_at']))}{where}: {cause}; {result}"


def explain(m: Match, req: MatchIn, index: CaseIndex, now: float, policy: QualityPolicy) -> dict[str, Any]:
    """One ranked case as the AI helper receives it: match score, why, what to check, what fixed it."""
    row = m.row
    q = quality(row, now, policy)
    steps = from_json(row["steps"], []) or []
    solution = from_json(row["solution"], {}) or {}
    outcome = from_json(row["outcome"], {}) or {}
    fix_commands = set(solution.get("commands") or []) | {solution.get("immediate_fix")}
    passages = matched_passages(query_text(req), row, index)
    terms: list[str] = []
    for p in passages:
        terms += [t for t in p["terms"] if t not in terms]
    return {
        "case_id": m.case_id,
        "title": row["title"],
        "match_score": round(m.score, 4),
        "summary": summary(row, now),
        "why": {
            "passages": passages,
            "shared_terms": terms[:8],
            "semantic_similarity": round(m.semantic, 4),
            "lexical_coverage": round(m.lexical, 4),
            "headline_coverage": round(m.lead, 4),
            "relevance": round(m.relevance, 4),
            "context": m.context,
            "context_agreement": round(m.context_agreement, 4),
            "case_quality": round(q.effective, 4),
            "stale": q.stale,
        },
        "investigation_steps": [
            {"command": s["command"], "found": s.get("found"), "output_excerpt": (s.get("output") or "")[:300]}
            for s in steps
            if s.get("found") is not False and s["command"] not in fix_commands
        ],
        "fix": solution,
        "root_cause": from_json(row["root_cause"], {}) or {},
        "outcome": outcome.get("status", "resolved"),
        "time_to_resolution_seconds": outcome.get("time_to_resolution_seconds"),
        "reuse_count": int(row["reuse_count"]),
        "occurred_at": row["created_at"],
    }


def match_cases(
    store: Store,
    principal: Principal,
    req: MatchIn,
    policy: QualityPolicy,
    now: float | None = None,
    embedder: Callable[[list[str]], np.ndarray] = embed,
    *,
    cache: IndexCache,
) -> dict[str, Any]:
    """Rank, explain, and (when the request names a session) remember which case was suggested."""
    now = time.time() if now is None else now
    scales = pairs.SCALES if req.session_id else ()  # a report a later outcome can confirm: kept with its rankings
    org = principal.require_org()
    index = cache.get(store, org, principal)  # once: the ranking and `why` read the same library, the one it may see
    matches, ranked = rank(store, principal, req, now, policy, embedder, index=index, scales=scales)
    result = [explain(m, req, index, now, policy) for m in matches]
    if req.session_id and (matches or ranked):
        with store.transaction() as conn:
            if matches:
                repo.record_use(conn, org, matches[0].case_id, req.session_id, "suggested", now)
            pairs.remember_report(conn, store, org, principal.acting_user(None), req.session_id, query_text(req),
                                  ranked, now)
    return {"matches": result, "searched": len(index)}
