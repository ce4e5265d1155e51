#!/usr/bin/env python3
"""Validate batch11_dev.tsv / batch11_test.tsv (writer11). Exit 1 on any error."""
import base64, collections, ipaddress, json, os, re, sys, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource"
CRED = ["password", "connection_string", "aws_key", "bearer", "github_token", "gitlab_token",
        "slack_token", "vendor_token", "webhook", "private_key", "jwt"]
PII = ["email", "phone", "card", "iban", "ssn", "ipv4", "ipv6", "person_name"]
KINDS = CRED + PII + ["negative"]
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

errors, warnings = [], []
def err(msg): errors.append(msg)
# hits that are deliberate hard negatives (see README "hard choices"); reported as NOTE, not WARN
INTENDED_HITS = {"4.12.0.3", "4F:2A:91:0C:7E:33:D8:B1", "git@github.com", "deploy@bastion-eu1.int.acme-ops.net",
                 "postgresql@15-main.service", "getty@tty1.service", "PWD=/home/ops"}
notes = []
def warn(msg):
    (notes if any(repr(x) in msg for x in INTENDED_HITS) else warnings).append(msg)

def luhn(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0

def iban_ok(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    if not m:
        return False
    a, g, s = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and s > 0

def b62(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s or "0"

def gh_ok(v):
    if re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}", v):
        return b62(zlib.crc32(v[4:34].encode())).rjust(6, "0") == v[34:]
    return bool(re.fullmatch(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", v))

def b64u_json(part):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))

def jwt_ok(v):
    parts = v.split(".")
    if len(parts) != 3:
        return False
    try:
        h, p = b64u_json(parts[0]), b64u_json(parts[1])
        base64.urlsafe_b64decode(parts[2] + "=" * (-len(parts[2]) % 4))
    except Exception:
        return False
    return "alg" in h and isinstance(p, dict)

def is_public(addr):
    try:
        return ipaddress.ip_address(addr).is_global
    except ValueError:
        return False

CHECKS = {
    "card": (lambda v: re.fullmatch(r"[\d -]{13,23}", v) and 13 <= len(re.sub(r"\D", "", v)) <= 19
             and luhn(re.sub(r"\D", "", v)), "Luhn"),
    "iban": (iban_ok, "IBAN mod-97"),
    "ssn": (ssn_ok, "SSN range"),
    "github_token": (gh_ok, "GitHub token format/checksum"),
    "jwt": (jwt_ok, "JWT header/payload decode"),
    "ipv4": (lambda v: is_public(v) and ":" not in v, "public IPv4"),
    "ipv6": (lambda v: is_public(v) and ":" in v, "public IPv6"),
}

# shapes that should not appear in negatives (warn only)
SHAPES = [
    ("aws key id", re.compile(r"\b(AKIA|ASIA)[A-Z0-9]{16}\b")),
    ("github token", re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{40,})")),
    ("gitlab token", re.compile(r"\bgl(pat|rt|cbt|dt)-[\w-]{20}")),
    ("slack token", re.compile(r"\bxox[abprs]-[\w-]{10,}")),
    ("slack webhook", re.compile(r"hooks\.slack\.com/services/T\w+/B\w+/\w+")),
    ("stripe key", re.compile(r"\b[sr]k_(live|test)_\w{10,}")),
    ("sendgrid", re.compile(r"\bSG\.[\w-]{20,}\.[\w-]{20,}")),
    ("npm/pypi", re.compile(r"\b(npm_[A-Za-z0-9]{36}|pypi-AgE)")),
    ("jwt", re.compile(r"\beyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]+")),
    ("private key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
    ("userinfo password in URL", re.compile(r"://[^/\s:@]+:[^/\s@]+@")),
    ("bearer value", re.compile(r"Bearer\s+(?!\$|<|\{)[A-Za-z0-9._~+/-]{16,}")),
    ("password assignment", re.compile(r"(?i)\b(password|passwd|pwd)\s*[=:]\s*(?![\"']?(\$|<|\{|\*|%|\(|\"\"|''|$|changeme\b|\(sensitive))\S{6,}")),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}\b")),
    ("ssn", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("phone", re.compile(r"\+\d{1,3}[ (]*\d{2,4}[) ]*\d{3}[ -]?\d{3,4}")),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b")),
]
DIGIT_RUN = re.compile(r"(?<![\w.:-])(?:\d[ -]?){12,18}\d(?![\w.:-])")
IPV4 = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.])")
IPV6 = re.compile(r"(?<![\w:])([0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})(?![\w:])")

# negatives that intentionally carry a shape (documented in README)
INTENDED = {"AKIAIOSFODNN7EXAMPLE", "users.noreply.github.com", "USER:PASSWORD@localhost"}

def check_negative(ref, text):
    for name, rx in SHAPES:
        for m in rx.finditer(text):
            ctx = text[max(0, m.start() - 30):m.end() + 30]
            if any(x in ctx for x in INTENDED):
                continue
            warn("%s: negative contains %s-shaped %r" % (ref, name, m.group(0)))
    for m in DIGIT_RUN.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if luhn(d):
            warn("%s: negative contains Luhn-valid digit run %r" % (ref, m.group(0)))
    for rx in (IPV4, IPV6):
        for m in rx.finditer(text):
            if is_public(m.group(1)):
                warn("%s: negative contains public IP %r" % (ref, m.group(1)))

def main():
    seen_text = {}
    group_split = collections.defaultdict(set)
    counts = collections.Counter()
    group_sizes = collections.Counter()
    for split in ("dev", "test"):
        path = os.path.join(HERE, "batch11_%s.tsv" % split)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if not lines or lines[0] != HEADER:
            err("%s: bad header" % path)
        for n, line in enumerate(lines[1:], 2):
            ref = "%s:%d" % (split, n)
            f4 = line.split("\t")
            if len(f4) != 4:
                err("%s: %d fields" % (ref, len(f4)))
                continue
            kind, text, vanish, source = f4
            if kind not in KINDS:
                err("%s: unknown kind %r" % (ref, kind))
            if not text.strip():
                err("%s: empty text" % ref)
            if "\r" in line:
                err("%s: CR in line" % ref)
            if not source.startswith("writer11 "):
                err("%s: bad source %r" % (ref, source))
            group_split[source].add(split)
            group_sizes[source] += 1
            if text in seen_text:
                err("%s: duplicate text (also %s)" % (ref, seen_text[text]))
            seen_text[text] = ref
            counts[(split, kind)] += 1
            vals = vanish.split("|") if vanish else []
            if kind == "negative":
                if vanish:
                    err("%s: negative with must-vanish" % ref)
                check_negative(ref, text)
                continue
            if not vals:
                err("%s: %s line without must-vanish" % (ref, kind))
            for v in vals:
                if not v:
                    err("%s: empty must-vanish item" % ref)
                elif v not in text:
                    err("%s: must-vanish %r not in text" % (ref, v))
            if kind in CHECKS:
                fn, what = CHECKS[kind]
                if not any(fn(v) for v in vals):
                    err("%s: %s check failed for %r" % (ref, what, vals))
            # every card-/iban-/github-shaped vanish item must pass its check
            for v in vals:
                if kind == "card" and re.fullmatch(r"[\d -]+", v) and not CHECKS["card"][0](v):
                    err("%s: card %r fails Luhn" % (ref, v))
                if re.fullmatch(r"gh[pousr]_\w+", v) and not gh_ok(v):
                    err("%s: github token %r fails checksum" % (ref, v))
                if kind == "private_key" and not re.fullmatch(r"[A-Za-z0-9+/=]+", v):
                    err("%s: private key body line %r not base64" % (ref, v))
    for src, splits in group_split.items():
        if len(splits) > 1:
            err("group %s in both splits" % src)
        if not 12 <= group_sizes[src] <= 20:
            err("group %s has %d lines" % (src, group_sizes[src]))
    for k in KINDS:
        for split in ("dev", "test"):
            if counts[(split, k)] == 0:
                err("kind %s missing from %s" % (k, split))

    # report
    tot = lambda ks, s: sum(counts[(s, k)] for k in ks)
    print("%-18s %5s %5s %5s" % ("kind", "dev", "test", "all"))
    for k in KINDS:
        print("%-18s %5d %5d %5d" % (k, counts[("dev", k)], counts[("test", k)], counts[("dev", k)] + counts[("test", k)]))
    for label, ks in (("= credentials", CRED), ("= PII", PII), ("= negatives", ["negative"]), ("= total", KINDS)):
        d, t = tot(ks, "dev"), tot(ks, "test")
        print("%-18s %5d %5d %5d" % (label, d, t, d + t))
    print("groups: %d (dev %d, test %d)" % (len(group_split),
          sum(1 for s in group_split.values() if s == {"dev"}), sum(1 for s in group_split.values() if s == {"test"})))
    for w in notes:
        print("NOTE (intended hard negative)", w)
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("%d errors, %d warnings, %d intended-shape notes" % (len(errors), len(warnings), len(notes)))
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
