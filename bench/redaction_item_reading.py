"""Round 25's measure of the bench's item reading: the round start's redactor scored with the old split (the
' ||| ' joint's spaces kept, a key's '\\n' left as two characters) and with `redaction.load`'s fixed one, so the size
of the correction is on record (bench/RESULTS.md, round 25). Prints counts only; run from the repository root."""
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import redaction as r  # noqa: E402

from exporter.privacy.redaction import Redactor  # noqa: E402


def old_items(gone: str) -> list[str]:
    return [g for g in gone.split("|") if g]


def main() -> None:
    red = Redactor()
    total: Counter = Counter()
    fixed: Counter = Counter()
    old: Counter = Counter()
    for name, files in r.SPLITS.items():
        for half, f in zip(("test", "dev"), files, strict=True):
            if not f:
                continue
            raw = [row.split("\t") for row in (r.DATA / f).read_text().splitlines()[1:] if row.strip()]
            for (kind, text, gone, _), (_, _, written, _) in zip(r.load(f), raw, strict=True):
                out = red.redact(text).text
                group = kind if kind in ("negative", "credential") else "pii"
                key = (name[:9], half, group)
                total[key] += 1
                fixed[key] += r.line_right(kind, text, gone, out)
                old[key] += r.line_right(kind, text, old_items(written), out)
    for key in sorted(total):
        if fixed[key] != old[key]:
            print(key, f"old {old[key]}/{total[key]} fixed {fixed[key]}/{total[key]}")
    for group in ("credential", "pii", "negative"):
        lines = sum(v for k, v in total.items() if k[2] == group)
        print(group, "all", f"old {sum(v for k, v in old.items() if k[2] == group)}/{lines}",
              f"fixed {sum(v for k, v in fixed.items() if k[2] == group)}/{lines}")


if __name__ == "__main__":
    main()
