#!/usr/bin/env python3
"""Validate batch24: format, kinds, splits, must-vanish, check digits, negatives, byte-identical rebuild."""
import hashlib, os, re, subprocess, sys, tempfile
import ids

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "# kind\ttext\tmust-vanish\tsource"
KINDS = {"credential", "pii", "negative"}
LANGS = {"Odia", "Assamese", "Sindhi", "Kyrgyz", "Tajik", "Turkmen", "Tatar", "Luxembourgish", "Maori", "Javanese",
         "Sundanese", "Cebuano", "Igbo", "Kinyarwanda", "Malagasy", "Tigrinya", "Bosnian", "Faroese", "West Frisian",
         "Breton", "Haitian Creole", "Samoan", "Uyghur", "Kurdish (Kurmanji)", "Xhosa", "Shona", "Oromo"}
# vendors' documented test / example values that may appear in negatives
DOCUMENTED = {"4242424242424242", "4000056655665556", "4111111111111111", "5555555555554444", "378282246310005",
              "DE89370400440532013000", "GB82WEST12345698765432"}
SRC = re.compile(r"^writer24 g(\d\d) (.+) \((.+)\)$")
errors = []

def err(msg):
    errors.append(msg)

def luhn_hits(text):
    hits = set()
    for m in re.finditer(r"(?<![0-9])[0-9]{13,19}(?![0-9])", text):
        hits.add(m.group(0))
    for m in re.finditer(r"(?<![0-9])[0-9]{4}([ -])[0-9]{4}\1[0-9]{4}\1[0-9]{1,7}(?![0-9])", text):
        hits.add(re.sub(r"[ -]", "", m.group(0)))
    for m in re.finditer(r"(?<![0-9])[0-9]{4}([ -])[0-9]{6}\1[0-9]{5}(?![0-9])", text):
        hits.add(re.sub(r"[ -]", "", m.group(0)))
    return {h for h in hits if 13 <= len(h) <= 19 and ids.luhn_ok(h)}

def iban_hits(text):
    hits = set()
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])", text):
        hits.add(m.group(0).replace(" ", ""))
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}(?![A-Za-z0-9])", text):
        hits.add(m.group(0))
    return {h for h in hits if ids.iban_ok(h)}

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

rows = []
for split in ("dev", "test"):
    lines = read_tsv("batch24_%s.tsv" % split)
    if not lines or lines[0] != HEADER:
        err("%s: bad header" % split)
    for i, ln in enumerate(lines[1:], 2):
        f = ln.split("\t")
        if len(f) != 4:
            err("%s:%d: %d fields" % (split, i, len(f))); continue
        kind, text, mv, src = f
        rows.append((split, i, kind, text, mv, src))

groups = {}
texts = set()
for split, i, kind, text, mv, src in rows:
    where = "%s:%d" % (split, i)
    if kind not in KINDS:
        err("%s: bad kind %r" % (where, kind))
    if not text.strip():
        err("%s: empty text" % where)
    if text in texts:
        err("%s: duplicate text" % where)
    texts.add(text)
    m = SRC.match(src)
    if not m:
        err("%s: bad source %r" % (where, src)); continue
    g, art, lang = int(m.group(1)), m.group(2), m.group(3)
    if (g % 2 == 1) != (split == "dev"):
        err("%s: group g%02d in wrong split" % (where, g))
    items = mv.split(" ||| ") if mv else []
    if kind == "negative" and items:
        err("%s: negative with must-vanish" % where)
    if kind != "negative" and not items:
        err("%s: %s without must-vanish" % (where, kind))
    for it in items:
        if not it or it != it.strip() or it not in text:
            err("%s: must-vanish item not verbatim: %r" % (where, it))
    if len(items) != len(set(items)):
        err("%s: repeated must-vanish item" % where)
    gi = groups.setdefault(g, {"art": art, "lang": lang, "credential": 0, "pii": 0, "negative": 0, "n": 0})
    if (gi["art"], gi["lang"]) != (art, lang):
        err("%s: inconsistent source within g%02d" % (where, g))
    if kind in KINDS:
        gi[kind] += 1
    gi["n"] += 1
    if kind == "negative":
        for h in luhn_hits(text) - DOCUMENTED:
            err("%s: Luhn-valid run %s in a negative" % (where, h))
        for h in iban_hits(text) - DOCUMENTED:
            err("%s: valid IBAN %s in a negative" % (where, h))
    else:  # any Luhn-valid run / valid IBAN elsewhere must be covered by a must-vanish item or be documented
        joined = " ".join(items)
        for h in luhn_hits(text) - DOCUMENTED:
            if not any(h in re.sub(r"[ -]", "", it) for it in items):
                err("%s: uncovered Luhn-valid run %s" % (where, h))
        for h in iban_hits(text) - DOCUMENTED:
            if not any(h in it.replace(" ", "") for it in items):
                err("%s: uncovered IBAN %s" % (where, h))

if sorted(groups) != list(range(1, 37)):
    err("groups are not g01..g36: %s" % sorted(groups))
for g, gi in sorted(groups.items()):
    if not 12 <= gi["n"] <= 15:
        err("g%02d: %d lines" % (g, gi["n"]))
    if not (3 <= gi["credential"] <= 4 and 3 <= gi["pii"] <= 5 and 5 <= gi["negative"] <= 7):
        err("g%02d: counts %s" % (g, gi))
langs = [gi["lang"] for gi in groups.values()]
others = [l for l in langs if l != "English"]
if langs.count("English") != 18 or len(others) != 18 or len(set(others)) != 18 or not set(others) <= LANGS:
    err("language mix wrong: %s" % langs)
total = len(rows)
if not 440 <= total <= 520:
    err("total lines %d" % total)

# ---- registered ids: check digits, and each one really used as a must-vanish item
all_items = [it for r in rows for it in (r[4].split(" ||| ") if r[4] else [])]
neg_text = [r[3] for r in rows if r[2] == "negative"]
id_lines = read_tsv("batch24_ids.tsv")
if not id_lines or id_lines[0] != "# scheme\tkey\tvalue":
    err("ids: bad header")
keys = set()
for ln in id_lines[1:]:
    f = ln.split("\t")
    if len(f) != 3:
        err("ids: bad row %r" % ln); continue
    scheme, key, value = f
    if key in keys:
        err("ids: duplicate key %s" % key)
    keys.add(key)
    try:
        ok = ids.check(scheme, value)
    except Exception as e:
        ok = False
    if not ok:
        err("ids: %s %s fails check %s" % (key, value, scheme))
    if not any(value in it for it in all_items):
        err("ids: %s not used as a must-vanish item" % key)
    if any(value in t for t in neg_text):
        err("ids: %s appears in a negative" % key)

# ---- byte-identical rebuild
names = ["batch24_dev.tsv", "batch24_test.tsv", "batch24_ids.tsv", "README.md"]
with tempfile.TemporaryDirectory() as tmp:
    p = subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), tmp], capture_output=True, text=True)
    if p.returncode != 0:
        err("gen.py failed: %s" % p.stderr[-500:])
    else:
        for n in names:
            a = open(os.path.join(HERE, n), "rb").read()
            b = open(os.path.join(tmp, n), "rb").read()
            if hashlib.sha256(a).digest() != hashlib.sha256(b).digest():
                err("rebuild differs: %s" % n)

for e in errors:
    print("ERROR", e)
if errors:
    print("FAILED (%d errors)" % len(errors))
    sys.exit(1)
c = {k: sum(1 for r in rows if r[2] == k) for k in ("credential", "pii", "negative")}
print("lines=%d credential=%d pii=%d negative=%d groups=%d ids=%d" % (total, c["credential"], c["pii"], c["negative"], len(groups), len(id_lines) - 1))
print("OK")
