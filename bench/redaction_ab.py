"""Throughput A/B of the redactor in this tree against the one at a git revision (default the round start): the
bench's two workloads (the demo events, bench/ingest.py's texts), alternating runs, CPU time of this process, the
median ratio. No corpus line is read (bench/redaction.py also scores every split).

    HF_HUB_OFFLINE=1 PYTHONPATH=$PWD nice -n 10 .venv/bin/python bench/redaction_ab.py 6367bee 15
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from redaction import ROUND_REV, alternating, baseline_module, events_text, ingest_work, throughput  # noqa: E402

from exporter.privacy.redaction import Redactor  # noqa: E402


def main() -> None:
    rev = sys.argv[1] if len(sys.argv) > 1 else ROUND_REV
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    old = baseline_module(rev).Redactor
    for label, work in (("demo audit events", events_text(3000)), ("bench/ingest.py's texts", ingest_work())):
        throughput(Redactor, work, 1)  # warm both (the name lists load on first use)
        throughput(old, work, 1)
        rate_new, rate_old, ratios = alternating(Redactor, old, work, reps)
        print(f"{label}: new {rate_new:,.0f}/s, {rev} {rate_old:,.0f}/s, median ratio of {reps} alternating runs "
              f"{ratios[reps // 2]:.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f})")


if __name__ == "__main__":
    main()
