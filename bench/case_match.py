"""Case matching benchmark: retrieval quality on real duplicate reports, speed, and a demo replay.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/case_match.py [--sizes 1000,10000,100000] [--skip-bugs]

1. Quality: every SeaMonkey bug report in ../shared/data/bugs is indexed as a case (summary and
   the first 600 characters of the description, normalised like a case); each side of each
   duplicate pair is the query and the other side the answer (the query itself is excluded).
   recall@1, recall@5 and MRR (over the top 50) of plain BM25, plain embedding search, reciprocal
   rank fusion and the weighted normalised fusion at several semantic weights, in one run.
2. Speed: p50/p99 of one match (query embedding excluded, reported separately) against
   1k/10k/100k synthetic cases held in memory, as `exporter.cases.matching.CaseIndex` does.
3. Replay: the demo's troubleshooting sessions become cases in time order; each recurring
   problem is matched, with its environment, against the cases before it through the real
   ranking path (`matching.rank`: store, scoping, context, quality) and counts as right when the
   first case carries the same fix.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from detectors.text_normalize import normalize  # noqa: E402
from exporter.cases.matching import CaseIndex  # noqa: E402
from exporter.embeddings import DIM, embed  # noqa: E402

BUGS = ROOT.parent / "shared" / "data" / "bugs"
DEPTH = 50


def bug_docs() -> tuple[list[str], list[str], list[tuple[str, str]]]:
    csv.field_size_limit(10**8)
    with open(BUGS / "seamonkey_bugs.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    ids = [r["Issue id"] for r in rows]
    texts = [normalize(f"{r['Summary']}\n{(r['Description'] or '')[:600]}") for r in rows]
    known = set(ids)
    with open(BUGS / "seamonkey_duplicates.csv", newline="", encoding="utf-8") as fh:
        pairs = [(a, b) for a, b in ((r["Issue id"], r["Duplicate id"]) for r in csv.DictReader(fh))
                 if a in known and b in known and a != b]
    return ids, texts, pairs


def quality_bench() -> dict:
    ids, texts, pairs = bug_docs()
    t0 = time.perf_counter()
    vectors = embed(texts, batch_size=128)
    embed_s = time.perf_counter() - t0
    index = CaseIndex(ids, texts, vectors)
    pos = {cid: i for i, cid in enumerate(ids)}
    methods = {"bm25": ("bm25", 0.0), "embedding": ("embedding", 1.0), "rrf": ("rrf", 0.0)}
    for w in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        methods[f"weighted w_sem={w}"] = ("weighted", w)
    queries = [(a, b) for a, b in pairs] + [(b, a) for a, b in pairs]
    out = {}
    for name, (fuse, w) in methods.items():
        ranks = []
        for q, target in queries:
            qi = pos[q]
            hits = index.search(texts[qi], vectors[qi], k=DEPTH + 1, fuse=fuse, w_semantic=w)
            order = [ids[i] for i, *_ in hits if i != qi][:DEPTH]
            ranks.append(order.index(target) + 1 if target in order else None)
        n = len(ranks)
        out[name] = {
            "recall@1": round(sum(r == 1 for r in ranks) / n, 3),
            "recall@5": round(sum(r is not None and r <= 5 for r in ranks) / n, 3),
            "mrr": round(sum(1 / r for r in ranks if r) / n, 3),
        }
    return {"reports": len(ids), "pairs": len(pairs), "queries": len(queries), "embed_seconds": round(embed_s, 1),
            "methods": out}


WORDS = [
    "cpu", "memory", "disk", "latency", "timeout", "error", "refused", "killed", "restart", "crash",
    "slow", "full", "leak", "queue", "lag", "connection", "pool", "worker", "thread", "heap", "gc",
    "swap", "inode", "socket", "dns", "tls", "certificate", "expired", "replica", "backup", "upload",
    "retry", "loop", "cron", "job", "deploy", "rollout", "pod", "node", "container", "volume", "kernel",
    "oom"
]
SERVICES = ["payments", "orders", "shop", "search", "auth", "billing", "logs", "metrics", "gateway", "cache"]


def synthetic(n: int, rng: np.random.Generator) -> tuple[list[str], list[str], np.ndarray]:
    texts = []
    for i in range(n):
        words = rng.choice(WORDS, size=12)
        texts.append(normalize(f"{rng.choice(SERVICES)}-{i % 97:02d} " + " ".join(words) + f" ERR{i % 500}"))
    vectors = rng.standard_normal((n, DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return [f"case-{i}" for i in range(n)], texts, vectors


def speed_bench(sizes: list[int], queries: int = 300) -> dict:
    rng = np.random.default_rng(7)
    qtexts = [f"{rng.choice(SERVICES)}-03 " + " ".join(rng.choice(WORDS, size=6)) for _ in range(queries)]
    t0 = time.perf_counter()
    for t in qtexts[:50]:
        embed([t])
    embed_ms = (time.perf_counter() - t0) / 50 * 1000
    qvecs = embed(qtexts)
    out: dict = {"query_embedding_ms_mean": round(embed_ms, 1)}
    for n in sizes:
        ids, texts, vectors = synthetic(n, rng)
        t0 = time.perf_counter()
        index = CaseIndex(ids, texts, vectors)
        build = time.perf_counter() - t0
        lat = []
        for t, v in zip(qtexts, qvecs, strict=True):
            s = time.perf_counter()
            index.search(normalize(t), v, k=30)
            lat.append((time.perf_counter() - s) * 1000)
        out[n] = {"build_seconds": round(build, 2), "search_p50_ms": round(float(np.percentile(lat, 50)), 2),
                  "search_p99_ms": round(float(np.percentile(lat, 99)), 2),
                  "with_embedding_p99_ms": round(float(np.percentile(lat, 99)) + embed_ms, 1)}
    return out


def replay_bench() -> dict:
    from exporter import ingest
    from exporter.cases import QualityPolicy, assemble_cases
    from exporter.cases.matching import IndexCache, rank
    from exporter.cases.model import MatchIn
    from exporter.demo_data import generate_demo
    from exporter.privacy.gate import Gate
    from exporter.redaction import Redactor
    from exporter.schemas import AuditEvent
    from exporter.scoping import Principal
    from exporter.store import from_json, migrate, open_store

    now = datetime(2025, 3, 3, 12, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/replay.db"
        migrate(url)
        store = open_store(url)
        demo = generate_demo(now, seed=42, weeks=8)
        for org, data in demo.orgs.items():
            events = [AuditEvent.model_validate(e) for e in data.events if e["session_type"] == "troubleshooting"]
            ingest.store_events(store, Principal(org, None, "service"), Gate(Redactor()), events)
        assemble_cases(store, None, now.timestamp())
        rows = store.query("SELECT id, org_id, created_at, problem, solution FROM cases ORDER BY created_at")
        fix = {r["id"]: from_json(r["solution"])["immediate_fix"] for r in rows}
        seen: dict[str, set] = defaultdict(set)
        right = total = 0
        misses = []
        for r in rows:
            problem = from_json(r["problem"])
            if fix[r["id"]] in seen[r["org_id"]]:
                req = MatchIn(problem=problem["statement"], limit=50,
                              context={"environment": problem["context"].get("environment")})
                found = rank(store, Principal(r["org_id"], None, "service"), req, r["created_at"], QualityPolicy(),
                             cache=IndexCache())
                earlier = [m for m in found if m.row["created_at"] < r["created_at"]]
                total += 1
                if earlier and fix[earlier[0].case_id] == fix[r["id"]]:
                    right += 1
                else:
                    misses.append(problem["statement"])
            seen[r["org_id"]].add(fix[r["id"]])
        store.close()
    return {"cases": len(rows), "recurring": total, "right_first": right,
            "share": round(right / total, 3) if total else None, "misses": misses}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--skip-bugs", action="store_true")
    args = ap.parse_args()
    result = {}
    if not args.skip_bugs:
        result["quality"] = quality_bench()
        print(json.dumps(result["quality"], indent=2), flush=True)
    result["speed"] = speed_bench([int(s) for s in args.sizes.split(",")])
    print(json.dumps(result["speed"], indent=2), flush=True)
    result["replay"] = replay_bench()
    print(json.dumps(result["replay"], indent=2), flush=True)


if __name__ == "__main__":
    main()
