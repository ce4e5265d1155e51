"""`python -m exporter.dashboards [--check]`: regenerate (or check) the committed dashboard JSON."""

from __future__ import annotations

import sys

from exporter.dashboards import differences, write


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = differences()
        for path in stale:
            print(f"{path} differs from the code: run python -m exporter.dashboards", file=sys.stderr)
        return 1 if stale else 0
    for path in write():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
