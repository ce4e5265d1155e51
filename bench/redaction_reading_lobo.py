"""Readings added one commit each, chosen leave-one-writer-out: is each one's gain on a writer it was not chosen on?

`redaction_lobo.py` chooses a constant's value leave-one-batch-out; a reading (a rule) has no value to tune, only
whether it is kept. Given the round start and the commits that each add one reading on top of the one before
(`--revs`, in order), every released line is scored at each revision, and for each step the lines it makes newly right
(`+`) or newly wrong (`-`) are counted per writer's batch. Leave-one-writer-out: for each batch k, a reading is kept
when, on the other batches, it makes at least one line newly right and none newly wrong; the table prints what the
readings kept without k do on k. A reading whose gain rests on one writer only is dropped in that writer's fold.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/redaction_reading_lobo.py --start 3d86112 \\
        --revs 42f0fb2 029980b 3eb2375

Reads the released sets only: the `.tsv` files `bench/redaction.py`'s SPLITS name.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from redaction import baseline_module, line_right  # noqa: E402
from redaction_lobo import rows, set_of  # noqa: E402


def verdicts(rev: str, lines) -> list[bool]:
    redactor = baseline_module(rev).Redactor()
    return [line_right(k, t, g, redactor.redact(t).text) for _, k, t, g in lines]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--start", required=True, help="the round start")
    parser.add_argument("--revs", nargs="+", required=True, help="one commit per reading, in the order they landed")
    args = parser.parse_args()
    lines = rows()
    batches = sorted({set_of(name) for name, *_ in lines}, key=lambda b: (not b[5:].isdigit(), -int(b[5:] or 0)))
    before = verdicts(args.start, lines)
    steps: list[dict[str, Counter]] = []  # per reading: per batch, lines newly right (+) and newly wrong (-)
    for rev in args.revs:
        after = verdicts(rev, lines)
        per: dict[str, Counter] = {b: Counter() for b in batches}
        for (name, *_), was, now in zip(lines, before, after, strict=True):
            if was != now:
                per[set_of(name)]["+" if now else "-"] += 1
        steps.append(per)
        before = after
    print("| reading (commit) | " + " | ".join(batches) + " |")
    print("|---|" + "---:|" * len(batches))
    for rev, per in zip(args.revs, steps, strict=True):
        cells = [f"+{per[b]['+']}/-{per[b]['-']}" if per[b]["+"] or per[b]["-"] else "" for b in batches]
        print(f"| {rev} | " + " | ".join(cells) + " |")
    print("\nLeave-one-writer-out (a reading kept when the other batches gain and lose nothing):")
    print("| left out | readings kept | newly right there | newly wrong there |")
    print("|---|---|---:|---:|")
    for k in batches:
        kept = [  # (a step that changes no line anywhere, a narrowing, is kept: it has nothing to choose on)
            rev for rev, per in zip(args.revs, steps, strict=True)
            if sum(per[b]["-"] for b in batches if b != k) == 0
            and (sum(per[b]["+"] for b in batches if b != k) > 0 or not any(per[b]["+"] for b in batches))
        ]
        plus = sum(per[k]["+"] for rev, per in zip(args.revs, steps, strict=True) if rev in kept)
        minus = sum(per[k]["-"] for rev, per in zip(args.revs, steps, strict=True) if rev in kept)
        if plus or minus or len(kept) != len(args.revs):
            print(f"| {k} | {' '.join(kept) or '-'} | {plus} | {minus} |")
    print("(batches not listed: every reading kept, no line of theirs changed)")


if __name__ == "__main__":
    main()
