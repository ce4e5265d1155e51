"""The ship rule of a change to the time grammar (issue 15), from two `bench/query_cache.py --dump-quality` files of
the same run (round start and branch): pooled time-group accuracy, new wrong hits in every column (headline, "+org
aliases", "+org inventory") on every split, and any group of any split down by more than one pair; from round 24 also each
writer's time accuracy (headline and "+org aliases": none may fall) and the groups a time change must leave alone (near,
near_miss, scope, scope_change: the same number right on every split, in every column). Prints counts and each moved
decision's split, group, rule and id, never a question.

    python bench/query_time_check.py BASE.json NEW.json
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from query_cache import SPLITS, dump_keys, load_pairs
from query_writer_check import writer

#: Groups whose decisions do not depend on a time phrase's reading: a time change must leave their scores as they were.
UNTOUCHED = ("near", "near_miss", "scope", "scope_change")
#: Positions of the three systems' decisions in a --dump-quality row: [headline, rule, aliases, alias rule, inventory].
COLUMNS = {"headline": 0, "aliases": 2, "inventory": 4}


def _load(path: str) -> dict[str, list]:
    return json.loads(Path(path).read_text())


def _correct(rows: dict, expect: dict, ids, col: int) -> int:
    return sum(len(rows[i]) > col and rows[i][col] == expect[i] for i in ids)


def compare(base: dict, new: dict) -> bool:
    pairs = load_pairs(SPLITS)
    meta = dict(zip(dump_keys(pairs), pairs, strict=True))
    ids = sorted(base.keys() & new.keys() & meta.keys())
    expect = {i: meta[i]["expect"] for i in ids}
    time_ids = [i for i in ids if meta[i]["group"] == "time"]
    before, after = _correct(base, expect, time_ids, 0), _correct(new, expect, time_ids, 0)
    n = max(len(time_ids), 1)
    print(f"pairs {len(ids)}; time group pooled {before}/{n} = {before / n:.3f} -> {after}/{n} = {after / n:.3f}")
    wrong = [(c, i) for i in ids for c, k in COLUMNS.items() if len(new[i]) > k and new[i][k] == "hit"
             and expect[i] != "hit" and base[i][k] != "hit"]
    print(f"new wrong hits (any column): {len(wrong)}", *(f"  {c} {meta[i]['split']} {i}" for c, i in wrong), sep="\n")
    cells = defaultdict(list)
    for i in ids:
        cells[(meta[i]["split"], meta[i]["group"])].append(i)
    drops = [f"  {s} {g} {c}: {b} -> {a}" for (s, g), cell in sorted(cells.items()) for c, k in COLUMNS.items()
             if (b := _correct(base, expect, cell, k)) - (a := _correct(new, expect, cell, k)) > 1]
    print(f"groups down by more than one pair: {len(drops)}", *drops, sep="\n")
    by_writer = defaultdict(list)
    for i in time_ids:
        by_writer[writer(meta[i]["split"])].append(i)
    fell = [f"  writer {w} {c}: {b} -> {a} of {len(cell)}" for w, cell in sorted(by_writer.items())
            for c in ("headline", "aliases") if (b := _correct(base, expect, cell, COLUMNS[c]))
            > (a := _correct(new, expect, cell, COLUMNS[c]))]
    for w, cell in sorted(by_writer.items(), key=lambda kv: int(kv[0]) if kv[0].isdigit() else 0):
        b, a = _correct(base, expect, cell, 0), _correct(new, expect, cell, 0)
        right = sum(new[i][0] == expect[i] != base[i][0] for i in cell)
        wrong = sum(base[i][0] == expect[i] != new[i][0] for i in cell)
        print(f"  time, writer {w}: {b} -> {a} of {len(cell)} (moved right {right}, wrong {wrong})")
    print(f"writers whose time accuracy fell: {len(fell)}", *fell, sep="\n")
    changed = [f"  {s} {g} {c}: {b} -> {a}" for (s, g), cell in sorted(cells.items()) if g in UNTOUCHED
               for c, k in COLUMNS.items() if (b := _correct(base, expect, cell, k)) != (a := _correct(new, expect, cell, k))]
    print(f"near / scope groups changed: {len(changed)}", *changed, sep="\n")
    moved = [i for i in ids if any(base[i][k:k + 1] != new[i][k:k + 1] for k in COLUMNS.values())]
    print(f"decisions moved: {len(moved)}")
    for i in moved:
        diffs = " ".join(f"{c[:3]} {base[i][k]}->{new[i][k]}" for c, k in COLUMNS.items()
                         if base[i][k:k + 1] != new[i][k:k + 1])
        print(f"  {meta[i]['split']:7s} {meta[i]['group']:20s} {i:28s} want {expect[i]:7s} {diffs}  [{new[i][1]}]")
    held = after > before and not wrong and not drops and not fell and not changed
    print("ship rule:", "HOLDS" if held else "FAILS")
    return held


if __name__ == "__main__":
    sys.exit(0 if compare(_load(sys.argv[1]), _load(sys.argv[2])) else 1)
