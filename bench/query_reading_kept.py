"""Whether keeping the last normalised texts and time-phrase scans (`detectors.timerange`) changes any decision,
on any split of the hand-written pairs: the check `tests/test_querymem_reading_kept.py` makes on the dev splits.

    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 PYTHONPATH=$PWD .venv/bin/python bench/query_reading_kept.py \
        --splits test,test2,test3

Each pair is judged as the test judges it (the earlier question recorded as `record.enrich` records it, the later
one read and judged at similarity 1.0 and at 0.5, both sides of the wording guard; no model), once with the kept
results and once with every call computed afresh. Prints only how many pairs of each split were judged the same
(decision, `why` and reading): nothing of what was decided, so a held-out split run here is not read. The blind
sets' folders are never opened.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import test_querymem_reading_kept as kept  # noqa: E402

from exporter.querymem.policy import MemoryPolicy  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--splits", required=True, help="comma-separated, e.g. test,test2 (blind sets are refused)")
    splits = set(ap.parse_args().splits.split(","))
    if splits & {"blind", "blind2"}:
        raise SystemExit("the blind sets are not run here")
    pairs = [p for path in sorted(kept.DATA.glob("query_pairs[0-9]*/*.jsonl")) + sorted(kept.DATA.glob(
        "query_pairs/*.jsonl")) for line in path.open() if line.strip() and (p := json.loads(line))["split"] in splits]
    policy = MemoryPolicy()
    for f in kept.KEPT:
        f.cache_clear()
    with_kept = kept._decisions(pairs, policy)
    again = sorted(kept._decisions(list(reversed(pairs)), policy))
    with pytest.MonkeyPatch.context() as m:
        kept._computed_afresh(m)
        afresh = kept._decisions(pairs, policy)
    by_split: dict[str, list[int]] = {}
    for p, i in zip(pairs, range(0, len(with_kept), 2), strict=True):
        same = with_kept[i:i + 2] == afresh[i:i + 2]
        by_split.setdefault(p["split"], [0, 0])[0] += same
        by_split[p["split"]][1] += 1
    for split, (same, total) in sorted(by_split.items()):
        print(f"{split:8s} judged the same: {same}/{total}")
    print(f"every judgement again from the cache, in the other order: {'the same' if again == sorted(afresh) else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
