"""Leave-one-writer-out for the bounds of the dwelling-number address rule (exporter/privacy/dwelling_addresses.py).

The rule's bounds are a part's words (`_PART_WORDS`) and characters (`_PART_CHARS`). For each released writer left out,
the pair that gains most PII lines on the other writers (no negative line newly wrong there; ties to the smallest) is
chosen and its effect on the left-out writer printed beside the shipped pair's. Only the lines the rule's gate passes
are read (the rule changes no other line), each through the whole redactor.

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv/bin/python bench/redaction_dwelling_lobo.py
"""

from __future__ import annotations

import itertools
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from redaction import DATA, SPLITS, line_right, load  # noqa: E402

WORDS = (3, 4, 5, 6)
CHARS = (32, 40, 48, 64)


def main() -> None:
    from exporter.privacy import dwelling_addresses as rule
    from exporter.privacy.redaction import Redactor

    lines = []
    for pair in SPLITS.values():
        for name in pair:
            if name is None or not (DATA / name).exists():
                continue
            writer = re.match(r"(batch\d+|blind2?|dev|test)", name)[1]
            lines += [(writer, kind, text, gone) for kind, text, gone, _f in load(name)
                      if rule.DWELLING_GATE(text.lower())]
    shipped = (rule._PART_WORDS, rule._PART_CHARS)
    table: dict[tuple[int, int], tuple[Counter, Counter]] = {}
    for words, chars in itertools.product(WORDS, CHARS):
        rule._PART_WORDS, rule._PART_CHARS = words, chars
        redactor = Redactor()
        right, wrong = Counter(), Counter()
        for writer, kind, text, gone in lines:
            ok = line_right(kind, text, gone, redactor.redact(text).text)
            if kind != "negative":
                right[writer] += ok
            elif not ok:
                wrong[writer] += 1
        table[(words, chars)] = (right, wrong)
    rule._PART_WORDS, rule._PART_CHARS = shipped
    writers = sorted({w for w, *_ in lines})
    print(f"{len(lines)} released lines pass the gate; shipped bounds (words, chars) = {shipped}")
    print("| left out | chosen on the others | PII lines right (chosen) | (shipped) | negatives wrong (chosen) | (shipped) |")
    print("|---|---|---:|---:|---:|---:|")
    for out in writers:
        def score(key: tuple[int, int], out: str = out) -> tuple[int, int]:
            right, wrong = table[key]
            others_wrong = sum(v for w, v in wrong.items() if w != out)
            return (-others_wrong, sum(v for w, v in right.items() if w != out))
        best = max(sorted(table), key=score)
        print(f"| {out} | {best} | {table[best][0][out]} | {table[shipped][0][out]} | {table[best][1][out]} "
              f"| {table[shipped][1][out]} |")


if __name__ == "__main__":
    main()
