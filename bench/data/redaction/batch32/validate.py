#!/usr/bin/env python3
"""Validate writer32 files. Prints OK on success, otherwise lists problems and exits 1."""
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
ALLOWED_LANGS = {"Meitei", "Kanuri", "Dinka", "Shan", "Palauan", "Herero", "Chuukese", "Tsakhur", "Lezgian",
                 "Papiamento", "Sranan Tongo", "Zapotec", "Navajo", "Cherokee", "Bhojpuri", "Awadhi", "Tulu",
                 "Saraiki", "Mingrelian", "Zaza", "Efik", "Acholi", "Kikongo", "Tshiluba", "Afar", "Garifuna"}
# vendors' documented test values allowed in negatives
TEST_CARDS = {"4242424242424242", "4000000000003220", "4111111111111111"}
TEST_IBANS = {"GB82WEST12345698765432", "DE89370400440532013000"}
SRC_RE = re.compile(r"^writer32 g(\d\d) (.+) \(([^()]+)\)$")

errors = []


def err(msg):
    errors.append(msg)


def read(name):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    lines = data.split("\n")
    if lines[-1] != "":
        err("%s: missing final newline" % name)
    lines = lines[:-1]
    if not lines or lines[0] != HEADER:
        err("%s: bad header" % name)
    rows = []
    for i, ln in enumerate(lines[1:], 2):
        if "\r" in ln:
            err("%s:%d: CR in line" % (name, i))
        parts = ln.split("\t")
        if len(parts) != 4:
            err("%s:%d: expected 4 fields, got %d" % (name, i, len(parts)))
            continue
        rows.append((name, i) + tuple(parts))
    return rows


def digit_runs(text):
    """maximal runs of digits, allowing single space/hyphen separators between digit groups."""
    for m in re.finditer(r"\d(?:[ -]?\d)*", text):
        yield m.group(0), re.sub(r"[ -]", "", m.group(0))
    for m in re.finditer(r"\d+", text):       # plain runs too (separators may join unrelated numbers)
        yield m.group(0), m.group(0)


def iban_hits(text):
    out = set()
    for m in re.finditer(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){8,32}", text):
        s = m.group(0).replace(" ", "")
        cc = s[:2]
        if cc in ids.IBAN_LEN and len(s) >= ids.IBAN_LEN[cc]:
            cand = s[:ids.IBAN_LEN[cc]]
            if ids.iban_valid(cand):
                out.add(cand)
    return out


def main():
    dev = read("batch32_dev.tsv")
    test = read("batch32_test.tsv")
    groups = collections.OrderedDict()
    seen_text = set()
    all_items = []
    for rows, want_odd in ((dev, True), (test, False)):
        for name, ln, kind, text, mv, src in rows:
            where = "%s:%d" % (name, ln)
            if kind not in KINDS:
                err("%s: bad kind %r" % (where, kind))
            if not text.strip():
                err("%s: empty text" % where)
            if text in seen_text:
                err("%s: duplicate text" % where)
            seen_text.add(text)
            m = SRC_RE.match(src)
            if not m:
                err("%s: bad source %r" % (where, src))
                continue
            g = int(m.group(1))
            if (g % 2 == 1) != want_odd:
                err("%s: group g%02d in wrong split" % (where, g))
            items = mv.split(" ||| ") if mv else []
            if kind == "negative" and items:
                err("%s: negative with must-vanish items" % where)
            if kind != "negative" and not items:
                err("%s: %s line without must-vanish items" % (where, kind))
            for it in items:
                if not it or it != it.strip():
                    err("%s: empty/padded item %r" % (where, it))
                elif it not in text:
                    err("%s: item not verbatim in text: %r" % (where, it))
            all_items.extend(items)
            grp = groups.setdefault(g, {"artefact": m.group(2), "lang": m.group(3), "rows": []})
            if (grp["artefact"], grp["lang"]) != (m.group(2), m.group(3)):
                err("%s: group g%02d mixes artefact/language" % (where, g))
            grp["rows"].append((where, kind, text, items))

    # ---- group structure
    if sorted(groups) != list(range(1, 37)):
        err("expected groups g01..g36, got %s" % sorted(groups))
    total = sum(len(g["rows"]) for g in groups.values())
    if not 460 <= total <= 500:
        err("total lines %d not about 480" % total)
    langs = collections.Counter(g["lang"] for g in groups.values())
    if langs.get("English") != 18:
        err("expected 18 English groups, got %s" % langs.get("English"))
    others = [l for l in langs if l != "English"]
    if len(others) != 18 or any(langs[l] != 1 for l in others):
        err("need 18 distinct non-English languages, got %s" % dict(langs))
    for l in others:
        if l not in ALLOWED_LANGS:
            err("language %r not in the allowed list" % l)
    for split_odd in (True, False):
        n_en = sum(1 for k, g in groups.items() if (k % 2 == 1) == split_odd and g["lang"] == "English")
        if n_en != 9:
            err("split %s has %d English groups (want 9)" % ("dev" if split_odd else "test", n_en))
    for k, g in groups.items():
        c = collections.Counter(r[1] for r in g["rows"])
        n = len(g["rows"])
        if not 12 <= n <= 15:
            err("g%02d: %d lines" % (k, n))
        if not 3 <= c["credential"] <= 4:
            err("g%02d: %d credential lines" % (k, c["credential"]))
        if not 3 <= c["pii"] <= 5:
            err("g%02d: %d pii lines" % (k, c["pii"]))
        if not 5 <= c["negative"] <= 7:
            err("g%02d: %d negative lines" % (k, c["negative"]))

    # ---- Luhn / IBAN scans, leaked items in negatives
    long_items = {it for it in all_items if len(it) >= 6}
    for g in groups.values():
        for where, kind, text, items in g["rows"]:
            item_digits = [re.sub(r"\D", "", it) for it in items]
            for raw, d in digit_runs(text):
                if 13 <= len(d) <= 19 and ids.luhn_valid(d):
                    if d in TEST_CARDS:
                        continue
                    if kind == "negative":
                        err("%s: Luhn-valid run %s in negative" % (where, raw))
                    elif not any(d in x for x in item_digits):
                        err("%s: Luhn-valid run %s not covered by an item" % (where, raw))
            for ib in iban_hits(text):
                if ib in TEST_IBANS:
                    continue
                if kind == "negative":
                    err("%s: valid IBAN %s in negative" % (where, ib))
                elif not any(ib in it.replace(" ", "") for it in items):
                    err("%s: valid IBAN %s not covered by an item" % (where, ib))
            if kind == "negative":
                for it in long_items:
                    if it in text:
                        err("%s: negative contains a must-vanish item from elsewhere: %r" % (where, it))

    # ---- registered ids
    with open(os.path.join(HERE, "batch32_ids.tsv"), encoding="utf-8") as f:
        idl = f.read().split("\n")
    if idl[0] != "# scheme\tkey\tvalue":
        err("batch32_ids.tsv: bad header")
    keys = set()
    item_set = set(all_items)
    for ln in idl[1:]:
        if not ln:
            continue
        scheme, key, value = ln.split("\t")
        if key in keys:
            err("ids: duplicate key %s" % key)
        keys.add(key)
        try:
            ok = ids.validate(scheme, value)
        except KeyError:
            ok = False
        if not ok:
            err("ids: %s %s %s fails its check" % (scheme, key, value))
        if value not in item_set:
            err("ids: %s value %s is not a must-vanish item" % (key, value))
    if len(keys) < 15:
        err("ids: only %d registered ids" % len(keys))

    # ---- README mentions every group
    try:
        with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        for k in groups:
            if "g%02d" % k not in readme:
                err("README.md: group g%02d missing from table" % k)
    except FileNotFoundError:
        err("README.md missing")

    # ---- byte-identical rebuild
    with tempfile.TemporaryDirectory() as td:
        r = subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), td], capture_output=True, text=True)
        if r.returncode != 0:
            err("gen.py failed: " + r.stderr[-500:])
        else:
            for name in ("batch32_dev.tsv", "batch32_test.tsv", "batch32_ids.tsv"):
                with open(os.path.join(td, name), "rb") as a, open(os.path.join(HERE, name), "rb") as b:
                    if a.read() != b.read():
                        err("gen.py does not rebuild %s byte-identically" % name)

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("lines=%d groups=%d ids=%d" % (total, len(groups), len(keys)))
    print("OK")


if __name__ == "__main__":
    main()
