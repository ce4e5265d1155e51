"""Per-line A/B of redactors at git revisions on the released corpus lines: which lines a reference gets right that
the first revision gets wrong (the lead's merge check: nothing one branch alone got right may be lost in the merged
tree). Prints counts and file names only, never a line. A held-back batch is left out with `--skip PREFIX`.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/redaction_line_ab.py MERGED,START,BRANCH1,... --skip batch22
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from redaction import DATA, baseline_module, line_right, load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("revs", help="comma-separated git revisions (commit ids): the tree checked first, then references")
    parser.add_argument("--skip", action="append", default=[], help="leave out the files whose name starts so")
    args = parser.parse_args()
    revs = args.revs.split(",")
    redactors = {r: baseline_module(r).Redactor() for r in revs}
    files = sorted(p.name for p in DATA.glob("*.tsv") if not p.name.startswith(tuple(args.skip)))
    totals = dict.fromkeys(revs, 0)
    lost: dict[str, list[str]] = {r: [] for r in revs[1:]}
    for name in files:
        for kind, text, gone, _family in load(name):
            ok = {r: line_right(kind, text, gone, redactors[r].redact(text).text) for r in revs}
            for r in revs:
                totals[r] += ok[r]
            for r in revs[1:]:
                if ok[r] and not ok[revs[0]]:
                    lost[r].append(f"{name} ({kind})")
    print(f"lines right: {totals}")
    for r, where in lost.items():
        print(f"{r} right where {revs[0]} is wrong: {len(where)} {where[:20]}")


if __name__ == "__main__":
    main()
