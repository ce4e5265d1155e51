"""Hand-written identifier helpers for writer29 (standard library only).

make(scheme, *args) -> the display form of an id whose check digit(s) are computed here
check(scheme, value) -> True if a display form is well formed and its check digit(s) are right
Schemes without a public check digit (nino, mv_nid, np_cit, bt_cid, ke_kra, ma_cin) are
format-checked only.
"""
import re

DIG = "0123456789"


# ---------------------------------------------------------------- Luhn
def luhn_ok(num):
    num = re.sub(r"[ -]", "", num)
    if not num.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(base):
    for d in DIG:
        if luhn_ok(base + d):
            return d
    raise ValueError(base)


# ---------------------------------------------------------------- IBAN
IBAN_LEN = {"GB": 22, "IT": 27, "ES": 24, "NL": 18, "SK": 24, "RO": 24, "MD": 24, "UA": 29,
            "IL": 23, "DE": 22, "IE": 22, "AT": 20, "BE": 16, "FI": 18, "SE": 24, "PT": 25,
            "PL": 28, "TR": 26, "FR": 27, "DK": 18, "NO": 15}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(cc, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + cc + "00") % 97
    v = "%s%02d%s" % (cc, chk, bban)
    if len(v) != IBAN_LEN[cc]:
        raise ValueError("bad IBAN length " + v)
    return v


def iban_ok(v):
    v = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
        return False
    if IBAN_LEN.get(v[:2]) != len(v):
        return False
    return _iban_num(v[4:] + v[:4]) % 97 == 1


# Italian tables (codice fiscale check char and IBAN CIN use the same ones)
_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
_ODD.update(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
_EVEN = dict(zip("0123456789", range(10)))
_EVEN.update(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", range(26)))


def it_char(s):
    s = s.upper()
    tot = sum(_ODD[c] if i % 2 == 0 else _EVEN[c] for i, c in enumerate(s))
    return chr(65 + tot % 26)


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def be_bban_chk(ten):
    r = int(ten) % 97
    return 97 if r == 0 else r


# ---------------------------------------------------------------- national ids
def _w(digits, weights):
    return sum(int(a) * b for a, b in zip(digits, weights))


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(base):
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def snils_chk(nine):
    s = _w(nine, range(9, 0, -1))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    r = s % 101
    return 0 if r == 100 else r


def inn12(ten):
    n11 = _w(ten, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    eleven = ten + str(n11)
    n12 = _w(eleven, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    return eleven + str(n12)


PPSN_L = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn_chk(seven, second):
    s = _w(seven, [8, 7, 6, 5, 4, 3, 2]) + (PPSN_L.index(second) * 9 if second else 0)
    return PPSN_L[s % 23]


HETU = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def no_fnr(nine):
    k1 = 11 - _w(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        raise ValueError("fnr k1")
    ten = nine + str(k1)
    k2 = 11 - _w(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        raise ValueError("fnr k2")
    return ten + str(k2)


FORMAT_ONLY = {
    "nino": r"[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]",
    "mv_nid": r"A\d{6}",
    "np_cit": r"\d{2}-\d{2}-\d{2}-\d{5}",
    "bt_cid": r"1\d{10}",
    "ke_kra": r"A\d{9}[A-Z]",
    "ma_cin": r"[A-Z]{1,2}\d{5,6}",
}


def _card_fmt(v, fmt):
    if fmt == "s4":
        if len(v) == 15:
            return "%s %s %s" % (v[:4], v[4:10], v[10:])
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if fmt == "d4":
        return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def make(scheme, *a):
    """Return the display value; the last arg may be a format flag ('s4', 'd4', 'c')."""
    a = list(a)
    fmt = a.pop() if a and a[-1] in ("s4", "d4", "c") else None
    if scheme == "card":
        v = a[0] + luhn_digit(a[0])
        return _card_fmt(v, fmt)
    if scheme == "iban":
        v = iban_make(a[0], a[1])
    elif scheme == "iban_it":            # ABI(5)+CAB(5)+conto(12)
        v = iban_make("IT", it_char(a[0]) + a[0])
    elif scheme == "iban_es":            # bank(4)+branch(4)+account(10)
        b = a[0]
        dc = "%d%d" % (es_dc("00" + b[:8]), es_dc(b[8:]))
        v = iban_make("ES", b[:8] + dc + b[8:])
    elif scheme == "iban_be":            # bank(3)+account(7)
        v = iban_make("BE", a[0] + "%02d" % be_bban_chk(a[0]))
    else:
        v = None
    if v is not None:
        if fmt == "s4":
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return v
    b = a[0] if a else ""
    if scheme == "cf":
        return b + it_char(b)
    if scheme == "es_dni":
        return b + "TRWAGMYFPDXBNJZSQVHLCKE"[int(b) % 23]
    if scheme == "bsn":
        d = _w(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
        if d == 10:
            raise ValueError("bsn")
        return b + str(d)
    if scheme == "sk_rc":
        d = (-int(b) * 10) % 11
        if d == 10:
            raise ValueError("rc")
        v = b + str(d)
        return v[:6] + "/" + v[6:]
    if scheme == "ua_rnokpp":
        return b + str(_w(b, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11 % 10)
    if scheme == "md_idnp":
        return b + str(_w(b, [7, 3, 1] * 4) % 10)
    if scheme == "ro_cnp":
        r = _w(b, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
        return b + str(1 if r == 10 else r)
    if scheme == "il_tz":
        return b + luhn_digit(b)
    if scheme == "snils":
        return "%s-%s-%s %02d" % (b[:3], b[3:6], b[6:9], snils_chk(b))
    if scheme == "ru_inn12":
        return inn12(b)
    if scheme == "aadhaar":
        v = b + verhoeff_digit(b)
        return "%s %s %s" % (v[:4], v[4:8], v[8:])
    if scheme == "ma_rib":
        key = 97 - (int(b) * 100) % 97
        return b + "%02d" % key
    if scheme == "ppsn":                 # 7 digits, optional second letter as arg 2
        second = a[1] if len(a) > 1 else ""
        return b + ppsn_chk(b, second) + second
    if scheme == "be_nn":                # YYMMDDSSS (born before 2000)
        c = 97 - int(b) % 97
        return "%s.%s.%s-%s.%02d" % (b[:2], b[2:4], b[4:6], b[6:9], c)
    if scheme == "pt_nif":
        r = 11 - _w(b, range(9, 1, -1)) % 11
        return b + str(0 if r >= 10 else r)
    if scheme == "se_pnr":               # YYMMDDNNN
        return b[:6] + "-" + b[6:] + luhn_digit(b)
    if scheme == "fi_hetu":              # DDMMYY-ZZZ
        return b + HETU[int(b[:6] + b[7:10]) % 31]
    if scheme == "no_fnr":
        return no_fnr(b)
    if scheme == "pesel":
        return b + str((10 - _w(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10)
    if scheme in FORMAT_ONLY:
        if not re.fullmatch(FORMAT_ONLY[scheme], b):
            raise ValueError(scheme + " format " + b)
        return b
    raise KeyError(scheme)


def check(scheme, value):
    v = value.strip()
    c = re.sub(r"[ ./-]", "", v)
    if scheme == "card":
        return 13 <= len(c) <= 19 and luhn_ok(c)
    if scheme == "iban":
        return iban_ok(c)
    if scheme == "iban_it":
        return iban_ok(c) and c[:2] == "IT" and it_char(c[5:]) == c[4]
    if scheme == "iban_es":
        return iban_ok(c) and c[:2] == "ES" and "%d%d" % (es_dc("00" + c[4:12]), es_dc(c[14:])) == c[12:14]
    if scheme == "iban_be":
        return iban_ok(c) and c[:2] == "BE" and be_bban_chk(c[4:14]) == int(c[14:16])
    if scheme == "cf":
        return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", c)) and it_char(c[:15]) == c[15]
    if scheme == "es_dni":
        return bool(re.fullmatch(r"\d{8}[A-Z]", c)) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(c[:8]) % 23] == c[8]
    if scheme == "bsn":
        return bool(re.fullmatch(r"\d{9}", c)) and (_w(c[:8], [9, 8, 7, 6, 5, 4, 3, 2]) - int(c[8])) % 11 == 0
    if scheme == "sk_rc":
        return bool(re.fullmatch(r"\d{10}", c)) and int(c) % 11 == 0
    if scheme == "ua_rnokpp":
        return bool(re.fullmatch(r"\d{10}", c)) and _w(c, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11 % 10 == int(c[9])
    if scheme == "md_idnp":
        return bool(re.fullmatch(r"\d{13}", c)) and _w(c, [7, 3, 1] * 4) % 10 == int(c[12])
    if scheme == "ro_cnp":
        r = _w(c, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
        return bool(re.fullmatch(r"\d{13}", c)) and (1 if r == 10 else r) == int(c[12])
    if scheme == "il_tz":
        return bool(re.fullmatch(r"\d{9}", c)) and luhn_ok(c)
    if scheme == "snils":
        return bool(re.fullmatch(r"\d{11}", c)) and snils_chk(c[:9]) == int(c[9:])
    if scheme == "ru_inn12":
        return bool(re.fullmatch(r"\d{12}", c)) and inn12(c[:10]) == c
    if scheme == "aadhaar":
        return bool(re.fullmatch(r"[2-9]\d{11}", c)) and verhoeff_ok(c)
    if scheme == "ma_rib":
        return bool(re.fullmatch(r"\d{24}", c)) and int(c) % 97 == 0
    if scheme == "ppsn":
        m = re.fullmatch(r"(\d{7})([A-W])([A-W]?)", c)
        return bool(m) and ppsn_chk(m.group(1), m.group(3)) == m.group(2)
    if scheme == "be_nn":
        return bool(re.fullmatch(r"\d{11}", c)) and 97 - int(c[:9]) % 97 == int(c[9:])
    if scheme == "pt_nif":
        r = 11 - _w(c[:8], range(9, 1, -1)) % 11
        return bool(re.fullmatch(r"\d{9}", c)) and (0 if r >= 10 else r) == int(c[8])
    if scheme == "se_pnr":
        return bool(re.fullmatch(r"\d{10}", c)) and luhn_ok(c)
    if scheme == "fi_hetu":
        m = re.fullmatch(r"(\d{6})[-+A](\d{3})([0-9A-Y])", v)
        return bool(m) and HETU[int(m.group(1) + m.group(2)) % 31] == m.group(3)
    if scheme == "no_fnr":
        try:
            return bool(re.fullmatch(r"\d{11}", c)) and no_fnr(c[:9]) == c
        except ValueError:
            return False
    if scheme == "pesel":
        return bool(re.fullmatch(r"\d{11}", c)) and (10 - _w(c, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(c[10])
    if scheme in FORMAT_ONLY:
        return bool(re.fullmatch(FORMAT_ONLY[scheme], v))
    raise KeyError(scheme)


def selftest():
    """Published reference values, so the algorithms above are checked against known answers."""
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert check("iban_it", "IT60X0542811101000000123456")
    assert check("iban_es", "ES9121000418450200051332")
    assert check("iban_be", "BE68539007547034")
    assert it_char("RSSMRA85T10A562") == "S"
    assert verhoeff_digit("236") == "3" and verhoeff_ok("2363")
    assert check("snils", "112-233-445 95")
    assert check("ru_inn12", "500100732259")
    assert check("pesel", "44051401359")
    assert check("fi_hetu", "131052-308T")
    assert check("se_pnr", "811218-9876")
    assert check("pt_nif", "123456789")
    assert check("bsn", "111222333")
    assert check("il_tz", "000000018")
    assert check("ppsn", "1234567T")
    assert luhn_ok("4242424242424242") and luhn_ok("378282246310005")
    return True


if __name__ == "__main__":
    print("selftest", selftest())
