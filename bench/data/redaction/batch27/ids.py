"""Hand-written check-digit helpers for writer 27 (stdlib only).
Every id in the batch is typed as a base and completed here."""
import re

# ---------- Luhn (payment cards) ----------
def luhn_sum(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s

def luhn_complete(base):
    for c in "0123456789":
        if luhn_sum(base + c) % 10 == 0:
            return base + c
    raise ValueError(base)

def luhn_ok(num):
    num = re.sub(r"[ -]", "", num)
    return num.isdigit() and luhn_sum(num) % 10 == 0

# ---------- IBAN (ISO 13616, mod 97) ----------
def _alnum_to_int(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban_complete(cc, bban):
    chk = 98 - _alnum_to_int(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)

def iban_ok(iban):
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _alnum_to_int(s[4:] + s[:4]) % 97 == 1

def be_bban(bank3, acct7):
    r = int(bank3 + acct7) % 97 or 97
    return bank3 + acct7 + "%02d" % r

# Italian CIN / codice fiscale share the same odd/even tables
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def _it_val(c, odd):
    i = int(c) if c.isdigit() else ord(c) - 65
    return _ODD[i] if odd else i

def it_control_char(s):
    return chr(65 + sum(_it_val(c, k % 2 == 0) for k, c in enumerate(s)) % 26)

def it_bban(abi, cab, conto):
    return it_control_char(abi + cab + conto) + abi + cab + conto

def no_mod11(digits, weights):
    r = 11 - sum(int(d) * w for d, w in zip(digits, weights)) % 11
    if r == 11:
        return 0
    if r == 10:
        raise ValueError("mod11 gives 10 for " + digits)
    return r

def no_bban(bank4, acct6):
    b = bank4 + acct6
    return b + str(no_mod11(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))

def fr_bban(bank5, guichet5, acct11):
    key = 97 - (89 * int(bank5) + 15 * int(guichet5) + 3 * int(acct11)) % 97
    return bank5 + guichet5 + acct11 + "%02d" % key

def fr_rib_ok(bban):
    return fr_bban(bban[:5], bban[5:10], bban[10:21]) == bban

# ---------- national ids ----------
def be_nrn(yymmdd, seq3, born_2000=False):
    base = yymmdd + seq3
    n = int(("2" if born_2000 else "") + base)
    return base + "%02d" % (97 - n % 97)

def be_nrn_ok(v):
    d = re.sub(r"\D", "", v)
    return len(d) == 11 and any(97 - int(p + d[:9]) % 97 == int(d[9:]) for p in ("", "2"))

def it_cf(base15):
    return base15 + it_control_char(base15)

def no_fnr(base9):
    k1 = no_mod11(base9, [3, 7, 6, 1, 8, 9, 4, 5, 2])
    k2 = no_mod11(base9 + str(k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    return base9 + str(k1) + str(k2)

def ru_snils(base9):
    s = sum(int(d) * (9 - i) for i, d in enumerate(base9))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return "%s-%s-%s %02d" % (base9[:3], base9[3:6], base9[6:], c)

def ru_inn12(base10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n11 = sum(int(d) * w for d, w in zip(base10, w1)) % 11 % 10
    s = base10 + str(n11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n12 = sum(int(d) * w for d, w in zip(s, w2)) % 11 % 10
    return s + str(n12)

_CURP = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
def mx_curp(base17):
    s = sum(_CURP.index(c) * (18 - i) for i, c in enumerate(base17))
    return base17 + str((10 - s % 10) % 10)

def mx_clabe(base17):
    w = [3, 7, 1] * 6
    s = sum(int(d) * w[i] % 10 for i, d in enumerate(base17))
    return base17 + str((10 - s % 10) % 10)

_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,9,8,7,6]
def verhoeff_complete(base):
    c = 0
    for i, d in enumerate(reversed(base)):
        c = _VD[c][_VP[(i + 1) % 8][int(d)]]
    return base + str(_VINV[c])

def verhoeff_ok(num):
    c = 0
    for i, d in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(d)]]
    return c == 0

def fr_nir(base13):
    return base13 + "%02d" % (97 - int(base13) % 97)

def cn_rid(base17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return base17 + "10X98765432"[sum(int(d) * x for d, x in zip(base17, w)) % 11]

def dk_cpr_mod11(base9):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(d) * x for d, x in zip(base9, w)) % 11
    c = (11 - r) % 11
    if c == 10:
        raise ValueError("cpr base unusable " + base9)
    return base9 + str(c)

# ---------- validation by scheme ----------
def _digits(v):
    return re.sub(r"\D", "", v)

def valid(scheme, value):
    d = _digits(value)
    if scheme == "card-luhn":
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if scheme.startswith("iban"):
        s = value.replace(" ", "")
        if not iban_ok(s):
            return False
        cc, bban = s[:2], s[4:]
        if scheme == "iban-be":
            return be_bban(bban[:3], bban[3:10]) == bban
        if scheme == "iban-it":
            return it_bban(bban[1:6], bban[6:11], bban[11:]) == bban
        if scheme == "iban-no":
            return no_bban(bban[:4], bban[4:10]) == bban
        if scheme == "iban-fr":
            return fr_rib_ok(bban)
        return True
    if scheme == "be-nrn":
        return be_nrn_ok(value)
    if scheme == "it-cf":
        return len(value) == 16 and it_cf(value[:15]) == value
    if scheme == "no-fnr":
        return len(d) == 11 and no_fnr(d[:9]) == d
    if scheme == "ru-snils":
        return len(d) == 11 and _digits(ru_snils(d[:9])) == d
    if scheme == "ru-inn12":
        return len(d) == 12 and ru_inn12(d[:10]) == d
    if scheme == "mx-curp":
        return len(value) == 18 and mx_curp(value[:17]) == value
    if scheme == "mx-clabe":
        return len(d) == 18 and mx_clabe(d[:17]) == d
    if scheme == "in-aadhaar":
        return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)
    if scheme == "fr-nir":
        return len(d) == 15 and fr_nir(d[:13]) == d
    if scheme == "cn-rid":
        return len(value) == 18 and cn_rid(value[:17]) == value
    if scheme == "gl-cpr":
        return len(d) == 10 and dk_cpr_mod11(d[:9]) == d
    if scheme == "gb-nino":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]", value) is not None
    if scheme == "us-ssn":
        m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", value)
        return bool(m) and m.group(1) not in ("000", "666") and m.group(1)[0] != "9" and m.group(2) != "00" and m.group(3) != "0000"
    raise KeyError(scheme)

def _selftest():
    assert luhn_ok("4242424242424242") and luhn_ok("378282246310005")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert iban_complete("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert it_bban("05428", "11101", "000000123456") == "X0542811101000000123456"
    assert it_cf("RSSMRA85T10A562") == "RSSMRA85T10A562S"
    assert verhoeff_complete("236") == "2363"
    assert ru_snils("112233445") == "112-233-445 95"
    assert ru_inn12("5001007322") == "500100732259"
    assert cn_rid("11010519491231002") == "11010519491231002X"
    assert mx_clabe("03218000011835971") == "032180000118359719"

_selftest()
