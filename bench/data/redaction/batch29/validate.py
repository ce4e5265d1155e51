#!/usr/bin/python3
"""Validate batch29: format, kinds, splits, must-vanish items, negatives, check digits,
card/IBAN look-alikes, and byte-identical rebuild by gen.py. Prints OK at the end."""
import os
import re
import sys
from collections import OrderedDict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ids  # noqa: E402
import gen  # noqa: E402

HEADER = "# kind\ttext\tmust-vanish\tsource"
KINDS = {"credential", "pii", "negative"}
ALLOWED_LANGS = {
    "Dhivehi", "Fulani", "Kashmiri", "Dzongkha", "Inuktitut", "Santali", "Balochi", "Avar", "Meitei (Manipuri)",
    "Tuvan", "Kalmyk", "Abkhaz", "Ingush", "Adyghe", "Crimean Tatar", "Gagauz", "Ladino", "Aragonese",
    "Limburgish", "Scots", "Rusyn", "Aromanian", "Sicilian", "Venetian", "Kanuri", "Luo", "Venda", "Sango",
    "Bemba", "Fon", "Dinka", "Tamazight (Tifinagh)", "Newari", "Khasi", "Shan", "Zhuang", "Marshallese",
    "Gilbertese"}
# vendors' documented test / example values that may appear in negatives
TEST_VALUES = {"4242424242424242", "4000056655665556", "378282246310005", "5555555555554444",
               "4111111111111111", "NL91ABNA0417164300", "GB82WEST12345698765432", "DE89370400440532013000"}
SRC = re.compile(r"writer29 g(\d\d) (.+) \(([^()]+(?: \([^()]+\))?)\)$")
CARD_RES = [re.compile(r"(?<![0-9])[0-9]{13,19}(?![0-9])"),
            re.compile(r"(?<![0-9])[0-9]{4}(?:[ -][0-9]{4}){2,3}(?:[ -][0-9]{1,3})?(?![0-9])"),
            re.compile(r"(?<![0-9])[0-9]{4}[ -][0-9]{6}[ -][0-9]{4,5}(?![0-9])")]
IBAN_RES = [re.compile(r"(?<![A-Z0-9])[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}(?![A-Z0-9])"),
            re.compile(r"(?<![A-Z0-9])[A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?(?![A-Z0-9])")]

errors = []


def err(msg):
    errors.append(msg)


def covered(span_text, items):
    return any(span_text in it or re.sub(r"[ -]", "", span_text) in re.sub(r"[ -]", "", it) for it in items)


def lookalikes(text):
    """Yield (kind, raw) for Luhn-valid card-like runs and mod-97-valid IBAN-like runs."""
    for rx in CARD_RES:
        for m in rx.finditer(text):
            c = re.sub(r"[ -]", "", m.group(0))
            if 13 <= len(c) <= 19 and ids.luhn_ok(c):
                yield "card", m.group(0), c
    for rx in IBAN_RES:
        for m in rx.finditer(text):
            c = m.group(0).replace(" ", "")
            if ids.iban_ok(c):
                yield "iban", m.group(0), c


def main():
    ids.selftest()
    built = gen.build()
    for name, text in built.items():
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            err("missing " + name)
            continue
        with open(path, encoding="utf-8", newline="") as f:
            if f.read() != text:
                err("gen.py does not rebuild %s byte-identically" % name)

    groups = OrderedDict()
    all_rows = []
    for split in ("dev", "test"):
        with open(os.path.join(HERE, "batch29_%s.tsv" % split), encoding="utf-8", newline="") as f:
            data = f.read()
        if not data.endswith("\n") or "\r" in data:
            err(split + ": line endings")
        lines = data.split("\n")[:-1]
        if lines[0] != HEADER:
            err(split + ": bad header")
        for n, line in enumerate(lines[1:], 2):
            cols = line.split("\t")
            if len(cols) != 4:
                err("%s:%d: %d columns" % (split, n, len(cols)))
                continue
            kind, text, vanish, source = cols
            where = "%s:%d" % (split, n)
            if kind not in KINDS:
                err(where + ": kind " + kind)
            if not text.strip() or text != text.rstrip("\r"):
                err(where + ": empty text")
            if any(ch in text for ch in "⟦⟧⟪⟫"):
                err(where + ": template marker left in text")
            m = SRC.match(source)
            if not m:
                err(where + ": source " + source)
                continue
            g, artefact, lang = int(m.group(1)), m.group(2), m.group(3)
            if (g % 2 == 1) != (split == "dev"):
                err(where + ": group g%02d in wrong split" % g)
            items = [v for v in vanish.split(" ||| ")] if vanish else []
            if kind == "negative" and items:
                err(where + ": negative with must-vanish")
            if kind != "negative" and not items:
                err(where + ": %s without must-vanish" % kind)
            for it in items:
                if not it.strip() or it != it.strip():
                    err(where + ": blank/padded item %r" % it)
                if it not in text:
                    err(where + ": item not in text: %r" % it)
            if len(set(items)) != len(items):
                err(where + ": duplicate items")
            groups.setdefault(g, {"lang": set(), "art": set(), "split": split, "kinds": Counter(), "n": 0})
            gr = groups[g]
            gr["lang"].add(lang)
            gr["art"].add(artefact)
            gr["kinds"][kind] += 1
            gr["n"] += 1
            all_rows.append((where, kind, text, items))

    # groups, sizes, languages
    if sorted(groups) != list(range(1, 37)):
        err("groups present: %s" % sorted(groups))
    langs = Counter()
    for g, gr in groups.items():
        if len(gr["lang"]) != 1 or len(gr["art"]) != 1:
            err("g%02d: mixed language/artefact" % g)
        lang = next(iter(gr["lang"]))
        langs[lang] += 1
        k = gr["kinds"]
        if not 12 <= gr["n"] <= 15:
            err("g%02d: %d lines" % (g, gr["n"]))
        if not (3 <= k["credential"] <= 4 and 3 <= k["pii"] <= 5 and 5 <= k["negative"] <= 7):
            err("g%02d: counts %s" % (g, dict(k)))
    if langs["English"] != 18:
        err("English groups: %d" % langs["English"])
    others = [l for l in langs if l != "English"]
    if len(others) != 18 or any(langs[l] != 1 for l in others) or not set(others) <= ALLOWED_LANGS:
        err("other languages: %s" % dict(langs))
    for split in ("dev", "test"):
        en = sum(1 for g in groups.values() if g["split"] == split and "English" in g["lang"])
        if en != 9:
            err(split + ": %d English groups" % en)
    # registered ids
    all_items = [it for _, k, _, its in all_rows if k != "negative" for it in its]
    with open(os.path.join(HERE, "batch29_ids.tsv"), encoding="utf-8") as f:
        idrows = [l.rstrip("\n").split("\t") for l in f if not l.startswith("#")]
    keys = set()
    for scheme, key, value in idrows:
        if key in keys:
            err("ids: duplicate key " + key)
        keys.add(key)
        if not ids.check(scheme, value):
            err("ids: check digits wrong %s %s %s" % (scheme, key, value))
        if value not in all_items:
            err("ids: %s not a must-vanish item" % value)
    if len(idrows) < 36:
        err("ids: only %d registered" % len(idrows))

    # look-alikes and leaks
    secret_like = set(all_items)
    for where, kind, text, items in all_rows:
        for typ, raw, c in lookalikes(text):
            if c in TEST_VALUES:
                continue
            if kind == "negative":
                err("%s: valid %s look-alike in a negative: %s" % (where, typ, raw))
            elif not covered(raw, items):
                err("%s: valid %s not listed: %s" % (where, typ, raw))
        if kind == "negative":
            for it in secret_like:
                if len(it) >= 4 and it in text:
                    err("%s: must-vanish item %r from another line appears in a negative" % (where, it))

    n = len(all_rows)
    if not 440 <= n <= 520:
        err("total lines %d" % n)
    if errors:
        for e in errors[:80]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    kc = Counter(k for _, k, _, _ in all_rows)
    print("%d lines (%s), %d ids, 36 groups" % (n, ", ".join("%s %d" % kv for kv in sorted(kc.items())), len(idrows)))
    print("OK")


if __name__ == "__main__":
    main()
