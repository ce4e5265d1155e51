"""Two `bench/query_cache.py --dump-quality` files (the round start, a branch) against the released labels, per writer:
new wrong hits, hit recall and the writers whose hit recall moved, in the headline and "+org aliases" columns and, for
a `--learned` run, the learned ones ("+writer table", "+learned", "+learned+topo"), and "+org inventory"; and per split
the decisions as labelled that moved (round 25, bench/plans/qrest.md: no split down by more than one). Prints
counts only, no pair.

    python bench/query_writer_check.py START.json BRANCH.json [--writers 13-22]

A writer is a batch (data/query_pairsN: devN and testN; the blind sets are their own). Used by round 23's plan
bench/plans/qpara.md (its ship rule reads these lines).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from query_cache import DUMP_EXTRA, SPLITS, dump_keys, load_pairs  # noqa: E402

#: Each column's place in a dump's row; the learned ones are there only in a `--learned` run (`DUMP_EXTRA`).
COLUMNS = {"headline": 0, "+org aliases": 2, "+org inventory": 4, **{name: 5 + i for i, name in enumerate(DUMP_EXTRA)}}


def writer(split: str) -> str:
    """"test17" -> "17", "dev" -> "1", "blind2" -> "blind2"."""
    if split.startswith("blind"):
        return split
    return re.sub(r"^(?:dev|test)", "", split) or "1"


def held_pairs(dumps: tuple[dict, ...]) -> tuple[list[dict], list[str]]:
    """The released pairs of the splits every dump holds, each with its key as `query_cache` wrote it: a dump of some
    splits (``--splits dev25,test25``) keys its pairs by `dump_keys` over those splits only (round 25 read every
    split's keys and stopped on the first one a dump did not hold)."""
    every = load_pairs(SPLITS)
    by_split: dict[str, list[dict]] = defaultdict(list)
    for p in every:
        by_split[p["split"]].append(p)
    held = {s for s, ps in by_split.items()
            if all(any(p["id"] in d or f"{p['id']}@{s}" in d for p in ps) for d in dumps)}
    pairs = [p for p in every if p["split"] in held]
    keys = dump_keys(pairs)
    kept = [(k, p) for k, p in zip(keys, pairs, strict=True) if all(k in d for d in dumps)]
    print(f"splits in both dumps: {', '.join(sorted(held)) or 'none'}; pairs {len(kept)}"
          f"{f' ({len(pairs) - len(kept)} of them in one dump only, left out)' if len(kept) < len(pairs) else ''}")
    return [p for _, p in kept], [k for k, _ in kept]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("start")
    ap.add_argument("branch")
    ap.add_argument("--writers", default="13-22", help="the writers whose hit recall is counted one by one")
    args = ap.parse_args()
    lo, hi = (int(x) for x in args.writers.split("-"))
    start, branch = (json.loads(Path(p).read_text()) for p in (args.start, args.branch))
    pairs, keys = held_pairs((start, branch))
    for name, col in COLUMNS.items():
        new_wrong: dict[str, int] = defaultdict(int)
        hits: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # expected hits, start's, branch's
        right: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # decisions as labelled per split, start's, branch's
        for key, p in zip(keys, pairs, strict=True):
            if len(start[key]) <= col or len(branch[key]) <= col:
                continue
            a, b = start[key][col], branch[key][col]
            if a is None or b is None:
                continue
            right[p["split"]][0] += a == p["expect"]
            right[p["split"]][1] += b == p["expect"]
            if b == "hit" and a != "hit" and p["expect"] != "hit":
                new_wrong[p["split"]] += 1
            if p["expect"] == "hit":
                row = hits[writer(p["split"])]
                row[0] += 1
                row[1] += a == "hit"
                row[2] += b == "hit"
        total = [sum(r[i] for r in hits.values()) for i in range(3)]
        if not total[0]:
            continue
        print(f"== {name}: new wrong hits {sum(new_wrong.values())} "
              f"({', '.join(f'{s} {n}' for s, n in sorted(new_wrong.items())) or 'none on any split'}); "
              f"pooled hit R {total[1] / total[0]:.4f} -> {total[2] / total[0]:.4f} ({total[1]} -> {total[2]} of "
              f"{total[0]})")
        chosen = [str(n) for n in range(lo, hi + 1) if str(n) in hits]
        up = [w for w in chosen if hits[w][2] > hits[w][1]]
        down = [w for w in hits if hits[w][2] < hits[w][1]]
        print(f"   writers {args.writers}: up on {len(up)} of {len(chosen)} ({', '.join(up) or '-'}); "
              f"down on any writer: {', '.join(down) or 'none'}")
        moved = {s_: b - a for s_, (a, b) in right.items() if a != b}
        print(f"   decisions as labelled, per split (moved only): "
              f"{', '.join(f'{s_} {n:+d}' for s_, n in sorted(moved.items())) or 'none moved'}; "
              f"most down on one split: {max([0] + [-n for n in moved.values()])}")
        for w in sorted(hits, key=lambda w: (not w.isdigit(), int(w) if w.isdigit() else 0, w)):
            n, a, b = hits[w]
            if a != b:
                print(f"   writer {w}: hit R {a / n:.3f} -> {b / n:.3f} ({a} -> {b} of {n})")


if __name__ == "__main__":
    main()
