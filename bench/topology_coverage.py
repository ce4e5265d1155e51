"""How many scope and near pairs turn on a containment the reader does not know, and how much of it an org's executed
queries show (issue 15, round 23, engineer qtopo: the measurement before the change).

    PYTHONPATH=. .venv/bin/python bench/topology_coverage.py

For each batch with a history (query_pairs19..22; the history of 19-21 is data/query_histories22/orgNN) and each of
its scope/near pairs, the two questions' facts are related (`query_compare.relate`, with the writer's alias table, so
names are read as the writer means them) three times: without a topology, with the writer's topology
(topology.json's rows as alerts: what holds what, by the writer's word) and with the topology the history's executed
queries show (their selectors' equality matchers, `detectors.query_selectors`, learned as alerts are). A pair "turns
on a containment" when the writer's topology changes its relation; it is "shown by the queries" when the
queries' topology gives the same relation. Then the same with the expected decision: of the pairs turning on a
containment, how many expect the partial the writer's topology reads (nested). Reads no decision of the product.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from detectors.org_aliases import compile_aliases
from detectors.org_topology import learn_topology
from detectors.query_compare import read_facts, relate
from detectors.query_selectors import selector_labels

DATA = Path(__file__).resolve().parent / "data"
BATCHES = (19, 20, 21, 22)
GROUPS = ("scope", "near", "near_miss")


def history(n: int) -> Path:
    own = DATA / f"query_pairs{n}" / "history.jsonl"
    return own if own.exists() else DATA / "query_histories22" / f"org{n}" / "history.jsonl"


def batch_counts(n: int) -> dict[str, Counter]:
    """Per split of batch ``n``: counts of its scope/near pairs (see the module docstring)."""
    folder = DATA / f"query_pairs{n}"
    aliases = compile_aliases(json.loads((folder / "aliases.json").read_text()))
    writer = learn_topology(json.loads((folder / "topology.json").read_text())["alerts"])
    lines = [json.loads(x) for x in history(n).read_text().splitlines() if x.strip()]
    shown = learn_topology([labels for h in lines for e in h["executed"] for labels in selector_labels(e["query"])])
    out: dict[str, Counter] = {}
    for line in (folder / "pairs.jsonl").read_text().splitlines():
        p = json.loads(line) if line.strip() else None
        if p is None or p["group"] not in GROUPS:
            continue
        c = out.setdefault(p["split"], Counter())
        a, b = read_facts(p["a"]["q"]), read_facts(p["b"]["q"])
        kinds = [relate(a, b, aliases=aliases, topology=t).kind for t in (None, writer, shown)]
        c["pairs"] += 1
        if kinds[1] != kinds[0]:
            c["turns"] += 1
            c["turns, expect partial"] += p["expect"] == "partial"
            c["shown by queries"] += kinds[2] == kinds[1]
            c["shown, expect partial"] += kinds[2] == kinds[1] and p["expect"] == "partial"
        c["queries' topology changes it (any)"] += kinds[2] != kinds[0]
        c["queries' changes it, not the writer's"] += kinds[2] != kinds[0] and kinds[2] != kinds[1]
    return out


def main() -> None:
    keys = ("pairs", "turns", "turns, expect partial", "shown by queries", "shown, expect partial",
            "queries' topology changes it (any)", "queries' changes it, not the writer's")
    print("| split | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 1) + "|")
    pooled: Counter = Counter()
    for n in BATCHES:
        for split, c in sorted(batch_counts(n).items()):
            pooled.update(c)
            print(f"| {split} | " + " | ".join(str(c[k]) for k in keys) + " |")
    print("| pooled | " + " | ".join(str(pooled[k]) for k in keys) + " |")


if __name__ == "__main__":
    main()
