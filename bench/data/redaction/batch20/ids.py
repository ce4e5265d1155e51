"""Check-digit helpers for writer20 (stdlib only).

Each make_* takes the digits typed by hand (without check digit) and returns the
full identifier; each *_ok validates. check(kind, value) dispatches for validate.py.
"""

def _d(s):
    return [int(c) for c in s if c.isdigit()]


# ---- Luhn (payment cards) ----
def luhn_digit(body):
    ds = _d(body)
    total = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return str((10 - total % 10) % 10)


def luhn_ok(s):
    ds = _d(s)
    total = 0
    for i, x in enumerate(reversed(ds)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def make_card(body, groups=(4, 4, 4, 4), sep=" "):
    full = "".join(c for c in body if c.isdigit()) + luhn_digit(body)
    out, i = [], 0
    for g in groups:
        out.append(full[i:i + g])
        i += g
    return sep.join(x for x in out if x)


# ---- IBAN (ISO 13616, mod 97) ----
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(country, bban, spaced=True):
    bban = bban.replace(" ", "")
    chk = 98 - _iban_num(bban + country + "00") % 97
    raw = f"{country}{chk:02d}{bban}"
    if spaced:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def iban_ok(s):
    s = s.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


# ---- Poland PESEL ----
_PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def make_pesel(first10):
    s = sum(w * x for w, x in zip(_PESEL_W, _d(first10)))
    return first10 + str((10 - s % 10) % 10)


def pesel_ok(s):
    return len(s) == 11 and s.isdigit() and make_pesel(s[:10]) == s


# ---- Poland NIP (company tax id, used as a negative) ----
_NIP_W = [6, 5, 7, 2, 3, 4, 5, 6, 7]


def make_nip(first9, sep="-"):
    r = sum(w * x for w, x in zip(_NIP_W, _d(first9))) % 11
    if r == 10:
        raise ValueError("NIP body gives check 10; type other digits")
    f = first9 + str(r)
    return sep.join([f[0:3], f[3:6], f[6:8], f[8:10]]) if sep else f


def nip_ok(s):
    d = "".join(c for c in s if c.isdigit())
    r = sum(w * x for w, x in zip(_NIP_W, _d(d[:9]))) % 11
    return len(d) == 10 and r != 10 and r == int(d[9])


# ---- Turkey T.C. Kimlik No ----
def make_tckn(first9):
    d = _d(first9)
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return first9 + str(d10) + str(d11)


def tckn_ok(s):
    return len(s) == 11 and s.isdigit() and s[0] != "0" and make_tckn(s[:9]) == s


# ---- Finland henkilötunnus ----
_HETU = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def make_hetu(ddmmyy, sep, nnn):
    return f"{ddmmyy}{sep}{nnn}{_HETU[int(ddmmyy + nnn) % 31]}"


def hetu_ok(s):
    return len(s) == 11 and _HETU[int(s[:6] + s[7:10]) % 31] == s[10]


# ---- Finland Y-tunnus (company id, used as a negative) ----
_YT_W = [7, 9, 10, 5, 8, 4, 2]


def make_ytunnus(first7):
    r = sum(w * x for w, x in zip(_YT_W, _d(first7))) % 11
    if r == 1:
        raise ValueError("Y-tunnus body gives remainder 1; type other digits")
    return f"{first7}-{0 if r == 0 else 11 - r}"


def ytunnus_ok(s):
    try:
        return make_ytunnus(s[:7]) == s
    except ValueError:
        return False


# ---- Czech rodné číslo (10 digits, divisible by 11) ----
def make_rc(first9):
    r = int(first9) % 11
    return f"{first9[:6]}/{first9[6:]}{0 if r == 10 else r}"


def rc_ok(s):
    d = s.replace("/", "")
    if len(d) != 10:
        return False
    return int(d) % 11 == 0 or (int(d[:9]) % 11 == 10 and d[9] == "0")


# ---- Iran national code (kod-e melli) ----
def make_melli(first9):
    d = _d(first9)
    s = sum(x * (10 - i) for i, x in enumerate(d)) % 11
    return first9 + str(s if s < 2 else 11 - s)


def melli_ok(s):
    return len(s) == 10 and s.isdigit() and make_melli(s[:9]) == s


# ---- India Aadhaar (Verhoeff) ----
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _verhoeff(ds, offset):
    c = 0
    for i, x in enumerate(reversed(ds)):
        c = _VD[c][_VP[(i + offset) % 8][x]]
    return c


def make_aadhaar(first11):
    d = _d(first11)
    full = first11.replace(" ", "") + str(_VINV[_verhoeff(d, 1)])
    return " ".join([full[0:4], full[4:8], full[8:12]])


def aadhaar_ok(s):
    d = _d(s)
    return len(d) == 12 and _verhoeff(d, 0) == 0


# ---- Hungary TAJ number ----
def make_taj(first8):
    d = _d(first8)
    s = sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10
    f = first8 + str(s)
    return f"{f[0:3]} {f[3:6]} {f[6:9]}"


def taj_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 9 and make_taj(d[:8]).replace(" ", "") == d


# ---- Italy codice fiscale ----
_CF_ODD = {c: v for c, v in zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
           [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
            2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])}


def _cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def make_cf(first15):
    s = sum(_CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(first15))
    return first15 + chr(65 + s % 26)


def cf_ok(s):
    return len(s) == 16 and make_cf(s[:15]) == s


# ---- Spain DNI ----
_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def make_dni(num8):
    return num8 + _DNI[int(num8) % 23]


def dni_ok(s):
    return len(s) == 9 and make_dni(s[:8]) == s


# ---- Portugal NIF ----
def make_nif(first8):
    d = _d(first8)
    s = sum(x * (9 - i) for i, x in enumerate(d)) % 11
    return first8 + str(0 if s < 2 else 11 - s)


def nif_ok(s):
    return len(s) == 9 and s.isdigit() and make_nif(s[:8]) == s


CHECKS = {
    "card": luhn_ok, "iban": iban_ok, "pesel": pesel_ok, "nip": nip_ok,
    "tckn": tckn_ok, "hetu": hetu_ok, "ytunnus": ytunnus_ok, "rc": rc_ok,
    "melli": melli_ok, "aadhaar": aadhaar_ok, "taj": taj_ok, "cf": cf_ok,
    "dni": dni_ok, "nif": nif_ok,
}

# identifiers of companies, not persons: they appear only in negative lines
COMPANY_KINDS = {"nip", "ytunnus"}


def check(kind, value):
    return CHECKS[kind](value)
