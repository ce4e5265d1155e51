#!/usr/bin/env python3
"""gen.py - batch 16 redaction test lines (writer16). Standard library only.

Theme: Brinewake Ferries AS, a (fictional) passenger/freight ferry operator based in Bergen,
routes Bergen-Hirtshals, Kiel-Bergen, Gdynia-Bergen; call centre in Malaga, terminal in Kiel.

Template syntax inside a line:
  [[type]] / [[type:arg]]  generated value that MUST VANISH (credential or pii type)
  [[!text]]                literal personal data that must vanish (names, e-mails, addresses, DOBs ...)
  [[$text]]                literal credential that must vanish
  [[~type]]                generated value that must be KEPT (hashes, uuids, trace ids, masked digits ...)
(real markers use the brackets U+27E6 / U+27E7.)
Line prefix: 'c ' credential, 'p ' pii, 'n ' negative.  The declared kind is checked against the markers.
"""
import base64, json, random, re, string

R = random.Random(1616)
L, U, D = string.ascii_lowercase, string.ascii_uppercase, string.digits
AN = L + U + D
B64 = AN + "+/"
B64URL = AN + "-_"
HEX = "0123456789abcdef"


def rs(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def pw(n=16):
    chars = AN + "-_.!*~"
    while True:
        s = R.choice(L + U) + rs(chars, n - 1)
        if any(c in D for c in s) and any(c in U for c in s) and any(c in L for c in s):
            return s


def b64s(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------- checksums ----------
def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card(kind, spaced):
    if kind == "visa":
        p = "4" + rs(D, 14)
        n = p + luhn_digit(p)
        g = [n[0:4], n[4:8], n[8:12], n[12:16]]
    elif kind == "mc":
        p = R.choice(["51", "52", "53", "54", "55"]) + rs(D, 13)
        n = p + luhn_digit(p)
        g = [n[0:4], n[4:8], n[8:12], n[12:16]]
    else:  # amex
        p = R.choice(["34", "37"]) + rs(D, 12)
        n = p + luhn_digit(p)
        g = [n[0:4], n[4:10], n[10:15]]
    assert luhn_ok(n)
    return " ".join(g) if spaced else n


def iban_check(cc, bban):
    conv = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return "%02d" % (98 - int(conv) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(cc, spaced):
    while True:
        if cc == "no":
            base = rs(D, 10)
            s = sum(int(a) * w for a, w in zip(base, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
            k = 11 - s % 11
            if k == 10:
                continue
            bban = base + str(0 if k == 11 else k)
        elif cc == "de":
            bban = R.choice(["10070000", "20040000", "21050170", "50010517", "37040044"]) + rs(D, 10)
        elif cc == "pl":
            b7 = R.choice(["1020", "1140", "1090", "1050"]) + rs(D, 3)
            s = sum(int(a) * w for a, w in zip(b7, [3, 9, 7, 1, 3, 9, 7]))
            bban = b7 + str((10 - s % 10) % 10) + rs(D, 16)
        elif cc == "es":
            bank, branch, acct = R.choice(["2100", "0049", "0182", "2038"]), rs(D, 4), rs(D, 10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(x):
                v = 11 - sum(int(a) * b for a, b in zip(x, w)) % 11
                return {11: 0, 10: 1}.get(v, v)
            bban = bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct
        break
    code = cc.upper()
    ib = code + iban_check(code, bban) + bban
    assert iban_valid(ib)
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if spaced else ib


def fnr():  # Norwegian fodselsnummer, two mod-11 check digits
    while True:
        dd, mm, yy = R.randint(1, 28), R.randint(1, 12), R.randint(40, 99)
        ind = R.randint(0, 499)
        b = "%02d%02d%02d%03d" % (dd, mm, yy, ind)
        d = [int(c) for c in b]
        k1 = 11 - sum(x * w for x, w in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(x * w for x, w in zip(d + [k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k1) + str(k2)


def pesel():
    yy, mm, dd = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    b = "%02d%02d%02d%04d" % (yy, mm, dd, R.randint(0, 9999))
    s = sum(int(a) * w for a, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return b + str((10 - s % 10) % 10)


def dni():
    n = R.randint(10000000, 99999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def nie():
    p = R.choice("XYZ")
    n = R.randint(1000000, 9999999)
    return "%s%07d%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + "%07d" % n) % 23])


def pnr():  # Swedish personnummer YYMMDD-NNNC, Luhn
    b = "%02d%02d%02d%03d" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), R.randint(0, 999))
    # luhn_digit doubles the rightmost payload digit, as a 10-digit Luhn number needs
    c = luhn_digit(b)
    assert luhn_ok(b + c)
    return b[:6] + "-" + b[6:] + c


def mrz_cd(s):
    v = 0
    for i, ch in enumerate(s):
        x = 0 if ch == "<" else (int(ch) if ch.isdigit() else ord(ch) - 55)
        v += x * [7, 3, 1][i % 3]
    return str(v % 10)


def mrz2(nat):
    doc = rs("CDFHJKLMNPRTVWXYZ", 2) + rs(D, 7)
    dob = "%02d%02d%02d" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28))
    exp = "%02d%02d%02d" % (R.randint(26, 33), R.randint(1, 12), R.randint(1, 28))
    sex = R.choice("MF")
    pers = "<" * 14
    line = doc + mrz_cd(doc) + nat + dob + mrz_cd(dob) + sex + exp + mrz_cd(exp) + pers + "0"
    comp = doc + mrz_cd(doc) + dob + mrz_cd(dob) + exp + mrz_cd(exp) + pers + "0"
    line += mrz_cd(comp)
    assert len(line) == 44
    return line, [doc, dob]


def mrz1(arg):
    nat, sur, giv = arg.split(":")
    line = ("P<" + nat + sur.replace(" ", "<") + "<<" + giv.replace(" ", "<")).ljust(44, "<")
    return line, sur.split() + giv.split()


def imo():
    b = rs("123456789", 1) + rs(D, 5)
    c = sum(int(a) * w for a, w in zip(b, [7, 6, 5, 4, 3, 2])) % 10
    return b + str(c)


def orgnr():
    while True:
        b = R.choice("89") + rs(D, 7)
        k = 11 - sum(int(a) * w for a, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if k == 10:
            continue
        s = b + str(0 if k == 11 else k)
        return s[:3] + " " + s[3:6] + " " + s[6:]


def psp():  # Adyen-style 16-digit PSP reference, deliberately NOT Luhn-valid
    while True:
        s = rs(D, 16)
        if not luhn_ok(s):
            return s


def tel(cc):
    f = {
        "no": lambda: "+47 %s%s %s %s" % (R.choice("49"), rs(D, 2), rs(D, 2), rs(D, 3)),
        "de": lambda: "+49 %s %s" % (R.choice(["151", "152", "157", "160", "170", "176"]), rs(D, 8)),
        "pl": lambda: "+48 %s%s %s %s" % (R.choice(["50", "51", "53", "60", "66", "69", "72", "79", "88"]), rs(D, 1), rs(D, 3), rs(D, 3)),
        "uk": lambda: "+44 7%s %s" % (rs(D, 3), rs(D, 6)),
        "es": lambda: "+34 6%s %s %s %s" % (rs(D, 2), rs(D, 2), rs(D, 2), rs(D, 2)),
        "ph": lambda: "+63 9%s %s %s" % (rs(D, 2), rs(D, 3), rs(D, 4)),
        "ua": lambda: "+380 %s %s %s %s" % (R.choice(["50", "63", "67", "68", "93", "97"]), rs(D, 3), rs(D, 2), rs(D, 2)),
        "nz": lambda: "+64 21 %s %s" % (rs(D, 3), rs(D, 4)),
        "dk": lambda: "+45 %s%s %s %s %s" % (R.choice("2345"), rs(D, 1), rs(D, 2), rs(D, 2), rs(D, 2)),
        "sn": lambda: "+221 77 %s %s %s" % (rs(D, 3), rs(D, 2), rs(D, 2)),
        "pt": lambda: "+351 9%s%s %s %s" % (R.choice("1236"), rs(D, 1), rs(D, 3), rs(D, 3)),
        "jp": lambda: "+81 90-%s-%s" % (rs(D, 4), rs(D, 4)),
        "gh": lambda: "+233 24 %s %s" % (rs(D, 3), rs(D, 4)),
        "no0": lambda: "%s%s%s%s%s" % (R.choice("49"), rs(D, 2), rs(D, 2), rs(D, 2), rs(D, 1)),
    }[cc]
    return f()


def jwt(arg=""):
    h = {"alg": "ES256", "typ": "JWT", "kid": rs(HEX, 16)}
    p = {"iss": "https://auth.brinewake.no", "sub": arg or ("svc-" + rs(L, 6)), "aud": "bw-api",
         "iat": 1718340000 + R.randint(0, 9999), "scope": "telemetry:write"}
    p["exp"] = p["iat"] + 3600
    return b64u(json.dumps(h, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(p, separators=(",", ":")).encode()) + "." + rs(B64URL, 86)


def pem_chunks(prefix):
    first = prefix + rs(B64, 64 - len(prefix))
    lines = [first] + [rs(B64, 64) for _ in range(4)] + [rs(B64, 40) + "=="]
    return "\\n".join(lines), lines


def keyb64():
    body = "\n".join(["MIIEowIBAAKCAQEA" + rs(B64, 48)] + [rs(B64, 64) for _ in range(3)])
    return b64s(("-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----\n").encode())


def certb64():
    body = "\n".join(["MIIC/jCCAeagAwIBAgIBADANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwprdWJl"] + [rs(B64, 64) for _ in range(2)])
    return b64s(("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n").encode())


def ipv4pub():
    return "%d.%d.%d.%d" % (R.choice([84, 46, 77, 91, 178, 193, 212, 81, 62]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))


def uuid4():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# generated types that must vanish: name -> (class, fn(arg) -> str or (str, [pieces]))
CRED = {
    "pw": lambda a: pw(int(a) if a else 16),
    "hex": lambda a: rs(HEX, int(a)),
    "alnum": lambda a: rs(AN, int(a)),
    "b64": lambda a: rs(B64, int(a) - 1) + "=",
    "b64url": lambda a: rs(B64URL, int(a)),
    "ghp": lambda a: "ghp_" + rs(AN, 36),
    "ghs": lambda a: "ghs_" + rs(AN, 36),
    "ghpat": lambda a: "github_pat_11" + rs(U + D, 20) + "_" + rs(AN, 59),
    "glpat": lambda a: "glpat-" + rs(AN + "-_", 20),
    "slack": lambda a: rs(AN, 24),
    "akia": lambda a: "AKIA" + rs(U + "234567", 16),
    "awssec": lambda a: rs(AN + "+/", 40),
    "sklive": lambda a: "sk_live_51" + rs(AN, 60),
    "whsec": lambda a: "whsec_" + rs(AN, 32),
    "sg": lambda a: "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43),
    "npm": lambda a: "npm_" + rs(AN, 36),
    "hvs": lambda a: "hvs.CAESI" + rs(B64URL, 82),
    "aiza": lambda a: "AIza" + rs(B64URL, 35),
    "openai": lambda a: "sk-proj-" + rs(B64URL, 48) + "T3BlbkFJ" + rs(B64URL, 48),
    "tfc": lambda a: rs(AN, 14) + ".atlasv1." + rs(AN, 67),
    "firebase": lambda a: "1//0" + rs(B64URL, 96),
    "adyen": lambda a: "AQE" + rs(B64, 77) + "==-" + rs(B64, 43) + "=-" + rs(AN, 16),
    "azsecret": lambda a: rs(AN, 3) + "8Q~" + rs(AN + "_~.-", 34),
    "glc": lambda a: "glc_eyJvIjoi" + rs(B64, 88) + "=",
    "glsa": lambda a: "glsa_" + rs(AN, 32) + "_" + rs(HEX, 8),
    "hubspot": lambda a: "pat-eu1-" + uuid4(),
    "bwk": lambda a: "bwk_live_" + rs(AN, 32),
    "djk": lambda a: rs(L + D + "!@#$%^&*(-_=+)", 50),
    "jwt": lambda a: jwt(a),
    "cookie": lambda a: "s%3A" + rs(B64URL, 32) + "." + rs(AN + "+/", 43),
    "basic": lambda a: b64s((a + ":" + pw(16)).encode()),
    "b64pw": lambda a: b64s(pw(int(a) if a else 18).encode()),
    "keyb64": lambda a: keyb64(),
    "pkcs8": lambda a: pem_chunks("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"),
    "uuid": lambda a: uuid4(),
    "xoxb": lambda a: "xoxb-" + rs("123456789", 1) + rs(D, 11) + "-" + rs("123456789", 1) + rs(D, 12) + "-" + rs(AN, 24),
    "pin": lambda a: rs(D, int(a) if a else 4),
    "openssh": lambda a: pem_chunks("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"),
}
PII = {
    "tel": tel,
    "card": lambda a: card(a.split(":")[0], a.endswith(":sp")),
    "iban": lambda a: iban(a.split(":")[0], a.endswith(":sp")),
    "fnr": lambda a: fnr(),
    "pesel": lambda a: pesel(),
    "dni": lambda a: dni(),
    "nie": lambda a: nie(),
    "pnr": lambda a: pnr(),
    "mrz1": mrz1,
    "mrz2": mrz2,
    "ipv4": lambda a: ipv4pub(),
    "idde": lambda a: R.choice("LMNPRTVWXYZ") + rs("CFGHJKLMNPRTVWXYZ" + D, 8),  # German ID card number
    "pp": lambda a: (a or "") + rs(D, 9 - len(a or "")),                         # passport number
    "plate": lambda a: a + " " + rs("123456789", 1) + rs(D, 4),                  # Norwegian licence plate
}
KEEP = {
    "sha40": lambda a: rs(HEX, 40), "sha7": lambda a: rs(HEX, 7), "sha256": lambda a: rs(HEX, 64),
    "hex": lambda a: rs(HEX, int(a)), "alnum": lambda a: rs(AN, int(a)), "digits": lambda a: rs("123456789", 1) + rs(D, int(a) - 1),
    "b64": lambda a: rs(B64, int(a)), "uuid": lambda a: uuid4(), "trace": lambda a: rs(HEX, 32), "span": lambda a: rs(HEX, 16),
    "slackT": lambda a: "T0" + rs(U + D, 9), "slackB": lambda a: "B0" + rs(U + D, 9), "imo": lambda a: imo(),
    "mmsi": lambda a: R.choice(["257", "258", "259"]) + rs(D, 6), "bk": lambda a: rs("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6),
    "psp": lambda a: psp(), "d4": lambda a: rs(D, 4), "d6": lambda a: R.choice("45") + rs(D, 5), "orgnr": lambda a: orgnr(),
    "certb64": lambda a: certb64(), "akia": lambda a: "AKIA" + rs(U + "234567", 16), "acct": lambda a: rs("123456789", 1) + rs(D, 11),
}

MARK = re.compile("\u27e6([^\u27e7]*)\u27e7")


def fill(tpl):
    vanish, classes = [], set()
    store = {}

    def rep(m):
        body = m.group(1)
        if body.startswith("!"):
            vanish.append(body[1:]); classes.add("pii"); return body[1:]
        if body.startswith("$"):
            vanish.append(body[1:]); classes.add("credential"); return body[1:]
        keep = body.startswith("~")
        if keep:
            body = body[1:]
        tag = None
        if "#" in body:
            body, tag = body.split("#", 1)
            if body == "":
                v, pieces, cls = store[tag]
                vanish.extend(pieces); classes.add(cls); return v
        typ, _, arg = body.partition(":")
        if keep:
            return KEEP[typ](arg)
        if typ in CRED:
            out, cls = CRED[typ](arg), "credential"
        else:
            out, cls = PII[typ](arg), "pii"
        v, pieces = out if isinstance(out, tuple) else (out, [out])
        if tag:
            store[tag] = (v, pieces, cls)
        vanish.extend(pieces); classes.add(cls)
        return v

    text = MARK.sub(rep, tpl)
    kind = "credential" if "credential" in classes else ("pii" if "pii" in classes else "negative")
    seen = []
    for v in vanish:
        if v not in seen:
            seen.append(v)
    return kind, text, seen


from groups16 import GROUPS  # noqa: E402

KINDS = {"c": "credential", "p": "pii", "n": "negative"}


def main():
    hdr = "# kind\ttext\tmust-vanish (|-separated; empty for negatives)\tsource\n"
    out = {"dev": [hdr], "test": [hdr]}
    for gi, (name, body) in enumerate(GROUPS, 1):
        split = "dev" if gi % 2 == 1 else "test"
        src = "writer16 g%02d-%s" % (gi, name)
        lines = [l for l in body.strip("\n").split("\n") if l.strip()]
        assert 8 <= len(lines) <= 14, (name, len(lines))
        for raw in lines:
            code, tpl = raw[0], raw[2:]
            assert raw[1] == " " and code in KINDS, raw
            kind, text, van = fill(tpl)
            assert kind == KINDS[code], (src, kind, raw)
            for v in van:
                assert v and "|" not in v and "\t" not in v and v in text, (src, v)
            assert "\t" not in text and "\n" not in text, raw
            out[split].append("%s\t%s\t%s\t%s\n" % (kind, text, "|".join(van), src))
    for split, rows in out.items():
        with open("batch16_%s.tsv" % split, "w", encoding="utf-8") as f:
            f.writelines(rows)
    print("wrote", {k: len(v) - 1 for k, v in out.items()}, "lines from", len(GROUPS), "groups")


if __name__ == "__main__":
    main()
