"""The comparer's own cost on the lookup path, without the model: CPU time to read both questions of every released
pair and judge the later against the earlier, for one tree's product code (``--code TREE``, as bench/query_cache.py).

    PYTHONPATH=. .venv/bin/python bench/query_compare_cpu.py [--code TREE] [--passes 2]

A lookup is the embedding plus this (the reading of the asked question and one judgement per candidate); on a
shared 2-core machine the embedding's time swings with the load and hides a reader's change, and a p99 of a few
hundred lookups takes half an hour a leg there (round 28, qrest4). Process CPU time counts only this process's work,
so two trees run one after the other (A B B A) compare their code, not two loads. Each pass is timed alone: the
first reads every question for the first time (what a new question costs), a later pass meets the reader's kept
results. The similarity is fixed at 0.9 (no model); prints the decision counts so two trees' runs show whether
they decided alike, nothing per pair.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from datetime import datetime

from query_cache import SPLITS, load_pairs  # (importing it puts --code's tree first on sys.path)

from exporter.querymem.lookup import judge  # noqa: E402
from exporter.querymem.policy import MemoryPolicy  # noqa: E402
from exporter.querymem.reading import read_question  # noqa: E402
from exporter.store import to_json  # noqa: E402


def one_pass(pairs: list[dict], policy: MemoryPolicy) -> tuple[float, Counter]:
    """CPU seconds to read and judge every pair once, and the decisions' counts."""
    decided: Counter = Counter()
    start = time.process_time()
    for p in pairs:
        at_a = datetime.fromisoformat(p["a"]["at"]).timestamp()
        at_b = datetime.fromisoformat(p["b"]["at"]).timestamp()
        cached = read_question(p["a"]["q"], at_a, p["a"]["tz"])
        row = {"intent": to_json(cached.as_dict()), "query_text": p["a"]["q"], "executed_at": at_a,
               "expires_at": at_a + p["a"]["ttl"], "range_start": None, "range_end": None}
        decided[judge(read_question(p["b"]["q"], at_b, p["b"]["tz"]), row, 0.9, at_b, policy).decision] += 1
    return time.process_time() - start, decided


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--code", default="", help="import the product code from this tree")
    ap.add_argument("--passes", type=int, default=2)
    args = ap.parse_args()
    pairs = load_pairs(SPLITS)
    policy = MemoryPolicy()
    print(f"product code from {judge.__code__.co_filename}; {len(pairs)} pairs; load average {os.getloadavg()}")
    for n in range(args.passes):
        cpu, decided = one_pass(pairs, policy)
        print(f"pass {n + 1}: CPU {cpu:.2f} s ({1000 * cpu / len(pairs):.3f} ms per pair); decisions "
              + ", ".join(f"{k} {v}" for k, v in sorted(decided.items())))


if __name__ == "__main__":
    main()
