#!/usr/bin/env python3
"""validate.py - checks batch16_dev.tsv / batch16_test.tsv (standard library only)."""
import re, sys
from collections import Counter

HDR = "# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource"
KINDS = ("credential", "pii", "negative")
def luhn(n):
    t = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch) * (2 if i % 2 else 1)
        t += d - 9 if d > 9 else d
    return t % 10 == 0


def iban_ok(s):
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


errors, counts, groups, texts = [], Counter(), {}, Counter()

for split in ("dev", "test"):
    fn = "batch16_%s.tsv" % split
    with open(fn, encoding="utf-8") as f:
        rows = f.read().split("\n")
    if rows[0] != HDR:
        errors.append("%s: bad header" % fn)
    for i, row in enumerate(rows[1:], 2):
        if row == "":
            continue
        cols = row.split("\t")
        if len(cols) != 4:
            errors.append("%s:%d: %d columns" % (fn, i, len(cols))); continue
        kind, text, mv, src = cols
        where = "%s:%d" % (fn, i)
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (where, kind))
        m = re.fullmatch(r"writer16 g(\d\d)-[a-z0-9-]+", src)
        if not m:
            errors.append("%s: bad source %r" % (where, src)); continue
        g = int(m.group(1))
        want = "dev" if g % 2 == 1 else "test"
        if want != split:
            errors.append("%s: group g%02d belongs to %s" % (where, g, want))
        if groups.setdefault(g, (src, split)) != (src, split):
            errors.append("%s: group g%02d split across files/names" % (where, g))
        pieces = [p for p in mv.split("|")] if mv else []
        if kind == "negative" and pieces:
            errors.append("%s: negative with must-vanish" % where)
        if kind != "negative" and not pieces:
            errors.append("%s: %s without must-vanish" % (where, kind))
        for p in pieces:
            compact = p.replace(" ", "")
            if re.fullmatch(r"\d{13,19}", compact) and not luhn(compact):
                errors.append("%s: card-like must-vanish fails Luhn: %r" % (where, p))
            if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact) and not iban_ok(compact):
                errors.append("%s: IBAN fails mod-97: %r" % (where, p))
            if not p.strip():
                errors.append("%s: empty must-vanish piece" % where)
            elif p not in text:
                errors.append("%s: must-vanish %r not in text" % (where, p))
        if "\u27e6" in text or "\u27e7" in text:
            errors.append("%s: unfilled marker" % where)
        texts[text] += 1
        counts[(kind, split)] += 1
        counts[("lines", g)] += 1

for t, n in texts.items():
    if n > 1:
        errors.append("duplicate text: %r" % t[:60])
for g in groups:
    n = counts[("lines", g)]
    if not 8 <= n <= 14:
        errors.append("group g%02d has %d lines" % (g, n))
if sorted(groups) != list(range(1, len(groups) + 1)):
    errors.append("group numbers not contiguous")

print("%-11s %6s %6s %6s" % ("kind", "dev", "test", "total"))
for k in KINDS:
    d, t = counts[(k, "dev")], counts[(k, "test")]
    print("%-11s %6d %6d %6d" % (k, d, t, d + t))
D = sum(counts[(k, "dev")] for k in KINDS); T = sum(counts[(k, "test")] for k in KINDS)
print("%-11s %6d %6d %6d   (%d groups)" % ("all", D, T, D + T, len(groups)))
if errors:
    print("\n".join("ERROR " + e for e in errors[:50]))
    print("%d error(s)" % len(errors)); sys.exit(1)
print("OK")
