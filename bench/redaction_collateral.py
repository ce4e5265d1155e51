"""What a change to the redactor costs outside the items it was built for, this tree against a revision (issue 13).

Two counts, the revision beside in the same process:
- the released corpora's ordinary ops text (every string of the postmortems, incidents and query-pair sets in
  `bench/data`): strings whose output differs between the two trees (each printed);
- the released redaction sets' positive lines: those whose output lost more of their own words outside the listed
  items than at the revision (`redaction.words_lost`, each printed), and per tree the right lines with every other
  word kept (the count and share behind `bench/redaction.py`'s "words kept around" row, all sets pooled), and the
  same share on the lines right in both trees (one denominator: the collateral the change itself adds; review R8).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/redaction_collateral.py --rev 3d86112
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from redaction import DATA, SPLITS, baseline_module, line_right, load, words_lost  # noqa: E402
from redaction_ops_text import strings  # noqa: E402

_OPS = ("postmortems", "postmortems2", "incidents")


def ops_texts() -> list[str]:
    """Every distinct string (4+ characters) of the released ops corpora's JSON and JSON-lines files."""
    root = Path(__file__).parent / "data"
    dirs = [root / d for d in _OPS] + sorted(p for p in root.glob("query_pairs*") if p.is_dir())
    texts: set[str] = set()
    for d in dirs:
        for f in sorted(d.rglob("*.json*")):
            docs = f.read_text().splitlines() if f.suffix == ".jsonl" else [f.read_text()]
            for doc in docs:
                try:
                    texts.update(strings(json.loads(doc)))
                except ValueError:
                    continue
    return sorted(t for t in texts if len(t) > 3)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rev", required=True, help="the revision to compare with (the round start)")
    args = parser.parse_args()
    from exporter.privacy.redaction import Redactor

    old, new = baseline_module(args.rev).Redactor(), Redactor()
    texts = ops_texts()
    changed = 0
    for t in texts:
        b = new.redact(t).text
        if old.redact(t).text != b:
            changed += 1
            print(f"  ops text changed: {t[:160]!r}\n    -> {b[:160]!r}")
    print(f"ops text: {changed} of {len(texts)} strings changed")
    kept = {"this tree": [0, 0], args.rev: [0, 0]}  # right positive lines with every other word kept, right lines
    more = 0
    both = [0, 0, 0]  # lines right in both trees: every other word kept here, at the revision; the lines
    for pair in SPLITS.values():
        for name in pair:
            if name is None or not (DATA / name).exists():
                continue
            for kind, text, gone, _family in load(name):
                if kind == "negative":
                    continue
                outs = {"this tree": new.redact(text).text, args.rev: old.redact(text).text}
                for tree, out in outs.items():
                    if line_right(kind, text, gone, out):
                        kept[tree][1] += 1
                        kept[tree][0] += words_lost(text, gone, out) == 0
                lost_now, lost_then = (words_lost(text, gone, outs[t]) for t in ("this tree", args.rev))
                if all(line_right(kind, text, gone, out) for out in outs.values()):  # right in both trees
                    both[0] += lost_now == 0
                    both[1] += lost_then == 0
                    both[2] += 1
                if lost_now > lost_then:
                    more += 1
                    print(f"  more words lost ({lost_then} -> {lost_now}) {name}: {outs['this tree'][:160]!r}")
    print(f"positive lines losing more words than at {args.rev}: {more}")
    for tree, (k, n) in kept.items():
        print(f"words kept around, {tree}: {k} of {n} right positive lines ({k / n:.2%})")
    print(f"words kept around on the {both[2]} lines right in both trees: this tree {both[0]} ({both[0] / both[2]:.2%}),"
          f" {args.rev} {both[1]} ({both[1] / both[2]:.2%})")


if __name__ == "__main__":
    main()
