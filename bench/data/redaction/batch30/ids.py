"""Hand-written check-digit helpers for writer30 (stdlib only)."""
import re

def digits(s):
    return re.sub(r"\D", "", s)

# ---- Luhn (cards, Canadian SIN, South African ID) ----
def luhn_ok(num):
    d = [int(c) for c in digits(num)]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return len(d) > 1 and total % 10 == 0

def luhn_digit(base):
    for c in "0123456789":
        if luhn_ok(base + c):
            return c
    raise ValueError(base)

def card(base, groups=None):
    """base = all digits but the last; groups e.g. (4,4,4,4) to format with spaces."""
    full = base + luhn_digit(base)
    if groups:
        out, i = [], 0
        for g in groups:
            out.append(full[i:i + g]); i += g
        return " ".join(out)
    return full

# ---- IBAN (ISO 13616, mod 97) ----
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban(country, bban, spaced=False):
    chk = 98 - _iban_num(bban + country + "00") % 97
    full = f"{country}{chk:02d}{bban}"
    if spaced:
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    return full

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1

# ---- Canada SIN (Luhn, 9 digits) ----
def ca_sin(base8):
    full = base8 + luhn_digit(base8)
    return f"{full[:3]} {full[3:6]} {full[6:]}"

def ca_sin_ok(s):
    return len(digits(s)) == 9 and luhn_ok(s)

# ---- South Africa ID (13 digits, Luhn) ----
def za_id(base12):
    return base12 + luhn_digit(base12)

def za_id_ok(s):
    return len(digits(s)) == 13 and luhn_ok(s)

# ---- China resident identity number (ISO 7064 MOD 11-2) ----
_CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def cn_ric(base17):
    s = sum(int(a) * b for a, b in zip(base17, _CN_W))
    return base17 + "10X98765432"[s % 11]

def cn_ric_ok(s):
    return len(s) == 18 and cn_ric(s[:17]) == s

# ---- Russia SNILS ----
def _snils_chk(base9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(base9))
    while s > 101:
        s %= 101
    if s in (100, 101):
        s = 0
    return f"{s:02d}"

def ru_snils(base9):
    return f"{base9[:3]}-{base9[3:6]}-{base9[6:]} {_snils_chk(base9)}"

def ru_snils_ok(s):
    d = digits(s)
    return len(d) == 11 and _snils_chk(d[:9]) == d[9:]

# ---- Russia INN (individual, 12 digits) ----
def _inn_d(ds, w):
    return str(sum(int(a) * b for a, b in zip(ds, w)) % 11 % 10)

def ru_inn12(base10):
    n11 = _inn_d(base10, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
    n12 = _inn_d(base10 + n11, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
    return base10 + n11 + n12

def ru_inn12_ok(s):
    return len(s) == 12 and s.isdigit() and ru_inn12(s[:10]) == s

# ---- India Aadhaar (Verhoeff) ----
_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],
       [3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],
       [6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],
       [9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],
       [8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],
       [2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(digits(num))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

def verhoeff_digit(base):
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])

def in_aadhaar(base11):
    f = base11 + verhoeff_digit(base11)
    return f"{f[:4]} {f[4:8]} {f[8:]}"

def in_aadhaar_ok(s):
    d = digits(s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)

# ---- Kazakhstan IIN ----
def _iin_chk(b):
    s = sum(int(c) * (i + 1) for i, c in enumerate(b)) % 11
    if s == 10:
        s = sum(int(c) * w for c, w in zip(b, [3,4,5,6,7,8,9,10,11,1,2])) % 11
    if s == 10:
        raise ValueError("unusable IIN base " + b)
    return str(s)

def kz_iin(base11):
    return base11 + _iin_chk(base11)

def kz_iin_ok(s):
    try:
        return len(s) == 12 and s.isdigit() and kz_iin(s[:11]) == s
    except ValueError:
        return False

# ---- ICAO 9303 MRZ check digit (passport numbers) ----
def _mrz_val(c):
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55

def mrz_digit(field):
    w = [7, 3, 1]
    return str(sum(_mrz_val(c) * w[i % 3] for i, c in enumerate(field)) % 10)

def passport_mrz(num9):
    return num9 + mrz_digit(num9)

def passport_mrz_ok(s):
    return len(s) == 10 and mrz_digit(s[:9]) == s[9]

# ---- Netherlands BSN (11-proef) ----
def nl_bsn(base8):
    s = sum(int(c) * w for c, w in zip(base8, [9, 8, 7, 6, 5, 4, 3, 2]))
    r = s % 11
    if r == 10:
        raise ValueError("unusable BSN base")
    return base8 + str(r)

def nl_bsn_ok(s):
    return len(s) == 9 and s.isdigit() and sum(int(c) * w for c, w in zip(s, [9,8,7,6,5,4,3,2,-1])) % 11 == 0

# ---- Spain DNI ----
def es_dni(base8):
    return base8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(base8) % 23]

def es_dni_ok(s):
    return len(s) == 9 and es_dni(s[:8]) == s

# ---- Norway fødselsnummer ----
def no_fnr(base9):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    k1 = 11 - sum(int(c) * w for c, w in zip(base9, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        raise ValueError("unusable fnr base")
    b10 = base9 + str(k1)
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k2 = 11 - sum(int(c) * w for c, w in zip(b10, w2)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        raise ValueError("unusable fnr base")
    return b10 + str(k2)

def no_fnr_ok(s):
    try:
        return len(s) == 11 and no_fnr(s[:9]) == s
    except ValueError:
        return False

# ---- Sweden personnummer (Luhn on last 10) ----
def se_pnr(base_yyyymmddnnn):
    b = base_yyyymmddnnn
    c = luhn_digit(b[2:])
    return f"{b[:8]}-{b[8:]}{c}"

def se_pnr_ok(s):
    d = digits(s)
    return len(d) == 12 and luhn_ok(d[2:])

VALIDATORS = {
    "card": lambda v: 13 <= len(digits(v)) <= 19 and luhn_ok(v),
    "iban": iban_ok,
    "ca_sin": ca_sin_ok,
    "za_id": za_id_ok,
    "cn_ric": cn_ric_ok,
    "ru_snils": ru_snils_ok,
    "ru_inn12": ru_inn12_ok,
    "in_aadhaar": in_aadhaar_ok,
    "kz_iin": kz_iin_ok,
    "passport_mrz": passport_mrz_ok,
    "nl_bsn": nl_bsn_ok,
    "es_dni": es_dni_ok,
    "no_fnr": no_fnr_ok,
    "se_pnr": se_pnr_ok,
}
