"""Every released redaction line's verdict, this tree against a revision, and a constant chosen leave-one-batch-out.

The guard a change to the redactor answers to (issue 13): no credential or PII line of any released set newly
wrong, the negative lines newly right counted per set. With `--lobo`, `exporter.privacy.look_alikes.MAX_VERSION_PART`
is tried at each candidate value; for each batch 10..NEWEST left out, the value that gains most on the other batches
(no positive line lost, ties to the first listed: list the strictest first) is chosen and its effect on the left-out
batch printed. `--constant MODULE.NAME` tries another constant of `exporter.privacy` the same way (round 25).
`--files` reads only the named files and counts per file: the lead's guard on a held-out batch (no line is printed
without `--show`). Positive lines are also counted by kind (`credential+`, `pii-`, ...).

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/redaction_lobo.py --rev fd6ec2c --lobo 0 10 20 30 40 60 80 99
    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/redaction_lobo.py --rev d5fa2d4 \
        --constant typed_passwords.GENERATED_CHANGES --lobo 0.7 0.6 0.5 0.4 0.3
    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/redaction_lobo.py --rev d5fa2d4 --files batch26_test.tsv batch26_dev.tsv

Reads the released sets only: the `.tsv` files `bench/redaction.py`'s SPLITS name.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from redaction import DATA, NEWEST_BATCH, SPLITS, baseline_module, line_right, load  # noqa: E402


def rows(files: list[str] | None = None) -> list[tuple[str, str, str, list[str]]]:
    """(file, kind, text, must-vanish) of every line of `files` (default: the files SPLITS names), read as
    bench/redaction.py reads them."""
    names = files or [name for pair in SPLITS.values() for name in pair if name is not None and (DATA / name).exists()]
    return [(name, kind, text, gone) for name in names for kind, text, gone, _family in load(name)]


def set_of(name: str) -> str:
    return re.match(r"(batch\d+|blind2?|dev|test)", name)[1]


def changes(redactor, lines, before: list[bool], group=set_of) -> dict[str, Counter]:
    """Per set (or what `group` makes of a file's name): negatives newly right (`neg+`) and wrong (`neg-`), positives
    newly right (`pos+`) and wrong (`pos-`), the positives also by kind (`credential+`, `pii-`)."""
    per: dict[str, Counter] = {}
    for (name, kind, text, gone), was in zip(lines, before, strict=True):
        now = line_right(kind, text, gone, redactor.redact(text).text)
        if now != was:
            sign = "+" if now else "-"
            counts = per.setdefault(group(name), Counter())
            key = ("neg" if kind == "negative" else "pos") + sign
            counts[key] += 1
            if kind != "negative":
                counts[("credential" if kind == "credential" else "pii") + sign] += 1
            if "--show" in sys.argv:
                print(f"  {key} {name}: {text[:140]!r}")
    return per


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rev", required=True, help="the revision to compare with (the round start)")
    parser.add_argument("--lobo", type=float, nargs="*", default=None, help="candidate values of the constant")
    parser.add_argument("--constant", default="look_alikes.MAX_VERSION_PART", help="MODULE.NAME in exporter.privacy")
    parser.add_argument("--show", action="store_true", help="print every line whose verdict changed")
    parser.add_argument("--files", nargs="*", default=None, help="only these TSV files, counted per file")
    args = parser.parse_args()
    import importlib

    from exporter.privacy.redaction import Redactor

    module_name, constant = args.constant.rsplit(".", 1)
    module = importlib.import_module(f"exporter.privacy.{module_name}")
    kind = type(getattr(module, constant))

    lines = rows(args.files)
    start = baseline_module(args.rev).Redactor()
    before = [line_right(k, t, g, start.redact(t).text) for _, k, t, g in lines]
    new = Redactor()
    chosen = getattr(module, constant)
    candidates = [kind(v) for v in args.lobo] if args.lobo else [chosen]
    by_value = {}
    for value in candidates:
        setattr(module, constant, value)
        by_value[value] = changes(new, lines, before, (lambda name: name) if args.files else set_of)
        total = sum(by_value[value].values(), Counter())
        print(f"{constant}={value}: {dict(total)}  by set: "
              + ", ".join(f"{s} {dict(c)}" for s, c in sorted(by_value[value].items())))
    setattr(module, constant, chosen)
    if not args.lobo:
        return
    batches = [f"batch{n}" for n in range(10, NEWEST_BATCH + 1)]

    def net(value: float, sets: list[str]) -> tuple[int, int]:
        c = sum((by_value[value].get(s, Counter()) for s in sets), Counter())
        return c["pos-"] + c["neg-"], -(c["neg+"] + c["pos+"] - c["neg-"] - c["pos-"])

    gained = 0
    for out in batches:
        rest = [b for b in batches if b != out]
        value = min(candidates, key=lambda v: net(v, rest))
        c = by_value[value].get(out, Counter())
        gained += c["neg+"] + c["pos+"] > 0 and not (c["neg-"] or c["pos-"])
        print(f"left out {out}: chosen {value}, on it {dict(c) or 'no change'}")
    print(f"left-out batches that gain (and lose nothing): {gained} of {len(batches)}")


if __name__ == "__main__":
    main()
