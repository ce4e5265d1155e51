"""The learner's cost over an org's history: `detectors.learned_aliases.learn_aliases` timed on each released history
and on one history of the pass's bound (`exporter.querymem.learned.HISTORY`, 2,000 exchanges), for two trees.

    PYTHONPATH=. python bench/history_learn_speed.py [--code TREE] [--repeats 3]

Each released history (the folders `history_aliases.history_of` finds for query_pairs19-27) is read from its
history.jsonl as the learner's `Exchange` (question, voice, the executed queries' text; the gate is not timed: it is
the same in both trees). The 2,000-exchange history is the seven concatenated, copy by copy, each copy's askers and
texts made its own (``ana`` -> ``ana#2``, `` (2)`` appended), so its distinct questions are ~2,000. CPU time
(`time.process_time`) of one call, the best and the median of ``--repeats``; run both trees in the same minute
and give the load beside (`uptime`).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ORGS = tuple(f"query_pairs{n}" for n in range(19, 31))
BOUND = 2000


def _histories(la) -> dict[str, list]:
    sys.path.insert(0, str(BENCH))
    from history_aliases import history_lines, history_of

    out = {}
    for org in ORGS:
        lines = history_lines(history_of(BENCH / "data" / org))
        out[org[-2:]] = [la.Exchange(h["question"], h.get("voice"), tuple(e["query"] for e in h["executed"]))
                         for h in lines]
    return out


def _bound(la, histories: dict[str, list]) -> list:
    one = [e for h in histories.values() for e in h]
    out, copy = [], 0
    while len(out) < BOUND:
        copy += 1
        out += [la.Exchange(f"{e.question} ({copy})", f"{e.who}#{copy}", e.executed) for e in one]
    return out[:BOUND]


def _timed(la, history: list, repeats: int) -> tuple[float, float, int]:
    runs, learned = [], 0
    for _ in range(repeats):
        t = time.process_time()
        learned = len(la.learn_aliases(history))
        runs.append(time.process_time() - t)
    return min(runs), statistics.median(runs), learned


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", default="", help="import the learner from this tree")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    if args.code:
        sys.path.insert(0, str(Path(args.code).resolve()))
    from detectors import learned_aliases as la

    histories = _histories(la)
    print(f"tree {Path(la.__file__).resolve().parent.parent}")
    print("| history | exchanges | learned | CPU s best | CPU s median |\n|---|---|---|---|---|")
    total = []
    for name, history in [*histories.items(), (f"bound {BOUND}", _bound(la, histories))]:
        best, median, learned = _timed(la, history, args.repeats)
        total += [best] if not name.startswith("bound") else []
        print(f"| {name} | {len(history)} | {learned} | {best:.2f} | {median:.2f} |")
    print(f"{len(ORGS)} released histories, best each, summed: {sum(total):.2f} s CPU")
    print(json.dumps({"tree": str(Path(la.__file__).resolve().parent.parent), "released_sum_s": round(sum(total), 3)}))


if __name__ == "__main__":
    main()
