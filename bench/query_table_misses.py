"""What stays wrong when the org's names are known: each pair the "+org aliases" column (the writer's aliases.json and
topology.json given to the product) decides against its label, with its `why`, grouped by rule and counted per writer.

    python bench/query_table_misses.py [--splits dev10,...] [--only-missed-hits] [--show N]

Reads the pairs of the splits whose batch has an aliases.json (writers 10 on) and judges each later question against
the earlier one exactly as bench/query_cache.py's "+org aliases" column does (`new_rules`); prints, per cause (the
deciding rule and the kind of term that decided it), the count per writer, then up to ``--show`` pairs of each cause
with the terms equal / nested / conflicting. A figure from it is in-sample on every split it reads.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from query_cache import SPLITS, _row, load_pairs, org_aliases, org_topologies, org_vocabulary  # noqa: E402
from query_writer_check import writer  # noqa: E402

from exporter.querymem.lookup import judge  # noqa: E402
from exporter.querymem.policy import MemoryPolicy  # noqa: E402
from exporter.querymem.reading import read_question  # noqa: E402
from exporter.querymem.record import enrich  # noqa: E402
from exporter.text.embeddings import embed  # noqa: E402


def cause(expect: str, got: str, why: dict) -> str:
    """A short name for why a pair went wrong: the rule, and for a conflict or a nesting which side decided it."""
    rule = why.get("rule", "?")
    terms = why.get("terms", {})
    if rule.startswith("4"):
        bits = []
        if terms.get("nested"):
            bits.append("nested")
        if not why.get("intent", {}).get("same", True):
            bits.append("intent")
        if not why.get("statistic", {}).get("same", True):
            bits.append("stat")
        rule = "4 " + "+".join(bits or ["?"])
    elif rule.startswith("2"):
        rule = "2 conflict"
    elif rule.startswith("1"):
        rule = "1 subject/unrelated"
    return f"{expect}->{got} | {rule}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--splits", default=",".join(s for s in SPLITS if not s.startswith("blind")))
    ap.add_argument("--only-missed-hits", action="store_true")
    ap.add_argument("--show", type=int, default=8)
    ap.add_argument("--json", default="", help="write every wrong pair with its why here")
    args = ap.parse_args()
    pairs = load_pairs(tuple(args.splits.split(",")))
    tables = org_aliases(pairs)
    pairs = [p for p in pairs if p["split"] in tables]
    topologies = org_topologies(pairs)
    names = org_vocabulary(pairs)
    policy = MemoryPolicy()
    rows = enrich([{**_row(p["a"]["q"], datetime.fromisoformat(p["a"]["at"]).timestamp(), i),
                    "_tz": p["a"]["tz"], "_ttl": p["a"]["ttl"]} for i, p in enumerate(pairs)], policy)
    vecs = embed([p["b"]["q"] for p in pairs])
    by_cause: dict[str, Counter] = defaultdict(Counter)
    shown: dict[str, list] = defaultdict(list)
    wrong = []
    for i, (p, row, vec) in enumerate(zip(pairs, rows, vecs, strict=True)):
        row["id"] = i
        now = datetime.fromisoformat(p["b"]["at"]).timestamp()
        asked = read_question(p["b"]["q"], now, p["b"]["tz"])
        held = {"topology": topologies[p["split"]]} if p["split"] in topologies else {}
        c = judge(asked, row, float(row["_vector"] @ vec), now, policy, names[p["split"]], tables[p["split"]], **held)
        if c.decision == p["expect"] or (args.only_missed_hits and p["expect"] != "hit"):
            continue
        k = cause(p["expect"], c.decision, c.why)
        by_cause[k][writer(p["split"])] += 1
        shown[k].append((p, c.why))
        wrong.append({"id": p["id"], "split": p["split"], "group": p["group"], "expect": p["expect"],
                      "got": c.decision, "a": p["a"]["q"], "b": p["b"]["q"],
                      "why": {k2: v for k2, v in c.why.items() if k2 != "ranges"},
                      "ranges": {k2: v for k2, v in c.why.get("ranges", {}).items() if k2 not in ("asked", "cached")}})
    for k in sorted(by_cause, key=lambda k: -sum(by_cause[k].values())):
        counts = by_cause[k]
        print(f"\n{k}: {sum(counts.values())} pairs, {len(counts)} writers: "
              + ", ".join(f"{w}:{n}" for w, n in sorted(counts.items())))
        for p, why in shown[k][: args.show]:
            t = why.get("terms", {})
            print(f"   [{p['split']} {p['group']}] {p['a']['q']!r} -> {p['b']['q']!r}")
            print(f"      sim {why.get('similarity')} eq {t.get('equal')} nested {t.get('nested')} "
                  f"conf {t.get('conflicting')} intent {why.get('intent')} stat {why.get('statistic')}")
    if args.json:
        Path(args.json).write_text(json.dumps(wrong, indent=1))


if __name__ == "__main__":
    main()
