"""The usage-pattern pass end to end at scale: store reads, embedding, clustering, subjects, detectors.

Logs come from bench/usage_gen.py (people, subjects in varied words, small talk, six zones), with
as many orgs as the size needs (about 10,000 events an org over four months). Each log is ingested
through the product's own path (`store_events`: validation, redaction) into a fresh SQLite store
(not timed), then the learning stage runs as the service runs it, twice:

- *cold*: no question has a stored vector yet, every distinct text is embedded (first pass ever);
- *warm*: the next pass over the same window, with vectors stored once per distinct text (the
  steady state: a pass embeds only the texts that are new since the last one).

The log is generated and ingested ten orgs at a time (so the harness never holds a million events
at once), and the passes run in a fresh process: its maximum resident set is the pass's own peak
memory, not the generator's. The machine is shared (2 cores, several other jobs), so the MiniLM
throughput measured in the same run and the load average are printed beside the timings: scale
by them to compare runs. Precision and recall are in bench/usage_eval.py.

    PYTHONPATH=$PWD .venv/bin/python bench/patterns.py --sizes 200000
    PYTHONPATH=$PWD .venv/bin/python bench/patterns.py --sizes 1000000
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import tempfile
import time
from collections import defaultdict
from types import SimpleNamespace

from bench.usage_gen import NOW, generate
from exporter.config import Settings
from exporter.ingest.schemas import AuditEvent
from exporter.ingest.writer import store_events
from exporter.privacy.gate import Gate
from exporter.privacy.redaction import Redactor
from exporter.scoping import Principal
from exporter.store import migrate, open_store
from exporter.text import embeddings
from exporter.usage import stage

EVENTS_PER_ORG = 10_000  # usage_gen with 8 people at scale 0.7 writes about this many per org
ORGS_PER_BATCH = 10


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def embed_rate(n: int = 512) -> float:
    """MiniLM sentences per second on this machine right now (the load varies from run to run)."""
    texts = [f"how many requests did service {i} fail over the last {i % 50} minutes" for i in range(n)]
    embeddings.embed(texts[:8])
    t0 = time.perf_counter()
    embeddings.embed(texts)
    return n / (time.perf_counter() - t0)


def build(url: str, size: int, seed: int) -> tuple[int, int]:
    """Generate and ingest about ``size`` events, ten orgs at a time (each batch its own seed)."""
    orgs = max(1, round(size / EVENTS_PER_ORG))
    migrate(url)
    store = open_store(url)
    gate = Gate(Redactor())  # the ingest door's redaction, with its counts
    events = 0
    for b, start in enumerate(range(0, orgs, ORGS_PER_BATCH)):
        log = generate(seed * 1000 + b, orgs=min(ORGS_PER_BATCH, orgs - start), people=8, scale=0.7)
        by_org: dict[str, list[AuditEvent]] = defaultdict(list)
        for ev in log.events:
            by_org[ev["org"]].append(AuditEvent.model_validate(ev))
        events += len(log.events)
        del log
        for org, evs in by_org.items():
            for i in range(0, len(evs), 5000):
                store_events(store, Principal(org, None, "service"), gate, evs[i : i + 5000])
        del by_org
    store.close()
    return events, orgs


def passes(url: str, out) -> None:
    """In a fresh process: the MiniLM rate now, then the pass cold and warm, and this process's peak RSS."""
    store = open_store(url)
    svc = SimpleNamespace(store=store, settings=Settings())
    rate = embed_rate()
    timings = []
    for label in ("cold", "warm"):
        load = os.getloadavg()[0]
        t0 = time.perf_counter()
        stage.run(svc, NOW.timestamp())
        timings.append((label, time.perf_counter() - t0, load))
    vectors = store.scalar("SELECT COUNT(*) AS n FROM text_vectors")
    store.close()
    out.put({"rate": rate, "timings": timings, "vectors": vectors, "rss": _rss_mib()})


def run(size: int, seed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/patterns.db"
        t0 = time.perf_counter()
        events, orgs = build(url, size, seed)
        built = time.perf_counter() - t0
        ctx = multiprocessing.get_context("spawn")
        q = ctx.Queue()
        child = ctx.Process(target=passes, args=(url, q))
        child.start()
        res = q.get()
        child.join()
    print(
        f"\n{events:,} events, {orgs} orgs x 8 people, 17 weeks (generated and ingested in {built:.0f}s); "
        f"MiniLM now {res['rate']:.0f} sentences/s; {res['vectors']:,} distinct texts embedded and stored"
    )
    for label, took, load in res["timings"]:
        print(f"  pass {label:4s}: {took:7.1f} s   (load average {load:.1f} at its start)")
    print(f"  pass process max RSS {res['rss']:.0f} MiB", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="200000", help="event counts, comma-separated")
    ap.add_argument("--seed", type=int, default=301)
    args = ap.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        run(size, args.seed)


if __name__ == "__main__":
    main()
