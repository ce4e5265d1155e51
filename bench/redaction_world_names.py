"""Where names-dataset's rank cuts move the redactor's right lines, per released batch (round 22, issue 13).

Runs this tree's redactor only, once per pair of cuts `LATIN:NATIVE` (a band edge of `world_names.BANDS`, or 0 for
no names-dataset names in that reader), over every released split but the blind sets (whose lines stay unread), and
prints PII right / negatives intact / credentials right for batches 10-16 (the older writers the cuts are chosen on),
17-22 (the newer ones, reported) and the rest, then each line whose verdict differs from the first pair's.

    PYTHONPATH=. .venv/bin/python bench/redaction_world_names.py 0:0 2000:500
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import redaction as rb  # noqa: E402

from exporter.privacy import name_lists, native_names, person_names, world_names  # noqa: E402
from exporter.privacy.redaction import Redactor  # noqa: E402

CHOSEN_ON = tuple(f"batch {n}" for n in range(10, 17))
REPORTED = tuple(f"batch {n}" for n in range(17, rb.NEWEST_BATCH + 1))
_TABLE = world_names.world_names


def _released_rows() -> list[tuple[str, str, tuple]]:
    rows = []
    for split, (test_file, dev_file) in rb.SPLITS.items():
        if split.startswith("blind"):
            continue
        for part, name in (("test", test_file), ("dev", dev_file)):
            rows.extend((split.split(" (")[0], part, r) for r in rb.load(name))
    return rows


def _set_cuts(latin: int, native: int) -> None:
    """Build the readers' lists now with these cuts (a 0 reads an empty table instead), then put the table back."""
    empty = world_names.WorldNames({}, {})
    name_lists.WORLD_GIVEN_RANK = name_lists.WORLD_SURNAME_RANK = latin or world_names.TABLE_RANK
    native_names.WORLD_RANK = native or world_names.TABLE_RANK
    try:
        world_names.world_names = _TABLE if latin else (lambda directory=None: empty)
        name_lists.name_lists.cache_clear()
        person_names._LOADED.clear()
        person_names.warm()
        world_names.world_names = _TABLE if native else (lambda directory=None: empty)
        native_names._lists.cache_clear()
        for script in native_names._LOCALES:
            native_names._lists(script)
    finally:
        world_names.world_names = _TABLE


def verdicts(rows, latin: int, native: int) -> dict:
    _set_cuts(latin, native)
    redactor = Redactor()
    out = {}
    for batch, part, (kind, text, gone, _family) in rows:
        group = "neg" if kind == "negative" else ("pii" if kind in rb.PII else "cred")
        out[(batch, part, text)] = (group, rb.line_right(kind, text, gone, redactor.redact(text).text))
    return out


def main() -> None:
    rows = _released_rows()
    base = None
    for arg in sys.argv[1:] or ["0:0", "2000:500"]:
        latin, native = map(int, arg.split(":"))
        started = time.process_time()
        res = verdicts(rows, latin, native)
        base = base or res
        right: Counter = Counter()
        total: Counter = Counter()
        for (batch, _part, _text), (group, ok) in res.items():
            where = "10-16" if batch in CHOSEN_ON else f"17-{rb.NEWEST_BATCH}" if batch in REPORTED else "other"
            right[(where, group)] += ok
            total[(where, group)] += 1
        cells = " ".join(f"{w} {g} {right[(w, g)]}/{total[(w, g)]}" for w in ("10-16", f"17-{rb.NEWEST_BATCH}", "other")
                         for g in ("pii", "neg", "cred"))
        print(f"cuts {latin}:{native} ({time.process_time() - started:.0f} s CPU)  {cells}")
        for key, (group, ok) in res.items():
            if ok != base[key][1]:
                print(f"   {'+' if ok else '-'} {key[0]} {key[1]} {group}: {key[2][:150]!r}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
