"""ids.py - hand-written check-digit code for batch31 (writer31).

Every national id, IBAN and payment card in the batch is typed in gen.py as a
*base* (the digits without the check digit(s)); the functions below compute the
check digit(s), format the value, and register it in REGISTRY, which gen.py
writes out as batch31_ids.tsv (scheme, key = base as typed, value = full id).
The is_valid_* functions are used by validate.py to re-check every value.
Python 3 standard library only.
"""

REGISTRY = []  # (scheme, key, value)


def _reg(scheme, key, value):
    REGISTRY.append((scheme, key, value))
    return value


def _digits(s):
    return "".join(ch for ch in s if ch.isdigit())


# ---------------------------------------------------------------- Luhn
def luhn_check_digit(base):
    total = 0
    # walk from the right; the check digit will sit to the right of base
    for i, ch in enumerate(reversed(base)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number):
    n = _digits(number)
    if len(n) < 2:
        return False
    return luhn_check_digit(n[:-1]) == n[-1]


# ---------------------------------------------------------------- cards
def card(base, sep=" "):
    """base = PAN without the final Luhn digit (14 digits for Amex, 15 else)."""
    assert base.isdigit()
    pan = base + luhn_check_digit(base)
    if len(pan) == 15:  # Amex 4-6-5
        parts = [pan[:4], pan[4:10], pan[10:]]
    else:
        parts = [pan[i:i + 4] for i in range(0, len(pan), 4)]
    return _reg("card", base, sep.join(parts))


def is_valid_card(value):
    n = _digits(value)
    return 13 <= len(n) <= 19 and luhn_ok(n)


# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return int("".join(out))


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "NO": 15, "ES": 24,
            "BE": 16, "FR": 27, "FI": 18, "PL": 28}


def iban(cc, bban, grouped=True):
    bban = bban.replace(" ", "")
    check = 98 - _iban_num(bban + cc + "00") % 97
    raw = "%s%02d%s" % (cc, check, bban)
    assert len(raw) == IBAN_LEN[cc], (cc, len(raw))
    value = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if grouped else raw
    return _reg("iban-" + cc, bban, value)


def is_valid_iban(value):
    raw = value.replace(" ", "").upper()
    if len(raw) < 15 or not raw[:2].isalpha() or not raw[2:4].isdigit():
        return False
    if raw[:2] in IBAN_LEN and IBAN_LEN[raw[:2]] != len(raw):
        return False
    if not raw.isalnum():
        return False
    return _iban_num(raw[4:] + raw[:4]) % 97 == 1


def no_bban(base10):
    """Norwegian account number: 10 digits + mod-11 check digit."""
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * x for d, x in zip(base10, w))
    k = 11 - s % 11
    if k == 11:
        k = 0
    if k == 10:
        raise ValueError("no valid Norwegian account for base " + base10)
    return base10 + str(k)


def es_bban(bank, branch, account):
    """Spanish CCC: bank(4) branch(4) DC(2) account(10)."""
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(ten):
        k = 11 - sum(int(d) * x for d, x in zip(ten, w)) % 11
        return {10: 1, 11: 0}.get(k, k)
    d1 = dc("00" + bank + branch)
    d2 = dc(account)
    return "%s%s%d%d%s" % (bank, branch, d1, d2, account)


# ---------------------------------------------------------------- national ids
def bsn(base8):
    """Dutch BSN, 11-proof: 9*d1 + ... + 2*d8 - 1*d9 == 0 mod 11."""
    s = sum(int(d) * w for d, w in zip(base8, range(9, 1, -1)))
    k = s % 11
    if k == 10:
        raise ValueError("no valid BSN for base " + base8)
    return _reg("nl-bsn", base8, base8 + str(k))


def is_valid_bsn(v):
    v = _digits(v)
    if len(v) != 9:
        return False
    s = sum(int(d) * w for d, w in zip(v[:8], range(9, 1, -1))) - int(v[8])
    return s % 11 == 0


def sa_id(base12):
    """South African ID: YYMMDD SSSS C A + Luhn digit."""
    return _reg("za-id", base12, base12 + luhn_check_digit(base12))


def is_valid_sa_id(v):
    v = _digits(v)
    return len(v) == 13 and luhn_ok(v)


def _snils_check(base9):
    s = sum(int(d) * w for d, w in zip(base9, range(9, 0, -1)))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    k = s % 101
    return 0 if k == 100 else k


def snils(base9):
    """Russian SNILS: 9 digits + 2 check digits, shown as XXX-XXX-XXX YY."""
    k = _snils_check(base9)
    value = "%s-%s-%s %02d" % (base9[:3], base9[3:6], base9[6:], k)
    return _reg("ru-snils", base9, value)


def is_valid_snils(v):
    v = _digits(v)
    return len(v) == 11 and _snils_check(v[:9]) == int(v[9:])


_INN1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
_INN2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn12(base10):
    """Russian personal INN: 10 digits + 2 check digits."""
    n11 = sum(int(d) * w for d, w in zip(base10, _INN1)) % 11 % 10
    s11 = base10 + str(n11)
    n12 = sum(int(d) * w for d, w in zip(s11, _INN2)) % 11 % 10
    return _reg("ru-inn", base10, s11 + str(n12))


def is_valid_inn12(v):
    v = _digits(v)
    return len(v) == 12 and inn12_nocheck(v[:10]) == v


def inn12_nocheck(base10):
    n11 = sum(int(d) * w for d, w in zip(base10, _INN1)) % 11 % 10
    s11 = base10 + str(n11)
    n12 = sum(int(d) * w for d, w in zip(s11, _INN2)) % 11 % 10
    return s11 + str(n12)


# Verhoeff tables (Aadhaar)
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


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(base11):
    full = base11 + verhoeff_digit(base11)
    return _reg("in-aadhaar", base11, "%s %s %s" % (full[:4], full[4:8], full[8:]))


def is_valid_aadhaar(v):
    v = _digits(v)
    return len(v) == 12 and v[0] not in "01" and verhoeff_ok(v)


def dni(base8):
    """Spanish DNI: 8 digits + letter (mod 23)."""
    return _reg("es-dni", base8, base8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(base8) % 23])


def is_valid_dni(v):
    return len(v) == 9 and v[:8].isdigit() and "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8]


_PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]


def pesel(base10):
    s = sum(int(d) * w for d, w in zip(base10, _PESEL_W))
    return _reg("pl-pesel", base10, base10 + str((10 - s % 10) % 10))


def is_valid_pesel(v):
    return len(v) == 11 and v.isdigit() and pesel_digit(v[:10]) == v[10]


def pesel_digit(base10):
    s = sum(int(d) * w for d, w in zip(base10, _PESEL_W))
    return str((10 - s % 10) % 10)


def _fnr_digits(base9):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(int(d) * w for d, w in zip(base9, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    s10 = base9 + str(k1)
    k2 = 11 - sum(int(d) * w for d, w in zip(s10, w2)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return s10 + str(k2)


def fnr(base9):
    """Norwegian fødselsnummer: DDMMYY III + K1 K2 (mod 11)."""
    full = _fnr_digits(base9)
    if full is None:
        raise ValueError("no valid fnr for base " + base9)
    return _reg("no-fnr", base9, full)


def is_valid_fnr(v):
    return len(v) == 11 and v.isdigit() and _fnr_digits(v[:9]) == v


def _steuer_check(base10):
    product = 10
    for ch in base10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    k = 11 - product
    return 0 if k == 10 else k


def steuer_id(base10):
    """German Steuer-IdNr: 10 digits + ISO 7064 MOD 11,10 check digit."""
    counts = [base10.count(d) for d in "0123456789"]
    assert base10[0] != "0" and sorted(counts)[-1] in (2, 3) and counts.count(0) >= 1, base10
    full = base10 + str(_steuer_check(base10))
    return _reg("de-steuerid", base10, "%s %s %s %s" % (full[:2], full[2:5], full[5:8], full[8:]))


def is_valid_steuer_id(v):
    v = _digits(v)
    return len(v) == 11 and _steuer_check(v[:10]) == int(v[10])


VALIDATORS = {
    "card": is_valid_card, "nl-bsn": is_valid_bsn, "za-id": is_valid_sa_id,
    "ru-snils": is_valid_snils, "ru-inn": is_valid_inn12, "in-aadhaar": is_valid_aadhaar,
    "es-dni": is_valid_dni, "pl-pesel": is_valid_pesel, "no-fnr": is_valid_fnr,
    "de-steuerid": is_valid_steuer_id,
}


def validator_for(scheme):
    if scheme.startswith("iban-"):
        return is_valid_iban
    return VALIDATORS[scheme]
