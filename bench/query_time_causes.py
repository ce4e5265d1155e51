"""Why time pairs fail, by cause, per writer (issue 15): each released "time"-group pair's two questions read as the
product reads them (`read_question`, each in its asker's zone at its moment) and judged on their ranges alone, with
the substance taken as equal (rules 3 and 5 of the specification, `compare_windows`, and the TTL).

Where that range-only judge disagrees with the writer's label, the fault is in the time reading (a phrase not read, a
range resolved wrong); the cause is named from the readings (one side unread, a DST day in the asker's zone, two zones,
the rolling re-ask, else a range read differently). Where it agrees and the product's decision (a `--dump-quality`
file) does not, the fault is in the substance (rules 1, 2, 4, the wording guard), not the time. Prints counts per
writer and cause; `--show` prints the range faults' questions (released pairs only). `--left-words` instead counts, over
every group, the time words one question's content terms hold and the other's lack (a time phrase read only in part
leaves its words as a filter): pairs and writers per word.

    python bench/query_time_causes.py [--dump DUMP.json] [--show] [--splits dev23,test23] [--left-words] [--code TREE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from query_cache import SPLITS, dump_keys, load_pairs  # noqa: E402
from query_writer_check import writer  # noqa: E402

from exporter.querymem.lookup import compare_windows  # noqa: E402
from exporter.querymem.policy import MemoryPolicy  # noqa: E402
from exporter.querymem.reading import read_question  # noqa: E402

RANK = {"miss": 0, "partial": 1, "hit": 2}
#: Stems of words that belong to time phrases: one left among a question's content terms is a phrase read in part.
TIME_STEMS = frozenset(("sinc", "after", "befor", "until", "till", "ago", "morn", "afternoon", "aft", "even", "night",
                        "tonight", "overnight", "midnight", "noon", "local", "utc", "today", "yesterday", "hour", "day",
                        "week", "weekend", "wknd", "month", "year", "last", "past", "earlier", "clock", "btw"))


def left_words(pairs: list[dict]) -> None:
    """Per time word: the pairs whose one side keeps it as a content term and the other not, and their writers."""
    found: dict[str, list[str]] = defaultdict(list)
    for p in pairs:
        ra = read_question(p["a"]["q"], _ts(p["a"]["at"]), p["a"]["tz"])
        rb = read_question(p["b"]["q"], _ts(p["b"]["at"]), p["b"].get("tz") or p["a"]["tz"])
        for term in (ra.facts.terms ^ rb.facts.terms) & TIME_STEMS:
            found[term].append(writer(p["split"]))
    for term, ws in sorted(found.items(), key=lambda kv: -len(kv[1])):
        print(f"{term:10s} {len(ws):3d} pairs, writers {', '.join(sorted(set(ws), key=lambda w: (len(w), w)))}")


def _ts(at: str) -> float:
    return datetime.fromisoformat(at).timestamp()


def _dst_day(at: str, tz: str) -> bool:
    """The asker's local day (or the day before it) is not 24 hours long in their zone."""
    local = datetime.fromisoformat(at).astimezone(ZoneInfo(tz))
    for back in (0, 1):
        day = (local - timedelta(days=back)).date()
        start = datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(tz))
        nxt = start + timedelta(days=1)
        if (nxt.timestamp() - start.timestamp()) != 86400:
            return True
    return False


def range_only(p: dict, policy: MemoryPolicy) -> tuple[str, dict, tuple]:
    """The decision rules 3 and 5 give with the substance equal, the window comparison, and both readings."""
    a, b = p["a"], p["b"]
    ra = read_question(a["q"], _ts(a["at"]), a["tz"])
    rb = read_question(b["q"], _ts(b["at"]), b.get("tz") or a["tz"])
    fresh = _ts(b["at"]) <= _ts(a["at"]) + a["ttl"]
    ranges = compare_windows(rb.window, ra.window, policy)
    if ra.time_state == "unclear" or rb.time_state == "unclear" or not ranges["comparable"]:
        return "partial", ranges, (ra, rb)
    if not ranges["bounds_match"] and (ranges["overlap_of_shorter"] < policy.min_overlap
                                       or ranges["length_ratio"] > policy.max_length_ratio):
        return ("partial" if ranges["same_rolling"] and fresh else "miss"), ranges, (ra, rb)
    return ("hit" if fresh and ranges["bounds_match"] else "partial"), ranges, (ra, rb)


def cause(p: dict, readings: tuple) -> str:
    ra, rb = readings
    if "unclear" in (ra.time_state, rb.time_state):
        return "a phrase not read (unclear)"
    if ra.time_state == "none" or rb.time_state == "none":
        return "a phrase not read (read as now)"
    if (p["b"].get("tz") or p["a"]["tz"]) != p["a"]["tz"]:
        return "a cross-zone clock"
    if _dst_day(p["a"]["at"], p["a"]["tz"]) or _dst_day(p["b"]["at"], p["a"]["tz"]):
        return "a DST day"
    if ra.window.relative and rb.window.relative and p["a"]["q"].strip().lower() == p["b"]["q"].strip().lower():
        return "the re-asked rolling question"
    return "a range resolved differently"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", default="", help="a --dump-quality file: also count the substance faults")
    ap.add_argument("--splits", default=",".join(SPLITS))
    ap.add_argument("--show", action="store_true", help="print the range faults (released pairs only)")
    ap.add_argument("--every-group", action="store_true",
                    help="every group's pairs, counting only a range decision below the label (substance can only "
                         "lower a decision, so these are time faults whatever the group)")
    ap.add_argument("--left-words", action="store_true", help="count time words left as content terms, every group")
    ap.add_argument("--code", default="", help="read with another tree's product code (bench/query_cache.py's --code)")
    args = ap.parse_args()
    policy = MemoryPolicy()
    pairs = load_pairs(tuple(args.splits.split(",")))
    keys = dump_keys(pairs)
    if args.left_words:
        left_words(pairs)
        return
    dump = json.loads(Path(args.dump).read_text()) if args.dump else {}
    table: dict[str, Counter] = defaultdict(Counter)
    for key, p in zip(keys, pairs, strict=True):
        if p["group"] != "time" and not args.every_group:
            continue
        w = writer(p["split"])
        got, ranges, readings = range_only(p, policy)
        table[w]["pairs"] += 1
        product = dump.get(key, [None])[0]
        if got != p["expect"] and (not args.every_group or RANK[got] < RANK[p["expect"]]):
            c = cause(p, readings)
            table[w][c] += 1
            if args.show:
                ra, rb = readings
                print(f"{p['split']:7s} {p['id']:14s} want {p['expect']:7s} ranges say {got:7s} product {product} "
                      f"[{c}] {p['a']['q']!r} @{p['a']['at']} {p['a']['tz']} ttl {p['a']['ttl']} -> {p['b']['q']!r} "
                      f"@{p['b']['at']} {p['b'].get('tz')}\n     {ra.window and ra.window.as_dict()} "
                      f"{ra.time_state}\n     {rb.window and rb.window.as_dict()} {rb.time_state}"
                      f"\n     note: {p.get('note')}")
        elif product is not None and product != p["expect"]:
            table[w]["substance (rules 1, 2, 4, wording)"] += 1
    causes = sorted({c for t in table.values() for c in t if c != "pairs"})
    print("writer  pairs  " + "  ".join(f"{c[:22]:>22s}" for c in causes))
    for w in sorted(table, key=lambda w: (not w.isdigit(), int(w) if w.isdigit() else 0)):
        print(f"{w:7s} {table[w]['pairs']:5d}  " + "  ".join(f"{table[w][c]:22d}" for c in causes))
    total = Counter()
    for t in table.values():
        total.update(t)
    print(f"{'all':7s} {total['pairs']:5d}  " + "  ".join(f"{total[c]:22d}" for c in causes))


if __name__ == "__main__":
    main()
