"""Ordinary ops text through the redactor, this tree against a git revision: every output that changed.

The redaction sets hold a few thousand negative lines; the released ops corpora (postmortems, incidents, query
pairs, SeaMonkey bugs) hold tens of thousands of strings people wrote about systems, none of them a secret by
construction, and the demo's and ingest bench's events are what the gate sees most. A new reading that changes one
of them has found a look-alike the sets do not hold (round 25's redcred2 ran this as a scratch script; round 26
keeps it). Blind sets and the redaction sets are not read; held-out data is never under `bench/data`.

    HF_HUB_OFFLINE=1 PYTHONPATH=. nice .venv/bin/python bench/redaction_ops_text.py --rev 3d86112 [--show 30]
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from redaction import baseline_module, events_text, ingest_work  # noqa: E402

from exporter.privacy.redaction import Redactor  # noqa: E402

_CORPORA = re.compile(r"\.(?:jsonl|json|txt|md)$")
_SHORTEST = 9  # (shorter strings are labels and numbers: no reading keys on them alone)


def strings(value: object) -> Iterator[str]:
    """Every string inside a JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def corpus_strings(root: Path) -> Iterator[tuple[str, str]]:
    """(source, text) of the released ops corpora: each JSON line's strings, or the line itself."""
    files = [f for f in glob.glob(str(root / "data" / "**" / "*"), recursive=True)
             if _CORPORA.search(f) and "/redaction/" not in f and "blind" not in f]
    files += glob.glob(str(root.parent.parent / "shared" / "data" / "bugs" / "**" / "*.json*"), recursive=True)
    for name in sorted(files):
        try:
            lines = Path(name).read_text(errors="ignore").splitlines()
        except (IsADirectoryError, OSError):
            continue
        for line in lines:
            try:
                found = list(strings(json.loads(line)))
            except ValueError:
                found = [line]
            for text in found:
                yield name.split("/data/")[-1], text
    for event in [*events_text(1000), *ingest_work()]:
        for text in strings(event if isinstance(event, (dict, list, str)) else vars(event)):
            yield "events", text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rev", required=True, help="the revision to compare with (the round start)")
    parser.add_argument("--show", type=int, default=30, help="print at most this many changed strings")
    args = parser.parse_args()
    new, old = Redactor(), baseline_module(args.rev).Redactor()
    seen: set[str] = set()
    changed = 0
    for source, text in corpus_strings(Path(__file__).resolve().parent):
        if len(text) < _SHORTEST or text in seen:
            continue
        seen.add(text)
        after = new.redact(text).text
        if after != old.redact(text).text:
            changed += 1
            if changed <= args.show:
                print(f"  {source[:32]}: {text[:160]!r} -> {after[:160]!r}")
    print(f"ordinary strings: {len(seen)}, output changed against {args.rev}: {changed}")


if __name__ == "__main__":
    main()
