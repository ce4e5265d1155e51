#!/usr/bin/env python3
"""Validate batch18_dev.tsv / batch18_test.tsv (stdlib only). Exit 1 on any failure."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "# kind\ttext\tmust-vanish\tsource"
KINDS = {"credential", "pii", "negative"}
SRC = re.compile(r"^writer18 g(\d\d)-[a-z0-9-]+$")
errors, counts, groups = [], {}, {}
for split in ("dev", "test"):
    path = os.path.join(HERE, "batch18_%s.tsv" % split)
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        errors.append("%s: bad header" % split)
    for i, line in enumerate(lines[1:], start=2):
        where = "%s:%d" % (split, i)
        parts = line.split("\t")
        if len(parts) != 4:
            errors.append("%s: %d fields" % (where, len(parts))); continue
        kind, text, mv, src = parts
        if kind not in KINDS:
            errors.append("%s: unknown kind %r" % (where, kind))
        if not text.strip():
            errors.append("%s: empty text" % where)
        m = SRC.match(src)
        if not m:
            errors.append("%s: bad source %r" % (where, src)); continue
        g = int(m.group(1))
        want = "dev" if g % 2 == 1 else "test"
        if want != split:
            errors.append("%s: group g%02d belongs to %s" % (where, g, want))
        groups.setdefault((split, g), 0)
        groups[(split, g)] += 1
        if kind == "negative":
            if mv:
                errors.append("%s: negative with must-vanish" % where)
        else:
            if not mv:
                errors.append("%s: %s without must-vanish" % (where, kind))
            for s in mv.split("|"):
                if not s or s not in text:
                    errors.append("%s: must-vanish %r not in text" % (where, s))
        counts.setdefault(split, {}).setdefault(kind, 0)
        counts[split][kind] += 1
gnums = sorted(g for _, g in groups)
if gnums != list(range(1, 45)):
    errors.append("groups present: %s (want g01..g44 once each)" % gnums)
for (split, g), n in groups.items():
    if not 10 <= n <= 13:
        errors.append("g%02d has %d lines" % (g, n))
total = sum(sum(c.values()) for c in counts.values())
neg = sum(c.get("negative", 0) for c in counts.values())
for split in sorted(counts):
    print(split, sum(counts[split].values()), dict(sorted(counts[split].items())))
print("total", total, "negative share %.1f%%" % (100.0 * neg / max(total, 1)))
if not 400 <= total <= 560:
    errors.append("total %d out of range" % total)
if not 0.30 <= neg / max(total, 1) <= 0.55:
    errors.append("negative share out of range")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
