"""Every ``WordRunPattern`` in detectors/ against ``re`` on the same pattern: generated strings, each pattern's
matches (spans, groups) and substitution compared, so the linear scanner is shown to read as ``re`` did.

The strings are drawn from the pieces these patterns turn on: letters, digits, ".", "-", "_", "=", quotes, blanks,
"/", the arrows, the words the tails look for (particles, "service", "namespace", "from ... to", "calls"), and
upper case, instance numbers and pod-hash segments for the case reader's name patterns (text_normalize), glued
with or without blanks so words start with a dot or a digit (".net", "9.x") and matches end inside words
("x in.y up").

    PYTHONPATH=. .venv/bin/python bench/word_run_equality.py [--n 20000] [--seed 15]
"""

from __future__ import annotations

import argparse
import random
import re

from detectors import query_compare, query_intent, text_normalize
from detectors.word_runs import WordRunPattern

PIECES = ("a", "b", "x", "n", "e", "t", "q", "9", "0", "12", "01", ".", ".", "-", "-", "_", "=", "!=", "=~", '"',
          "'", " ", " ", " ", "  ", "\t", "/", "->", "=>", "\u2192", "\u00e9", "A", "up", "down", "in", "out", "on",
          "off", "service", "svc", "api", "app", "namespace", "from", "to", "into", "the", "calls", "calling", "env",
          "job", "net", "web-1", "a.b", "rtr-", "01/02", "-12/345", "7/", "B", "\u212a", "7d9f8c6b5", "2cw2c", "ab12",
          "1a", "_3", ".2", "-0", "x9")


def patterns() -> dict[str, WordRunPattern]:
    """The scanner's uses, by name (the phrase table's by index)."""
    found: dict[int, tuple[str, WordRunPattern]] = {}
    for module in (query_compare, query_intent, text_normalize):
        for name, value in vars(module).items():
            items = value if isinstance(value, tuple) else (value,)
            for i, item in enumerate(items):
                item = item[0] if isinstance(item, tuple) and item else item
                if isinstance(item, WordRunPattern) and id(item) not in found:
                    label = f"{module.__name__.split('.')[-1]}.{name}" + (f"[{i}]" if value is not item else "")
                    found[id(item)] = label, item
    return dict(found.values())


def text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))


def reading(found, pattern, s: str):
    """What a caller sees: each match's span and groups, and the text with each match marked."""
    matches = [(m.span(), m.groups(), m.groupdict()) for m in found]
    return matches, pattern.sub(lambda m: f"<{m[0]}|{m.lastindex}>", s)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    strings = [text(rng) for _ in range(args.n)]
    print(f"{args.n} strings, seed {args.seed}")
    for name, product in patterns().items():
        old: re.Pattern[str] = product.pattern
        # scanning every string: the product's instance hands a text without a 32-character word to re itself
        pattern = WordRunPattern(**{**product.parts, "scan_from": 1})
        differ = [s for s in strings if reading(old.finditer(s), old, s) != reading(pattern.finditer(s), pattern, s)]
        matched = sum(1 for s in strings if old.search(s))
        print(f"{name:<28} {len(differ):>6} differ  ({matched} strings with a match)  {old.pattern[:60]!r}")
        for s in differ[:5]:
            print(f"    {s!r}")


if __name__ == "__main__":
    main()
