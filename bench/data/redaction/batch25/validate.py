#!/usr/bin/env python3
"""Validate writer 25's batch: format, kinds, splits, must-vanish items,
negatives, check digits, Luhn/IBAN look-alikes in negatives, byte-identical
rebuild.  Prints OK at the end or exits non-zero with the problems found."""
import collections
import os
import re
import subprocess
import sys
import tempfile

import ids

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "# kind\ttext\tmust-vanish\tsource"
KINDS = {"credential", "pii", "negative"}
SRC = re.compile(r"^writer25 g(\d\d) (.+) \(([^()]+(?:\([^()]+\))?)\)$")
ALLOWED = {"Russian", "Mandarin Chinese (Simplified)", "Odia", "Assamese", "Sindhi", "Sundanese", "Tigrinya",
           "Samoan", "Kurdish (Kurmanji)", "Shona", "Oromo", "Tibetan", "Sesotho", "Wolof", "Quechua",
           "Scottish Gaelic", "Occitan", "Yiddish", "Dhivehi", "Bashkir", "Lingala", "Luganda"}
# vendors' documented test/example values that may appear in negatives
DOC_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "4000056655665556"}
DOC_IBANS = {"DE89370400440532013000", "GB82WEST12345698765432"}

errors = []


def err(msg):
    errors.append(msg)


# independent re-implementations for scanning (not taken from ids.py)
def luhn(ds):
    s = 0
    for i, c in enumerate(ds[::-1]):
        d = int(c) * (2 if i % 2 else 1)
        s += d - 9 if d > 9 else d
    return s % 10 == 0


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def luhn_hits(text):
    hits = set()
    for m in re.finditer(r"(?<!\d)\d{13,19}(?!\d)", text):
        if luhn(m.group()):
            hits.add(m.group())
    for m in re.finditer(r"(?<![\d])\d{2,6}(?:[ -]\d{2,6}){2,6}(?![\d])", text):
        ds = re.sub(r"\D", "", m.group())
        if 13 <= len(ds) <= 19 and luhn(ds):
            hits.add(ds)
    return hits


def iban_hits(text):
    hits = set()
    for m in re.finditer(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}(?![A-Z0-9])", text):
        cand = m.group().replace(" ", "")
        for end in range(len(cand), 14, -1):  # allow trailing noise
            if iban_valid(cand[:end]):
                hits.add(cand[:end])
                break
    return hits


def load(name):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if not data.endswith("\n"):
        err("%s: no final newline" % name)
    lines = data.split("\n")[:-1]
    if not lines or lines[0] != HEADER:
        err("%s: bad header" % name)
    rows = []
    for n, line in enumerate(lines[1:], 2):
        parts = line.split("\t")
        if len(parts) != 4:
            err("%s:%d: %d columns" % (name, n, len(parts)))
            continue
        rows.append((name, n) + tuple(parts))
    return rows


rows = load("batch25_dev.tsv") + load("batch25_test.tsv")
groups = collections.OrderedDict()
texts = collections.Counter()
all_items = []
for name, n, kind, text, mv, src in rows:
    where = "%s:%d" % (name, n)
    if kind not in KINDS:
        err("%s: bad kind %r" % (where, kind))
    if not text.strip() or text != text.strip("\r"):
        err("%s: empty text or CR" % where)
    texts[text] += 1
    m = SRC.match(src)
    if not m:
        err("%s: bad source %r" % (where, src))
        continue
    g, artefact, lang = int(m.group(1)), m.group(2), m.group(3)
    want = "batch25_dev.tsv" if g % 2 else "batch25_test.tsv"
    if name != want:
        err("%s: group g%02d belongs in %s" % (where, g, want))
    groups.setdefault(g, []).append((kind, text, mv, artefact, lang, where))
    items = [x for x in mv.split(" ||| ")] if mv else []
    if kind == "negative":
        if items:
            err("%s: negative with must-vanish" % where)
        for h in luhn_hits(text):
            if h not in DOC_CARDS:
                err("%s: Luhn-valid run %s in negative" % (where, h))
        for h in iban_hits(text):
            if h not in DOC_IBANS:
                err("%s: valid IBAN %s in negative" % (where, h))
    else:
        if not items:
            err("%s: %s without must-vanish" % (where, kind))
        if len(set(items)) != len(items):
            err("%s: duplicate must-vanish items" % where)
        for it in items:
            if not it.strip() or it != it.strip():
                err("%s: blank/padded item %r" % (where, it))
            elif it not in text:
                err("%s: item not in text: %r" % (where, it))
        all_items.extend(items)
        # any card/IBAN look-alike in a positive must be inside a listed item
        for h in luhn_hits(text):
            if h not in DOC_CARDS and not any(h in re.sub(r"\D", "", it) for it in items):
                err("%s: unlisted Luhn-valid run %s" % (where, h))
        for h in iban_hits(text):
            if h not in DOC_IBANS and not any(h in it.replace(" ", "") for it in items):
                err("%s: unlisted IBAN %s" % (where, h))

for t, c in texts.items():
    if c > 1:
        err("duplicate text: %r" % t)

# group structure
if sorted(groups) != list(range(1, 37)):
    err("groups present: %s" % sorted(groups))
langs = collections.Counter()
for g, lines in groups.items():
    arts = {x[3] for x in lines}
    ls = {x[4] for x in lines}
    if len(arts) != 1 or len(ls) != 1:
        err("g%02d: mixed artefact/language %s %s" % (g, arts, ls))
    lang = lines[0][4]
    langs[lang] += 1
    k = collections.Counter(x[0] for x in lines)
    if not 12 <= len(lines) <= 15:
        err("g%02d: %d lines" % (g, len(lines)))
    if not 3 <= k["credential"] <= 4:
        err("g%02d: %d credential lines" % (g, k["credential"]))
    if not 3 <= k["pii"] <= 5:
        err("g%02d: %d pii lines" % (g, k["pii"]))
    if not 5 <= k["negative"] <= 7:
        err("g%02d: %d negative lines" % (g, k["negative"]))
if langs["English"] != 18:
    err("English groups: %d" % langs["English"])
others = [l for l in langs if l != "English"]
if len(others) != 18 or any(langs[l] != 1 for l in others) or not set(others) <= ALLOWED:
    err("non-English languages wrong: %s" % dict(langs))

# registered ids: check digits and presence
with open(os.path.join(HERE, "batch25_ids.tsv"), encoding="utf-8") as f:
    reg = [l.rstrip("\n").split("\t") for l in f][1:]
keys = set()
norm_items = [re.sub(r"[ -]", "", it) for it in all_items]
for scheme, key, value in reg:
    if key in keys:
        err("ids: duplicate key %s" % key)
    keys.add(key)
    if scheme not in ids.SCHEMES or not ids.verify(scheme, value):
        err("ids: %s %s %s fails its check" % (scheme, key, value))
    if scheme == "card" and not luhn(re.sub(r"\D", "", value)):
        err("ids: card %s not Luhn-valid" % key)
    if scheme == "iban" and not iban_valid(value):
        err("ids: iban %s not valid" % key)
    if not any(re.sub(r"[ -]", "", value) in it for it in norm_items):
        err("ids: %s %s not listed in any must-vanish item" % (key, value))

# byte-identical rebuild
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), tmp], check=True)
    for name in ("batch25_dev.tsv", "batch25_test.tsv", "batch25_ids.tsv"):
        with open(os.path.join(tmp, name), "rb") as a, open(os.path.join(HERE, name), "rb") as b:
            if a.read() != b.read():
                err("rebuild differs: %s" % name)

if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
k = collections.Counter(r[2] for r in rows)
print("%d lines in %d groups: %s" % (len(rows), len(groups), dict(k)))
print("OK")
