"""Hand-written check-digit helpers for writer26 (Python stdlib only).

Each scheme has a builder (base typed by hand -> full value with check digits)
and validate(scheme, value) used by validate.py.  Schemes without a public
check-digit algorithm (us_ssn, uk_nino, gh_card, pk_cnic, ug_nin) are checked
for their documented format rules only.
"""
import re

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def digits(s):
    return "".join(c for c in s if c.isdigit())


# ---------------------------------------------------------------- Luhn
def luhn_sum(ds):
    total = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total


def luhn_ok(ds):
    ds = digits(ds)
    return len(ds) > 1 and luhn_sum(ds) % 10 == 0


def luhn_digit(base):
    ds = digits(base)
    for c in DIG:
        if luhn_sum(ds + c) % 10 == 0:
            return c
    raise ValueError(base)


def card(base):
    """base: PAN without its last digit, spaces allowed; check digit appended."""
    return base + luhn_digit(base)


# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    bban = bban.replace(" ", "")
    chk = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_fmt(compact):
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


IBAN_LEN = {"PL": 28, "FR": 27, "IT": 27, "CH": 21, "DE": 22, "NL": 18, "GB": 22,
            "IQ": 23, "PK": 24, "IE": 22}


def iban_ok(value):
    s = value.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


# French RIB key (bank 5, branch 5, account 11 alnum)
_RIB_LET = {c: v for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]) for c in cs}


def fr_rib_key(bank, branch, account):
    acc = "".join(str(_RIB_LET[c]) if c.isalpha() else c for c in account)
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def fr_bban(bank, branch, account):
    return bank + branch + account + fr_rib_key(bank, branch, account)


# Italian odd/even tables (shared by CIN and codice fiscale)
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_val(c, odd_pos):
    i = DIG.index(c) if c.isdigit() else UP.index(c)
    return _ODD[i] if odd_pos else i


def it_cin(abi, cab, conto):
    s = abi + cab + conto.rjust(12, "0")
    return UP[sum(_it_val(c, k % 2 == 0) for k, c in enumerate(s)) % 26]


def it_bban(abi, cab, conto):
    conto = conto.rjust(12, "0")
    return it_cin(abi, cab, conto) + abi + cab + conto


def it_cf(base15):
    return base15 + UP[sum(_it_val(c, k % 2 == 0) for k, c in enumerate(base15)) % 26]


# ---------------------------------------------------------------- national ids
def fr_nir(base):
    """base like '1 79 06 2A 004 123' (13 chars without spaces); key appended."""
    s = base.replace(" ", "").replace("2A", "19").replace("2B", "18")
    return base + " %02d" % (97 - int(s) % 97)


def _fr_nir_ok(v):
    s = v.replace(" ", "")
    body, key = s[:-2], s[-2:]
    body = body[:5] + body[5:7].replace("2A", "19").replace("2B", "18") + body[7:]
    return len(s) == 15 and int(key) == 97 - int(body) % 97


def ch_ahv(base12):
    """base '756XXXXXXXXX' -> '756.XXXX.XXXX.XC' (EAN-13)."""
    ds = digits(base12)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(ds))
    full = ds + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (full[:3], full[3:7], full[7:11], full[11:])


def _ean13_ok(v):
    ds = digits(v)
    return len(ds) == 13 and sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(ds)) % 10 == 0


def pesel(base10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return base10 + str((10 - sum(int(c) * x for c, x in zip(base10, w)) % 10) % 10)


def nl_bsn(base8):
    s = sum(int(c) * w for c, w in zip(base8, range(9, 1, -1)))
    d = s % 11
    if d == 10:
        raise ValueError("BSN base needs another value")
    return base8 + str(d)


def _bsn_ok(v):
    ds = digits(v)
    return len(ds) == 9 and (sum(int(c) * w for c, w in zip(ds[:8], range(9, 1, -1))) - int(ds[8])) % 11 == 0


def nz_ird(base8):
    """8 base digits -> 'XXX-XXX-XXX' with mod-11 check (primary/secondary weights)."""
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(c) * x for c, x in zip(base8, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            full = base8 + str(c)
            return "%s-%s-%s" % (full[:3], full[3:6], full[6:])
    raise ValueError(base8)


def py_ruc(base):
    total, k = 0, 2
    for c in reversed(base):
        total += int(c) * k
        k = 2 if k == 11 else k + 1
    r = total % 11
    return "%s-%d" % (base, 11 - r if r > 1 else 0)


def za_id(base12):
    return card(base12)


def _no_k(ds, w):
    r = 11 - sum(int(c) * x for c, x in zip(ds, w)) % 11
    return 0 if r == 11 else r


def no_fnr(base9):
    k1 = _no_k(base9, [3, 7, 6, 1, 8, 9, 4, 5, 2])
    if k1 == 10:
        raise ValueError(base9)
    k2 = _no_k(base9 + str(k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    if k2 == 10:
        raise ValueError(base9)
    return base9 + str(k1) + str(k2)


def ru_snils(base9):
    s = sum(int(c) * w for c, w in zip(base9, range(9, 0, -1)))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return "%s-%s-%s %02d" % (base9[:3], base9[3:6], base9[6:], c)


def ru_inn12(base10):
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c11 = sum(int(c) * w for c, w in zip(base10, w11)) % 11 % 10
    s = base10 + str(c11)
    c12 = sum(int(c) * w for c, w in zip(s, w12)) % 11 % 10
    return s + str(c12)


# Verhoeff (Aadhaar)
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _verhoeff(ds, extra):
    c = 0
    for i, ch in enumerate(reversed(ds)):
        c = _VD[c][_VP[(i + extra) % 8][int(ch)]]
    return c


def aadhaar(base11):
    ds = base11 + str(_VINV[_verhoeff(base11, 1)])
    return "%s %s %s" % (ds[:4], ds[4:8], ds[8:])


# ---------------------------------------------------------------- validation
FORMAT_ONLY = {
    "us_ssn": lambda v: bool(re.fullmatch(r"(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}", v)),
    "uk_nino": lambda v: bool(re.fullmatch(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", v)),
    "gh_card": lambda v: bool(re.fullmatch(r"GHA-\d{9}-\d", v)),
    "pk_cnic": lambda v: bool(re.fullmatch(r"\d{5}-\d{7}-\d", v)),
    "ug_nin": lambda v: bool(re.fullmatch(r"C[MF][0-9A-Z]{12}", v)),
}


def validate(scheme, v):
    if scheme in FORMAT_ONLY:
        return FORMAT_ONLY[scheme](v)
    if scheme in ("card", "za_id"):
        return luhn_ok(v) and 13 <= len(digits(v)) <= 19
    if scheme == "iban":
        ok = iban_ok(v)
        s = v.replace(" ", "")
        if ok and s[:2] == "IT":
            ok = it_cin(s[5:10], s[10:15], s[15:]) == s[4]
        if ok and s[:2] == "FR":
            ok = fr_rib_key(s[4:9], s[9:14], s[14:25]) == s[25:]
        return ok
    if scheme == "pesel":
        return len(v) == 11 and pesel(v[:10]) == v
    if scheme == "fr_nir":
        return _fr_nir_ok(v)
    if scheme == "it_cf":
        return len(v) == 16 and it_cf(v[:15]) == v
    if scheme == "ch_ahv":
        return v.startswith("756.") and _ean13_ok(v)
    if scheme == "nl_bsn":
        return _bsn_ok(v)
    if scheme == "nz_ird":
        return nz_ird(digits(v)[:8]) == v
    if scheme == "py_ruc":
        return py_ruc(v.split("-")[0]) == v
    if scheme == "no_fnr":
        return len(v) == 11 and no_fnr(v[:9]) == v
    if scheme == "ru_snils":
        return ru_snils(digits(v)[:9]) == v
    if scheme == "ru_inn12":
        return len(v) == 12 and ru_inn12(v[:10]) == v
    if scheme == "aadhaar":
        ds = digits(v)
        return len(ds) == 12 and ds[0] not in "01" and _verhoeff(ds, 0) == 0
    raise KeyError(scheme)
