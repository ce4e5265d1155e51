"""Check-digit helpers for writer 22 (hand-written, standard library only).

Each scheme has a make_* function (base digits typed by hand -> full formatted id,
raising ValueError when the base cannot carry a valid check digit) and a validator
registered in VALIDATORS (formatted string -> bool).
"""
import re


def _digits(s):
    return [int(c) for c in re.sub(r"\D", "", s)]


# ---------------------------------------------------------------- Luhn
def luhn_sum(ds):
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total


def luhn_ok(s):
    ds = _digits(s)
    return len(ds) > 1 and luhn_sum(ds) % 10 == 0


def luhn_complete(base):
    ds = _digits(base)
    for c in range(10):
        if luhn_sum(ds + [c]) % 10 == 0:
            return str(c)
    raise ValueError(base)


def make_card(base, groups=(4, 4, 4, 4), sep=" "):
    raw = re.sub(r"\D", "", base) + luhn_complete(base)
    out, i = [], 0
    for g in groups:
        out.append(raw[i:i + g])
        i += g
    assert i == len(raw), (base, groups)
    return sep.join(out)


def card_ok(s):
    ds = _digits(s)
    return 13 <= len(ds) <= 19 and luhn_ok(s)


# ---------------------------------------------------------------- IBAN
IBAN_LEN = {"LT": 20, "LV": 21, "SK": 24, "SI": 19, "IL": 23, "GB": 22, "KZ": 20,
            "RS": 22, "MT": 31, "ES": 24, "AZ": 28, "AL": 28, "DE": 22, "FR": 27,
            "NL": 18, "BE": 16, "IT": 27, "PL": 28, "EE": 20, "HR": 21, "CZ": 24}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(country, bban, spaced=True):
    bban = bban.replace(" ", "")
    chk = 98 - _iban_num(bban + country + "00") % 97
    iban = "%s%02d%s" % (country, chk, bban)
    if len(iban) != IBAN_LEN[country]:
        raise ValueError("length %s %d" % (iban, len(iban)))
    if spaced:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def es_ccc_dc(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(ds):
        v = 11 - sum(a * b for a, b in zip(w, ds)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return "%d%d" % (one(_digits("00" + bank + branch)), one(_digits(account)))


def rs_account(bank3, acct13):
    chk = 98 - (int(bank3 + acct13) * 100) % 97
    return "%s%s%02d" % (bank3, acct13, chk)


# ---------------------------------------------------------------- Lithuania asmens kodas
def _lt_check(ds):
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    r = sum(a * b for a, b in zip(w1, ds)) % 11
    if r == 10:
        r = sum(a * b for a, b in zip(w2, ds)) % 11
        if r == 10:
            r = 0
    return r


def make_lt_ak(base10):
    ds = _digits(base10)
    assert len(ds) == 10
    return base10 + str(_lt_check(ds))


def lt_ak_ok(s):
    ds = _digits(s)
    return len(ds) == 11 and ds[0] in (3, 4, 5, 6) and _lt_check(ds[:10]) == ds[10]


# ---------------------------------------------------------------- Latvia personas kods
LV_W = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def make_lv_pk(base10):
    ds = _digits(base10)
    assert len(ds) == 10
    c = (1101 - sum(a * b for a, b in zip(LV_W, ds))) % 11
    if c == 10:
        raise ValueError(base10)
    raw = "".join(map(str, ds)) + str(c)
    return raw[:6] + "-" + raw[6:]


def lv_pk_ok(s):
    ds = _digits(s)
    if len(ds) != 11:
        return False
    c = (1101 - sum(a * b for a, b in zip(LV_W, ds[:10]))) % 11
    return c == ds[10]


# ---------------------------------------------------------------- Slovakia rodne cislo
def make_sk_rc(base9):
    ds = _digits(base9)
    assert len(ds) == 9
    n = int("".join(map(str, ds)))
    c = (-n * 10) % 11
    if c == 10:
        raise ValueError(base9)
    raw = "%d%d" % (n, c)
    raw = raw.zfill(10)
    return raw[:6] + "/" + raw[6:]


def sk_rc_ok(s):
    ds = _digits(s)
    return len(ds) == 10 and int("".join(map(str, ds))) % 11 == 0


# ---------------------------------------------------------------- EMSO / JMBG (SI, RS)
EMSO_W = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def _emso_check(ds):
    m = 11 - sum(a * b for a, b in zip(EMSO_W, ds)) % 11
    if m == 11:
        return 0
    if m == 10:
        return None
    return m


def make_emso(base12):
    ds = _digits(base12)
    assert len(ds) == 12
    c = _emso_check(ds)
    if c is None:
        raise ValueError(base12)
    return base12 + str(c)


def emso_ok(s):
    ds = _digits(s)
    return len(ds) == 13 and _emso_check(ds[:12]) == ds[12]


# ---------------------------------------------------------------- Slovenia davcna stevilka
def _si_tax_check(ds):
    r = sum(a * b for a, b in zip([8, 7, 6, 5, 4, 3, 2], ds)) % 11
    c = 11 - r
    if c == 11:
        return None
    return 0 if c == 10 else c


def make_si_tax(base7):
    ds = _digits(base7)
    r = sum(a * b for a, b in zip([8, 7, 6, 5, 4, 3, 2], ds)) % 11
    if r in (0, 1) or ds[0] == 0:
        raise ValueError(base7)  # avoid the ambiguous cases on purpose
    return base7 + str(_si_tax_check(ds))


def si_tax_ok(s):
    ds = _digits(s)
    return len(ds) == 8 and ds[0] != 0 and _si_tax_check(ds[:7]) == ds[7]


# ---------------------------------------------------------------- Serbia PIB (ISO 7064 mod 11,10)
def _mod11_10(ds):
    p = 10
    for d in ds:
        s = (p + d) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    return (11 - p) % 10


def make_rs_pib(base8):
    ds = _digits(base8)
    assert len(ds) == 8
    return base8 + str(_mod11_10(ds))


def rs_pib_ok(s):
    ds = _digits(s)
    return len(ds) == 9 and _mod11_10(ds[:8]) == ds[8]


# ---------------------------------------------------------------- Israel teudat zehut
def make_il_tz(base8):
    return base8 + luhn_complete(base8)


def il_tz_ok(s):
    ds = _digits(s)
    return len(ds) == 9 and luhn_ok(s)


# ---------------------------------------------------------------- Korea RRN and business number
KR_W = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def make_kr_rrn(base12):
    ds = _digits(base12)
    assert len(ds) == 12
    c = (11 - sum(a * b for a, b in zip(KR_W, ds)) % 11) % 10
    raw = "".join(map(str, ds)) + str(c)
    return raw[:6] + "-" + raw[6:]


def kr_rrn_ok(s):
    ds = _digits(s)
    return len(ds) == 13 and (11 - sum(a * b for a, b in zip(KR_W, ds)) % 11) % 10 == ds[12]


def _kr_brn_check(ds):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(w, ds)) + (ds[8] * 5) // 10
    return (10 - s % 10) % 10


def make_kr_brn(base9):
    ds = _digits(base9)
    raw = "".join(map(str, ds)) + str(_kr_brn_check(ds))
    return raw[:3] + "-" + raw[3:5] + "-" + raw[5:]


def kr_brn_ok(s):
    ds = _digits(s)
    return len(ds) == 10 and _kr_brn_check(ds[:9]) == ds[9]


# ---------------------------------------------------------------- Thailand national id
def _th_check(ds):
    return (11 - sum(d * (13 - i) for i, d in enumerate(ds[:12])) % 11) % 10


def make_th_nid(base12):
    ds = _digits(base12)
    assert len(ds) == 12
    raw = "".join(map(str, ds)) + str(_th_check(ds))
    return "%s-%s-%s-%s-%s" % (raw[0], raw[1:5], raw[5:10], raw[10:12], raw[12])


def th_nid_ok(s):
    ds = _digits(s)
    return len(ds) == 13 and _th_check(ds) == ds[12]


# ---------------------------------------------------------------- South Africa ID
def make_za_id(base12):
    ds = _digits(base12)
    assert len(ds) == 12
    return "".join(map(str, ds)) + luhn_complete(base12)


def za_id_ok(s):
    ds = _digits(s)
    return len(ds) == 13 and luhn_ok(s)


# ---------------------------------------------------------------- India Aadhaar (Verhoeff)
V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, d in enumerate(reversed(_digits(s))):
        c = V_D[c][V_P[i % 8][d]]
    return c == 0


def verhoeff_check(base):
    c = 0
    for i, d in enumerate(reversed(_digits(base))):
        c = V_D[c][V_P[(i + 1) % 8][d]]
    return V_INV[c]


def make_aadhaar(base11):
    raw = re.sub(r"\D", "", base11) + str(verhoeff_check(base11))
    return "%s %s %s" % (raw[:4], raw[4:8], raw[8:])


def aadhaar_ok(s):
    ds = _digits(s)
    return len(ds) == 12 and ds[0] >= 2 and verhoeff_ok(s)


# ---------------------------------------------------------------- Kazakhstan IIN
def _kz_check(ds):
    w1 = list(range(1, 12))
    w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
    r = sum(a * b for a, b in zip(w1, ds)) % 11
    if r == 10:
        r = sum(a * b for a, b in zip(w2, ds)) % 11
        if r == 10:
            return None
    return r


def make_kz_iin(base11):
    ds = _digits(base11)
    assert len(ds) == 11
    c = _kz_check(ds)
    if c is None:
        raise ValueError(base11)
    return base11 + str(c)


def kz_iin_ok(s):
    ds = _digits(s)
    return len(ds) == 12 and _kz_check(ds[:11]) == ds[11]


# ---------------------------------------------------------------- UK NHS number
def _nhs_check(ds):
    c = 11 - sum(d * (10 - i) for i, d in enumerate(ds[:9])) % 11
    if c == 11:
        return 0
    if c == 10:
        return None
    return c


def make_nhs(base9):
    ds = _digits(base9)
    c = _nhs_check(ds)
    if c is None:
        raise ValueError(base9)
    raw = "".join(map(str, ds)) + str(c)
    return "%s %s %s" % (raw[:3], raw[3:6], raw[6:])


def nhs_ok(s):
    ds = _digits(s)
    return len(ds) == 10 and _nhs_check(ds) == ds[9]


# ---------------------------------------------------------------- Spain DNI
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def make_es_dni(base8):
    return base8 + DNI_LETTERS[int(base8) % 23]


def es_dni_ok(s):
    m = re.fullmatch(r"(\d{8})-?([A-Z])", s)
    return bool(m) and DNI_LETTERS[int(m.group(1)) % 23] == m.group(2)


VALIDATORS = {
    "card": card_ok, "iban": iban_ok, "lt_asmens_kodas": lt_ak_ok,
    "lv_personas_kods": lv_pk_ok, "sk_rodne_cislo": sk_rc_ok, "si_emso": emso_ok,
    "rs_jmbg": emso_ok, "si_davcna": si_tax_ok, "rs_pib": rs_pib_ok,
    "il_teudat_zehut": il_tz_ok, "kr_rrn": kr_rrn_ok, "kr_brn": kr_brn_ok,
    "th_national_id": th_nid_ok, "za_id": za_id_ok, "in_aadhaar": aadhaar_ok,
    "kz_iin": kz_iin_ok, "gb_nhs": nhs_ok, "es_dni": es_dni_ok,
}


def _selftest():
    assert verhoeff_ok("2363") and verhoeff_check("236") == 3
    assert es_dni_ok("12345678Z")
    assert luhn_ok("4242424242424242") and luhn_ok("79927398713")
    assert iban_ok("GB82 WEST 1234 5698 7654 32")  # well-known textbook IBAN
    assert iban_ok("DE89370400440532013000")
    assert not iban_ok("GB82 WEST 1234 5698 7654 33")


_selftest()
