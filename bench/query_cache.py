"""Query memory benchmark: decision quality on labelled pairs, lookup speed by cache size, demo replay.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/query_cache.py [--pairs 400] [--sizes 1000,10000,100000,1000000]

1. Quality. Pairs (cached question, asked question, expected decision) generated from templates with a
   seeded generator: paraphrases of the same window (expect hit), the same intent over another window
   (partial), another severity/service/host (partial: a similar question, never a hit), unrelated
   questions (miss). Each pair goes through the real parser, embedding model and `lookup.judge`, with
   the cached answer 1-100 minutes old. Prints precision/recall of hit and partial, and a threshold sweep.
2. Speed. `QueryIndex.search` + `same_key` at each size, beside one `embed_one` call, same run. The
   stored vectors are random unit vectors (the embedding model would take hours to embed 1M questions);
   subjects are spread over the six the parser knows, and a worst case puts every entry in one subject.
3. Replay. The demo data's query sessions in time order through a real `QueryMemory` on SQLite: each
   question is looked up, then its result recorded; prints the hit rate of questions with a time range.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exporter.embeddings import DIM, embed, embed_one  # noqa: E402
from exporter.querymem.index import IndexEntry, QueryIndex  # noqa: E402
from exporter.querymem.lookup import judge  # noqa: E402
from exporter.querymem.policy import MemoryPolicy  # noqa: E402
from exporter.querymem.reading import read_question  # noqa: E402
from exporter.querymem.record import enrich  # noqa: E402

NOW = datetime(2024, 5, 10, 14, 0, tzinfo=UTC).timestamp()

SEVERITIES = ("critical", "warning")
SERVICES = ("payments-api", "checkout-api", "orders-db", "search-indexer", "api-gateway")
HOSTS = ("server-01", "server-03", "logs-02", "web-7")
# Equivalent phrasings of a window; each group is one window.
WINDOWS = {
    "24h": ("in the last 24 hours", "in the past day", "over the last 24h", "in the past 24 hours", "last 24 hours"),
    "1h": ("in the last hour", "in the past hour", "over the last 60 minutes", "last hour", "in the past 60 min"),
    "7d": ("in the last 7 days", "over the past week", "in the past 7 days", "this past week"),
    "6h": ("over the last 6 hours", "in the past 6 hours", "last 6h"),
    "today": ("today", "so far today"),
    "30m": ("in the last 30 minutes", "in the past half hour", "last 30m"),
}
# Question templates by intent; every phrasing of one intent must read the same.
INTENTS = {
    "count_sev_alerts": ("how many {sev} alerts {w}", "{sev} alerts {w}", "count of {sev} alerts {w}",
                         "how many {sev} alerts fired {w}?", "number of {sev} alerts {w}"),
    "errors_service": ("how many errors for {svc} {w}", "{svc} error count {w}", "how many errors did {svc} log {w}",
                       "count errors from {svc} {w}"),
    "top_alerts": ("top noisy alerts {w}", "which alerts fired the most {w}", "top 10 alerts {w}",
                   "noisiest alerts {w}"),
    "logs_host": ("show logs for {host} {w}", "show me the logs on {host} {w}", "list logs from {host} {w}"),
    "traces_service": ("show slow traces for {svc} {w}", "show the slowest {svc} traces {w}",
                       "list slow traces of {svc} {w}"),
}
UNRELATED = ("which volumes are above 85% disk usage", "is checkout-api healthy", "what is the p99 latency of {svc} today",
             "how do I restart pgbouncer", "show the dashboard for orders-db", "who is on call this week",
             "what changed in the last deploy of {svc}", "explain the HighLatency alert runbook")


def _fill(template: str, params: dict, window: str) -> str:
    return template.format(w=window, **params).replace("  ", " ").strip()


def _params(rng: random.Random) -> dict:
    return {"sev": rng.choice(SEVERITIES), "svc": rng.choice(SERVICES), "host": rng.choice(HOSTS)}


def labelled_pairs(n: int, seed: int = 7) -> list[tuple[str, str, str, str]]:
    """(kind, cached question, asked question, expected decision)."""
    rng = random.Random(seed)
    out = []
    kinds = ("paraphrase", "same_words", "other_window", "other_filter", "unrelated")
    weights = (0.35, 0.1, 0.2, 0.2, 0.15)
    while len(out) < n:
        kind = rng.choices(kinds, weights)[0]
        intent = rng.choice(list(INTENTS))
        templates = INTENTS[intent]
        p = _params(rng)
        wkey = rng.choice(list(WINDOWS))
        cached = _fill(rng.choice(templates), p, rng.choice(WINDOWS[wkey]))
        if kind == "paraphrase":
            asked, expect = _fill(rng.choice(templates), p, rng.choice(WINDOWS[wkey])), "hit"
        elif kind == "same_words":
            asked, expect = cached, "hit"
        elif kind == "other_window":
            other = rng.choice([k for k in WINDOWS if k != wkey])
            asked, expect = _fill(rng.choice(templates), p, rng.choice(WINDOWS[other])), "partial"
        elif kind == "other_filter":
            q = dict(p)
            changed = {"count_sev_alerts": "sev", "errors_service": "svc", "logs_host": "host",
                       "traces_service": "svc"}.get(intent)
            if changed is None:
                continue
            pool = {"sev": SEVERITIES, "svc": SERVICES, "host": HOSTS}[changed]
            q[changed] = rng.choice([v for v in pool if v != p[changed]])
            asked, expect = _fill(rng.choice(templates), q, rng.choice(WINDOWS[wkey])), "partial"
        else:
            asked, expect = _fill(rng.choice(UNRELATED), p, ""), "miss"
        out.append((kind, cached, asked, expect))
    return out


def _row(text: str, executed_at: float, n: int) -> dict:
    return {"org_id": "bench", "user_id": None, "scope": "org", "external_id": f"b{n}", "session_id": None,
            "query_text": text, "relative_expression": None, "range_start": None, "range_end": None,
            "result_summary": "", "headline_value": 1.0, "key_insights": "[]", "data_sources": "[]",
            "execution_time_seconds": 1.0, "success": 1, "executed_at": executed_at, "expires_at": 0.0,
            "intent": "{}", "intent_key": None, "embedding": None}


def _precision_recall(got: list[str], expected: list[str], label: str) -> tuple[float, float, int, int, int]:
    pairs = list(zip(got, expected, strict=True))
    tp = sum(g == label and e == label for g, e in pairs)
    fp = sum(g == label and e != label for g, e in pairs)
    fn = sum(g != label and e == label for g, e in pairs)
    return tp / max(1, tp + fp), tp / max(1, tp + fn), tp, fp, fn


def quality(n_pairs: int) -> None:
    pairs = labelled_pairs(n_pairs)
    rng = random.Random(11)
    policy = MemoryPolicy()
    ages = [rng.uniform(60, 100 * 60) for _ in pairs]
    rows = enrich([_row(c, NOW - age, i) for i, ((_, c, _, _), age) in enumerate(zip(pairs, ages, strict=True))], policy)
    for i, r in enumerate(rows):
        r["id"] = i
    asked_vecs = embed([a for _, _, a, _ in pairs])
    asked = [read_question(a, NOW, policy.tz) for _, _, a, _ in pairs]
    sims = [float(r["_vector"] @ v) for r, v in zip(rows, asked_vecs, strict=True)]

    def run(pol: MemoryPolicy) -> list[str]:
        return [judge(q, r, s, NOW, pol).decision for q, r, s in zip(asked, rows, sims, strict=True)]

    got = run(policy)
    expected = [e for *_, e in pairs]
    print(f"\n== quality: {len(pairs)} labelled pairs ({dict(Counter(k for k, *_ in pairs))})")
    for label in ("hit", "partial"):
        prec, rec, tp, fp, fn = _precision_recall(got, expected, label)
        print(f"{label:8s} precision {prec:.3f}  recall {rec:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    confusion = Counter((e, g) for e, g in zip(expected, got, strict=True))
    print("expected -> got:", dict(sorted(confusion.items())))
    by_kind = Counter((k, g) for (k, *_), g in zip(pairs, got, strict=True))
    print("by kind:", dict(sorted(by_kind.items())))
    wrong = [(k, c, a, g) for (k, c, a, e), g in zip(pairs, got, strict=True) if g != e]
    for k, c, a, g in wrong[:12]:
        print(f"   {k:12s} got {g:7s} | {c!r} -> {a!r}")
    print("\nthreshold sweep (hit precision/recall, partial precision/recall):")
    for hit_s in (0.4, 0.5, 0.6, 0.7):
        for part_s in (0.7, 0.75, 0.8, 0.85):
            pol = MemoryPolicy(hit_similarity=hit_s, partial_similarity=part_s)
            g2 = run(pol)
            stats = []
            for label in ("hit", "partial"):
                prec, rec, *_ = _precision_recall(g2, expected, label)
                stats.append(f"{prec:.3f}/{rec:.3f}")
            print(f"  hit>={hit_s:.2f} partial>={part_s:.2f}: hit {stats[0]}  partial {stats[1]}")


def speed(sizes: list[int], repeats: int = 200) -> None:
    print("\n== speed (ms): index search + same-key scan vs one embedding call, same run")
    questions = [f"how many critical alerts for service-{i} in the last {i % 24 + 1} hours" for i in range(repeats)]
    embed_one("warm up")
    t = []
    for q in questions:
        t0 = time.perf_counter()
        embed_one(q)
        t.append(time.perf_counter() - t0)
    emb50, emb99 = np.percentile(t, 50) * 1000, np.percentile(t, 99) * 1000
    print(f"embed_one: p50 {emb50:.2f}  p99 {emb99:.2f}")
    subjects = ("alerts", "errors", "logs", "metrics", "traces", "incidents")
    rng = np.random.default_rng(3)
    for spread in ("six subjects", "one subject"):
        for n in sizes:
            index = QueryIndex()
            chunk = 50_000
            for start in range(0, n, chunk):
                m = min(chunk, n - start)
                vecs = rng.standard_normal((m, DIM), dtype=np.float32)
                vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
                index.add(
                    IndexEntry(start + i, "bench", vecs[i], NOW + 3600, f"k{(start + i) % 500}",
                               subjects[(start + i) % 6] if spread == "six subjects" else "alerts", None)
                    for i in range(m)
                )
            qs = rng.standard_normal((repeats, DIM), dtype=np.float32)
            qs /= np.linalg.norm(qs, axis=1, keepdims=True)
            t = []
            for i in range(repeats):
                t0 = time.perf_counter()
                index.search("bench", qs[i], user=None, now=NOW, subject="alerts", k=5)
                index.same_key("bench", "k7", qs[i], user=None, now=NOW)
                t.append(time.perf_counter() - t0)
            p50, p99 = np.percentile(t, 50) * 1000, np.percentile(t, 99) * 1000
            print(f"{spread:12s} n={n:>8d}: p50 {p50:7.2f}  p99 {p99:7.2f}  p99/embed-p99 {p99 / emb99:.2f}")
            del index


def replay() -> None:
    from exporter.config import Settings
    from exporter.demo_data import generate_demo
    from exporter.privacy.gate import Gate
    from exporter.querymem.memory import QueryMemory
    from exporter.redaction import Redactor
    from exporter.scoping import Principal
    from exporter.store import migrate, open_store
    from exporter.tiers.hot import StoreHot

    now = datetime(2024, 5, 10, 9, 0, tzinfo=UTC)
    data = generate_demo(now, seed=42, weeks=8)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/replay.db"
        migrate(url)
        store = open_store(url)
        settings = Settings(database_url=url)
        redactor = Redactor(settings.redaction_class_set())
        memory = QueryMemory(store, lambda _org: Gate(redactor), MemoryPolicy.from_settings(settings),
                             StoreHot(store))
        print("\n== replay of the demo users' questions (lookup, then record)")
        for org, demo in data.orgs.items():
            who = Principal(org_id=org, user_id=None, role="service")
            decisions: Counter = Counter()
            temporal: Counter = Counter()
            saved = 0.0
            t0 = time.perf_counter()
            for q in sorted(demo.queries, key=lambda q: q["executed_at"]):
                asked_at = datetime.fromisoformat(q["executed_at"]).timestamp() - q["execution_time_seconds"]
                result = memory.lookup(who, q["user"], q["query_text"], asked_at)
                decisions[result.decision] += 1
                if result.reading.time_state == "range":
                    temporal[result.decision] += 1
                saved += result.saved_seconds
                executed = datetime.fromisoformat(q["executed_at"]).timestamp()
                row = _row(q["query_text"], executed, 0)
                row.update(org_id=org, user_id=q["user"], scope="user" if q.get("personal") else "org",
                           external_id=None, headline_value=q.get("headline_value"),
                           result_summary=q["result_summary"], success=1 if q["success"] else 0,
                           execution_time_seconds=q["execution_time_seconds"],
                           range_start=datetime.fromisoformat(q["range_start"]).timestamp(),
                           range_end=datetime.fromisoformat(q["range_end"]).timestamp())
                with store.transaction() as conn:
                    memory.record(conn, [row])
            n_t = sum(temporal.values())
            elapsed = time.perf_counter() - t0
            print(f"{org}: {sum(decisions.values())} questions {dict(decisions)}; with a time range: {n_t}, "
                  f"hit rate {temporal['hit'] / max(1, n_t):.3f}, hit or partial "
                  f"{(temporal['hit'] + temporal['partial']) / max(1, n_t):.3f}; query time saved {saved:.1f}s; "
                  f"{1000 * elapsed / max(1, sum(decisions.values())):.1f} ms per lookup+record")
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=400)
    ap.add_argument("--sizes", default="1000,10000,100000,1000000")
    ap.add_argument("--skip", default="", help="comma-separated: quality,speed,replay")
    args = ap.parse_args()
    skip = set(args.skip.split(","))
    if "quality" not in skip:
        quality(args.pairs)
    if "speed" not in skip:
        speed([int(s) for s in args.sizes.split(",")])
    if "replay" not in skip:
        replay()


if __name__ == "__main__":
    main()
