#!/usr/bin/env python3
"""Validate batch13_dev.tsv / batch13_test.tsv / hard_negatives.tsv (writer13). Standard library only."""
import base64
import binascii
import ipaddress
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CRED = ["aws_key", "bearer", "connection_string", "github_token", "gitlab_token", "jwt", "password",
        "private_key", "slack_token", "vendor_token", "webhook"]
PII = ["email", "person_name", "phone", "card", "iban", "ssn", "ipv4", "ipv6"]
KINDS = CRED + PII + ["private_address", "negative"]
HEADER = "# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource"
SRC_RE = re.compile(r"^writer13 g(\d\d)-[a-z0-9-]+$")
IBAN_LEN = {"AT": 20, "DE": 22, "CH": 21, "GB": 22, "FR": 27, "NL": 18}
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?!\.?\d)")
IPV6_RE = re.compile(r"(?<![\w:.])([0-9A-Fa-f:]{2,39})(?![\w:])")

errors = []


def err(msg):
    errors.append(msg)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    a, g, n = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def b64u_json(part):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def addr(s):
    try:
        return ipaddress.ip_address(s)
    except ValueError:
        return None


def scan_addresses(text):
    out = []
    for m in IPV4_RE.finditer(text):
        a = addr(m.group(1))
        if a:
            out.append(a)
    for m in IPV6_RE.finditer(text):
        c = m.group(1)
        if c.count(":") >= 2 and re.search(r"[0-9A-Fa-f]", c):
            a = addr(c)
            if a:
                out.append(a)
    return out


def check_kind(kind, text, vanish, where):
    V = vanish
    if kind == "card":
        ds = [re.sub(r"[ -]", "", v) for v in V if re.fullmatch(r"[\d -]{13,23}", v)]
        if not ds or not all(luhn_ok(d) and 13 <= len(d) <= 19 for d in ds):
            err(f"{where}: card fails Luhn/length {V}")
    elif kind == "iban":
        ibs = [v for v in V if re.match(r"[A-Z]{2}\d{2}", v)]
        if not ibs or not all(iban_ok(v) for v in ibs):
            err(f"{where}: iban fails mod-97/length {V}")
    elif kind == "ssn":
        ss = [v for v in V if re.fullmatch(r"\d{3}-\d{2}-\d{4}", v)]
        if not ss or not all(ssn_ok(v) for v in ss):
            err(f"{where}: invalid SSN {V}")
    elif kind in ("ipv4", "ipv6"):
        ips = [addr(v) for v in V if addr(v)]
        want = 4 if kind == "ipv4" else 6
        if not ips or not all(a.version == want and a.is_global for a in ips):
            err(f"{where}: {kind} not a global IPv{want} {V}")
    elif kind == "private_address":
        ips = [addr(v) for v in V]
        if not ips or not all(a is not None and not a.is_global for a in ips):
            err(f"{where}: private_address not non-global {V}")
    elif kind == "email":
        if not any(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v) for v in V):
            err(f"{where}: no email in must-vanish {V}")
    elif kind == "phone":
        if not any(re.fullmatch(r"[+\d() -]{7,20}", v) and len(re.sub(r"\D", "", v)) >= 9 for v in V):
            err(f"{where}: no phone in must-vanish {V}")
    elif kind == "person_name":
        if not any(re.search(r"[A-Za-z]", v) for v in V):
            err(f"{where}: no name {V}")
    elif kind == "aws_key":
        if not any(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v) for v in V):
            err(f"{where}: no AKIA/ASIA key id {V}")
        for v in V:
            if len(v) == 40 and not re.fullmatch(r"[A-Za-z0-9+/]{40}", v):
                err(f"{where}: bad aws secret {v}")
    elif kind == "github_token":
        if not any(re.fullmatch(r"gh[pousr]_[A-Za-z0-9]{36}", v) or re.fullmatch(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", v) for v in V):
            err(f"{where}: no GitHub token {V}")
    elif kind == "gitlab_token":
        if not any(re.fullmatch(r"gl(pat|dt|rt)-[A-Za-z0-9_-]{20}", v) for v in V):
            err(f"{where}: no GitLab token {V}")
    elif kind == "slack_token":
        if not any(re.fullmatch(r"xox[bp]-\d{10,13}-\d{10,13}(-\d{10,13})?-[A-Za-z0-9]{24,32}", v)
                   or re.fullmatch(r"xapp-1-A[A-Z0-9]{10}-\d{13}-[a-f0-9]{64}", v) for v in V):
            err(f"{where}: no Slack token {V}")
    elif kind == "jwt":
        ok = False
        for v in V:
            parts = v.split(".")
            if len(parts) == 3 and all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts):
                try:
                    h, _ = b64u_json(parts[0]), b64u_json(parts[1])
                    ok = ok or ("alg" in h)
                except (ValueError, binascii.Error):
                    pass
        if not ok:
            err(f"{where}: no decodable JWT {V}")
    elif kind == "private_key":
        m = re.search(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n(.*?)\n[ +]*-----END \1-----", text, re.S)
        if not m:
            err(f"{where}: no PEM block")
            return
        body = [ln.strip().lstrip("+") for ln in m.group(2).split("\n")]
        if set(body) != set(V):
            err(f"{where}: PEM body lines != must-vanish")
        try:
            base64.b64decode("".join(body), validate=True)
        except binascii.Error:
            err(f"{where}: PEM body is not base64")
    elif kind == "webhook":
        urls = re.findall(r"https?://[^\s\"';}]+", text)
        if not all(any(v in u for u in urls) for v in V) or not urls:
            err(f"{where}: webhook secret not inside a URL {V}")
    elif kind == "connection_string":
        for v in V:
            if not re.search(r"://[^\s:/@]*:" + re.escape(v) + "@", text):
                err(f"{where}: DSN password not in user:pass@ position {v}")
    elif kind == "bearer":
        if "bearer" not in text.lower() or not all(len(v) >= 20 for v in V):
            err(f"{where}: bearer line needs 'Bearer' and a >=20 char token")
    elif kind in ("password", "vendor_token"):
        if not all(len(v) >= (8 if kind == "password" else 20) for v in V):
            err(f"{where}: {kind} value too short {V}")


def main():
    rows = []
    for split in ("dev", "test"):
        path = os.path.join(HERE, f"batch13_{split}.tsv")
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines[-1] == "":
            lines.pop()
        if lines[0] != HEADER:
            err(f"{split}: bad header")
        for ln_no, line in enumerate(lines[1:], 2):
            where = f"{split}:{ln_no}"
            f4 = line.split("\t")
            if len(f4) != 4:
                err(f"{where}: {len(f4)} fields")
                continue
            kind, text_enc, van, src = f4
            text = text_enc.replace("\\n", "\n")
            vanish = van.split("|") if van else []
            if kind not in KINDS:
                err(f"{where}: unknown kind {kind}")
            m = SRC_RE.match(src)
            if not m:
                err(f"{where}: bad source {src}")
                continue
            g = int(m.group(1))
            if (split == "dev") != (g % 2 == 0):
                err(f"{where}: group g{g:02d} in wrong split {split}")
            if not text.strip():
                err(f"{where}: empty text")
            if kind == "negative" and vanish:
                err(f"{where}: negative with must-vanish")
            if kind != "negative" and not vanish:
                err(f"{where}: {kind} without must-vanish")
            for v in vanish:
                if not v or v not in text:
                    err(f"{where}: must-vanish {v!r} not in text")
            check_kind(kind, text, vanish, where)
            for a in scan_addresses(text):
                if not a.is_global and kind != "private_address":
                    err(f"{where}: non-global address {a} outside private_address ({kind})")
            rows.append(dict(split=split, kind=kind, text=text, enc=text_enc, vanish=vanish, group=g, where=where))

    # per-group shape
    groups = defaultdict(list)
    for r in rows:
        groups[r["group"]].append(r)
    if sorted(groups) != list(range(1, 31)):
        err(f"groups present: {sorted(groups)}")
    for g, rs in sorted(groups.items()):
        c = Counter("neg" if r["kind"] == "negative" else "cred" if r["kind"] in CRED else "pii" if r["kind"] in PII else "priv" for r in rs)
        if c["neg"] != 10 or c["cred"] != 3 or c["pii"] != 3 or c["priv"] > 1:
            err(f"g{g:02d}: shape {dict(c)}")

    # duplicates
    dup = [t for t, n in Counter(r["text"] for r in rows).items() if n > 1]
    for t in dup:
        err(f"duplicate text: {t[:60]!r}")

    # hard negatives
    negs = {r["enc"]: r for r in rows if r["kind"] == "negative"}
    hard = set()
    with open(os.path.join(HERE, "hard_negatives.tsv"), encoding="utf-8") as f:
        hl = f.read().split("\n")
    if hl[0] != "# split\tsource\tcategory\twhy\ttext":
        err("hard_negatives.tsv: bad header")
    for line in hl[1:]:
        if not line:
            continue
        p = line.split("\t")
        if len(p) != 5 or p[4] not in negs:
            err(f"hard_negatives.tsv: row not a negative: {line[:60]!r}")
            continue
        if negs[p[4]]["split"] != p[0]:
            err(f"hard_negatives.tsv: split mismatch {line[:60]!r}")
        hard.add(p[4])
    if len(hard) * 2 < len(negs):
        err(f"hard negatives {len(hard)} < half of {len(negs)}")
    # a negative containing an IPv4-looking token must be a listed hard negative (version strings etc.)
    for r in rows:
        if r["kind"] == "negative" and any(a.version == 4 for a in scan_addresses(r["text"])) and r["enc"] not in hard:
            err(f"{r['where']}: negative with IPv4-like token not listed as hard")

    # no must-vanish item leaks into a negative line
    items = {v for r in rows for v in r["vanish"]}
    for r in rows:
        if r["kind"] != "negative":
            continue
        for v in items:
            if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", r["text"]):
                err(f"{r['where']}: negative contains must-vanish item {v!r}")

    # table
    cnt = Counter((r["kind"], r["split"]) for r in rows)
    for k in KINDS:
        for s in ("dev", "test"):
            if cnt[(k, s)] == 0:
                err(f"kind {k} missing from {s}")
    print(f"{'kind':<18}{'dev':>5}{'test':>6}{'total':>7}")
    for k in KINDS:
        d, t = cnt[(k, "dev")], cnt[(k, "test")]
        print(f"{k:<18}{d:>5}{t:>6}{d + t:>7}")
    tot = Counter(r["split"] for r in rows)
    print(f"{'TOTAL':<18}{tot['dev']:>5}{tot['test']:>6}{len(rows):>7}")
    hs = Counter(negs[h]["split"] for h in hard)
    print(f"{'  hard negatives':<18}{hs['dev']:>5}{hs['test']:>6}{len(hard):>7}")
    for e in errors:
        print("ERROR:", e)
    print(f"ERRORS: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
