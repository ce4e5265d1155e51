#!/usr/bin/env python3
"""Validator for writer 22's batch (standard library only). Prints OK or a list of problems."""
import filecmp
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

import ids

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "# kind\ttext\tmust-vanish\tsource"
KINDS = ("credential", "pii", "negative")
SRC = re.compile(r"^writer22 g(\d\d) (.+) \(([^()]+)\)$")
VENDOR_TEST_CARDS = {"4242424242424242", "4000000000009995", "4111111111111111", "5555555555554444"}
OUTPUTS = ("batch22_dev.tsv", "batch22_test.tsv", "batch22_ids.tsv", "README.md")

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(name, header=HEADER):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if "\r" in data:
        err("%s: contains CR characters" % name)
    lines = data.split("\n")
    if lines[-1] != "":
        err("%s: no trailing newline" % name)
    lines = lines[:-1]
    if not lines or lines[0] != header:
        err("%s: bad header %r" % (name, lines[0] if lines else None))
    return lines[1:]


def card_runs(text):
    """Digit runs (optionally grouped by single spaces or hyphens) of 13-19 digits."""
    out = set()
    for m in re.finditer(r"\d(?:[ -]?\d)*", text):
        ds = re.sub(r"\D", "", m.group())
        if 13 <= len(ds) <= 19:
            out.add(ds)
    for m in re.finditer(r"\d+", text):
        if 13 <= len(m.group()) <= 19:
            out.add(m.group())
    return out


def valid_ibans(text):
    found = []
    for m in re.finditer(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})", text):
        length = ids.IBAN_LEN.get(m.group(1))
        if not length:
            continue
        rest = text[m.start():]
        compact = ""
        for ch in rest:
            if ch.isalnum() and ch.isascii():
                compact += ch.upper() if ch.isalpha() else ch
            elif ch == " ":
                continue
            else:
                break
            if len(compact) == length:
                break
        if len(compact) == length and ids.iban_ok(compact):
            found.append(compact)
    return found


rows = []
for split in ("dev", "test"):
    for n, line in enumerate(read_tsv("batch22_%s.tsv" % split), 2):
        where = "batch22_%s.tsv:%d" % (split, n)
        parts = line.split("\t")
        if len(parts) != 4:
            err("%s: expected 4 fields, got %d" % (where, len(parts)))
            continue
        kind, text, mv, src = parts
        items = mv.split(" ||| ") if mv else []
        rows.append((split, where, kind, text, items, src))

group_meta = {}
group_split = {}
kind_count = defaultdict(Counter)
texts = Counter()
for split, where, kind, text, items, src in rows:
    texts[text] += 1
    if kind not in KINDS:
        err("%s: bad kind %r" % (where, kind))
    if not text.strip() or text != text.rstrip("\r"):
        err("%s: empty or odd text" % where)
    if re.search("[⟦⟧⟪⟫⟨⟩]", text + "".join(items)):
        err("%s: leaked markup" % where)
    m = SRC.match(src)
    if not m:
        err("%s: bad source %r" % (where, src))
        continue
    g = int(m.group(1))
    meta = (m.group(2), m.group(3))
    if group_meta.setdefault(g, meta) != meta:
        err("%s: group g%02d has inconsistent artefact/language" % (where, g))
    want = "dev" if g % 2 == 1 else "test"
    if split != want:
        err("%s: group g%02d belongs in %s" % (where, g, want))
    group_split[g] = split
    kind_count[split][kind] += 1
    if kind == "negative":
        if items:
            err("%s: negative with must-vanish items" % where)
    else:
        if not items:
            err("%s: %s line without must-vanish items" % (where, kind))
    if len(set(items)) != len(items):
        err("%s: duplicate must-vanish items" % where)
    for it in items:
        if not it or it != it.strip():
            err("%s: empty/padded item %r" % (where, it))
        elif it not in text:
            err("%s: item not in text: %r" % (where, it))

for t, c in texts.items():
    if c > 1:
        err("duplicate text (%dx): %s" % (c, t[:80]))

if sorted(group_meta) != list(range(1, len(group_meta) + 1)):
    err("group numbers not contiguous: %s" % sorted(group_meta))

# ---------------------------------------------------------------- registered ids
all_items = set()
for r in rows:
    all_items.update(r[4])
reg_values = []
for n, line in enumerate(read_tsv("batch22_ids.tsv", "# scheme\tkey\tvalue"), 2):
    parts = line.split("\t")
    if len(parts) != 3:
        err("batch22_ids.tsv:%d: bad row" % n)
        continue
    scheme, key, value = parts
    check = ids.VALIDATORS.get(scheme)
    if not check:
        err("batch22_ids.tsv:%d: unknown scheme %s" % (n, scheme))
    elif not check(value):
        err("batch22_ids.tsv:%d: %s %s fails its check digit" % (n, scheme, value))
    if value not in all_items:
        err("batch22_ids.tsv:%d: %s is not a must-vanish item anywhere" % (n, value))
    reg_values.append(value)

# ---------------------------------------------------------------- negatives: no live-looking ids, no leaked PII
long_items = {it for it in all_items if len(it) >= 6}
for split, where, kind, text, items, src in rows:
    if kind == "negative":
        for run in card_runs(text):
            if ids.luhn_ok(run) and run not in VENDOR_TEST_CARDS:
                err("%s: Luhn-valid digit run in negative: %s" % (where, run))
        for ib in valid_ibans(text):
            err("%s: valid IBAN in negative: %s" % (where, ib))
        for it in long_items:
            if it in text:
                err("%s: negative contains a must-vanish item from another line: %r" % (where, it))
    else:
        # every valid IBAN / Luhn card in a positive must be covered by an item
        for ib in valid_ibans(text):
            if not any(ib in re.sub(r" ", "", it).upper() for it in items):
                err("%s: IBAN %s not covered by must-vanish" % (where, ib))

# ---------------------------------------------------------------- rebuild byte-identical
with tempfile.TemporaryDirectory() as tmp:
    res = subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), tmp],
                         capture_output=True, text=True)
    if res.returncode != 0:
        err("rebuild failed: %s" % res.stderr.strip()[-500:])
    else:
        for name in OUTPUTS:
            if not filecmp.cmp(os.path.join(HERE, name), os.path.join(tmp, name), shallow=False):
                err("rebuild differs: %s" % name)

# ---------------------------------------------------------------- report
total = Counter()
for s in kind_count:
    total.update(kind_count[s])
langs = Counter(lang for _, lang in group_meta.values())
for s in ("dev", "test"):
    c = kind_count[s]
    print("%-5s credential=%d pii=%d negative=%d total=%d groups=%d" % (
        s, c["credential"], c["pii"], c["negative"], sum(c.values()),
        sum(1 for g in group_split if group_split[g] == s)))
print("all   credential=%d pii=%d negative=%d total=%d groups=%d" % (
    total["credential"], total["pii"], total["negative"], sum(total.values()), len(group_meta)))
print("languages: %s" % ", ".join("%s=%d" % kv for kv in sorted(langs.items())))
print("registered ids: %d" % len(reg_values))
if errors:
    print("\n".join("ERROR " + e for e in errors))
    print("FAILED (%d problems)" % len(errors))
    sys.exit(1)
print("OK")
