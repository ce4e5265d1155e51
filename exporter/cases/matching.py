"""Hybrid ranking of past cases for a new problem: lexical + semantic, then context and quality.

Per org, an in-memory `CaseIndex` holds the case ids, their embeddings as one (n, 384) float32
matrix (a single matmul scores them all) and a BM25 index (bm25s) over their normalised text, so
exact tokens such as ``OOMKilled`` weigh in and ``server-01`` vs ``server-03`` does not. The index
is rebuilt only when the org's `case_index_versions` row changed (new cases); confidence, reuse
and feedback are read fresh for the few top candidates, through `scoping.visible`, on every match.

Score of a candidate = relevance x context factor x quality factor, where

- relevance = W_SEMANTIC x max(cosine, 0) + (1 - W_SEMANTIC) x BM25 / best BM25 of this query
  (weighted normalised scores; `bench/case_match.py` compares it with reciprocal rank fusion and
  with each signal alone on real duplicate bug reports, which chose this form and weight);
- context factor = 0.85 + 0.3 x agreement, agreement being the share of the context keys both
  sides state (environment, os, platform, service type) that are equal (0.5 when none are);
- quality factor = 0.6 + 0.4 x the case's decayed quality (`exporter.cases.quality`).

The score, capped at 1, is the match confidence the AI helper sees.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import bm25s
import numpy as np

from detectors.text_normalize import normalize, tokens
from exporter.cases import repo
from exporter.cases.model import MatchIn
from exporter.cases.quality import QualityPolicy, quality
from exporter.embeddings import DIM, embed, from_blob
from exporter.scoping import Principal
from exporter.store import Store, from_json

W_SEMANTIC = 0.6
RRF_K = 60
CANDIDATES = 30
MIN_SCORE = 0.25
CONTEXT_KEYS = ("environment", "os", "platform", "service_type")


class CaseIndex:
    """Lexical and semantic search over one org's cases, held in memory.

    Parameters
    ----------
    ids : sequence of str
        Case ids, in the order of `texts` and `vectors`.
    texts : sequence of str
        Normalised matching text of each case (`repo.matching_text`).
    vectors : ndarray, shape (n, 384)
        Unit-length float32 embeddings.
    """

    def __init__(self, ids: Sequence[str], texts: Sequence[str], vectors: np.ndarray):
        self.ids = list(ids)
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(len(self.ids), DIM)
        corpus = [tokens(t, normalized=True) for t in texts]
        self.df: Counter = Counter()
        for toks in corpus:
            self.df.update(set(toks))
        self.bm25: bm25s.BM25 | None = None
        if self.df:  # bm25s cannot index a corpus without a single token (cases whose text is all symbols)
            self.bm25 = bm25s.BM25()
            self.bm25.index(corpus, show_progress=False)

    def __len__(self) -> int:
        return len(self.ids)

    def lexical(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every case, shape (n,)."""
        if self.bm25 is None:
            return np.zeros(len(self.ids), dtype=np.float32)
        ids = self.bm25.get_tokens_ids(query_tokens)
        if not ids:
            return np.zeros(len(self.ids), dtype=np.float32)
        return np.asarray(self.bm25.get_scores_from_ids(ids), dtype=np.float32)

    def semantic(self, query_vector: np.ndarray) -> np.ndarray:
        """Cosine similarity of every case, shape (n,)."""
        return self.vectors @ np.asarray(query_vector, dtype=np.float32)

    def search(
        self, query_text: str, query_vector: np.ndarray | None, k: int = CANDIDATES, fuse: str = "weighted",
        w_semantic: float = W_SEMANTIC,
    ) -> list[tuple[int, float, float, float]]:
        """The `k` most relevant cases as (position, relevance, semantic, lexical), best first.

        `fuse` is "weighted" (the default, see the module doc), "rrf" (reciprocal rank fusion),
        "bm25" or "embedding" (one signal alone, for the benchmark's baselines).
        """
        n = len(self.ids)
        if n == 0:
            return []
        lex = self.lexical(tokens(query_text, normalized=True)) if fuse != "embedding" else np.zeros(n, np.float32)
        sem = (
            np.clip(self.semantic(query_vector), 0.0, 1.0)
            if fuse != "bm25" and query_vector is not None
            else np.zeros(n, np.float32)
        )
        top_lex = float(lex.max()) if n else 0.0
        lex_norm = lex / top_lex if top_lex > 0 else lex
        if fuse == "rrf":
            rel = _rrf(sem, lex, max(k, 100))
        elif fuse == "bm25":
            rel = lex_norm
        elif fuse == "embedding":
            rel = sem
        else:
            rel = w_semantic * sem + (1.0 - w_semantic) * lex_norm
        k = min(k, n)
        top = np.argpartition(-rel, k - 1)[:k] if k < n else np.arange(n)
        top = top[np.argsort(-rel[top], kind="stable")]
        return [(int(i), float(rel[i]), float(sem[i]), float(lex_norm[i])) for i in top]


def _rrf(sem: np.ndarray, lex: np.ndarray, depth: int) -> np.ndarray:
    """Reciprocal rank fusion over each signal's top `depth`, scaled so rank 1 in both is 1."""
    out = np.zeros(len(sem), dtype=np.float32)
    depth = min(depth, len(sem))
    for scores in (sem, lex):
        top = np.argpartition(-scores, depth - 1)[:depth] if depth < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        top = top[scores[top] > 0]
        out[top] += 1.0 / (RRF_K + 1 + np.arange(len(top)))
    return out * (RRF_K + 1) / 2.0


class IndexCache:
    """One `CaseIndex` per (store, org), rebuilt when the org's index version moved."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], tuple[int, CaseIndex]] = {}
        self._locks: dict[tuple[str, str], threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, store: Store, org: str) -> CaseIndex:
        key = (store.url, org)
        version = repo.index_version(store, org)
        entry = self._entries.get(key)
        if entry is not None and entry[0] == version:
            return entry[1]
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == version:
                return entry[1]
            index = load_index(store, org)
            self._entries[key] = (version, index)
            return index

    def invalidate(self, store: Store, org: str) -> None:
        self._entries.pop((store.url, org), None)


def load_index(store: Store, org: str) -> CaseIndex:
    """Read an org's active cases into a fresh index (the org filter here only picks whose index)."""
    rows = store.query(
        "SELECT id, search_text, embedding FROM cases WHERE org_id = :org AND status = 'active' ORDER BY created_at, id",
        {"org": org},
    )
    vectors = np.zeros((len(rows), DIM), dtype=np.float32)
    for i, r in enumerate(rows):
        v = from_blob(r["embedding"])
        if v is not None and v.shape == (DIM,):
            vectors[i] = v
    return CaseIndex([r["id"] for r in rows], [r["search_text"] for r in rows], vectors)


def query_text(req: MatchIn) -> str:
    return normalize("\n".join([req.problem, *req.symptoms]))


@dataclass
class Match:
    case_id: str
    score: float
    relevance: float
    semantic: float
    lexical: float
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


def rank(
    store: Store,
    principal: Principal,
    req: MatchIn,
    now: float,
    policy: QualityPolicy,
    embedder: Callable[[list[str]], np.ndarray] = embed,
    *,
    cache: IndexCache,
) -> list[Match]:
    """Past cases visible to `principal` for the problem in `req`, best first (at most `req.limit`)."""
    org = principal.require_org()
    index = cache.get(store, org)
    if len(index) == 0:
        return []
    text = query_text(req)
    vector = embedder([text])[0]
    candidates = index.search(text, vector, k=max(CANDIDATES, req.limit))
    rows = repo.visible_rows(store, principal, [index.ids[i] for i, *_ in candidates])
    asked = req.context.model_dump(exclude_none=True)
    out = []
    for pos, rel, sem, lex in candidates:
        row = rows.get(index.ids[pos])
        if row is None:
            continue
        ctx = (from_json(row["problem"], {}) or {}).get("context", {}) or {}
        agreement, detail = context_agreement(asked, ctx)
        q = quality(row, now, policy)
        score = rel * (0.85 + 0.3 * agreement) * (0.6 + 0.4 * q.effective)
        if score < MIN_SCORE:
            continue
        out.append(Match(row["id"], min(1.0, score), rel, sem, lex, detail, agreement, row))
    out.sort(key=lambda m: -m.score)
    return out[: req.limit]


def shared_terms(query: str, case_text: str, df: Counter, limit: int = 8) -> list[str]:
    """Terms both sides use, rarest in the org's cases first: the lexical part of "why"."""
    mine = set(tokens(case_text, normalized=True))
    seen: dict[str, int] = {}
    for t in tokens(query, normalized=True):
        if t in mine and t not in seen:
            seen[t] = df.get(t, 0)
    return [t for t, _ in sorted(seen.items(), key=lambda kv: (kv[1], kv[0]))][:limit]


def ago(seconds: float) -> str:
    seconds = max(0.0, seconds)
    for unit, size in (("week", 7 * 86400), ("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = int(seconds // size)
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


def duration(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    if minutes < 120:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"{minutes / 60:.1f} hours"


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


def explain(m: Match, req: MatchIn, index_df: Counter, now: float, policy: QualityPolicy) -> dict[str, Any]:
    """One ranked case as the AI helper receives it: confidence, why, what to check, what fixed it."""
    row = m.row
    q = quality(row, now, policy)
    steps = from_json(row["steps"], []) or []
    solution = from_json(row["solution"], {}) or {}
    outcome = from_json(row["outcome"], {}) or {}
    fix_commands = set(solution.get("commands") or []) | {solution.get("immediate_fix")}
    return {
        "case_id": m.case_id,
        "title": row["title"],
        "confidence": round(m.score, 4),
        "summary": summary(row, now),
        "why": {
            "shared_terms": shared_terms(query_text(req), row["search_text"], index_df),
            "semantic_similarity": round(m.semantic, 4),
            "lexical_score": round(m.lexical, 4),
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
    matches = rank(store, principal, req, now, policy, embedder, cache=cache)
    index = cache.get(store, principal.require_org())
    result = [explain(m, req, index.df, now, policy) for m in matches]
    if req.session_id and matches:
        with store.transaction() as conn:
            repo.record_use(conn, principal.require_org(), matches[0].case_id, req.session_id, "suggested", now)
    return {"matches": result, "searched": len(index)}

