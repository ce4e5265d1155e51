#!/usr/bin/env python3
"""Validate batch12_dev.tsv / batch12_test.tsv (writer12). Python 3 stdlib only.
Exit code 1 when any ERROR is found. WARN = a negative that looks like a secret/PII and is
not in hard_negatives.tsv; NOTE = the same for intended hard negatives."""
import collections, ipaddress, re, sys

FILES = {"dev": "batch12_dev.tsv", "test": "batch12_test.tsv"}
HEADER = "# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource"
CRED = {"password", "connection_string", "aws_key", "bearer", "github_token", "gitlab_token", "slack_token",
        "vendor_token", "webhook", "private_key", "jwt"}
PII = {"email", "phone", "card", "iban", "ssn", "ipv4", "ipv6", "person_name"}
KINDS = CRED | PII | {"private_address", "negative"}
SRC_RE = re.compile(r"^writer12 g(\d\d)-[a-z0-9-]+$")
IBAN_LEN = {"DE": 22, "FR": 27, "NL": 18, "GB": 22, "ES": 24, "IT": 27, "PL": 28, "IE": 22, "BE": 16, "LT": 20}

errors, warns, notes = [], [], []


def err(m): errors.append(m)


def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        s += d
        alt = not alt
    return s % 10 == 0


def iban_ok(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", v) or IBAN_LEN.get(v[:2]) != len(v):
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", v)
    if not m:
        return False
    a, g, s = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.]*\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])([0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![0-9A-Za-z:])")


def ips(text):
    out = []
    for m in IPV4_RE.finditer(text):
        try:
            out.append(ipaddress.IPv4Address(m.group(1)))
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        s = m.group(1)
        if s.count(":") < 2 or not re.search(r"[0-9a-fA-F]", s):
            continue
        try:
            out.append(ipaddress.IPv6Address(s))
        except ValueError:
            pass
    return out


SHAPES = [
    ("aws-key-id", re.compile(r"\b(AKIA|ASIA)[A-Z0-9*]{12,16}")),
    ("vendor-prefix", re.compile(r"\b(gh[pousr]_|github_pat_|glpat-|glrt-|gldt-|glptt-|xox[abpe]-|xapp-|sk_(live|test)_|rk_live_|whsec_|SG\.|npm_|hvs\.|dop_v1_|glsa_|sk-proj-|sk-ant-|AIza|ya29\.)")),
    ("long-hex", re.compile(r"\b[0-9a-fA-F]{32,}\b")),
    ("long-base64", re.compile(r"[A-Za-z0-9+/_-]{40,}={0,2}")),
    ("jwt-like", re.compile(r"\beyJ[A-Za-z0-9_-]{5,}")),
    ("pem", re.compile(r"BEGIN [A-Z ]*PRIVATE KEY")),
    ("email-like", re.compile(r"[A-Za-z0-9._%+\[\]-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+")),
    ("secret-word", re.compile(r"(?i)(password|passwd|pass|token|secret|api_?key)\s*[:=]")),
    ("ssn-like", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("iban-like", re.compile(r"\b[A-Z]{2}\d\d(?: ?[A-Z0-9]{4}){3,7}")),
    ("phone-like", re.compile(r"\+\d[\d ()-]{7,}\d")),
    ("long-digits", re.compile(r"\b\d{9,}\b")),
]


def card_candidates(text):
    for m in re.finditer(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)", text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19:
            yield d


def main():
    hard = set()
    try:
        with open("hard_negatives.tsv", encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    hard.add(line.rstrip("\n").split("\t", 1)[1])
    except FileNotFoundError:
        warns.append("hard_negatives.tsv missing: every shaped negative will be a WARN")
    counts = collections.Counter()
    groups = collections.defaultdict(collections.Counter)
    group_split = {}
    texts = {}
    for split, fn in FILES.items():
        with open(fn, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines[0] != HEADER:
            err("%s: bad header %r" % (fn, lines[0]))
        if lines[-1] != "":
            err("%s: no final newline" % fn)
        for ln, line in enumerate(lines[1:-1], 2):
            where = "%s:%d" % (fn, ln)
            cols = line.split("\t")
            if len(cols) != 4:
                err("%s: %d fields" % (where, len(cols))); continue
            kind, text, van, src = cols
            if kind not in KINDS:
                err("%s: unknown kind %r" % (where, kind))
            if text in texts:
                err("%s: duplicate text (also %s)" % (where, texts[text]))
            texts[text] = where
            if "\r" in text or "⟦" in text or "§" in text:
                err("%s: stray marker or CR in text" % where)
            m = SRC_RE.match(src)
            if not m:
                err("%s: bad source %r" % (where, src)); continue
            g = int(m.group(1))
            want = "dev" if g % 2 == 0 else "test"
            if want != split:
                err("%s: group g%02d belongs to %s" % (where, g, want))
            gkey = src.split(" ")[1]
            if group_split.setdefault(gkey, split) != split:
                err("%s: group %s in both splits" % (where, gkey))
            vals = [v for v in van.split("|")] if van else []
            if kind == "negative" and vals:
                err("%s: negative with must-vanish" % where)
            if kind != "negative" and not vals:
                err("%s: positive without must-vanish" % where)
            for v in vals:
                if not v.strip():
                    err("%s: empty must-vanish value" % where)
                elif v not in text:
                    err("%s: must-vanish %r not in text" % (where, v))
            counts[(kind, split)] += 1
            cls = "cred" if kind in CRED else "pii" if kind in PII else kind
            groups[gkey][cls] += 1
            # kind-specific checks
            if kind == "card":
                cards = [v for v in vals if re.fullmatch(r"[\d -]{13,23}", v)]
                if not cards:
                    err("%s: card line without a card value" % where)
                for v in cards:
                    d = re.sub(r"\D", "", v)
                    if not (13 <= len(d) <= 19 and luhn_ok(d)):
                        err("%s: card %r fails Luhn/length" % (where, v))
            if kind == "iban":
                ib = [v for v in vals if re.match(r"[A-Z]{2}\d\d", v)]
                if not ib:
                    err("%s: iban line without an IBAN value" % where)
                for v in ib:
                    if not iban_ok(v):
                        err("%s: IBAN %r fails mod-97/length" % (where, v))
            if kind == "ssn":
                ss = [v for v in vals if re.fullmatch(r"\d{3}-?\d{2}-?\d{4}", v)]
                if not ss:
                    err("%s: ssn line without an SSN value" % where)
                for v in ss:
                    if not ssn_ok(v):
                        err("%s: SSN %r outside valid ranges" % (where, v))
            if kind in ("ipv4", "ipv6"):
                got = [a for v in vals for a in ips(v)]
                if not got:
                    err("%s: %s line without an address value" % (where, kind))
                for a in got:
                    if not a.is_global or a.version != int(kind[-1]):
                        err("%s: %s is not a global %s" % (where, a, kind))
            if kind == "private_address":
                for v in vals:
                    try:
                        a = ipaddress.ip_address(v)
                    except ValueError:
                        err("%s: private value %r not an address" % (where, v)); continue
                    if a.is_global:
                        err("%s: private_address %s is global" % (where, a))
            else:
                for a in ips(text):
                    if not a.is_global:
                        err("%s: non-global address %s outside a private_address line" % (where, a))
            if kind == "private_key":
                if "PRIVATE KEY" not in text or len(vals) < 2:
                    err("%s: PEM line should list each body line" % where)
            if kind == "negative":
                hits = [name for name, rx in SHAPES if rx.search(text)]
                hits += ["luhn-valid-number" for d in card_candidates(text) if luhn_ok(d)]
                hits += ["ip:%s" % a for a in ips(text)]
                if hits:
                    (notes if text in hard else warns).append("%s: %s | %s" % (where, ",".join(sorted(set(hits))), text[:110]))
    for gkey, c in sorted(groups.items()):
        if (c["negative"], c["cred"], c["pii"]) != (10, 3, 3):
            err("group %s: negatives/cred/pii = %d/%d/%d, want 10/3/3" % (gkey, c["negative"], c["cred"], c["pii"]))
    for k in sorted(KINDS - {"private_address"}):
        for split in FILES:
            if counts[(k, split)] == 0:
                err("kind %s missing from %s" % (k, split))
    n_neg = counts[("negative", "dev")] + counts[("negative", "test")]
    n_hard = sum(1 for t, w in texts.items() if t in hard and w)
    if n_hard * 3 < n_neg:
        warns.append("only %d of %d negatives are intended hard negatives (< 1/3)" % (n_hard, n_neg))

    for n in notes:
        print("NOTE", n)
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print()
    print("%-18s %5s %5s %5s" % ("kind", "dev", "test", "all"))
    for k in sorted(KINDS):
        d, t = counts[(k, "dev")], counts[(k, "test")]
        print("%-18s %5d %5d %5d" % (k, d, t, d + t))
    td, tt = sum(v for (k, s), v in counts.items() if s == "dev"), sum(v for (k, s), v in counts.items() if s == "test")
    print("%-18s %5d %5d %5d" % ("TOTAL", td, tt, td + tt))
    print("\nintended hard negatives: %d of %d (shape-matched NOTEs: %d); WARN: %d; ERRORS: %d" % (n_hard, n_neg, len(notes), len(warns), len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
