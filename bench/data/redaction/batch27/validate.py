#!/usr/bin/env python3
"""Validator for writer27 batch. Prints OK at the end or exits non-zero with the problems."""
import os, re, subprocess, sys, tempfile
import ids

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "# kind\ttext\tmust-vanish\tsource"
KINDS = {"credential", "pii", "negative"}
LANGS = {"Tibetan", "Dhivehi", "Ewe", "Bambara", "Fulani", "Chechen", "Ossetian", "Kashmiri", "Aymara",
         "Dzongkha", "Udmurt", "Manx", "Friulian", "Nahuatl", "Kabyle", "Sakha", "Northern Sami",
         "Kalaallisut", "Inuktitut", "Tetum", "Bislama", "Maithili", "Santali", "Walloon"}
SRC = re.compile(r"^writer27 g(\d\d) (.+) \(([^()]+)\)$")
TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005"}
TEST_IBANS = {"GB82WEST12345698765432", "DE89370400440532013000"}
GENERATED = ["batch27_dev.tsv", "batch27_test.tsv", "batch27_ids.tsv", "README.md"]
errs = []

def err(m):
    errs.append(m)

def norm(s):
    return re.sub(r"[\s.\-]", "", s)

def luhn_hits(text):
    out = []
    for m in re.finditer(r"(?<!\d)\d+(?:[ -]\d+)*(?!\d)", text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and ids.luhn_ok(d) and d not in TEST_CARDS:
            out.append(d)
    for m in re.finditer(r"(?<!\d)\d{13,19}(?!\d)", text):
        d = m.group(0)
        if ids.luhn_ok(d) and d not in TEST_CARDS:
            out.append(d)
    return out

def iban_hits(text):
    out = []
    for t in (text, re.sub(r"(?<=[A-Z0-9]) (?=[A-Z0-9])", "", text)):
        for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[A-Z0-9]{11,30}", t):
            s = m.group(0)
            for n in range(15, len(s) + 1):
                if ids.iban_ok(s[:n]) and s[:n] not in TEST_IBANS:
                    out.append(s[:n])
    return out

rows = []
for split, par in (("dev", 1), ("test", 0)):
    path = os.path.join(HERE, "batch27_%s.tsv" % split)
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if not data.endswith("\n") or "\r" in data:
        err("%s: bad line endings" % split)
    lines = data.split("\n")[:-1]
    if lines[0] != HEADER:
        err("%s: bad header" % split)
    for n, ln in enumerate(lines[1:], 2):
        parts = ln.split("\t")
        if len(parts) != 4:
            err("%s:%d: %d fields" % (split, n, len(parts))); continue
        kind, text, mv, src = parts
        m = SRC.match(src)
        if not m:
            err("%s:%d: bad source %r" % (split, n, src)); continue
        g = int(m.group(1))
        if g % 2 != par:
            err("%s:%d: group g%02d in wrong split" % (split, n, g))
        rows.append((split, n, kind, text, mv, g, m.group(2), m.group(3)))

groups = {}
for split, n, kind, text, mv, g, art, lang in rows:
    where = "%s:%d" % (split, n)
    if kind not in KINDS:
        err("%s: bad kind %r" % (where, kind))
    if not text.strip():
        err("%s: empty text" % where)
    items = mv.split(" ||| ") if mv else []
    if kind == "negative" and items:
        err("%s: negative with must-vanish" % where)
    if kind != "negative" and not items:
        err("%s: %s without must-vanish" % (where, kind))
    for it in items:
        if not it.strip() or it != it.strip():
            err("%s: empty/padded item %r" % (where, it))
        elif it not in text:
            err("%s: item not in text: %r" % (where, it))
    if kind == "negative":
        for h in luhn_hits(text):
            err("%s: Luhn-valid run in negative: %s" % (where, h))
        for h in iban_hits(text):
            err("%s: valid IBAN in negative: %s" % (where, h))
    gi = groups.setdefault(g, {"art": art, "lang": lang, "credential": 0, "pii": 0, "negative": 0})
    if (gi["art"], gi["lang"]) != (art, lang):
        err("%s: inconsistent source within g%02d" % (where, g))
    if kind in KINDS:
        gi[kind] += 1

if sorted(groups) != list(range(1, 37)):
    err("groups present: %s" % sorted(groups))
eng = [g for g, gi in groups.items() if gi["lang"] == "English"]
other = [gi["lang"] for g, gi in groups.items() if gi["lang"] != "English"]
if len(eng) != 18:
    err("English groups: %d" % len(eng))
if len(other) != 18 or len(set(other)) != 18 or not set(other) <= LANGS:
    err("non-English languages wrong: %s" % other)
for g, gi in sorted(groups.items()):
    tot = gi["credential"] + gi["pii"] + gi["negative"]
    if not (12 <= tot <= 15 and 3 <= gi["credential"] <= 4 and 3 <= gi["pii"] <= 5 and 5 <= gi["negative"] <= 7):
        err("g%02d counts off: %s" % (g, gi))

# every must-vanish item must be absent from every negative line (no leaked copies)
negs = [r[3] for r in rows if r[2] == "negative"]
for r in rows:
    for it in (r[4].split(" ||| ") if r[4] else []):
        if len(it) >= 5:
            for t in negs:
                if it in t:
                    err("item %r of %s:%d also appears in a negative line" % (it, r[0], r[1]))

# registered ids: check digits and presence
all_items = [norm(it) for r in rows for it in (r[4].split(" ||| ") if r[4] else [])]
with open(os.path.join(HERE, "batch27_ids.tsv"), encoding="utf-8") as f:
    idl = f.read().split("\n")[:-1]
if idl[0] != "# scheme\tkey\tvalue":
    err("ids: bad header")
keys = set()
for ln in idl[1:]:
    s, k, val = ln.split("\t")
    if k in keys:
        err("ids: duplicate key %s" % k)
    keys.add(k)
    try:
        ok = ids.valid(s, val)
    except KeyError:
        ok = False
    if not ok:
        err("ids: check digits wrong for %s %s %s" % (s, k, val))
    if not any(norm(val) in it for it in all_items):
        err("ids: %s %s not used as a must-vanish item" % (k, val))
    g = int(k[1:3])
    if not any(r[5] == g and norm(val) in norm(r[3]) for r in rows):
        err("ids: %s not found in its own group" % k)

# rebuild byte-identical
with tempfile.TemporaryDirectory() as td:
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), td], check=True)
    for fn in GENERATED:
        with open(os.path.join(HERE, fn), "rb") as a, open(os.path.join(td, fn), "rb") as b:
            if a.read() != b.read():
                err("rebuild differs: %s" % fn)

if errs:
    print("\n".join(errs))
    print("FAILED (%d problems)" % len(errs))
    sys.exit(1)
print("%d lines, %d groups, %d ids" % (len(rows), len(groups), len(idl) - 1))
print("OK")
