"""Every line of every released redaction set, redacted by this tree and by a git revision: each line whose output
differs, with its verdict (won, lost, same) and the counts of negative and credential lines whose output changed.

Reads `bench/data/redaction/*.tsv` but never the blind sets (their lines stay unread) nor a held-out batch named with
`--skip` (round 23: `batch24`). Prints released lines only.

    HF_HUB_OFFLINE=1 PYTHONPATH=. nice -n 10 .venv/bin/python bench/redaction_output_diff.py fd6ec2c --skip batch24
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from redaction import CREDENTIALS, DATA, PII, baseline_module, line_right, load  # noqa: E402

from exporter.privacy.redaction import Redactor  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rev", help="the git revision to compare this tree with")
    parser.add_argument("--skip", action="append", default=[], help="leave out the files whose name starts so")
    args = parser.parse_args()
    new, old = Redactor(), baseline_module(args.rev).Redactor()
    skip = ("blind", *args.skip)
    files = sorted(p.name for p in DATA.glob("*.tsv") if not p.name.startswith(skip))
    verdicts: Counter = Counter()
    changed: Counter = Counter()
    for name in files:
        for kind, text, gone, _family in load(name):
            a, b = new.redact(text).text, old.redact(text).text
            if a == b:
                continue
            tag = "PII" if kind in PII else "credential" if kind in CREDENTIALS else kind
            changed[tag] += 1
            right_a, right_b = line_right(kind, text, gone, a), line_right(kind, text, gone, b)
            verdict = "won" if right_a and not right_b else "lost" if right_b and not right_a else "same"
            verdicts[(name, tag, verdict)] += 1
            print(f"{name} {tag} {verdict}\n  new {a[:300]!r}\n  old {b[:300]!r}")
    print(f"\noutputs changed: {dict(changed)}")
    for (name, tag, verdict), n in sorted(verdicts.items()):
        print(f"  {name} {tag} {verdict}: {n}")


if __name__ == "__main__":
    main()
