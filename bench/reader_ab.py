"""The question reader's cost, this tree against another, interleaved: a change to `detectors/timerange.py` costs every
lookup its reading of the asked question (`read_question`) and nothing else, so that is what is timed.

    PYTHONPATH=$PWD .venv/bin/python bench/reader_ab.py --other /tmp/start [--rounds 4] [--repeats 1]

Each round runs one child process per tree, in alternating order (this tree first in odd rounds), and each child reads
every released pair's later question (`bench/data/query_pairs*`, no blind set) once to warm up, with the reader's
kept results cleared, then times each reading once more (or `--repeats` times, keeping the fastest), cleared again:
per-question p50 and p99 in microseconds.
`uptime` is printed beside every round: on a shared machine only the ratio within a round means anything.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys, time
from datetime import datetime
sys.path.insert(0, sys.argv[1]); sys.path.insert(1, sys.argv[1] + "/bench")
import query_cache as qc
from detectors import timerange
from exporter.querymem.reading import read_question
splits = tuple(s for s in qc.SPLITS if not s.startswith("blind"))
asked = [(p["b"]["q"], datetime.fromisoformat(p["b"]["at"]).timestamp(), p["b"].get("tz") or p["a"]["tz"])
         for p in qc.load_pairs(splits)]
def clear():
    for f in vars(timerange).values():
        if hasattr(f, "cache_clear"):
            f.cache_clear()
for q, at, tz in asked:
    read_question(q, at, tz)
clear()
times = []
for q, at, tz in asked:
    best = float("inf")
    for _ in range(int(sys.argv[2])):
        clear()
        t = time.perf_counter(); read_question(q, at, tz); best = min(best, time.perf_counter() - t)
    times.append(best)
times.sort()
print(json.dumps({"n": len(times), "p50": 1e6 * times[len(times) // 2], "p99": 1e6 * times[int(len(times) * 0.99)]}))
"""


def _run(tree: Path, repeats: int) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(tree), str(repeats)], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                              "PATH": "/usr/bin:/bin"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--other", required=True, type=Path, help="the other tree (e.g. the round start, git archive)")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--repeats", type=int, default=1,
                    help="time each question this many times and keep its fastest (a load spike then moves one try, "
                         "not the question's time)")
    args = ap.parse_args()
    here = Path(__file__).resolve().parent.parent
    trees = {"this": here, "other": args.other.resolve()}
    for r in range(args.rounds):
        order = ("this", "other") if r % 2 == 0 else ("other", "this")
        res = {name: _run(trees[name], args.repeats) for name in order}
        load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
        a, b = res["this"], res["other"]
        print(f"round {r + 1} ({' then '.join(order)}): this p50 {a['p50']:.0f} us p99 {a['p99']:.0f} us | other p50 "
              f"{b['p50']:.0f} us p99 {b['p99']:.0f} us | ratio p50 {a['p50'] / b['p50']:.3f} p99 "
              f"{a['p99'] / b['p99']:.3f} ({a['n']} questions) | {load}")


if __name__ == "__main__":
    main()
