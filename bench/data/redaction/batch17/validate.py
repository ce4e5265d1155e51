#!/usr/bin/env python3
"""Validate batch17_dev.tsv / batch17_test.tsv. Exits non-zero on any failure."""
import collections
import re
import sys

FILES = {"batch17_dev.tsv": 1, "batch17_test.tsv": 0}  # required parity of gNN
HEADER = "# kind\ttext\tmust-vanish\tsource"
KINDS = ("credential", "pii", "negative")
SRC_RE = re.compile(r"^writer17 g(\d\d)-[a-z0-9][a-z0-9-]*$")

errors = []
counts = collections.Counter()  # (split, kind)
group_sizes = collections.Counter()
group_file = {}
group_names = {}
texts = collections.Counter()


def err(msg):
    errors.append(msg)


for fname, parity in FILES.items():
    split = fname.split("_")[1].split(".")[0]
    try:
        with open(fname, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as e:
        err(f"{fname}: cannot read ({e})")
        continue
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        err(f"{fname}: header missing or wrong")
        continue
    for n, line in enumerate(lines[1:], start=2):
        where = f"{fname}:{n}"
        cols = line.split("\t")
        if len(cols) != 4:
            err(f"{where}: expected 4 columns, got {len(cols)}")
            continue
        kind, text, vanish, source = cols
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
        if not text.strip():
            err(f"{where}: empty text")
        if "\r" in text or "\n" in text:
            err(f"{where}: newline in text")
        for bad in ("[[", "]]", "{{", "}}"):
            if bad in text and bad in ("[[", "]]"):
                err(f"{where}: leftover markup {bad!r}")
        if re.search(r"\{\{[a-zA-Z]\d+\}\}", text):
            err(f"{where}: unexpanded random token")
        m = SRC_RE.match(source)
        if not m:
            err(f"{where}: bad source {source!r}")
            continue
        gnum = int(m.group(1))
        if gnum % 2 != parity:
            err(f"{where}: group g{gnum:02d} in wrong split file")
        prev = group_file.setdefault(gnum, fname)
        if prev != fname:
            err(f"{where}: group g{gnum:02d} split across files")
        gname = source.split(" ", 1)[1]
        if group_names.setdefault(gnum, gname) != gname:
            err(f"{where}: group g{gnum:02d} has two artefact names")
        group_sizes[gnum] += 1
        items = [v for v in vanish.split("|")] if vanish else []
        if kind == "negative":
            if items:
                err(f"{where}: negative line has must-vanish {vanish!r}")
        else:
            if not items:
                err(f"{where}: {kind} line without must-vanish")
            for it in items:
                if not it.strip():
                    err(f"{where}: empty must-vanish item")
                elif it not in text:
                    err(f"{where}: must-vanish {it!r} not in text")
        texts[text] += 1
        counts[(split, kind)] += 1

for t, c in texts.items():
    if c > 1:
        err(f"duplicate text ({c}x): {t[:60]!r}")

gnums = sorted(group_sizes)
if gnums != list(range(1, 45)):
    err(f"groups must be g01..g44, got {len(gnums)} groups")
for g in gnums:
    if not 8 <= group_sizes[g] <= 14:
        err(f"g{g:02d}: {group_sizes[g]} lines (need 8-14)")

total = sum(counts.values())
neg = sum(v for (s, k), v in counts.items() if k == "negative")
if not 440 <= total <= 520:
    err(f"total lines {total} not about 480")
if total and not 0.35 <= neg / total <= 0.45:
    err(f"negative share {neg / total:.1%} not about 40%")

print(f"{'kind':<11}{'dev':>6}{'test':>6}{'total':>7}")
for k in KINDS:
    d, t = counts[("dev", k)], counts[("test", k)]
    print(f"{k:<11}{d:>6}{t:>6}{d + t:>7}")
d = sum(v for (s, k), v in counts.items() if s == "dev")
t = sum(v for (s, k), v in counts.items() if s == "test")
print(f"{'all':<11}{d:>6}{t:>6}{d + t:>7}   groups={len(gnums)}  negative share={neg / max(total, 1):.1%}")

if errors:
    for e in errors:
        print("FAIL:", e, file=sys.stderr)
    sys.exit(1)
print("OK")
