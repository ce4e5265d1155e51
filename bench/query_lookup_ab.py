"""Two versions of `QueryMemory.lookup` in one process, call by call: this tree's and another tree's.

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONPATH=$PWD .venv/bin/python bench/query_lookup_ab.py \
        --old-tree /work/main [--mode whole|given] [--n 200] [--size 100000]

On a shared 2-core machine one run of bench/query_cache.py against another minutes later compares two
loads, not two codes (the embedding's own p50 swung between 12 and 170 ms from one run to the next in
round 9). Here both memories index the same rows of one SQLite store (bench/query_cache.py's speed rows:
`--size` live entries of one org, real readings, random unit vectors), and each question is looked up by
both, in a random order per question. `whole`: the model runs inside each lookup, and one `embed_one` of
the question alone before each lookup gives the denominator in the same minutes (the ratio the issue
sets, whole lookup p99 / embedding p99); `given`: each question's vector is given (what the code beside
the model costs). Also prints the request thread's CPU time (the model's own threads are not in it) and
whether both versions answered every lookup identically (`LookupResult.as_dict`).

The other tree's `exporter/querymem/{packed,index,lookup,entries,memory}.py` are loaded under other
names; everything else (reader, store, model) is this tree's, so only those five files may differ.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import query_cache as qc  # noqa: E402

from exporter.config import Settings  # noqa: E402
from exporter.privacy.gate import Gate  # noqa: E402
from exporter.privacy.redaction import Redactor  # noqa: E402
from exporter.querymem import memory as this_memory  # noqa: E402
from exporter.querymem.policy import MemoryPolicy  # noqa: E402
from exporter.scoping import Principal  # noqa: E402
from exporter.text.embeddings import embed_one  # noqa: E402
from exporter.tiers.hot import StoreHot  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def other_memory(tree: Path):
    """The other tree's QueryMemory, wired to its own index, judge and row reader."""
    base = tree / "exporter" / "querymem"
    packed = _load("ab_old_packed", base / "packed.py")
    index = _load("ab_old_index", base / "index.py")
    index.packed = packed
    lookup = _load("ab_old_lookup", base / "lookup.py")
    entries = _load("ab_old_entries", base / "entries.py")
    memory = _load("ab_old_memory", base / "memory.py")
    memory.QueryIndex, memory.decide, memory.live_rows = index.QueryIndex, lookup.decide, entries.live_rows
    return memory


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--old-tree", required=True, type=Path)
    ap.add_argument("--mode", choices=("whole", "given"), default="whole")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--rows", choices=("random", "questions"), default="random",
                    help="stored vectors: random unit vectors (the speed bench's), or mixes of two real question "
                         "embeddings (the dev splits' earlier questions): an org's structure")
    args = ap.parse_args()
    old_memory = other_memory(args.old_tree)
    policy = MemoryPolicy()
    questions = qc.speed_questions(args.n)
    warm = "warm up: critical alerts today"
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/ab.db"
        basis = qc.question_vectors() if args.rows == "questions" else None
        store = qc.speed_store(url, args.size, np.random.default_rng(3), policy, basis)
        gate = Gate(Redactor(Settings(database_url=url).redaction_class_set()))
        memories = {name: module.QueryMemory(store, lambda _org, g=gate: g, policy, StoreHot(store))
                    for name, module in (("old", old_memory), ("new", this_memory))}
        for m in memories.values():
            m.refresh_index(qc.NOW)
        embed_one(warm)
        if args.mode == "given":
            given = {q: embed_one(q) for q in [*questions, warm]}
            this_memory.embed_one = old_memory.embed_one = given.__getitem__
        who = Principal(org_id="bench", user_id=None, role="service")
        for m in memories.values():
            m.lookup(who, None, warm, qc.NOW)
        wall: dict[str, list[float]] = {k: [] for k in memories}
        cpu: dict[str, list[float]] = {k: [] for k in memories}
        alone: list[float] = []
        same = 0
        order = random.Random(5)
        for q in questions:
            answers = {}
            for name in order.sample(list(memories), 2):
                if args.mode == "whole":
                    t0 = time.perf_counter()
                    embed_one(q + " ?")
                    alone.append(time.perf_counter() - t0)
                c0, t0 = time.thread_time(), time.perf_counter()
                answers[name] = memories[name].lookup(who, None, q, qc.NOW)
                wall[name].append(time.perf_counter() - t0)
                cpu[name].append(time.thread_time() - c0)
            same += answers["old"].as_dict() == answers["new"].as_dict()
        store.close()

    def ms(xs: list[float], p: float) -> float:
        return float(np.percentile(xs, p) * 1000)

    print(f"{args.mode}, {args.size} live entries ({args.rows} rows), {args.n} lookups each, load {os.getloadavg()[0]:.1f}; "
          f"identical answers {same}/{args.n}")
    for name in memories:
        print(f"  {name}: wall p50 {ms(wall[name], 50):7.2f} p99 {ms(wall[name], 99):7.2f} | request thread cpu "
              f"p50 {ms(cpu[name], 50):6.2f} p99 {ms(cpu[name], 99):6.2f}")
    paired = np.array(wall["new"]) - np.array(wall["old"])
    print(f"  paired median wall new - old {np.median(paired) * 1000:.2f} ms")
    if alone:
        e99 = ms(alone, 99)
        print(f"  embed_one alone p50 {ms(alone, 50):.2f} p99 {e99:.2f}; whole p99 / embed p99: "
              f"old {ms(wall['old'], 99) / e99:.2f}, new {ms(wall['new'], 99) / e99:.2f}")


if __name__ == "__main__":
    main()
