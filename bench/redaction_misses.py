"""The personal-data items the gate leaves on the released sets, by cause, per writer: the table a PII plan starts from.

Each item of a positive line's must-vanish list still in the output is read by its shape: an e-mail or a payment
handle (`@`), a date, a handle or login (one word in lower case with a dot, a dash or a digit), a person's name (words
of letters only), a phone (a `+` or a trunk `0`/`8` and 9-13 digits), an id or account number (other runs that are
mostly digits), an address (letters and digits over several words or comma-split parts), or other. The shape is a
reading, not the writer's label (batches 15 and 25 label every personal line `pii`): the table says where misses
gather, not each one's cause; read the lines (`--show`) before acting on one.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/redaction_misses.py [--rev d5fa2d4] [--show CAUSE]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from redaction import CREDENTIALS, DATA, SPLITS, baseline_module, load  # noqa: E402

_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2} [^\W\d_]+ \d{4}|\d{4}\. gada")
_HANDLE = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*")
_PHONE = re.compile(r"(?:\+|%2B|0|8[ (])[\d ().-]{8,18}")


def cause(item: str) -> str:
    item = item.strip()
    digits = sum(c.isdigit() for c in item)
    letters = sum(c.isalpha() for c in item)
    if "@" in item:
        return "email or payment handle"
    if _DATE.fullmatch(item) or re.fullmatch(r"\d\d/\d\d", item):
        return "date (birth, card expiry)"
    if digits == 0:
        if _HANDLE.fullmatch(item) and (item.islower() or "." in item):
            return "handle or login"
        return "person's name"
    if letters <= 2 and _PHONE.fullmatch(item) and 9 <= digits <= 13:
        return "phone"
    if letters <= 3 and digits >= 5:
        return "id or account number"
    if letters > 3 and digits and ("," in item or "،" in item or len(item.split()) >= 3):
        return "postal address"
    return "other"


def writer(name: str) -> str:
    return re.match(r"(batch\d+|blind2?|dev|test)", name)[1]


def misses(redact) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for pair in SPLITS.values():
        for name in pair:
            if name is None or not (DATA / name).exists():
                continue
            # bench/redaction.py's own reading: items without the spaces of a " ||| " joint (round 26: with
            # them, a name followed by a comma or the line's end was never counted as left)
            for kind, text, items, _family in load(name):
                if kind == "negative" or kind in CREDENTIALS:
                    continue
                result = redact(text)
                for item in items:
                    if item in result:
                        out[(writer(name), cause(item))].append(f"{name}: {item!r} in {text[:100]!r}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rev", default=None, help="also count the redactor at this revision (the round start)")
    parser.add_argument("--show", default=None, help="print the items of this cause")
    args = parser.parse_args()
    from exporter.privacy.redaction import Redactor

    trees = [("this tree", Redactor())]
    if args.rev:
        trees.append((args.rev, baseline_module(args.rev).Redactor()))
    for label, redactor in trees:
        found = misses(lambda t, r=redactor: r.redact(t).text)
        writers = sorted({w for w, _ in found}, key=lambda w: (not w.startswith("batch"), -int(w[5:]) if w[5:].isdigit() else 0))
        causes = sorted({c for _, c in found}, key=lambda c: -sum(len(v) for (w, cc), v in found.items() if cc == c))
        print(f"\n## PII items left, {label} (rows: cause; columns: writer's batch)\n")
        print("| cause | all | " + " | ".join(w.replace("batch", "b") for w in writers) + " |")
        print("|---|---:|" + "---:|" * len(writers))
        for c in causes:
            row = Counter({w: len(v) for (w, cc), v in found.items() if cc == c})
            print(f"| {c} | {sum(row.values())} | " + " | ".join(str(row[w] or "") for w in writers) + " |")
        if args.show:
            for (_writer, c), items in sorted(found.items()):
                if c == args.show:
                    print("\n".join("  " + i for i in items))


if __name__ == "__main__":
    main()
