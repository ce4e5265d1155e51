#!/usr/bin/env python3
"""Validate writer30 batch: format, kinds, splits, must-vanish, counts, check digits, negatives, rebuild."""
import os, re, subprocess, sys, tempfile, filecmp
import ids

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["batch30_dev.tsv", "batch30_test.tsv", "batch30_ids.tsv", "README.md"]
HEADER = "# kind\ttext\tmust-vanish\tsource"
KINDS = {"credential", "pii", "negative"}
SRC = re.compile(r"^writer30 g(\d\d) (.+) \(([^()]+)\)$")
LANGS = {"Fulani", "Inuktitut", "Santali", "Balochi", "Avar", "Meitei", "Abkhaz", "Ingush", "Adyghe", "Kanuri",
         "Venda", "Sango", "Bemba", "Fon", "Dinka", "Khasi", "Shan", "Zhuang", "Marshallese", "Gilbertese",
         "Tuvaluan", "Mooré", "Lezgin", "Karakalpak", "Nogai", "Palauan"}
SCRIPT = {"Inuktitut": r"[\u1400-\u167F]", "Balochi": r"[\u0600-\u06FF]", "Avar": r"[\u0400-\u04FF]",
          "Abkhaz": r"[\u0400-\u04FF]", "Ingush": r"[\u0400-\u04FF]", "Adyghe": r"[\u0400-\u04FF]",
          "Lezgin": r"[\u0400-\u04FF]", "Nogai": r"[\u0400-\u04FF]"}
# documented test / example values allowed to appear in negatives
ALLOWED = {"4242424242424242", "4111111111111111", "5555555555554444", "GB82WEST12345698765432"}
errors = []

def err(msg):
    errors.append(msg)

def digit_runs(text):
    """maximal digit runs, and card-style groups joined by single spaces/dashes (word-bounded), 13-19 digits."""
    out = set(m.group() for m in re.finditer(r"\d+", text))
    for m in re.finditer(r"(?<![\w.-])\d{2,6}(?:[ -]\d{2,6})+(?![\w-])", text):
        out.add(re.sub(r"\D", "", m.group()))
    return {d for d in out if 13 <= len(d) <= 19}

def iban_like(text):
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b", text):
        yield m.group().replace(" ", "")

rows = []
for split in ("dev", "test"):
    path = os.path.join(HERE, f"batch30_{split}.tsv")
    with open(path, encoding="utf-8", newline="") as f:
        data = f.read()
    if "\r" in data:
        err(f"{path}: CR characters")
    lines = data.split("\n")
    if lines[-1] != "":
        err(f"{path}: no trailing newline")
    lines = lines[:-1]
    if lines[0] != HEADER:
        err(f"{path}: bad header")
    for n, ln in enumerate(lines[1:], 2):
        parts = ln.split("\t")
        if len(parts) != 4:
            err(f"{split}:{n}: {len(parts)} fields"); continue
        kind, text, mv, src = parts
        items = mv.split(" ||| ") if mv else []
        m = SRC.match(src)
        if not m:
            err(f"{split}:{n}: bad source {src!r}"); continue
        g = int(m.group(1))
        if (g % 2 == 1) != (split == "dev"):
            err(f"{split}:{n}: group g{g:02d} in wrong split")
        if kind not in KINDS:
            err(f"{split}:{n}: bad kind {kind}")
        if not text.strip():
            err(f"{split}:{n}: empty text")
        if kind == "negative" and items:
            err(f"{split}:{n}: negative with must-vanish")
        if kind != "negative" and not items:
            err(f"{split}:{n}: {kind} without must-vanish")
        for it in items:
            if not it or it != it.strip():
                err(f"{split}:{n}: empty/padded item {it!r}")
            elif it not in text:
                err(f"{split}:{n}: item not in text: {it!r}")
        if len(set(items)) != len(items):
            err(f"{split}:{n}: duplicate items")
        rows.append((split, n, g, kind, text, items, m.group(2), m.group(3)))

# ---- groups ----
groups = {}
for r in rows:
    groups.setdefault(r[2], []).append(r)
if sorted(groups) != list(range(1, 37)):
    err(f"groups present: {sorted(groups)}")
langs_seen = {}
for g, rs in sorted(groups.items()):
    arts = {r[6] for r in rs}; lg = {r[7] for r in rs}
    if len(arts) != 1 or len(lg) != 1:
        err(f"g{g:02d}: mixed artefact/language {arts} {lg}"); continue
    lang = lg.pop()
    langs_seen.setdefault(lang, []).append(g)
    c = {k: sum(1 for r in rs if r[3] == k) for k in KINDS}
    if not 12 <= len(rs) <= 15:
        err(f"g{g:02d}: {len(rs)} lines")
    if not (3 <= c["credential"] <= 4 and 3 <= c["pii"] <= 5 and 5 <= c["negative"] <= 7):
        err(f"g{g:02d}: counts {c}")
    if lang in SCRIPT:
        for r in rs:
            if not re.search(SCRIPT[lang], r[4]) and r[3] != "negative":
                pass
        if sum(1 for r in rs if re.search(SCRIPT[lang], r[4])) < len(rs) // 2:
            err(f"g{g:02d}: too few lines in the {lang} script")
artefacts = [groups[g][0][6] for g in groups]
if len(set(artefacts)) != len(artefacts):
    err("artefacts repeat across groups")
en = langs_seen.get("English", [])
if len(en) != 18:
    err(f"{len(en)} English groups")
others = {k: v for k, v in langs_seen.items() if k != "English"}
if len(others) != 18 or any(len(v) != 1 for v in others.values()) or not set(others) <= LANGS:
    err(f"non-English languages wrong: {others}")
for split, par in (("dev", 1), ("test", 0)):
    k = sum(1 for g in en if g % 2 == par)
    if k != 9:
        err(f"{split}: {k} English groups (want 9)")

# ---- registered ids ----
all_items = set()
for r in rows:
    all_items.update(r[5])
with open(os.path.join(HERE, "batch30_ids.tsv"), encoding="utf-8") as f:
    idl = f.read().split("\n")
if idl[0] != "# scheme\tkey\tvalue":
    err("ids: bad header")
keys = set()
for ln in idl[1:]:
    if not ln:
        continue
    scheme, key, value = ln.split("\t")
    if key in keys:
        err(f"ids: duplicate key {key}")
    keys.add(key)
    v = ids.VALIDATORS.get(scheme)
    if v is None:
        err(f"ids: unknown scheme {scheme}")
    elif not v(value):
        err(f"ids: {scheme} {key} {value} fails its check")
    if value not in all_items:
        err(f"ids: {key} {value} not listed in any must-vanish")

# ---- negatives: no live-looking cards / IBANs, no leaked items ----
long_items = {it for it in all_items if len(it) >= 6}
for split, n, g, kind, text, items, _, _ in rows:
    for d in digit_runs(text):
        if 13 <= len(d) <= 19 and ids.luhn_ok(d) and d not in ALLOWED:
            if kind == "negative":
                err(f"{split}:{n}: Luhn-valid run {d} in negative")
            elif not any(d in re.sub(r"\D", "", it) for it in items):
                err(f"{split}:{n}: Luhn-valid run {d} not covered by must-vanish")
    for ib in iban_like(text):
        if ids.iban_ok(ib) and ib not in ALLOWED:
            if kind == "negative":
                err(f"{split}:{n}: valid IBAN {ib} in negative")
            elif not any(ib in it.replace(" ", "") for it in items):
                err(f"{split}:{n}: valid IBAN {ib} not covered")
    if kind == "negative":
        for it in long_items:
            if it in text:
                err(f"{split}:{n}: negative contains a must-vanish item of another line: {it!r}")

# ---- rebuild ----
with tempfile.TemporaryDirectory() as td:
    p = subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), td], capture_output=True, text=True)
    if p.returncode != 0:
        err("gen.py failed: " + p.stderr[-500:])
    else:
        for fn in FILES:
            if not filecmp.cmp(os.path.join(HERE, fn), os.path.join(td, fn), shallow=False):
                err(f"rebuild differs: {fn}")

if errors:
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print(f"{len(rows)} lines, {len(groups)} groups checked")
print("OK")
