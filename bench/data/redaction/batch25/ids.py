"""Hand-written check-digit helpers for writer 25 (stdlib only).

Every identifier in the data is typed as a *base* in gen.py; the check
digit(s) are computed here.  Each scheme has make(base) -> value as it is
printed, and verify(value) -> bool, written independently of make so that
validate.py can re-check every registered value.
"""
import re

DIG = re.compile(r"\D")


def digits(s):
    return DIG.sub("", s)


# ---------------- Luhn ----------------
def luhn_sum(ds):
    total = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total


def luhn_digit(base):
    return str((10 - luhn_sum(base + "0") % 10) % 10)


def luhn_ok(ds):
    return len(ds) > 1 and ds.isdigit() and luhn_sum(ds) % 10 == 0


# ---------------- IBAN (ISO 13616, mod 97-10) ----------------
def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(base):  # base = "DE" + BBAN
    cc, bban = base[:2], base[2:]
    check = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, check, bban)


def iban_ok(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", v):
        return False
    return _iban_num(v[4:] + v[:4]) % 97 == 1


def iban_spaced(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


# ---------------- Verhoeff (Aadhaar) ----------------
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


def verhoeff_digit(base):
    c = 0
    for i, ch in enumerate(reversed(base)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def verhoeff_ok(ds):
    c = 0
    for i, ch in enumerate(reversed(ds)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


# ---------------- national schemes ----------------
def _w(ds, ws):
    return sum(int(a) * b for a, b in zip(ds, ws))


def snils_check(b9):
    s = _w(b9, range(9, 0, -1))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    s %= 101
    return 0 if s == 100 else s


def inn12_checks(b10):
    c1 = _w(b10, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    c2 = _w(b10 + str(c1), [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    return "%d%d" % (c1, c2)


def cn_check(b17):
    ws = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[_w(b17, ws) % 11]


def tc_checks(b9):
    d = [int(x) for x in b9]
    c10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    c11 = (sum(d) + c10) % 10
    return "%d%d" % (c10, c11)


def ird_check(b8):
    r = _w(b8, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    c = 0 if r == 0 else 11 - r
    if c == 10:
        r = _w(b8, [7, 4, 3, 2, 5, 2, 7, 6]) % 11
        c = 0 if r == 0 else 11 - r
    if c == 10:
        raise ValueError("IRD base has no valid check digit: " + b8)
    return str(c)


def ruc_check(b10):
    r = 11 - _w(b10, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    return str({10: 0, 11: 1}.get(r, r))


def nir_key(b13):
    return "%02d" % (97 - int(b13) % 97)


def il_check(b8):
    s = 0
    for i, ch in enumerate(b8):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)


ZW_LETTERS = "ZABCDEFGHJKLMNPQRSTVWXY"


def zw_letter(numeric):
    return ZW_LETTERS[int(numeric) % 23]


def nl_bsn_check(b8):
    c = _w(b8, range(9, 1, -1)) % 11
    if c == 10:
        raise ValueError("BSN base has no valid check digit: " + b8)
    return str(c)


def es_dni_letter(b8):
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(b8) % 23]


def ie_ppsn_letter(b7):
    return "WABCDEFGHIJKLMNOPQRSTUV"[_w(b7, range(8, 1, -1)) % 23]


def fi_hetu_char(n9):
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(n9) % 31]


def pesel_check(b10):
    return str((10 - _w(b10, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10)


def cpf_checks(b9):
    s1 = _w(b9, range(10, 1, -1)) * 10 % 11 % 10
    s2 = _w(b9 + str(s1), range(11, 1, -1)) * 10 % 11 % 10
    return "%d%d" % (s1, s2)


def no_fnr_checks(b9):
    k1 = 11 - _w(b9, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - _w(b9 + str(k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    k2 = 0 if k2 == 11 else k2
    if 10 in (k1, k2):
        raise ValueError("fnr base has no valid check digits: " + b9)
    return "%d%d" % (k1, k2)


# ---------------- scheme table: make(base) and verify(value) ----------------
def _mk_card(base):
    ds = digits(base)
    full = ds + luhn_digit(ds)
    if len(full) == 15:  # Amex 4-6-5
        return "%s %s %s" % (full[:4], full[4:10], full[10:])
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))


def _ok_card(v):
    ds = digits(v)
    return 13 <= len(ds) <= 19 and luhn_ok(ds)


def _ok_cn(v):
    return len(v) == 18 and cn_check(v[:17]) == v[17]


def _ok_snils(v):
    m = re.fullmatch(r"(\d{3})-(\d{3})-(\d{3}) (\d{2})", v)
    return bool(m) and snils_check("".join(m.groups()[:3])) == int(m.group(4))


def _ok_inn12(v):
    return re.fullmatch(r"\d{12}", v) is not None and \
        _w(v[:10], [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10 == int(v[10]) and \
        _w(v[:11], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10 == int(v[11])


def _ok_tc(v):
    return re.fullmatch(r"[1-9]\d{10}", v) is not None and tc_checks(v[:9]) == v[9:] \
        and sum(int(x) for x in v[:10]) % 10 == int(v[10])


def _ok_ird(v):
    ds = digits(v).zfill(9)
    return len(ds) == 9 and ird_check(ds[:8]) == ds[8]


def _ok_ruc(v):
    return re.fullmatch(r"10\d{9}", v) is not None and ruc_check(v[:10]) == v[10]


def _ok_nir(v):
    ds = digits(v)
    return len(ds) == 15 and (int(ds[:13]) + int(ds[13:])) % 97 == 0


def _ok_il(v):
    if not re.fullmatch(r"\d{9}", v):
        return False
    s = 0
    for i, ch in enumerate(v):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return s % 10 == 0


def _mk_zw(base):  # base "63-2345678 42" -> "63-2345678 F 42"
    m = re.fullmatch(r"(\d{2})-(\d{6,7}) (\d{2})", base)
    return "%s-%s %s %s" % (m.group(1), m.group(2), zw_letter(m.group(1) + m.group(2)), m.group(3))


def _ok_zw(v):
    m = re.fullmatch(r"(\d{2})-(\d{6,7}) ([A-Z]) (\d{2})", v)
    return bool(m) and ZW_LETTERS.index(m.group(3)) == int(m.group(1) + m.group(2)) % 23


def _ok_bsn(v):
    if not re.fullmatch(r"\d{9}", v):
        return False
    return (_w(v[:8], range(9, 1, -1)) - int(v[8])) % 11 == 0


def _ok_dni(v):
    return re.fullmatch(r"\d{8}[A-Z]", v) is not None and es_dni_letter(v[:8]) == v[8]


def _ok_ppsn(v):
    return re.fullmatch(r"\d{7}[A-W]", v) is not None and ie_ppsn_letter(v[:7]) == v[7]


def _mk_hetu(base):  # "150687-123"
    return base + fi_hetu_char(base[:6] + base[7:10])


def _ok_hetu(v):
    m = re.fullmatch(r"(\d{6})[-+A](\d{3})([0-9A-Y])", v)
    return bool(m) and fi_hetu_char(m.group(1) + m.group(2)) == m.group(3)


def _ok_pesel(v):
    return re.fullmatch(r"\d{11}", v) is not None and \
        _w(v, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1]) % 10 == 0


def _mk_cpf(base):  # "123.456.789"
    ds = digits(base)
    return "%s-%s" % (base, cpf_checks(ds))


def _ok_cpf(v):
    ds = digits(v)
    if len(ds) != 11:
        return False
    s1 = _w(ds[:9], range(10, 1, -1)) * 10 % 11 % 10
    s2 = _w(ds[:10], range(11, 1, -1)) * 10 % 11 % 10
    return s1 == int(ds[9]) and s2 == int(ds[10])


def _ok_fnr(v):
    return re.fullmatch(r"\d{11}", v) is not None and \
        _w(v[:10], [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]) % 11 == 0 and \
        _w(v, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0


def _mk_aadhaar(base):
    full = base + verhoeff_digit(base)
    return "%s %s %s" % (full[:4], full[4:8], full[8:])


def _ok_aadhaar(v):
    ds = digits(v)
    return len(ds) == 12 and ds[0] in "23456789" and verhoeff_ok(ds)


def _mk_za(base):
    return base + luhn_digit(base)


def _ok_za(v):
    return re.fullmatch(r"\d{13}", v) is not None and luhn_ok(v)


def _mk_sin(base):
    full = digits(base) + luhn_digit(digits(base))
    return "%s %s %s" % (full[:3], full[3:6], full[6:])


def _ok_sin(v):
    ds = digits(v)
    return len(ds) == 9 and luhn_ok(ds)


def _mk_se(base):  # "850709-123"
    return base + luhn_digit(digits(base))


def _ok_se(v):
    return re.fullmatch(r"\d{6}-\d{4}", v) is not None and luhn_ok(digits(v))


def _ok_nino(v):  # no check digit; format and prefix rules only
    return re.fullmatch(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]", v) is not None


def _ok_ssn(v):  # no check digit; area/group/serial rules only
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
    return bool(m) and m.group(1) not in ("000", "666") and m.group(1)[0] != "9" \
        and m.group(2) != "00" and m.group(3) != "0000"


def _ok_nik(v):  # no check digit; region(6) + DDMMYY (+40 female) + serial(4)
    if not re.fullmatch(r"\d{16}", v):
        return False
    dd, mm = int(v[6:8]), int(v[8:10])
    dd = dd - 40 if dd > 40 else dd
    return 1 <= dd <= 31 and 1 <= mm <= 12 and v[12:] != "0000"


def _ok_cnic(v):  # no check digit
    return re.fullmatch(r"[1-7]\d{4}-\d{7}-\d", v) is not None


def _ok_pan(v):  # no check digit; 4th char P = individual
    return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", v) is not None


SCHEMES = {
    "card": (_mk_card, _ok_card),
    "iban": (iban_make, iban_ok),
    "ru_snils": (lambda b: "%s-%s-%s %02d" % (b[:3], b[3:6], b[6:9], snils_check(b)), _ok_snils),
    "ru_inn12": (lambda b: b + inn12_checks(b), _ok_inn12),
    "cn_resident_id": (lambda b: b + cn_check(b), _ok_cn),
    "tr_tckn": (lambda b: b + tc_checks(b), _ok_tc),
    "nz_ird": (lambda b: "%s-%s-%s" % (b[:2], b[2:5], b[5:8] + ird_check(b)), _ok_ird),
    "pe_ruc": (lambda b: b + ruc_check(b), _ok_ruc),
    "fr_nir": (lambda b: "%s %s %s %s %s %s %s" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], nir_key(b)), _ok_nir),
    "il_teudat_zehut": (lambda b: b + il_check(b), _ok_il),
    "zw_national_id": (_mk_zw, _ok_zw),
    "nl_bsn": (lambda b: b + nl_bsn_check(b), _ok_bsn),
    "es_dni": (lambda b: b + es_dni_letter(b), _ok_dni),
    "ie_ppsn": (lambda b: b + ie_ppsn_letter(b), _ok_ppsn),
    "fi_hetu": (_mk_hetu, _ok_hetu),
    "pl_pesel": (lambda b: b + pesel_check(b), _ok_pesel),
    "br_cpf": (_mk_cpf, _ok_cpf),
    "no_fnr": (lambda b: b + no_fnr_checks(b), _ok_fnr),
    "in_aadhaar": (_mk_aadhaar, _ok_aadhaar),
    "za_id": (_mk_za, _ok_za),
    "ca_sin": (_mk_sin, _ok_sin),
    "se_personnummer": (_mk_se, _ok_se),
    "uk_nino": (lambda b: b, _ok_nino),
    "us_ssn": (lambda b: b, _ok_ssn),
    "id_nik": (lambda b: b, _ok_nik),
    "pk_cnic": (lambda b: b, _ok_cnic),
    "in_pan": (lambda b: b, _ok_pan),
}


def make(scheme, base):
    v = SCHEMES[scheme][0](base)
    if not SCHEMES[scheme][1](v):
        raise ValueError("%s: made value fails its own check: %s" % (scheme, v))
    return v


def verify(scheme, value):
    return SCHEMES[scheme][1](value)


if __name__ == "__main__":
    # known published vectors
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert iban_make("GBWEST12345698765432") == "GB82WEST12345698765432"
    assert luhn_ok("4242424242424242") and luhn_ok("378282246310005")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert _ok_cn("11010519491231002X")
    assert _ok_snils("112-233-445 95")
    assert _ok_tc("10000000146")
    assert _ok_bsn("111222333")
    assert _ok_dni("12345678Z")
    assert _ok_hetu("131052-308T")
    assert _ok_pesel("44051401359")
    assert _ok_cpf("111.444.777-35")
    assert _ok_ird("49-091-850")
    assert _ok_sin("046 454 286")
    print("ids self-test OK")
