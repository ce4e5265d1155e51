#!/usr/bin/env python3
"""validate.py - checks batch28 files; prints OK on success, exits 1 with messages otherwise."""
import os
import re
import sys

import gen
import ids

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("credential", "pii", "negative")
LANGS = {"Dhivehi", "Fulani", "Kashmiri", "Dzongkha", "Inuktitut", "Santali", "Mandarin Chinese (Simplified)",
         "Cantonese (Traditional)", "Punjabi (Gurmukhi)", "Sorani Kurdish", "Kurmanji Kurdish", "Balochi", "Hmong",
         "Tahitian", "Chamorro", "Kikuyu", "Tsonga", "Kirundi", "Upper Sorbian", "Asturian", "Low German", "Cornish",
         "Kashubian", "Buryat", "Avar", "Meitei (Manipuri)", "Mizo"}
DOC_IBANS = {"GB82WEST12345698765432", "DE89370400440532013000", "NL91ABNA0417164300"}
errors = []


def err(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()


# 1. rebuild byte-identical ---------------------------------------------------------
built = gen.build()
for name, content in built.items():
    if read(name) != content:
        err("%s differs from what gen.py builds" % name)
secrets = [s for s in gen.SECRETS if len(s) >= 8]
all_secrets = set(gen.SECRETS)
id_values = [v for _, _, v in gen.IDS]

# 2. helpers: Luhn runs and IBANs -----------------------------------------------------
CARD_RE = re.compile(r"(?<![\d])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?![\d])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")


def luhn_runs(text):
    out = []
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and ids.luhn_ok(d):
            out.append((m.group(0), d))
    return out


def ibans(text):
    out = []
    for m in IBAN_RE.finditer(text):
        raw = m.group(0)
        v = raw.replace(" ", "")
        for cut in range(len(v), 14, -1):  # allow trailing text glued to the match
            if ids.iban_ok(v[:cut]):
                out.append((raw, v[:cut]))
                break
    return out


def covered(frag, mv):
    return any(frag in m or m in frag for m in mv)


# 3. TSV files ---------------------------------------------------------------------
groups = {}
SRC_RE = re.compile(r"writer28 (g\d\d) (.+) \((.+)\)$")
for fname, parity in (("batch28_dev.tsv", 1), ("batch28_test.tsv", 0)):
    lines = read(fname).split("\n")
    if lines[0] != "# kind\ttext\tmust-vanish\tsource":
        err("%s: bad header" % fname)
    if lines[-1] != "":
        err("%s: missing final newline" % fname)
    for n, line in enumerate(lines[1:-1], 2):
        where = "%s:%d" % (fname, n)
        parts = line.split("\t")
        if len(parts) != 4:
            err("%s: %d fields" % (where, len(parts)))
            continue
        kind, text, mvs, src = parts
        if kind not in KINDS:
            err("%s: bad kind %r" % (where, kind))
        if not text.strip() or "\r" in text:
            err("%s: empty/bad text" % where)
        m = SRC_RE.match(src)
        lang = next((x for x in sorted(LANGS | {"English"}) if m and src.endswith(" (%s)" % x)), None)
        if not m or not lang:
            err("%s: bad source %r" % (where, src))
            continue
        gid = m.group(1)
        art = src[len("writer28 " + gid + " "):-len(" (%s)" % lang)]
        if int(gid[1:]) % 2 != parity:
            err("%s: %s in wrong split" % (where, gid))
        mv = [x for x in mvs.split(" ||| ")] if mvs else []
        if any(not x or x != x.strip() for x in mv):
            err("%s: empty or padded must-vanish item" % where)
        if len(set(mv)) != len(mv):
            err("%s: duplicate must-vanish item" % where)
        for x in mv:
            if x not in text:
                err("%s: must-vanish %r not in text" % (where, x))
        if kind == "negative" and mv:
            err("%s: negative with must-vanish" % where)
        if kind != "negative" and not mv:
            err("%s: %s without must-vanish" % (where, kind))
        has_secret = any(x in all_secrets or any(s in x or x in s for s in secrets) for x in mv)
        if kind == "credential" and not has_secret:
            err("%s: credential line lists no generated secret" % where)
        if kind == "pii" and any(s in text for s in secrets):
            err("%s: pii line contains a secret" % where)
        if kind == "negative":
            for s in secrets:
                if s in text:
                    err("%s: negative contains secret %r" % (where, s[:12]))
            for v in id_values:
                if v in text:
                    err("%s: negative contains registered id %r" % (where, v))
        for raw, d in luhn_runs(text):
            if d in gen.DOC_TEST_VALUES:
                continue
            if kind == "negative" or not covered(raw, mv):
                err("%s: unlisted Luhn-valid run %r" % (where, raw))
        for raw, v in ibans(text):
            if v in DOC_IBANS:
                continue
            if kind == "negative" or not covered(raw, mv):
                err("%s: unlisted valid IBAN %r" % (where, raw))
        g = groups.setdefault(gid, {"art": art, "lang": lang, "credential": 0, "pii": 0, "negative": 0, "n": 0})
        if (g["art"], g["lang"]) != (art, lang):
            err("%s: inconsistent source within %s" % (where, gid))
        g[kind] += 1
        g["n"] += 1

# 4. group structure -----------------------------------------------------------------
if sorted(groups) != ["g%02d" % i for i in range(1, 37)]:
    err("groups are not exactly g01..g36")
langs = [g["lang"] for g in groups.values()]
if langs.count("English") != 18:
    err("expected 18 English groups, got %d" % langs.count("English"))
other = [x for x in langs if x != "English"]
if len(set(other)) != 18 or not set(other) <= LANGS:
    err("non-English languages must be 18 distinct allowed ones: %r" % sorted(set(other) - LANGS))
for split in (1, 0):
    en = sum(1 for k, g in groups.items() if int(k[1:]) % 2 == split and g["lang"] == "English")
    if en != 9:
        err("split %s has %d English groups (want 9)" % ("dev" if split else "test", en))
for gid, g in sorted(groups.items()):
    if not (12 <= g["n"] <= 15):
        err("%s has %d lines" % (gid, g["n"]))
    if not (3 <= g["credential"] <= 4 and 3 <= g["pii"] <= 5 and 5 <= g["negative"] <= 7):
        err("%s kind counts off: %d/%d/%d" % (gid, g["credential"], g["pii"], g["negative"]))
total = sum(g["n"] for g in groups.values())
if not (440 <= total <= 520):
    err("total %d lines is not about 480" % total)

# 5. registered ids -------------------------------------------------------------------
all_mv = []
for fname in ("batch28_dev.tsv", "batch28_test.tsv"):
    for line in read(fname).split("\n")[1:-1]:
        p = line.split("\t")
        if p[2]:
            all_mv += p[2].split(" ||| ")
id_lines = read("batch28_ids.tsv").split("\n")
if id_lines[0] != "# scheme\tkey\tvalue":
    err("batch28_ids.tsv: bad header")
keys = set()
for line in id_lines[1:-1]:
    scheme, key, value = line.split("\t")
    if (scheme, key) in keys:
        err("duplicate id key %s %s" % (scheme, key))
    keys.add((scheme, key))
    if not ids.check(scheme, value):
        err("id %s (%s) fails its check: %s" % (key, scheme, value))
    if value not in all_mv:
        err("id %s is not a must-vanish item anywhere" % key)
    if value in gen.DOC_TEST_VALUES or value.replace(" ", "") in DOC_IBANS:
        err("id %s is a documented test value" % key)

if errors:
    print("\n".join(errors))
    print("FAILED (%d problems)" % len(errors))
    sys.exit(1)
print("%d lines, %d groups, %d registered ids" % (total, len(groups), len(id_lines) - 2))
print("OK")
