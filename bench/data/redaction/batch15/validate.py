#!/usr/bin/env python3
"""Validate batch15_dev.tsv / batch15_test.tsv (standard library only).

Checks: header, 4 columns per line, kind in {credential, pii, negative}, every must-vanish substring
occurs in its text, negatives have an empty column 3 and positives a non-empty one, no tabs/newlines
inside a text, source format, whole groups in one split (odd -> dev, even -> test), no duplicate texts.
Extra (informative): checksum of card numbers (Luhn) and IBANs (mod 97) found in must-vanish.
Prints counts per kind x split.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource"
KINDS = ("credential", "pii", "negative")
SRC = re.compile(r"^writer15 g(\d\d)-[a-z0-9-]+$")


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        s += n
    return s % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    errors = []
    counts = Counter()
    texts = Counter()
    groups = {}
    checks = Counter()
    for split in ("dev", "test"):
        path = os.path.join(HERE, "batch15_%s.tsv" % split)
        with open(path, encoding="utf-8", newline="") as f:
            raw = f.read()
        if "\r" in raw:
            errors.append("%s: contains CR characters" % path)
        lines = raw.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if not lines or lines[0] != HEADER:
            errors.append("%s: bad header" % path)
        for no, ln in enumerate(lines[1:], start=2):
            where = "%s:%d" % (os.path.basename(path), no)
            cols = ln.split("\t")
            if len(cols) != 4:
                errors.append("%s: %d columns" % (where, len(cols)))
                continue
            kind, text, vanish, src = cols
            if kind not in KINDS:
                errors.append("%s: bad kind %r" % (where, kind))
            if not text.strip():
                errors.append("%s: empty text" % where)
            m = SRC.match(src)
            if not m:
                errors.append("%s: bad source %r" % (where, src))
            else:
                g = int(m.group(1))
                want = "dev" if g % 2 == 1 else "test"
                if want != split:
                    errors.append("%s: group g%02d belongs to %s" % (where, g, want))
                groups.setdefault(src, set()).add(split)
            items = [x for x in vanish.split("|")] if vanish else []
            if kind == "negative" and items:
                errors.append("%s: negative with must-vanish" % where)
            if kind != "negative" and not items:
                errors.append("%s: %s without must-vanish" % (where, kind))
            for x in items:
                if not x:
                    errors.append("%s: empty must-vanish item" % where)
                elif x not in text:
                    errors.append("%s: must-vanish %r not in text" % (where, x))
                digits = re.sub(r"[ -]", "", x)
                if re.fullmatch(r"\d{15,16}", digits) and re.fullmatch(r"[\d -]+", x):
                    checks["card"] += 1
                    if not luhn_ok(digits):
                        errors.append("%s: card %r fails Luhn" % (where, x))
                if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}", x) and len(x.replace(" ", "")) >= 15:
                    checks["iban"] += 1
                    if not iban_ok(x):
                        errors.append("%s: IBAN %r fails mod 97" % (where, x))
            texts[text] += 1
            counts[(kind, split)] += 1
    for t, c in texts.items():
        if c > 1:
            errors.append("duplicate text x%d: %s" % (c, t[:80]))
    for src, splits in groups.items():
        if len(splits) > 1:
            errors.append("group %s split across files" % src)

    print("%-11s %5s %5s %6s" % ("kind", "dev", "test", "total"))
    for k in KINDS:
        d, t = counts[(k, "dev")], counts[(k, "test")]
        print("%-11s %5d %5d %6d" % (k, d, t, d + t))
    d = sum(v for (k, s), v in counts.items() if s == "dev")
    t = sum(v for (k, s), v in counts.items() if s == "test")
    print("%-11s %5d %5d %6d" % ("all", d, t, d + t))
    neg = counts[("negative", "dev")] + counts[("negative", "test")]
    print("negatives: %.1f%%   groups: %d   checksum-checked cards: %d, IBANs: %d"
          % (100.0 * neg / max(1, d + t), len(groups), checks["card"], checks["iban"]))
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
