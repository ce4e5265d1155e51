"""Where one query-memory lookup's time goes, stage by stage, at `--size` live entries.

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONPATH=$PWD .venv/bin/python bench/query_lookup_profile.py \
        [--size 100000] [--n 200] [--rows random|questions]

The rows and questions are bench/query_cache.py's speed rows (one org, real readings, random unit vectors, or
with `--rows questions` mixes of two real dev-question embeddings). Each stage of `QueryMemory.lookup` is timed
by wrapping the function that does it (the wrappers cost ~1 us each): the asker's zone, redaction and reading,
the model, the index catch-up (`sync`) and eviction, the search (its first pass, the k-th-best cut and the exact
rescoring inside it), the same-key probe, the candidate rows (visibility query, hot-tier read, store read),
judging, and the response (`as_dict` and `json.dumps`, what the API handler returns). Two passes: `whole` (the
model inside each lookup) and `given` (each question's vector given). Also counts the rows the search rescored
exactly and the candidates judged, and the cosines of the k-th best fresh candidate: whether a cosine floor
could bound what the first pass may drop.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import query_cache as qc  # noqa: E402

from exporter.config import Settings  # noqa: E402
from exporter.privacy.gate import Gate  # noqa: E402
from exporter.privacy.redaction import Redactor  # noqa: E402
from exporter.querymem import index, memory  # noqa: E402
from exporter.querymem.policy import MemoryPolicy  # noqa: E402
from exporter.scoping import Principal  # noqa: E402
from exporter.text.embeddings import embed_one  # noqa: E402
from exporter.tiers.hot import StoreHot  # noqa: E402

TIMES: dict[str, list[float]] = defaultdict(list)
COUNTS: dict[str, list[float]] = defaultdict(list)


def timed(owner, name: str, label: str) -> None:
    """Replace `owner.name` by a wrapper adding its wall time to TIMES[label] (summed within one lookup)."""
    inner = getattr(owner, name)

    @functools.wraps(inner)
    def wrapper(*a, **kw):
        t0 = time.perf_counter()
        try:
            return inner(*a, **kw)
        finally:
            if TIMES[label]:  # outside a timed lookup (building the index) nothing is counted
                TIMES[label][-1] += time.perf_counter() - t0

    setattr(owner, name, wrapper)


LABELS = ("zone", "read (gate + reader)", "model", "sync", "evict", "search", "  first pass", "  k-th cut",
          "  exact rescoring", "same_key", "rows: visibility SQL", "rows: hot get_many", "rows (all)",
          "judge (decide)", "response (as_dict + json)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--rows", choices=("random", "questions"), default="random")
    args = ap.parse_args()
    policy = MemoryPolicy()
    questions = qc.speed_questions(args.n)
    timed(memory.QueryMemory, "zone_for", "zone")
    timed(memory.QueryMemory, "_read", "read (gate + reader)")
    timed(memory, "embed_one", "model")
    timed(index.QueryIndex, "sync", "sync")
    timed(index.QueryIndex, "evict_expired", "evict")
    timed(index.QueryIndex, "search", "search")
    timed(index._Block, "approximate", "  first pass")
    timed(index._Block, "near_best", "  k-th cut")
    timed(index._Block, "exact_best", "  exact rescoring")
    timed(index.QueryIndex, "same_key", "same_key")
    timed(memory, "live_rows", "rows (all)")
    timed(memory, "decide", "judge (decide)")
    exact_best = index._Block.exact_best

    def counting(self, vec, pos, k):
        out = exact_best(self, vec, pos, k)
        if not COUNTS["rows rescored exactly"]:
            return out
        COUNTS["rows rescored exactly"][-1] += len(pos)
        if out and not COUNTS["k-th fresh cosine"][-1]:
            COUNTS["k-th fresh cosine"][-1] = out[-1][1]
            COUNTS["best fresh cosine"][-1] = out[0][1]
        return out

    index._Block.exact_best = counting
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/profile.db"
        basis = qc.question_vectors() if args.rows == "questions" else None
        store = qc.speed_store(url, args.size, np.random.default_rng(3), policy, basis)
        hot = StoreHot(store)
        timed(hot, "get_many", "rows: hot get_many")
        query = store.query

        def store_query(sql, *a, **kw):
            t0 = time.perf_counter()
            try:
                return query(sql, *a, **kw)
            finally:
                if "SELECT q.id FROM" in sql and TIMES["rows: visibility SQL"]:
                    TIMES["rows: visibility SQL"][-1] += time.perf_counter() - t0

        store.query = store_query
        gate = Gate(Redactor(Settings(database_url=url).redaction_class_set()))
        mem = memory.QueryMemory(store, lambda _org, g=gate: g, policy, hot)
        mem.refresh_index(qc.NOW)
        who = Principal(org_id="bench", user_id=None, role="service")
        embed_one("warm up")
        given = {q: embed_one(q) for q in questions}
        for mode in ("whole", "given"):
            TIMES.clear()
            COUNTS.clear()
            total, judged = [], []
            if mode == "given":
                memory.embed_one = given.__getitem__
            for q in [questions[0], *questions]:  # the first, a warm-up, is dropped below
                for label in LABELS:
                    TIMES[label].append(0.0)
                for label in ("rows rescored exactly", "k-th fresh cosine", "best fresh cosine"):
                    COUNTS[label].append(0.0)
                t0 = time.perf_counter()
                result = mem.lookup(who, None, q, qc.NOW)
                t1 = time.perf_counter()
                json.dumps(result.as_dict())
                TIMES["response (as_dict + json)"][-1] = time.perf_counter() - t1
                total.append(t1 - t0)
                judged.append(len(result.candidates))
            print(f"\n{mode}: {args.size} live entries ({args.rows} rows), {args.n} lookups, "
                  f"load {os.getloadavg()[0]:.1f}, {time.strftime('%H:%M:%S', time.gmtime())} UTC; ms")
            print(f"  {'stage':28s} {'p50':>7s} {'p90':>7s} {'p99':>7s} {'mean':>7s}")
            for label in LABELS:
                xs = np.array(TIMES[label][1:]) * 1000
                print(f"  {label:28s} {np.percentile(xs, 50):7.2f} {np.percentile(xs, 90):7.2f} "
                      f"{np.percentile(xs, 99):7.2f} {xs.mean():7.2f}")
            xs = np.array(total[1:]) * 1000
            print(f"  {'lookup (all of it)':28s} {np.percentile(xs, 50):7.2f} {np.percentile(xs, 90):7.2f} "
                  f"{np.percentile(xs, 99):7.2f} {xs.mean():7.2f}")
            slow = np.argsort(xs)[-3:]
            for i in slow:
                parts = ", ".join(f"{label.strip()} {TIMES[label][1 + i] * 1000:.1f}" for label in LABELS
                                  if TIMES[label][1 + i] * 1000 >= 0.5)
                print(f"    slowest: {xs[i]:.1f} ms = {parts}")
            for label, xs in COUNTS.items():
                xs = np.array(xs[1:])
                print(f"  {label:28s} p50 {np.percentile(xs, 50):.3f} min {xs.min():.3f} max {xs.max():.3f}")
            print(f"  candidates judged: p50 {np.percentile(judged[1:], 50):.0f} max {max(judged[1:])}")
        store.close()


if __name__ == "__main__":
    main()
