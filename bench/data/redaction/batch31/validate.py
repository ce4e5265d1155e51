#!/usr/bin/env python3
"""validate.py - checks the batch31 files; prints OK on success (exit 1 otherwise).

Checks: TSV format and header, kinds, dev/test split by group parity, group
sizes and per-kind counts, languages, every must-vanish item occurs verbatim,
negatives list nothing, check digits of every registered id and of every card /
IBAN-looking must-vanish item, no Luhn-valid 13-19 digit run and no valid IBAN
in a negative (except documented test values), no secret-shaped token, personal
e-mail, public client IP or registered id in a negative, and that gen.py
rebuilds every output byte-identically.
"""
import sys
sys.dont_write_bytecode = True
import ipaddress
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ids  # noqa: E402

ERRORS = []


def err(msg):
    ERRORS.append(msg)


HEADER = "# kind\ttext\tmust-vanish\tsource"
KINDS = {"credential", "pii", "negative"}
SRC_RE = re.compile(r"^writer31 g(\d\d) (.+) \(([^()]+(?:\([^()]*\))?)\)$")
ALLOWED_LANGS = {
    "Santali (Ol Chiki)", "Meitei", "Kanuri", "Fon", "Dinka", "Shan", "Mooré", "Palauan",
    "Kumyk", "Komi", "Mari (Meadow)", "Erzya", "Kabardian", "Ilocano", "Waray", "Hiligaynon",
    "Swati", "Sepedi", "Herero", "Krio", "Mandinka", "Niuean", "Chuukese", "Kapampangan",
    "Oshiwambo (Oshindonga)", "Tsakhur",
}

# documented test / example values allowed in negatives
DOC_OK = ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "sk_test_4eC39HqLyjWDarjtT1zdp7dc"]
DOC_LUHN = {"4242424242424242"}

SECRET_PATTERNS = [
    r"AKIA[0-9A-Z]{16}", r"gh[pso]_[A-Za-z0-9]{36}", r"github_pat_", r"glpat-[\w-]{20}",
    r"xox[abpr]-\d", r"[sr]k_live_[A-Za-z0-9]{20,}", r"whsec_", r"SG\.[\w-]{20,}\.",
    r"AIza[\w-]{35}", r"npm_[A-Za-z0-9]{36}", r"cwk_live_", r"cwd_[A-Za-z0-9]{40}",
    r"hooks\.slack\.com/services/\S+/\S+/[A-Za-z0-9]{24}", r"eyJ[\w-]{10,}\.[\w-]{10,}\.",
    r"PRIVATE KEY-----\\n[A-Za-z0-9+/]{20}", r"glsa_", r"dp\.st\.", r"sntrys_", r"sk-proj-",
    r"Basic [A-Za-z0-9+/=]{12,}", r"PrivateKey = [A-Za-z0-9+/]{40}", r"\d{9,10}:AA[\w-]{30}",
]
EMAIL_RE = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
ROLE_EMAILS = {"support@canopywise.io", "ops@canopywise.io", "gis-sync@canopywise.io",
               "parks@utrecht.example.nl", "puut@espoo.example.fi",
               "enro.trees@iloilo-city.example.ph", "eco@adm-saransk.example.ru"}
IPV4_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w])")
IPV6_RE = re.compile(r"(?<![\w:])((?:[0-9a-fA-F]{1,4}:){4,7}[0-9a-fA-F]{1,4})(?![\w:])")
DIGIT_RUN = re.compile(r"\d(?:[ -]?\d)*")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")


def luhn_runs(text):
    for m in DIGIT_RUN.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and ids.luhn_ok(d) and d not in DOC_LUHN:
            yield m.group(0)


def read_tsv(name):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8", newline="") as fh:
        data = fh.read()
    if not data.endswith("\n") or "\r" in data:
        err("%s: bad line endings" % name)
    lines = data.split("\n")[:-1]
    if not lines or lines[0] != HEADER:
        err("%s: bad header" % name)
    out = []
    for i, ln in enumerate(lines[1:], 2):
        parts = ln.split("\t")
        if len(parts) != 4:
            err("%s:%d: %d fields" % (name, i, len(parts)))
            continue
        out.append((name, i) + tuple(parts))
    return out


def main():
    import gen  # builds everything in memory (fresh process => fresh RNGs)
    built = gen.build()
    for fname, content in built.items():
        with open(os.path.join(HERE, fname), encoding="utf-8", newline="") as fh:
            if fh.read() != content:
                err("%s: not byte-identical to gen.py output" % fname)

    # ---- ids registry
    reg_values = []
    with open(os.path.join(HERE, "batch31_ids.tsv"), encoding="utf-8") as fh:
        rows = fh.read().split("\n")
    if rows[0] != "# scheme\tkey\tvalue":
        err("ids: bad header")
    for ln in rows[1:]:
        if not ln:
            continue
        scheme, key, value = ln.split("\t")
        if not ids.validator_for(scheme)(value):
            err("ids: check digit wrong for %s %s" % (scheme, value))
        core = value.replace(" ", "")[4:] if scheme.startswith("iban-") else re.sub(r"\D", "", value)
        if not core.startswith(re.sub(r"[^0-9A-Z]", "", key)):
            err("ids: value %s does not extend key %s" % (value, key))
        reg_values.append(value)

    # ---- lines
    groups = {}
    all_items = set()
    for fname in ("batch31_dev.tsv", "batch31_test.tsv"):
        for (_, ln, kind, text, mv, src) in read_tsv(fname):
            where = "%s:%d" % (fname, ln)
            if kind not in KINDS:
                err("%s: bad kind %r" % (where, kind))
            if not text or "\t" in text or "\n" in text:
                err("%s: bad text" % where)
            if any(ch in text for ch in "\u27e6\u27e7\u27ea\u27eb"):
                err("%s: leftover marker" % where)
            m = SRC_RE.match(src)
            if not m:
                err("%s: bad source %r" % (where, src))
                continue
            g = int(m.group(1))
            want = "batch31_dev.tsv" if g % 2 == 1 else "batch31_test.tsv"
            if fname != want:
                err("%s: group g%02d in wrong split" % (where, g))
            info = groups.setdefault(g, {"src": src, "lang": m.group(3),
                                         "credential": 0, "pii": 0, "negative": 0})
            if info["src"] != src:
                err("%s: group g%02d has two sources" % (where, g))
            info[kind] = info.get(kind, 0) + 1
            items = mv.split(" ||| ") if mv else []
            if kind == "negative" and items:
                err("%s: negative with must-vanish" % where)
            if kind != "negative" and not items:
                err("%s: %s without must-vanish" % (where, kind))
            if len(set(items)) != len(items):
                err("%s: duplicate items" % where)
            for it in items:
                all_items.add(it)
                if not it.strip() or it != it.strip():
                    err("%s: empty/padded item %r" % (where, it))
                if it not in text:
                    err("%s: item not in text: %r" % (where, it))
                dig = re.sub(r"[ -]", "", it)
                if dig.isdigit() and 13 <= len(dig) <= 19 and not ids.luhn_ok(dig):
                    err("%s: card-like item fails Luhn: %s" % (where, it))
                if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]{11,}", it) and not ids.is_valid_iban(it):
                    err("%s: IBAN item invalid: %s" % (where, it))
            if kind == "negative":
                for run in luhn_runs(text):
                    err("%s: Luhn-valid digit run in negative: %s" % (where, run))
                for im in IBAN_RE.finditer(text):
                    if ids.is_valid_iban(im.group(0)):
                        err("%s: valid IBAN in negative: %s" % (where, im.group(0)))
                scrubbed = text
                for ok in DOC_OK:
                    scrubbed = scrubbed.replace(ok, "")
                for pat in SECRET_PATTERNS:
                    if re.search(pat, scrubbed):
                        err("%s: secret-shaped token in negative (%s)" % (where, pat))
                for em in EMAIL_RE.finditer(text):
                    e = em.group(0)
                    local = e.split("@")[0]
                    if e not in ROLE_EMAILS and not re.fullmatch(r"[0-9a-f]{16,}", local):
                        err("%s: non-role e-mail in negative: %s" % (where, e))
                for im in IPV4_RE.finditer(text):
                    s = im.group(1)
                    if s in gen.VERSION_LOOKALIKES or s in gen.SERVER_PUBLIC_IPS:
                        continue
                    try:
                        ip = ipaddress.ip_address(s)
                    except ValueError:
                        continue
                    if not (ip.is_private or ip.is_loopback):
                        err("%s: public IP in negative: %s" % (where, s))
                for im in IPV6_RE.finditer(text):
                    try:
                        ip = ipaddress.ip_address(im.group(1))
                    except ValueError:
                        continue
                    if ip.is_global:
                        err("%s: public IPv6 in negative: %s" % (where, im.group(1)))
                for v in reg_values:
                    if v in text or v.replace(" ", "") in text:
                        err("%s: registered id in negative: %s" % (where, v))

    # every registered id is used as a must-vanish item
    for v in reg_values:
        if v not in all_items:
            err("ids: registered value %s is not a must-vanish item" % v)

    # ---- group shape
    if sorted(groups) != list(range(1, 37)):
        err("groups: expected g01..g36, got %s" % sorted(groups))
    english, others = 0, []
    total = 0
    for g, info in sorted(groups.items()):
        n = info["credential"] + info["pii"] + info["negative"]
        total += n
        if not 12 <= n <= 15:
            err("g%02d: %d lines" % (g, n))
        if not 3 <= info["credential"] <= 4:
            err("g%02d: %d credential lines" % (g, info["credential"]))
        if not 3 <= info["pii"] <= 5:
            err("g%02d: %d pii lines" % (g, info["pii"]))
        if not 5 <= info["negative"] <= 7:
            err("g%02d: %d negative lines" % (g, info["negative"]))
        if info["lang"] == "English":
            english += 1
        else:
            others.append(info["lang"])
            if info["lang"] not in ALLOWED_LANGS:
                err("g%02d: language %s not allowed" % (g, info["lang"]))
    if english != 18 or len(others) != 18 or len(set(others)) != 18:
        err("languages: %d English, %d other (%d distinct)" % (english, len(others), len(set(others))))
    for split in (1, 0):
        e = sum(1 for g, i in groups.items() if g % 2 == split and i["lang"] == "English")
        if e != 9:
            err("split %s has %d English groups" % ("dev" if split else "test", e))
    if not 450 <= total <= 510:
        err("total %d lines, expected about 480" % total)

    if ERRORS:
        for e in ERRORS[:200]:
            print("ERROR:", e)
        print("FAILED (%d errors)" % len(ERRORS))
        sys.exit(1)
    print("%d lines in %d groups checked" % (total, len(groups)))
    print("OK")


if __name__ == "__main__":
    main()
