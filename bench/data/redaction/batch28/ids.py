"""Hand-written check-digit helpers for writer28 (stdlib only).

Every function that builds an id takes a hand-typed *base* and appends the
check digit(s); every scheme has a matching validator used by validate.py.
"""
import re

DIG = "0123456789"


# ---------- Luhn (cards, ZA id, CA SIN, SE personnummer) ----------
def luhn_digit(base):
    s = 0
    for i, ch in enumerate(reversed(base)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    num = re.sub(r"[ -]", "", num)
    return num.isdigit() and len(num) > 1 and luhn_digit(num[:-1]) == num[-1]


def card(base, sep=""):
    n = base + luhn_digit(base)
    if not sep:
        return n
    if len(n) == 15:  # Amex 4-6-5
        return sep.join([n[:4], n[4:10], n[10:]])
    return sep.join(n[i:i + 4] for i in range(0, len(n), 4))


# ---------- IBAN (ISO 13616, mod 97) ----------
def _iban_int(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc, bban, spaced=False):
    ck = 98 - _iban_int(bban + cc + "00") % 97
    v = "%s%02d%s" % (cc, ck, bban)
    if spaced:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "PL": 28, "NL": 18, "BE": 16,
            "TR": 26, "IQ": 23, "IE": 22, "IT": 27, "AT": 20, "CH": 21, "SE": 24,
            "PT": 25, "FI": 18, "DK": 18, "NO": 15, "HU": 28, "LT": 20}


def iban_ok(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", v):
        return False
    if v[:2] in IBAN_LEN and len(v) != IBAN_LEN[v[:2]]:
        return False
    return _iban_int(v[4:] + v[:4]) % 97 == 1


# ---------- Verhoeff (Indian Aadhaar) ----------
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 8, 7, 6, 0], [4, 2, 8, 9, 6, 7, 5, 3, 1, 0],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(base):
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(base11, sep=" "):
    n = base11 + verhoeff_digit(base11)
    return sep.join([n[:4], n[4:8], n[8:]])


# ---------- China resident id (ISO 7064 MOD 11-2) ----------
_CNW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(base17):
    s = sum(int(d) * w for d, w in zip(base17, _CNW))
    return base17 + "10X98765432"[s % 11]


# ---------- Hong Kong HKID ----------
def _hk_sum(letters, digits):
    vals = []
    if len(letters) == 1:
        vals.append(36)
    vals += [ord(c) - 55 for c in letters]
    vals += [int(d) for d in digits]
    return sum(v * w for v, w in zip(vals, range(9, 1, -1)))


def hkid(letters, digits6):
    r = 11 - _hk_sum(letters, digits6) % 11
    ck = "0" if r == 11 else "A" if r == 10 else str(r)
    return "%s%s(%s)" % (letters, digits6, ck)


# ---------- Turkey TC Kimlik ----------
def tckn(base9):
    d = [int(c) for c in base9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return base9 + str(d10) + str(d11)


# ---------- Germany Steuer-IdNr (ISO 7064 MOD 11,10) ----------
def _mod1110(base):
    p = 10
    for ch in base:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    c = 11 - p
    return "0" if c == 10 else str(c)


def de_steuer_id(base10):
    n = base10 + _mod1110(base10)
    return " ".join([n[:2], n[2:5], n[5:8], n[8:]])


# ---------- Spain DNI ----------
def es_dni(num8):
    return num8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(num8) % 23]


# ---------- Poland PESEL ----------
def pesel(base10):
    s = sum(int(d) * w for d, w in zip(base10, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return base10 + str((10 - s % 10) % 10)


# ---------- Russia SNILS / INN ----------
def _snils_ck(base9):
    s = sum(int(d) * (9 - i) for i, d in enumerate(base9))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return "%02d" % c


def snils(base9):
    b = base9
    return "%s-%s-%s %s" % (b[:3], b[3:6], b[6:], _snils_ck(b))


def inn12(base10):
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c11 = sum(int(d) * w for d, w in zip(base10, w11)) % 11 % 10
    b11 = base10 + str(c11)
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c12 = sum(int(d) * w for d, w in zip(b11, w12)) % 11 % 10
    return b11 + str(c12)


# ---------- France NIR (key = 97 - n mod 97) ----------
def fr_nir(base13):
    k = 97 - int(base13) % 97
    b = base13
    return "%s %s %s %s %s %s %02d" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], k)


# ---------- South Africa id (Luhn, 13 digits) ----------
def za_id(base12):
    return base12 + luhn_digit(base12)


# ---------- Netherlands BSN (11-test) ----------
def nl_bsn(base8):
    s = sum(int(d) * (9 - i) for i, d in enumerate(base8))
    c = s % 11
    if c == 10:
        raise ValueError("base has no valid BSN check digit: " + base8)
    return base8 + str(c)


# ---------- Brazil CPF ----------
def br_cpf(base9):
    d = [int(c) for c in base9]
    c1 = (sum(v * (10 - i) for i, v in enumerate(d)) * 10) % 11 % 10
    d.append(c1)
    c2 = (sum(v * (11 - i) for i, v in enumerate(d)) * 10) % 11 % 10
    b = base9
    return "%s.%s.%s-%d%d" % (b[:3], b[3:6], b[6:], c1, c2)


# ---------- Canada SIN (Luhn, 9 digits) ----------
def ca_sin(base8):
    n = base8 + luhn_digit(base8)
    return "%s %s %s" % (n[:3], n[3:6], n[6:])


# ---------- Sweden personnummer (Luhn on last 9 + check) ----------
def se_pnr(yymmdd, nnn):
    b = yymmdd + nnn
    return "%s-%s%s" % (yymmdd, nnn, luhn_digit(b))


# ---------- Ireland PPSN (mod 23) ----------
def ie_ppsn(base7):
    s = sum(int(d) * (8 - i) for i, d in enumerate(base7))
    return base7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


# ---------- no check digit: format only ----------
def us_ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and m.group(1) not in ("000", "666") and m.group(1)[0] != "9" \
        and m.group(2) != "00" and m.group(3) != "0000"


def uk_nino_ok(v):
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]", v)) \
        and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "QQ")


def ke_id_ok(v):
    return bool(re.fullmatch(r"\d{7,8}", v))


def check(scheme, v):
    """Recompute the check digit(s) of a registered value."""
    d = re.sub(r"\D", "", v)
    if scheme == "card":
        return luhn_ok(v) and 13 <= len(d) <= 19
    if scheme == "iban":
        return iban_ok(v)
    if scheme == "in_aadhaar":
        return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)
    if scheme == "cn_resident_id":
        return len(v) == 18 and cn_id(v[:17]) == v
    if scheme == "hk_hkid":
        m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\((.)\)", v)
        return bool(m) and hkid(m.group(1), m.group(2)) == v
    if scheme == "tr_tckn":
        return len(d) == 11 and d[0] != "0" and tckn(d[:9]) == d
    if scheme == "de_steuer_id":
        return len(d) == 11 and d[0] != "0" and _mod1110(d[:10]) == d[10]
    if scheme == "es_dni":
        return bool(re.fullmatch(r"\d{8}[A-Z]", v)) and es_dni(v[:8]) == v
    if scheme == "pl_pesel":
        return len(d) == 11 and pesel(d[:10]) == d
    if scheme == "ru_snils":
        return len(d) == 11 and _snils_ck(d[:9]) == d[9:]
    if scheme == "ru_inn":
        return len(d) == 12 and inn12(d[:10]) == d
    if scheme == "fr_nir":
        return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])
    if scheme == "za_id":
        return len(d) == 13 and luhn_ok(d)
    if scheme == "nl_bsn":
        return len(d) == 9 and (sum(int(x) * (9 - i) for i, x in enumerate(d[:8])) - int(d[8])) % 11 == 0
    if scheme == "br_cpf":
        return len(d) == 11 and br_cpf(d[:9]) == v
    if scheme == "ca_sin":
        return len(d) == 9 and luhn_ok(d)
    if scheme == "se_pnr":
        return len(d) == 10 and luhn_ok(d)
    if scheme == "ie_ppsn":
        return bool(re.fullmatch(r"\d{7}[A-W]", v)) and ie_ppsn(v[:7]) == v
    if scheme == "us_ssn":
        return us_ssn_ok(v)
    if scheme == "uk_nino":
        return uk_nino_ok(v)
    if scheme == "ke_id":
        return ke_id_ok(v)
    raise KeyError(scheme)
