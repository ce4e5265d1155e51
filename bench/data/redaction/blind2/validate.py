#!/usr/bin/env python3
"""Validate blind2.tsv: header, 4 fields, known kinds, must-vanish values present
in text, Luhn for cards, ISO 13616 mod-97 for IBANs, empty third field for
negatives, fixed source.  Extra lint: negatives should not contain Luhn-valid
13-19 digit runs or mod-97-valid IBAN-shaped strings (except the documented
Stripe test card), and no duplicate texts.  Exit code 1 on any error."""
import re
import sys
from collections import Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit("/", 1)[0] + "/blind2.tsv"
HEADER = "# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource"
KINDS = {"vendor_token", "password", "connection_string", "aws_key", "bearer", "github_token",
         "gitlab_token", "slack_token", "webhook", "jwt", "private_key", "email", "phone", "card",
         "iban", "ssn", "ipv4", "ipv6", "person_name", "negative"}
ALLOWED_NEG_LUHN = {"4242424242424242"}


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        s += d
    return s % 10 == 0


def mod97_ok(iban):
    iban = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", iban):
        return False
    r = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    errors, warns = [], []
    lines = open(PATH, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != HEADER:
        errors.append("line 1: bad header")
    counts, texts = Counter(), Counter()
    for no, line in enumerate(lines[1:], start=2):
        f = line.split("\t")
        if len(f) != 4:
            errors.append(f"line {no}: {len(f)} fields")
            continue
        kind, text, mv, src = f
        texts[text] += 1
        counts[kind] += 1
        if kind not in KINDS:
            errors.append(f"line {no}: unknown kind {kind!r}")
        if src != "blind-writer-2":
            errors.append(f"line {no}: bad source {src!r}")
        if "\r" in line:
            errors.append(f"line {no}: carriage return")
        if kind == "negative":
            if mv:
                errors.append(f"line {no}: negative with must-vanish")
            for run in re.findall(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)", text):
                digits = re.sub(r"\D", "", run)
                if 13 <= len(digits) <= 19 and luhn_ok(digits) and digits not in ALLOWED_NEG_LUHN:
                    warns.append(f"line {no}: negative has Luhn-valid run {run!r}")
            for cand in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", text):
                if mod97_ok(cand):
                    warns.append(f"line {no}: negative has mod-97-valid IBAN-like {cand!r}")
            continue
        vals = mv.split("|") if mv else []
        if not vals:
            errors.append(f"line {no}: positive without must-vanish")
        for v in vals:
            if not v:
                errors.append(f"line {no}: empty must-vanish value")
            elif v not in text:
                errors.append(f"line {no}: value not in text: {v[:40]!r}")
            elif len(v) < 6 and kind != "person_name":
                warns.append(f"line {no}: short must-vanish {v!r}")
        if kind == "card":
            cards = [v for v in vals if re.fullmatch(r"[\d -]{13,23}", v)]
            if not cards:
                errors.append(f"line {no}: card line without card value")
            for v in cards:
                dgt = re.sub(r"\D", "", v)
                if not (13 <= len(dgt) <= 19 and luhn_ok(dgt)):
                    errors.append(f"line {no}: card fails Luhn: {v}")
        if kind == "iban":
            ibans = [v for v in vals if re.match(r"[A-Z]{2}\d{2}", v)]
            if not ibans:
                errors.append(f"line {no}: iban line without IBAN value")
            for v in ibans:
                if not mod97_ok(v):
                    errors.append(f"line {no}: IBAN fails mod-97: {v}")
        if kind == "ssn":
            for v in vals:
                m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", v)
                if not m or m.group(1) in ("000", "666") or m.group(1)[0] == "9" \
                        or m.group(2) == "00" or m.group(3) == "0000":
                    errors.append(f"line {no}: invalid SSN {v}")
    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text x{c}: {t[:60]!r}")
    for w in warns:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    pos = sum(v for k, v in counts.items() if k != "negative")
    print(f"{sum(counts.values())} rows: {pos} positive, {counts['negative']} negative")
    for k in sorted(counts):
        print(f"  {k:18} {counts[k]}")
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
