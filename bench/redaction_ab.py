"""Throughput A/B of the redactor in this tree against the one at a git revision (default the round start): the
bench's two workloads (the demo events, bench/ingest.py's texts), alternating runs, CPU time of this process, the
median ratio. No corpus line is read (bench/redaction.py also scores every split).

    HF_HUB_OFFLINE=1 PYTHONPATH=$PWD nice -n 10 .venv/bin/python bench/redaction_ab.py 6367bee 15
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from ingest import TEXTS  # noqa: E402
from redaction import baseline_module, events_text, throughput  # noqa: E402

from exporter.privacy.redaction import Redactor  # noqa: E402


def main() -> None:
    rev = sys.argv[1] if len(sys.argv) > 1 else "6367bee"
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    old = baseline_module(rev).Redactor
    events = events_text(3000)
    ingest = [{"text": t, "data": {"model": "gpt-4o", "execution_time_seconds": 1.234}} for t in TEXTS] * 300
    for label, work in (("demo audit events", events), ("bench/ingest.py's texts", ingest)):
        throughput(Redactor, work, 1)  # warm both (the name lists load on first use)
        throughput(old, work, 1)
        pairs = [(throughput(Redactor, work, 1), throughput(old, work, 1)) for _ in range(reps)]
        ratios = sorted(a / b for a, b in pairs)
        mid = reps // 2
        print(f"{label}: new {sorted(p[0] for p in pairs)[mid]:,.0f}/s, {rev} {sorted(p[1] for p in pairs)[mid]:,.0f}/s, "
              f"median ratio of {reps} alternating runs {ratios[mid]:.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f})")


if __name__ == "__main__":
    main()
