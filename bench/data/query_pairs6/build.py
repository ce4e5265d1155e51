"""Build the sixth batch's .jsonl files from pairs6.txt (notation and split: ../query_pairs_build.py).

Run once from the repository root: `python bench/data/query_pairs6/build.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from query_pairs_build import build  # noqa: E402  (bench/data, put on the path above)

if __name__ == "__main__":
    build(HERE, 6, "2026-06-18T09:40")
