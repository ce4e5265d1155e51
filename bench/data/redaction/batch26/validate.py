#!/usr/bin/python3
"""Validator for writer26 batch; prints OK on success, otherwise the problems found."""
import os
import re
import subprocess
import sys
import tempfile
import zlib

import ids

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "# kind\ttext\tmust-vanish\tsource"
KINDS = ("credential", "pii", "negative")
ALLOWED_LANGS = {"Tigrinya", "Tibetan", "Dhivehi", "Luganda", "Chichewa", "Twi", "Ewe", "Bambara", "Fulani",
                 "Tswana", "Esperanto", "Corsican", "Sardinian", "Romansh", "Chuvash", "Chechen", "Ossetian",
                 "Kashmiri", "Konkani", "Tok Pisin", "Hawaiian", "Fijian", "Tongan", "Guarani", "Aymara",
                 "Punjabi (Shahmukhi)", "Kurdish (Sorani)", "Dzongkha"}
SCRIPT = {  # language -> a character range its usual script must show
    "Tigrinya": "\u1200-\u137f", "Punjabi (Shahmukhi)": "\u0600-\u06ff", "Kurdish (Sorani)": "\u0600-\u06ff",
    "Chuvash": "\u0400-\u04ff", "Konkani": "\u0900-\u097f",
}
DOC_TEST_VALUES = {"4242424242424242", "5555555555554444", "4000000000000002", "GB82WEST12345698765432"}
SRC_RE = re.compile(r"^writer26 g(\d\d) (.+) \(([^()]+(?: \([^()]+\))?)\)$")
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
OUTPUTS = ("batch26_dev.tsv", "batch26_test.tsv", "batch26_ids.tsv", "README.md")

errors = []


def err(msg):
    errors.append(msg)


def read_tsv(name):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if "\r" in data:
        err("%s: CR characters" % name)
    lines = data.split("\n")
    if lines[-1] != "":
        err("%s: no final newline" % name)
    return lines[:-1]


def luhn_runs(text):
    """digit runs (contiguous, or groups joined by single space/dash) of 13-19 digits that pass Luhn"""
    hits = []
    for m in re.finditer(r"\d+(?:[ -]\d+)*", text):
        chunk = m.group(0)
        cands = {re.sub(r"\D", "", chunk)} | set(re.findall(r"\d+", chunk))
        for c in cands:
            if 13 <= len(c) <= 19 and ids.luhn_ok(c):
                hits.append(c)
    return hits


def iban_hits(text):
    hits = []
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}", text):
        s = m.group(0).replace(" ", "")
        for n in range(14, len(s) + 1):
            if ids.iban_ok(s[:n]):
                hits.append(s[:n])
    return hits


def crc_ok(tok):
    body, tail = tok[4:34], tok[34:40]
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    s = ""
    while n:
        n, k = divmod(n, 62)
        s = B62[k] + s
    return s.rjust(6, "0") == tail


def covered(text, item, listed):
    """every occurrence of item in text lies inside an occurrence of some listed item"""
    spans = []
    for l in listed:
        start = 0
        while True:
            i = text.find(l, start)
            if i < 0:
                break
            spans.append((i, i + len(l)))
            start = i + 1
    start = 0
    while True:
        i = text.find(item, start)
        if i < 0:
            return True
        if not any(a <= i and i + len(item) <= b for a, b in spans):
            return False
        start = i + 1


def main():
    rows = []
    for split in ("dev", "test"):
        lines = read_tsv("batch26_%s.tsv" % split)
        if not lines or lines[0] != HEADER:
            err("%s: bad header" % split)
        for no, line in enumerate(lines[1:], 2):
            f = line.split("\t")
            if len(f) != 4:
                err("%s:%d: %d fields" % (split, no, len(f)))
                continue
            kind, text, mv, src = f
            where = "%s:%d" % (split, no)
            if kind not in KINDS:
                err("%s: bad kind %r" % (where, kind))
            if not text.strip() or text != text.rstrip("\n"):
                err("%s: empty text" % where)
            m = SRC_RE.match(src)
            if not m:
                err("%s: bad source %r" % (where, src))
                continue
            g = int(m.group(1))
            if (split == "dev") != (g % 2 == 1):
                err("%s: group g%02d in wrong split" % (where, g))
            items = mv.split(" ||| ") if mv else []
            rows.append(dict(where=where, kind=kind, text=text, items=items, g=g, art=m.group(2),
                             lang=m.group(3), split=split))

    # ---- groups
    groups = {}
    for r in rows:
        groups.setdefault(r["g"], []).append(r)
    if sorted(groups) != list(range(1, 37)):
        err("groups present: %s" % sorted(groups))
    langs = {}
    for g, rs in sorted(groups.items()):
        if len({(r["art"], r["lang"]) for r in rs}) != 1:
            err("g%02d: mixed artefact/language" % g)
        langs[g] = rs[0]["lang"]
        n = {k: sum(r["kind"] == k for r in rs) for k in KINDS}
        if not 12 <= len(rs) <= 15:
            err("g%02d: %d lines" % (g, len(rs)))
        if not (3 <= n["credential"] <= 4 and 3 <= n["pii"] <= 5 and 5 <= n["negative"] <= 7):
            err("g%02d: counts %s" % (g, n))
        idx = [rows.index(r) for r in rs]
        if idx != list(range(idx[0], idx[0] + len(idx))):
            err("g%02d: lines not contiguous" % g)
        lang = rs[0]["lang"]
        if lang in SCRIPT:
            for r in rs:
                if r["kind"] != "negative" or True:
                    pass
            if not any(re.search("[%s]" % SCRIPT[lang], r["text"]) for r in rs):
                err("g%02d: no %s script" % (g, lang))
    eng = [g for g, l in langs.items() if l == "English"]
    other = [l for g, l in langs.items() if l != "English"]
    if len(eng) != 18 or len(other) != 18 or len(set(other)) != 18 or not set(other) <= ALLOWED_LANGS:
        err("languages: %d English, others %s" % (len(eng), sorted(other)))
    for split, par in (("dev", 1), ("test", 0)):
        e = sum(1 for g in eng if g % 2 == par)
        if e != 9:
            err("%s has %d English groups" % (split, e))

    # ---- must-vanish items
    all_items = set()
    for r in rows:
        it = r["items"]
        if r["kind"] == "negative" and it:
            err("%s: negative with items" % r["where"])
        if r["kind"] != "negative" and not it:
            err("%s: %s without items" % (r["where"], r["kind"]))
        if len(set(it)) != len(it):
            err("%s: duplicate items" % r["where"])
        for i in it:
            if not i or i != i.strip():
                err("%s: blank/padded item %r" % (r["where"], i))
            elif i not in r["text"]:
                err("%s: item not in text: %r" % (r["where"], i))
            all_items.add(i)
    for g, rs in groups.items():
        gi = {i for r in rs for i in r["items"] if len(i) >= 3}
        for r in rs:
            for i in gi:
                if i in r["text"] and not covered(r["text"], i, r["items"]):
                    err("%s: group item %r occurs but is not listed" % (r["where"], i))
    for r in rows:
        if r["kind"] == "negative":
            for i in all_items:
                if len(i) >= 6 and i in r["text"]:
                    err("%s: negative contains must-vanish item %r" % (r["where"], i))

    # ---- look-alikes in negatives
    for r in rows:
        if r["kind"] != "negative":
            continue
        for h in luhn_runs(r["text"]):
            if h not in DOC_TEST_VALUES:
                err("%s: Luhn-valid digit run %s in negative" % (r["where"], h))
        for h in iban_hits(r["text"]):
            if h not in DOC_TEST_VALUES:
                err("%s: valid IBAN %s in negative" % (r["where"], h))

    # ---- vendor checksums in positives
    for r in rows:
        for tok in re.findall(r"\b(?:ghp|ghs|npm)_[A-Za-z0-9]{36}\b", r["text"]):
            if not crc_ok(tok):
                err("%s: bad checksum in %s" % (r["where"], tok))
            if tok not in r["items"]:
                err("%s: token not listed %s" % (r["where"], tok))

    # ---- registered ids
    id_lines = read_tsv("batch26_ids.tsv")
    if not id_lines or id_lines[0] != "# scheme\tkey\tvalue":
        err("ids: bad header")
    for line in id_lines[1:]:
        f = line.split("\t")
        if len(f) != 3:
            err("ids: bad row %r" % line)
            continue
        scheme, key, value = f
        try:
            ok = ids.validate(scheme, value)
        except Exception as e:  # noqa
            ok = False
        if not ok:
            err("ids: %s %s %s fails its check" % (scheme, key, value))
        if value not in all_items:
            err("ids: %s not listed as a must-vanish item" % key)
        for r in rows:
            if r["kind"] == "negative" and value in r["text"]:
                err("ids: %s appears in negative %s" % (key, r["where"]))

    # ---- README mentions every group
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    for g in range(1, 37):
        if "| g%02d |" % g not in readme:
            err("README: g%02d missing from table" % g)

    # ---- rebuild byte-identical
    with tempfile.TemporaryDirectory() as tmp:
        p = subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", tmp],
                           capture_output=True, text=True)
        if p.returncode:
            err("gen.py rebuild failed: %s" % p.stderr[-500:])
        else:
            for name in OUTPUTS:
                with open(os.path.join(HERE, name), "rb") as a, open(os.path.join(tmp, name), "rb") as b:
                    if a.read() != b.read():
                        err("rebuild differs: %s" % name)

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    n = {k: sum(r["kind"] == k for r in rows) for k in KINDS}
    print("%d lines (%s) in 36 groups" % (len(rows), ", ".join("%s %d" % kv for kv in n.items())))
    print("OK")


if __name__ == "__main__":
    main()
