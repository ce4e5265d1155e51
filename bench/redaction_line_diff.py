"""The lead's held-out guard: how many lines of the named TSVs this tree's redactor gets newly right or newly wrong
against the redactor at a revision, by kind, with no line printed (a held-out set stays unread).
Usage: PYTHONPATH=. python bench/redaction_line_diff.py <rev> batch26_test.tsv batch26_dev.tsv"""
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import redaction as r  # noqa: E402

from exporter.privacy.redaction import Redactor  # noqa: E402


def main() -> None:
    new, old = Redactor(), r.baseline_module(sys.argv[1]).Redactor()
    for name in sys.argv[2:]:
        moved: Counter = Counter()
        for kind, text, gone, _ in r.load(name):
            group = kind if kind in ("negative", "credential") else "pii"
            before = r.line_right(kind, text, gone, old.redact(text).text)
            after = r.line_right(kind, text, gone, new.redact(text).text)
            if before != after:
                moved[(group, "newly right" if after else "newly wrong")] += 1
        print(name, dict(moved))


if __name__ == "__main__":
    main()
